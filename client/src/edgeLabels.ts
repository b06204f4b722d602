// Edge labels without walking every edge on every frame. Sigma 3.0 picks edge labels with edgeLabelsToDisplayFromNodes,
// which visits all edges of the graph each frame (most of a frame at 50k edges and more); the same choice (an end
// hovered or highlighted, or both ends labelled, plus forced labels) only needs the edges of the nodes concerned.
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type Graph from "graphology";
import { chooseLabels, drawnNodeLabels, type LabelBox } from "./nodeLabels.ts";

type DrawEdgeLabel = Settings["defaultDrawEdgeLabel"];

// The parts of a sigma 3.0 instance that its own renderEdgeLabels reads.
interface SigmaInternals {
  settings: Settings;
  graph: Graph;
  canvasContexts: { edgeLabels: CanvasRenderingContext2D };
  width: number;
  height: number;
  hoveredNode: string | null;
  displayedNodeLabels: Set<string>;
  displayedEdgeLabels: Set<string>;
  highlightedNodes: Set<string>;
  edgesWithForcedLabels: Set<string>;
  nodeDataCache: Record<string, NodeDisplayData>;
  edgeDataCache: Record<string, EdgeDisplayData>;
  edgePrograms: Record<string, { drawLabel?: DrawEdgeLabel }>;
  renderEdgeLabels(): unknown;
}

/** The edges whose label sigma would draw, found from the few nodes that can make an edge label appear. */
export function edgeLabelCandidates(graph: Graph, displayed: ReadonlySet<string>, highlighted: ReadonlySet<string>, hovered: string | null, forced: ReadonlySet<string>): string[] {
  const loud = (n: string) => n === hovered || highlighted.has(n);
  const out = new Set<string>();
  const visit = (node: string) =>
    graph.forEachEdge(node, (edge, _a, source, target) => {
      if (loud(source) || loud(target) || (displayed.has(source) && displayed.has(target))) out.add(edge);
    });
  if (hovered !== null && graph.hasNode(hovered)) visit(hovered);
  highlighted.forEach(visit);
  // Both ends labelled: such an edge is an out-edge of a labelled node.
  displayed.forEach((node) => {
    if (loud(node)) return;
    graph.forEachOutEdge(node, (edge, _a, _s, target) => {
      if (displayed.has(target)) out.add(edge);
    });
  });
  forced.forEach((edge) => out.add(edge));
  return [...out];
}

/**
 * Where an edge's label lands, near enough to keep labels apart: sigma writes it along the edge, centred between
 * the two discs, one font size off the line, and cuts it to the room between them. The box is the upright rectangle
 * around that rotated text (a curved edge's label sits a little off it).
 */
export function edgeLabelBox(key: string, s: { x: number; y: number; size: number }, t: { x: number; y: number; size: number }, textWidth: number, fontSize: number, thickness: number, forced: boolean, curvature = 0): LabelBox | null {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const d = Math.hypot(dx, dy);
  if (d < s.size + t.size) return null;
  const room = d - s.size - t.size;
  const width = Math.min(textWidth, room);
  const ux = dx / d;
  const uy = dy / d;
  // The middle of the visible stretch, moved off the line by the text's offset (thickness / 2 + font size, baseline).
  const off = thickness / 2 + fontSize / 2;
  // Sigma turns the text to read left to right, which puts it on this side of the line.
  const side = ux < 0 ? -1 : 1;
  let cx = (s.x + ux * s.size + t.x - ux * t.size) / 2 - uy * off * side;
  let cy = (s.y + uy * s.size + t.y - uy * t.size) / 2 + ux * off * side;
  // A curved edge (@sigma/edge-curve) bends to (dy, -dx) * curvature at its control point: halfway there at its middle.
  cx += (dy * curvature) / 2;
  cy -= (dx * curvature) / 2;
  const w = Math.abs(width * ux) + Math.abs(fontSize * uy);
  const h = Math.abs(width * uy) + Math.abs(fontSize * ux);
  return { key, x: cx - w / 2, y: cy - h / 2, width: w, height: h, forced, size: thickness };
}

/** Replaces the instance's edge-label pass with one that draws the same labels from edgeLabelCandidates, less those
 * that would sit on a node label or another edge label (the selected edge's and a path's are always drawn). */
export function installEdgeLabels(renderer: Sigma): void {
  const r = renderer as unknown as SigmaInternals;
  // Another sigma version may lay out its internals differently: keep its own pass then.
  if (!(r.displayedNodeLabels instanceof Set) || !r.canvasContexts?.edgeLabels || !r.edgeDataCache || typeof r.renderEdgeLabels !== "function") return;
  r.renderEdgeLabels = function renderEdgeLabels(this: SigmaInternals) {
    if (!this.settings.renderEdgeLabels) return this;
    const context = this.canvasContexts.edgeLabels;
    context.clearRect(0, 0, this.width, this.height);
    const edges = edgeLabelCandidates(this.graph, this.displayedNodeLabels, this.highlightedNodes, this.hoveredNode, this.edgesWithForcedLabels);
    const s = this.settings;
    context.font = `${s.edgeLabelWeight} ${s.edgeLabelSize}px ${s.edgeLabelFont}`;
    // Node labels first, as obstacles that always stay; then the edge labels that fit around them.
    const boxes: LabelBox[] = (drawnNodeLabels.get(renderer) ?? []).map((b) => ({ ...b, key: `node\u0000${b.key}`, forced: true }));
    for (const edge of edges) {
      const [source, target] = this.graph.extremities(edge);
      const sourceData = this.nodeDataCache[source];
      const targetData = this.nodeDataCache[target];
      const edgeData = this.edgeDataCache[edge];
      if (!edgeData?.label || !sourceData || !targetData || edgeData.hidden || sourceData.hidden || targetData.hidden) continue;
      const sp = renderer.framedGraphToViewport(sourceData);
      const tp = renderer.framedGraphToViewport(targetData);
      // The selected edge and a path's edges (zIndex 2 and up) are the point of the view: never left out.
      const must = !!edgeData.forceLabel && (edgeData.zIndex ?? 0) >= 2;
      const box = edgeLabelBox(edge, { ...sp, size: renderer.scaleSize(sourceData.size) }, { ...tp, size: renderer.scaleSize(targetData.size) }, context.measureText(edgeData.label).width, s.edgeLabelSize, renderer.scaleSize(edgeData.size), must, edgeData.type === "curved" ? Number((edgeData as { curvature?: number }).curvature) || 0 : 0);
      if (box) boxes.push(box);
    }
    const drawn = new Set<string>();
    for (const edge of chooseLabels(boxes)) {
      if (edge.startsWith("node\u0000")) continue;
      const [source, target] = this.graph.extremities(edge);
      const sourceData = this.nodeDataCache[source];
      const targetData = this.nodeDataCache[target];
      const edgeData = this.edgeDataCache[edge];
      const draw = this.edgePrograms[edgeData.type]?.drawLabel ?? this.settings.defaultDrawEdgeLabel;
      draw(
        context,
        { key: edge, ...edgeData, size: renderer.scaleSize(edgeData.size) },
        { key: source, ...sourceData, ...renderer.framedGraphToViewport(sourceData), size: renderer.scaleSize(sourceData.size) },
        { key: target, ...targetData, ...renderer.framedGraphToViewport(targetData), size: renderer.scaleSize(targetData.size) },
        this.settings,
      );
      drawn.add(edge);
    }
    this.displayedEdgeLabels = drawn;
    return this;
  };
}

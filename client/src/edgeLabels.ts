// Edge labels without walking every edge on every frame. Sigma 3.0 picks edge labels with edgeLabelsToDisplayFromNodes,
// which visits all edges of the graph each frame (most of a frame at 50k edges and more); the same choice (an end
// hovered or highlighted, or both ends labelled, plus forced labels) only needs the edges of the nodes concerned.
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type Graph from "graphology";

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

/** Replaces the instance's edge-label pass with one that draws the same labels from edgeLabelCandidates. */
export function installEdgeLabels(renderer: Sigma): void {
  const r = renderer as unknown as SigmaInternals;
  // Another sigma version may lay out its internals differently: keep its own pass then.
  if (!(r.displayedNodeLabels instanceof Set) || !r.canvasContexts?.edgeLabels || !r.edgeDataCache || typeof r.renderEdgeLabels !== "function") return;
  r.renderEdgeLabels = function renderEdgeLabels(this: SigmaInternals) {
    if (!this.settings.renderEdgeLabels) return this;
    const context = this.canvasContexts.edgeLabels;
    context.clearRect(0, 0, this.width, this.height);
    const edges = edgeLabelCandidates(this.graph, this.displayedNodeLabels, this.highlightedNodes, this.hoveredNode, this.edgesWithForcedLabels);
    const drawn = new Set<string>();
    for (const edge of edges) {
      const [source, target] = this.graph.extremities(edge);
      const sourceData = this.nodeDataCache[source];
      const targetData = this.nodeDataCache[target];
      const edgeData = this.edgeDataCache[edge];
      if (!edgeData || !sourceData || !targetData || edgeData.hidden || sourceData.hidden || targetData.hidden) continue;
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

// Node labels that do not sit on each other. Sigma 3.0 picks labels with a grid of fixed cells (the biggest node of
// each cell), which knows nothing of a label's length: "Ukraine Defense Contact Group" runs over the next two cells'
// labels and neither can be read. This pass draws the same candidates, forced ones first (selection, path, hover,
// what was just added), then the others biggest node first, each only where it overlaps no label already drawn.
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData } from "sigma/types";

/** A label's box on screen, as sigma's drawDiscNodeLabel places the text: right of the disc, centred on it. */
export interface LabelBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Always drawn (sigma's forceLabel). */
  forced: boolean;
  /** The node's size on screen: bigger nodes claim their place first. */
  size: number;
}

/** Space kept between labels, in pixels: wider side by side, or "Universe" and "Alicia Machado" read as one name. */
const GAP_X = 8;
const GAP_Y = 2;

/** The labels to draw, in drawing order: every forced one, then each other that overlaps none drawn before it. */
export function chooseLabels(boxes: readonly LabelBox[]): string[] {
  const order = [...boxes].sort((a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size);
  const placed: LabelBox[] = [];
  const out: string[] = [];
  for (const box of order) {
    if (!box.forced && placed.some((p) => overlaps(p, box))) continue;
    placed.push(box);
    out.push(box.key);
  }
  return out;
}

const overlaps = (a: LabelBox, b: LabelBox): boolean =>
  a.x < b.x + b.width + GAP_X && b.x < a.x + a.width + GAP_X && a.y < b.y + b.height + GAP_Y && b.y < a.y + a.height + GAP_Y;

// The parts of a sigma 3.0 instance that its own renderLabels reads.
interface SigmaInternals {
  settings: Settings;
  canvasContexts: { labels: CanvasRenderingContext2D };
  width: number;
  height: number;
  camera: { getState(): { ratio: number } };
  labelGrid: { getLabelsToDisplay(ratio: number, density: number): string[] };
  nodesWithForcedLabels: Set<string>;
  displayedNodeLabels: Set<string>;
  nodeDataCache: Record<string, NodeDisplayData>;
  nodePrograms: Record<string, { drawLabel?: Settings["defaultDrawNodeLabel"] }>;
  renderLabels(): unknown;
}

// As sigma: a label whose node is just off screen may still reach into it.
const X_MARGIN = 150;
const Y_MARGIN = 50;

/**
 * Sigma's drawDiscNodeLabel with a white halo under the text: labels cross discs and edges in any dense part of the
 * graph, and dark text on a blue disc or a red edge cannot be read.
 */
export function drawLabelWithHalo(context: CanvasRenderingContext2D, data: { x: number; y: number; size: number; label: string | null } & Record<string, unknown>, settings: Settings): void {
  if (!data.label) return;
  const size = settings.labelSize;
  const attr = settings.labelColor.attribute;
  const color = attr ? (data[attr] as string | undefined) || settings.labelColor.color || "#000" : settings.labelColor.color ?? "#000";
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 3;
  const y = data.y + size / 3;
  context.lineJoin = "round";
  context.lineWidth = 3;
  context.strokeStyle = "rgba(255, 255, 255, 0.9)";
  context.strokeText(data.label, x, y);
  context.fillStyle = color;
  context.fillText(data.label, x, y);
}

/** The node labels each renderer drew last, for the edge-label pass to keep clear of. */
export const drawnNodeLabels = new WeakMap<object, LabelBox[]>();

/** Replaces the instance's node-label pass with one that leaves out labels that would overlap. */
export function installNodeLabels(renderer: Sigma): void {
  const r = renderer as unknown as SigmaInternals;
  // Another sigma version may lay out its internals differently: keep its own pass then.
  if (!r.labelGrid || !(r.nodesWithForcedLabels instanceof Set) || !r.canvasContexts?.labels || typeof r.renderLabels !== "function") return;
  const widths = new Map<string, number>();
  let widthFont = "";
  r.renderLabels = function renderLabels(this: SigmaInternals) {
    const settings = this.settings;
    if (!settings.renderLabels) return this;
    const context = this.canvasContexts.labels;
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    if (font !== widthFont || widths.size > 20_000) {
      widths.clear();
      widthFont = font;
    }
    context.font = font;
    const candidates = new Set(this.labelGrid.getLabelsToDisplay(this.camera.getState().ratio, settings.labelDensity));
    this.nodesWithForcedLabels.forEach((n) => candidates.add(n));
    const boxes: LabelBox[] = [];
    const at = new Map<string, { x: number; y: number; size: number }>();
    for (const node of candidates) {
      const data = this.nodeDataCache[node];
      if (!data || data.hidden || !data.label) continue;
      const size = renderer.scaleSize(data.size);
      if (!data.forceLabel && size < settings.labelRenderedSizeThreshold) continue;
      const { x, y } = renderer.framedGraphToViewport(data);
      if (x < -X_MARGIN || x > this.width + X_MARGIN || y < -Y_MARGIN || y > this.height + Y_MARGIN) continue;
      let width = widths.get(data.label);
      if (width === undefined) widths.set(data.label, (width = context.measureText(data.label).width));
      const forced = !!data.forceLabel;
      const box = { key: node, x: x + size + 3, y: y - settings.labelSize / 2 - 1, width, height: settings.labelSize + 2, forced, size };
      // Sigma draws a highlighted node's label in a white box that takes in its disc: keep others off all of it.
      if (data.highlighted) {
        box.width += box.x - (x - size - 2);
        box.x = x - size - 2;
      }
      // A name cut off by the stage's edge reads as another name ("Frank-Jue"): leave it to zooming or hovering.
      if (!box.forced && box.x + box.width > this.width) continue;
      at.set(node, { x, y, size });
      boxes.push(box);
    }
    this.displayedNodeLabels = new Set();
    const chosen = chooseLabels(boxes);
    const byKey = new Map(boxes.map((b) => [b.key, b]));
    drawnNodeLabels.set(renderer, chosen.map((k) => byKey.get(k)!));
    for (const node of chosen) {
      const data = this.nodeDataCache[node];
      const p = at.get(node)!;
      this.displayedNodeLabels.add(node);
      const draw = this.nodePrograms[data.type]?.drawLabel ?? settings.defaultDrawNodeLabel;
      draw(context, { key: node, ...data, size: p.size, x: p.x, y: p.y }, settings);
    }
    return this;
  };
}

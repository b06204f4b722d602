// ForceAtlas2 in its own worker (fa2Worker.ts), then noverlap. The worker iterates back to back; the view graph takes
// its positions only when the page has drawn the last ones, so drawing never holds the layout back and the layout
// never makes sigma redraw more than once a frame.
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import { graphToByteArrays } from "graphology-layout-forceatlas2/helpers.js";
import FA2_DEFAULTS from "graphology-layout-forceatlas2/defaults.js";
import noverlap from "graphology-layout-noverlap";
import type Graph from "graphology";
import type { ViewGraph } from "./graphModel.ts";
import type { FromLayoutWorker, ToLayoutWorker } from "./layoutProtocol.ts";

export type LayoutListener = (running: boolean) => void;

const MIN_SYNC_MS = 100;

/**
 * The same settings as the server's layout (server/graph/layout.ts): inferred from the size, Barnes-Hut past 2000,
 * over every default (the iteration itself reads them all).
 */
export function layoutSettings(order: number): ForceAtlas2Settings {
  return { ...FA2_DEFAULTS, ...forceAtlas2.inferSettings(order), adjustSizes: false };
}

export class LayoutController {
  private worker: Worker | null = null;
  private run = 0;
  private active = false;
  /** Iterations of finished runs, plus the last count the running one reported. */
  private before = 0;
  private current = 0;
  private order = 0;
  private syncTimer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<LayoutListener>();
  private unavailable: string | null = null;

  /** graphUnitsPerPixel turns sigma's pixel sizes into graph distances for noverlap. */
  constructor(
    private readonly graph: ViewGraph,
    private readonly graphUnitsPerPixel: () => number,
  ) {}

  /** True from start() until the last positions are in the view graph. */
  get running(): boolean {
    return this.active;
  }

  /** Iterations run since this controller was made. */
  get iterations(): number {
    return this.before + this.current;
  }

  get error(): string | null {
    return this.unavailable;
  }

  onChange(fn: LayoutListener): void {
    this.listeners.add(fn);
  }

  offChange(fn: LayoutListener): void {
    this.listeners.delete(fn);
  }

  /** Runs a fixed number of iterations (or until stop() when none is given) from the positions the view shows now. */
  start(iterations?: number): boolean {
    if (this.graph.order === 0) return false;
    const worker = this.ensure();
    if (!worker) return false;
    this.finishRun();
    const { nodes, edges } = graphToByteArrays(this.graph as unknown as Graph, () => 1);
    this.order = this.graph.order;
    this.run++;
    this.active = true;
    const msg: ToLayoutWorker = { type: "start", run: this.run, nodes: nodes.buffer as ArrayBuffer, edges: edges.buffer as ArrayBuffer, settings: layoutSettings(this.order), iterations };
    worker.postMessage(msg, [msg.nodes, msg.edges]);
    this.scheduleWant(MIN_SYNC_MS);
    this.emit();
    return true;
  }

  /** Asks the worker for its last positions; running turns false once they are placed. */
  stop(): void {
    if (!this.active || !this.worker) return;
    clearTimeout(this.syncTimer);
    this.post({ type: "stop" });
  }

  toggle(): void {
    if (this.active) this.stop();
    else this.start();
  }

  /** The graph's shape changed: a run in progress no longer matches it. */
  reset(): void {
    this.kill();
  }

  kill(): void {
    const wasRunning = this.active;
    clearTimeout(this.syncTimer);
    this.worker?.terminate();
    this.worker = null;
    this.finishRun();
    this.active = false;
    if (wasRunning) this.emit();
  }

  private ensure(): Worker | null {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(new URL("./fa2Worker.ts", import.meta.url), { type: "module" });
      worker.onmessage = (e: MessageEvent<FromLayoutWorker>) => this.receive(e.data);
      worker.onerror = (e) => {
        this.unavailable = `The layout worker failed (${e.message}).`;
        this.kill();
      };
      this.worker = worker;
      this.unavailable = null;
      return worker;
    } catch (err) {
      this.unavailable = `The layout worker could not start (${(err as Error).message}).`;
      return null;
    }
  }

  private post(msg: ToLayoutWorker): void {
    this.worker?.postMessage(msg);
  }

  private finishRun(): void {
    this.before += this.current;
    this.current = 0;
  }

  private receive(msg: FromLayoutWorker): void {
    if (msg.run !== this.run || !this.active) return;
    this.current = msg.iterations;
    const t0 = performance.now();
    this.apply(new Float32Array(msg.xy));
    if (msg.finished) {
      clearTimeout(this.syncTimer);
      this.finishRun();
      this.afterStop();
      this.active = false;
      this.emit();
      return;
    }
    // Sigma redraws on the next frame; the frame after it tells how long taking the positions cost, drawing included.
    // The next positions are asked for after twice that, so the page keeps answering the user on big graphs.
    requestAnimationFrame(() => requestAnimationFrame(() => this.scheduleWant(Math.max(MIN_SYNC_MS, 2 * (performance.now() - t0)))));
  }

  private scheduleWant(delay: number): void {
    clearTimeout(this.syncTimer);
    this.syncTimer = setTimeout(() => this.active && this.post({ type: "want" }), delay);
  }

  private apply(xy: Float32Array): void {
    // Positions come in the node order of the start message; a graph changed since then is reset, never patched.
    if (this.graph.order !== this.order) return;
    let i = 0;
    this.graph.updateEachNodeAttributes(
      (_n, a) => {
        a.x = xy[i++];
        a.y = xy[i++];
        return a;
      },
      { attributes: ["x", "y"] },
    );
  }

  private afterStop(): void {
    // Labels and discs must not sit on each other once the forces settle.
    if (this.graph.order > 0 && this.graph.order <= 5000) {
      const scale = this.graphUnitsPerPixel();
      noverlap.assign(this.graph as never, {
        maxIterations: 60,
        inputReducer: (_key, attr) => ({ x: attr.x, y: attr.y, size: (attr.size ?? 1) * scale }),
        settings: { margin: 4 * scale, ratio: 1.2, expansion: 1.1 },
      });
    }
  }

  private emit(): void {
    for (const fn of this.listeners) fn(this.active);
  }
}

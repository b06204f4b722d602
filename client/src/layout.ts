// ForceAtlas2 in its web worker, then noverlap. The worker moves a shadow copy of the graph; the view graph gets the
// positions a few times a second, so that sigma's re-indexing does not hold every iteration back.
import Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { ViewGraph } from "./graphModel.ts";

export type LayoutListener = (running: boolean) => void;

// The supervisor asks the worker for one iteration per message; counting them makes a run repeatable.
interface SupervisorInternals {
  askForIterations(withEdges?: boolean): unknown;
}

const MIN_SYNC_MS = 100;

type Shadow = Graph<{ x: number; y: number; size: number }>;

export class LayoutController {
  private supervisor: FA2Layout | null = null;
  private shadow: Shadow | null = null;
  private budget = Infinity;
  private done = 0;
  private total = 0;
  private syncTimer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<LayoutListener>();
  private unavailable: string | null = null;

  /** graphUnitsPerPixel turns sigma's pixel sizes into graph distances for noverlap. */
  constructor(
    private readonly graph: ViewGraph,
    private readonly graphUnitsPerPixel: () => number,
  ) {}

  get running(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  /** Iterations asked of the worker since this controller was made. */
  get iterations(): number {
    return this.total;
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

  /** Runs a fixed number of iterations (or until stop() when none is given). */
  start(iterations?: number): boolean {
    if (this.graph.order === 0) return false;
    const sup = this.ensure();
    if (!sup || !this.shadow) return false;
    if (sup.isRunning()) sup.stop();
    // Start from what the view shows now (noverlap or a focus may have moved nodes since the last run).
    const shadow = this.shadow;
    this.graph.forEachNode((n, a) => shadow.mergeNodeAttributes(n, { x: a.x, y: a.y }));
    this.budget = iterations ?? Infinity;
    this.done = 0;
    sup.start();
    clearTimeout(this.syncTimer);
    this.scheduleSync(MIN_SYNC_MS);
    this.emit();
    return true;
  }

  stop(): void {
    if (!this.supervisor?.isRunning()) return;
    this.supervisor.stop();
    this.afterStop();
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
  }

  /** Settings and the shadow follow the graph's shape, so they are rebuilt whenever the graph changed. */
  reset(): void {
    this.kill();
  }

  kill(): void {
    const wasRunning = this.running;
    clearTimeout(this.syncTimer);
    this.supervisor?.kill();
    this.supervisor = null;
    this.shadow = null;
    if (wasRunning) this.emit();
  }

  private ensure(): FA2Layout | null {
    if (this.supervisor) return this.supervisor;
    try {
      const shadow: Shadow = new Graph({ type: "directed", multi: true });
      this.graph.forEachNode((n, a) => shadow.addNode(n, { x: a.x, y: a.y, size: a.size }));
      this.graph.forEachEdge((e, _a, s, t) => shadow.addDirectedEdgeWithKey(e, s, t));
      const settings = { ...forceAtlas2.inferSettings(shadow), adjustSizes: false };
      const sup = new FA2Layout(shadow, { settings, getEdgeWeight: null });
      const internals = sup as unknown as SupervisorInternals;
      const ask = internals.askForIterations.bind(sup);
      internals.askForIterations = (withEdges?: boolean) => {
        this.done++;
        this.total++;
        if (this.done > this.budget) {
          sup.stop();
          queueMicrotask(() => this.afterStop());
          return sup;
        }
        return ask(withEdges);
      };
      this.supervisor = sup;
      this.shadow = shadow;
      this.unavailable = null;
      return sup;
    } catch (err) {
      this.unavailable = `The layout worker could not start (${(err as Error).message}).`;
      return null;
    }
  }

  /**
   * Each update makes sigma re-index and redraw everything: the next one waits twice as long as the last one took
   * (drawing included), so that the page keeps answering the user while the layout runs on big graphs.
   */
  private scheduleSync(delay: number): void {
    this.syncTimer = setTimeout(() => {
      const t0 = performance.now();
      this.syncPositions();
      // Sigma draws on the next frame; the frame after it tells how long that took.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (this.running) this.scheduleSync(Math.max(MIN_SYNC_MS, 2 * (performance.now() - t0)));
        }),
      );
    }, delay);
  }

  private syncPositions(): void {
    const shadow = this.shadow;
    if (!shadow) return;
    this.graph.updateEachNodeAttributes(
      (n, a) => {
        const p = shadow.getNodeAttributes(n);
        return { ...a, x: p.x, y: p.y };
      },
      { attributes: ["x", "y"] },
    );
  }

  private afterStop(): void {
    clearTimeout(this.syncTimer);
    this.syncPositions();
    // Labels and discs must not sit on each other once the forces settle.
    if (this.graph.order > 0 && this.graph.order <= 5000) {
      const scale = this.graphUnitsPerPixel();
      noverlap.assign(this.graph as never, {
        maxIterations: 60,
        inputReducer: (_key, attr) => ({ x: attr.x, y: attr.y, size: (attr.size ?? 1) * scale }),
        settings: { margin: 4 * scale, ratio: 1.2, expansion: 1.1 },
      });
    }
    this.emit();
  }

  private emit(): void {
    for (const fn of this.listeners) fn(this.running);
  }
}

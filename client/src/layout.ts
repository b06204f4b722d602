// ForceAtlas2 in its web worker, a fixed number of iterations for a repeatable picture, then noverlap.
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { ViewGraph } from "./graphModel.ts";

export type LayoutListener = (running: boolean) => void;

// The supervisor asks the worker for one iteration per message; counting them makes a run repeatable.
interface SupervisorInternals {
  askForIterations(withEdges?: boolean): unknown;
}

export class LayoutController {
  private supervisor: FA2Layout | null = null;
  private budget = Infinity;
  private done = 0;
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
    if (!sup) return false;
    if (sup.isRunning()) sup.stop();
    this.budget = iterations ?? Infinity;
    this.done = 0;
    sup.start();
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

  /** Settings follow the graph's size, so they are rebuilt whenever the graph changed. */
  reset(): void {
    this.kill();
  }

  kill(): void {
    this.supervisor?.kill();
    this.supervisor = null;
    this.emit();
  }

  private ensure(): FA2Layout | null {
    if (this.supervisor) return this.supervisor;
    try {
      const settings = { ...forceAtlas2.inferSettings(this.graph as never), adjustSizes: false };
      const sup = new FA2Layout(this.graph as never, { settings, getEdgeWeight: null });
      const internals = sup as unknown as SupervisorInternals;
      const ask = internals.askForIterations.bind(sup);
      internals.askForIterations = (withEdges?: boolean) => {
        this.done++;
        if (this.done > this.budget) {
          sup.stop();
          queueMicrotask(() => this.afterStop());
          return sup;
        }
        return ask(withEdges);
      };
      this.supervisor = sup;
      this.unavailable = null;
      return sup;
    } catch (err) {
      this.unavailable = `The layout worker could not start (${(err as Error).message}).`;
      return null;
    }
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
    this.emit();
  }

  private emit(): void {
    for (const fn of this.listeners) fn(this.running);
  }
}

// A small, read-only window onto the explorer for browser tests and the bench: readiness and where things are.
import type { Renderer } from "./renderer.ts";
import type { ViewState } from "./viewState.ts";

export interface ExplorerHooks {
  /** True once sigma has drawn the first graph. */
  ready: boolean;
  /** Completed sigma renders, counted from afterRender. */
  renders: number;
  /** Requests and layouts under way; 0 when the view has settled. */
  pending: number;
  layoutRunning: boolean;
  /** ForceAtlas2 iterations run since the page loaded. */
  layoutIterations(): number;
  /** performance.now() marks: graph answer parsed, sigma's first drawing done, ready. */
  timings: { graphLoaded: number; firstPixels: number; ready: number };
  error: string | null;
  renderer: Renderer | null;
  state(): ViewState;
  emphasis(): { selected: string | null; focus: string[]; path: string[]; added: string[]; hovered: string | null; edge: string | null };
  /** Viewport position of a node, relative to the graph container. */
  nodePosition(id: string): { x: number; y: number } | null;
  /** Nodes neither filtered out nor hidden by the legend. */
  visibleNodes(): string[];
}

declare global {
  interface Window {
    __stancegraph?: ExplorerHooks;
  }
}

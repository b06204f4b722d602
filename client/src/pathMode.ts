// Path mode: pick two nodes, ask the server for the shortest paths between them, and light the first one up.
import { api, ApiError } from "./api.ts";
import type { Explorer } from "./explorer.ts";
import type { PathsResponse } from "./apiTypes.ts";

export class PathMode {
  private active = false;
  private first: string | null = null;

  constructor(
    private readonly explorer: Explorer,
    private readonly button: HTMLButtonElement,
    private readonly hint: HTMLElement,
  ) {
    button.addEventListener("click", () => (this.active ? this.exit() : this.enter()));
    explorer.findPath = (from, to) => this.find(from, to);
    explorer.nodeClickHandler = (id) => {
      if (!this.active) return false;
      this.pick(id);
      return true;
    };
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && this.active) this.exit();
    });
    window.addEventListener("stancegraph:path", (e) => {
      const [from, to] = (e as CustomEvent<[string, string]>).detail;
      void this.find(from, to);
    });
  }

  enter(): void {
    this.active = true;
    this.first = null;
    this.button.setAttribute("aria-pressed", "true");
    this.say("Path: click the first node (Escape to leave).");
  }

  exit(): void {
    this.active = false;
    this.first = null;
    this.button.setAttribute("aria-pressed", "false");
    this.hint.hidden = true;
  }

  /** Chooses a node as the start, then as the end, of the path. Searching also picks while path mode is on. */
  pick(id: string): void {
    const label = this.label(id);
    if (!this.first || this.first === id) {
      this.first = id;
      this.explorer.emphasis.selected = id;
      this.explorer.refreshView();
      this.say(`Path from ${label}: now click the second node.`);
      return;
    }
    const from = this.first;
    this.exit();
    void this.find(from, id);
  }

  get picking(): boolean {
    return this.active;
  }

  async find(from: string, to: string): Promise<void> {
    const ex = this.explorer;
    ex.status.set(`Looking for a path from ${this.label(from)} to ${this.label(to)}…`, "loading");
    ex.panel.loading("the path");
    let result: PathsResponse;
    try {
      result = await ex.track(api.paths(from, to, 4));
    } catch (err) {
      const msg =
        err instanceof ApiError && err.missing
          ? "This server cannot find paths yet (no /api/paths). Update the server, or follow the neighbourhoods by hand."
          : `The path could not be found: ${err instanceof Error ? err.message : String(err)}`;
      ex.status.set(msg, "error");
      ex.panel.message("No path search", msg);
      return;
    }
    ex.state = { ...ex.state, node: null, path: [from, to] };
    for (const a of Object.values(result.articles ?? {})) ex.rememberArticle(a);
    await this.show(result, 0);
    if (!result.paths.length) ex.status.set(`No path links ${this.label(from)} and ${this.label(to)} within 4 steps.`);
  }

  /** Lights up one of the result's paths and shows it in the panel, with the others to choose from. */
  private async show(result: PathsResponse, index: number): Promise<void> {
    const ex = this.explorer;
    const path = result.paths[index];
    ex.emphasis.clearFocus();
    ex.emphasis.clearPath();
    if (path) {
      // Path nodes may lie outside the view (after a focus): fetch what is missing so the path can be drawn.
      const missing = path.nodes.filter((n) => !ex.graph.hasNode(n));
      if (missing.length) await ex.track(ex.addNodesAround(missing));
      ex.emphasis.pathNodes = new Set(path.nodes);
      ex.emphasis.pathEdges = new Set(path.edges.map((e) => e.id));
    }
    ex.panel.path(result, (id) => this.label(id), Object.fromEntries(ex.articles), index, (i) => void this.show(result, i));
    ex.refreshView();
    ex.showCounts();
  }

  private label(id: string): string {
    return this.explorer.graph.hasNode(id) ? this.explorer.graph.getNodeAttribute(id, "label") : id;
  }

  private say(text: string): void {
    this.hint.textContent = text;
    this.hint.hidden = false;
  }
}

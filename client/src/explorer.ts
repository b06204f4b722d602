// The explorer: owns the view graph, the renderer and the view state, and turns user actions into API calls.
import type { EntityKind, EdgeDetail, NodeDetail, SerializedGraph, ArticleInfo, WholeGraph } from "./apiTypes.ts";
import { api, ApiError } from "./api.ts";
import { createViewGraph, deriveDisplay, mergeSerialized, type ViewGraph } from "./graphModel.ts";
import { createRenderer, nextRender, type Renderer } from "./renderer.ts";
import { Emphasis } from "./emphasis.ts";
import { makeEdgeReducer, makeNodeReducer } from "./reducers.ts";
import { LayoutController } from "./layout.ts";
import { Panel } from "./panel.ts";
import { StatusLine, countsText } from "./status.ts";
import { renderLegend } from "./legend.ts";
import { neighborFilters, renderFilters, type FilterChange } from "./filters.ts";
import { countByKind, countVisible, invertedRange, nodeVisible } from "./visibility.ts";
import { defaultViewState, type Depth, type ExpandMode, type ViewState } from "./viewState.ts";
import type { ExplorerHooks } from "./testHooks.ts";
import { openingGraph } from "./opening.ts";

export interface ExplorerElements {
  graph: HTMLElement;
  panel: HTMLElement;
  status: HTMLElement;
  legend: HTMLElement;
  filters: HTMLElement;
}

type Listener = () => void;

/** Iterations for the opening layout: fixed by the graph's size so that a given graph always lands the same way. */
export function openingIterations(order: number): number {
  if (order <= 2000) return 60;
  if (order <= 20000) return 30;
  return 10;
}

export class Explorer {
  readonly graph: ViewGraph = createViewGraph();
  readonly emphasis = new Emphasis();
  readonly articles = new Map<string, ArticleInfo>();
  /** Old entity ids -> the nodes they resolved into, from /api/graph: links made before a merge still find their node. */
  readonly resolved = new Map<string, string>();
  readonly dates = new Map<string, string | null>();
  /** The whole graph's counts when the view opened on its overview (a graph too large to draw whole), else null. */
  partOf: { nodes: number; edges: number } | null = null;
  renderer: Renderer | null = null;
  layout: LayoutController;
  readonly panel: Panel;
  readonly status: StatusLine;
  state: ViewState = defaultViewState();
  readonly hooks: ExplorerHooks;
  private stateListeners = new Set<Listener>();
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private selectSeq = 0;

  constructor(private readonly el: ExplorerElements) {
    this.panel = new Panel(el.panel, {
      selectNode: (id) => void this.selectNode(id),
      selectEdge: (id) => void this.selectEdge(id),
      aliases: (id) => (this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, "aliases") : []),
      nodeTools: (detail) => this.curationTools?.node(detail) ?? null,
      edgeTools: (edge) => this.curationTools?.edge(edge) ?? null,
    });
    this.status = new StatusLine(el.status);
    this.layout = new LayoutController(this.graph, () => this.graphUnitsPerPixel());
    const self = this;
    this.hooks = {
      ready: false,
      renders: 0,
      pending: 0,
      layoutRunning: false,
      layoutIterations: () => self.layout.iterations,
      timings: { graphLoaded: 0, firstPixels: 0, ready: 0 },
      error: null,
      renderer: null,
      state: () => structuredClone(self.state),
      emphasis: () => ({
        selected: self.emphasis.selected,
        focus: [...(self.emphasis.focusNodes ?? [])],
        path: [...(self.emphasis.pathNodes ?? [])],
        added: [...self.emphasis.added],
        hovered: self.emphasis.hovered,
        edge: self.emphasis.selectedEdge,
      }),
      nodePosition: (id) => {
        const r = self.renderer;
        const d = r?.getNodeDisplayData(id);
        return r && d ? r.framedGraphToViewport(d) : null;
      },
      visibleNodes: () => self.graph.filterNodes((_k, a) => nodeVisible(a, self.state, self.dates)),
    };
    window.__stancegraph = this.hooks;
    this.layout.onChange((running) => {
      this.hooks.layoutRunning = running;
      this.emit();
    });
  }

  onStateChange(fn: Listener): void {
    this.stateListeners.add(fn);
  }

  private emit(): void {
    for (const fn of this.stateListeners) fn();
  }

  /** Counts a request or layout as under way while `work` runs. */
  async track<T>(work: Promise<T>): Promise<T> {
    this.hooks.pending++;
    try {
      return await work;
    } finally {
      this.hooks.pending--;
    }
  }

  async start(initial: (graph: ViewGraph) => ViewState): Promise<void> {
    this.status.set("Loading the graph…", "loading");
    this.showStartPanel();
    let data: WholeGraph;
    try {
      const opening = await this.track(openingGraph(api));
      data = opening.graph;
      this.partOf = opening.totals;
    } catch (err) {
      const message = err instanceof ApiError ? err.message : String(err);
      this.hooks.error = message;
      this.status.set(`The graph could not be loaded: ${message} Reload the page to retry.`, "error");
      return;
    }
    this.hooks.timings.graphLoaded = performance.now();
    this.readGraphDates(data);
    mergeSerialized(this.graph, data);
    deriveDisplay(this.graph);
    // The state from the URL applies before the first drawing, so that sigma indexes the graph once.
    this.state = initial(this.graph);
    const inputs = { graph: this.graph, state: () => this.state, emphasis: this.emphasis, dates: this.dates };
    this.renderer = createRenderer(this.graph, this.el.graph, { nodeReducer: makeNodeReducer(inputs), edgeReducer: makeEdgeReducer(inputs) });
    // Sigma draws once inside its constructor.
    this.hooks.timings.firstPixels = performance.now();
    this.hooks.renderer = this.renderer;
    this.renderer.on("afterRender", () => this.hooks.renders++);
    this.bindRendererEvents(this.renderer);
    this.renderControls();
    await nextRender(this.renderer, false);
    this.hooks.timings.ready = performance.now();
    this.hooks.ready = true;
    if (this.graph.order === 0) {
      this.status.set("The graph is empty: add an article (button “Add article”) to start it.");
    } else {
      this.showCounts();
      await this.runOpeningLayout();
    }
    window.addEventListener("pagehide", () => this.destroy());
  }

  showStartPanel(): void {
    this.panel.message("Nothing selected yet", "Search for a name above (press / to jump there), or click a node in the graph to read what the articles say about it.");
  }

  /** No node or path chosen, as before the first choice (Back goes there): the whole graph again if focus narrowed it. */
  async clearSelection(): Promise<void> {
    // A node still loading must not land after this.
    this.selectSeq++;
    if (this.state.mode === "focus" && (this.state.node || this.state.path)) await this.showWholeGraph();
    else {
      this.clearEmphasis();
      this.showStartPanel();
    }
  }

  destroy(): void {
    this.layout.kill();
    this.renderer?.kill();
    this.renderer = null;
  }

  /** Every article's date comes with the whole graph: the date filter needs nothing else, however many there are. */
  private readGraphDates(data: WholeGraph): void {
    for (const [id, date] of Object.entries(data.articles ?? {})) this.dates.set(id, date);
    for (const [from, to] of Object.entries(data.resolved ?? {})) this.resolved.set(from, to);
  }

  rememberArticle(a: ArticleInfo): void {
    this.articles.set(a.id, a);
    this.dates.set(a.id, a.date);
  }

  /** A fixed number of iterations from the server's positions: the same graph lands the same way on every load. */
  private runOpeningLayout(): Promise<void> {
    return this.track(
      new Promise<void>((resolve) => {
        const done = (running: boolean) => {
          if (running) return;
          this.layout.offChange(done);
          resolve();
        };
        this.layout.onChange(done);
        if (!this.layout.start(openingIterations(this.graph.order))) {
          this.layout.offChange(done);
          if (this.layout.error) this.status.set(`${this.layout.error} The server's positions are shown.`, "error");
          resolve();
        }
      }),
    );
  }

  private bindRendererEvents(r: Renderer): void {
    r.on("clickNode", ({ node }) => void this.onNodeClick(node));
    r.on("clickEdge", ({ edge }) => void this.selectEdge(edge));
    r.on("clickStage", () => this.clearEmphasis());
    r.on("enterNode", ({ node }) => this.hover(node));
    r.on("leaveNode", () => this.hover(null));
    r.getCamera().on("updated", () => this.emit());
  }

  /** The corrections module plugs in here: the panel's "Correct" sections. */
  curationTools: { node(detail: NodeDetail): HTMLElement; edge(edge: EdgeDetail): HTMLElement } | null = null;

  /** The path module plugs in here: finds and shows the paths between two nodes. */
  findPath: ((from: string, to: string) => Promise<void>) | null = null;

  /** Path mode and other modes plug in here. */
  nodeClickHandler: ((id: string) => boolean) | null = null;

  private async onNodeClick(id: string): Promise<void> {
    if (this.nodeClickHandler?.(id)) return;
    await this.selectNode(id, { moveCamera: this.state.mode === "focus" ? undefined : false });
  }

  // Hover is debounced: sweeping the mouse across a dense graph should not recompute every frame.
  private hover(node: string | null): void {
    clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(() => {
      this.emphasis.hovered = node;
      this.emphasis.hoverNodes = node && this.graph.hasNode(node) ? new Set([node, ...this.graph.neighbors(node)]) : null;
      this.renderer?.refresh({ skipIndexation: true });
    }, 60);
  }

  clearEmphasis(): void {
    this.emphasis.clearFocus();
    this.emphasis.clearPath();
    this.emphasis.added.clear();
    this.state = { ...this.state, node: null, path: null };
    this.refreshView();
  }

  refreshView(): void {
    this.renderer?.refresh({ skipIndexation: true });
    this.emit();
  }

  setState(change: Partial<ViewState>): void {
    this.state = { ...this.state, ...change };
    this.renderControls();
    this.refreshView();
    this.showCounts();
  }

  setDepth(depth: Depth): void {
    this.state = { ...this.state, depth };
    if (this.state.node) void this.selectNode(this.state.node, { moveCamera: this.state.mode === "focus" ? undefined : false });
    else this.emit();
  }

  /** Switching to focus narrows the view to the selected node's neighbourhood at once. */
  setMode(mode: ExpandMode): void {
    this.state = { ...this.state, mode };
    if (mode === "focus" && this.state.node) void this.selectNode(this.state.node);
    else this.emit();
  }

  async selectNode(id: string, opts: { moveCamera?: boolean } = {}): Promise<void> {
    const seq = ++this.selectSeq;
    this.panel.loading("the node");
    this.status.set("Loading the neighbourhood…", "loading");
    const { depth, mode } = this.state;
    // The server filters too, so that its node limit keeps what the view shows; the view (reducers) still filters
    // what it already holds.
    let detail: NodeDetail;
    let neighbours: Awaited<ReturnType<typeof api.neighbors>>;
    try {
      [detail, neighbours] = await this.track(Promise.all([api.node(id), api.neighbors(id, depth, neighborFilters(this.state))]));
    } catch (err) {
      if (seq !== this.selectSeq) return;
      const message = err instanceof ApiError ? err.message : String(err);
      this.status.set(`This node could not be loaded: ${message}`, "error");
      this.panel.message("Could not load", `${message} Pick another node or reload the page.`);
      return;
    }
    if (seq !== this.selectSeq) return;
    for (const a of Object.values(detail.articles)) this.rememberArticle(a);

    const sub = neighbours.graph;
    if (mode === "focus") {
      this.layout.reset();
      this.graph.clear();
      this.emphasis.added.clear();
    } else if (!this.graph.hasNode(id) || sub.nodes.some((n) => !this.graph.hasNode(n.key))) {
      this.layout.reset();
    }
    const added = mergeSerialized(this.graph, sub);
    if (added.nodes.length || added.edges.length || mode === "focus") deriveDisplay(this.graph);

    this.emphasis.clearPath();
    this.emphasis.selectedEdge = null;
    this.emphasis.selected = id;
    this.emphasis.focusNodes = new Set(sub.nodes.map((n) => n.key));
    this.emphasis.focusEdges = new Set(sub.edges.map((e) => e.key).filter((k): k is string => !!k));
    this.state = { ...this.state, node: id, path: null };
    this.panel.node(detail, neighbours.truncated);
    this.refreshView();
    this.renderControls();
    this.showCounts();
    // By default, focus frames the new view and expand centres the node; false keeps the camera where it is.
    if (opts.moveCamera !== false) await this.track(this.moveCameraTo(id, mode === "focus"));
  }

  /** Adds a subgraph to the view and redraws what depends on the graph's shape. */
  mergeAndShow(sub: SerializedGraph): { nodes: string[]; edges: string[] } {
    const added = mergeSerialized(this.graph, sub);
    if (added.nodes.length || added.edges.length) {
      this.layout.reset();
      deriveDisplay(this.graph);
      this.renderControls();
      this.showCounts();
    }
    return added;
  }

  /** Brings nodes (and their neighbourhoods) into the view without changing the selection. */
  async addNodesAround(ids: readonly string[]): Promise<string[]> {
    const added: string[] = [];
    for (const id of ids) {
      if (this.graph.hasNode(id) && ids.length > 1) continue;
      try {
        const res = await this.track(api.neighbors(id, 1));
        added.push(...mergeSerialized(this.graph, res.graph).nodes);
      } catch {
        // A node the server no longer knows is simply left out.
      }
    }
    if (added.length) {
      this.layout.reset();
      deriveDisplay(this.graph);
      this.renderControls();
    }
    return added;
  }

  async moveCameraTo(id: string, fit = false): Promise<void> {
    const r = this.renderer;
    if (!r) return;
    if (fit) {
      await r.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 300 });
      return;
    }
    // Display data is in sigma's framed space, which is what the camera moves in; it exists after a render.
    await nextRender(r);
    const d = r.getNodeDisplayData(id);
    if (!d) return;
    await r.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(r.getCamera().ratio, 0.6) }, { duration: 400 });
  }

  async selectEdge(id: string): Promise<void> {
    const local = this.graph.hasEdge(id) ? this.graph.getEdgeAttributes(id) : null;
    this.emphasis.selectedEdge = id;
    this.refreshView();
    this.panel.loading("the relation");
    try {
      const res = await this.track(api.edge(id));
      for (const a of Object.values(res.articles)) this.rememberArticle(a);
      this.panel.edge(res.edge, res.articles);
    } catch (err) {
      if (err instanceof ApiError && err.missing && local) {
        // Older servers have no /api/edges/:id: the graph already carries the evidence.
        const source = this.graph.source(id);
        const target = this.graph.target(id);
        this.panel.edge(
          {
            id,
            source,
            target,
            sourceLabel: this.graph.getNodeAttribute(source, "label"),
            targetLabel: this.graph.getNodeAttribute(target, "label"),
            type: local.relation,
            polarity: local.polarity,
            title: local.title,
            act: local.act,
            confidence: local.confidence,
            evidence: local.evidence,
          },
          Object.fromEntries(this.articles),
        );
        return;
      }
      const message = err instanceof ApiError ? err.message : String(err);
      this.panel.message("Could not load this relation", `${message} Click it again or pick another one.`);
    }
  }

  /** Back to everything the server knows. */
  async showWholeGraph(): Promise<void> {
    this.status.set("Loading the graph…", "loading");
    try {
      const opening = await this.track(openingGraph(api));
      const data = opening.graph;
      this.partOf = opening.totals;
      this.readGraphDates(data);
      this.layout.reset();
      this.graph.clear();
      mergeSerialized(this.graph, data);
      deriveDisplay(this.graph);
      this.clearEmphasis();
      // Nothing is selected any more: the panel must not go on showing the node that was.
      this.showStartPanel();
      await this.renderer?.getCamera().animatedReset({ duration: 300 });
      this.showCounts();
    } catch (err) {
      this.status.set(`The graph could not be loaded: ${err instanceof Error ? err.message : String(err)}`, "error");
    }
  }

  applyFilter(change: FilterChange): void {
    this.changeFilters(change);
  }

  toggleKind(kind: EntityKind): void {
    const hidden = this.state.hiddenKinds.includes(kind)
      ? this.state.hiddenKinds.filter((k) => k !== kind)
      : [...this.state.hiddenKinds, kind];
    this.changeFilters({ hiddenKinds: hidden });
  }

  /**
   * Filters apply in the view at once. When what the server filters changes, the selected node's neighbourhood is
   * asked for again: widening a filter brings back what the server had left out.
   */
  private changeFilters(change: FilterChange & Partial<Pick<ViewState, "hiddenKinds">>): void {
    const before = JSON.stringify(neighborFilters(this.state));
    this.setState(change);
    const { node, mode } = this.state;
    if (node && JSON.stringify(neighborFilters(this.state)) !== before) void this.selectNode(node, { moveCamera: mode === "focus" ? undefined : false });
  }

  renderControls(): void {
    const counts = countByKind(this.graph, this.state, this.dates);
    // Rebuilding the controls must not lose the keyboard's place: focus goes back to the same control.
    const focused = document.activeElement;
    const key = focused instanceof HTMLElement && (this.el.legend.contains(focused) || this.el.filters.contains(focused)) ? controlKey(focused) : null;
    renderLegend(this.el.legend, counts, this.state.hiddenKinds, (k) => this.toggleKind(k));
    renderFilters(this.el.filters, this.state, (c) => this.applyFilter(c));
    if (key) [...this.el.legend.querySelectorAll<HTMLElement>("button"), ...this.el.filters.querySelectorAll<HTMLElement>("input")].find((el) => controlKey(el) === key)?.focus();
  }

  showCounts(): void {
    if (!this.hooks.ready) return;
    const { nodes, edges } = countVisible(this.graph, this.state, this.dates);
    if (this.graph.order === 0) this.status.set("The graph is empty: add an article (button “Add article”) to start it.");
    else if (invertedRange(this.state.from, this.state.to)) this.status.set(`The date range is reversed: “From” (${this.state.from}) is after “To” (${this.state.to}), so nothing is shown. Swap or clear them.`, "error");
    else if (nodes === 0) this.status.set("Every node is filtered out: turn kinds back on in the legend or widen the filters.");
    else this.status.set(countsText(nodes, edges, this.neighbourhoodCounts(), this.partOf));
  }

  /** In expand mode the selection's neighbourhood is a part of the view: what it holds, for the status line. */
  private neighbourhoodCounts(): { label: string; depth: number; nodes: number; edges: number } | null {
    const { selected, focusNodes, focusEdges } = this.emphasis;
    if (!selected || !focusNodes || !focusEdges || this.state.mode !== "expand" || !this.graph.hasNode(selected)) return null;
    const c = countVisible(this.graph, this.state, this.dates, { nodes: focusNodes, edges: focusEdges });
    return { label: this.graph.getNodeAttribute(selected, "label"), depth: this.state.depth, nodes: c.nodes - (nodeVisible(this.graph.getNodeAttributes(selected), this.state, this.dates) ? 1 : 0), edges: c.edges };
  }

  // Measured against a fixed 800-pixel view, not the window: positions must not depend on the screen they were made on.
  private graphUnitsPerPixel(): number {
    if (this.graph.order < 2) return 1;
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    this.graph.forEachNode((_k, a) => {
      minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x);
      minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
    });
    return (Math.max(maxX - minX, maxY - minY) || 1) / 800;
  }
}

const controlKey = (el: HTMLElement): string => `${el.tagName}|${el.dataset.kind ?? ""}|${el.getAttribute("name") ?? ""}|${(el as HTMLInputElement).value ?? ""}`;

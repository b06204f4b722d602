// The store behind the API: SQLite is the truth, the in-memory graph is rebuilt from it, and a new GraphState is
// swapped in only after a write has committed. Writes run one at a time, in arrival order.
import type { ArticleMeta } from "../extract/types.ts";
import type { ExtractedArticle } from "../graph/build.ts";
import type { GraphState, StateSource } from "../api/state.ts";
import { articleId } from "../graph/articleId.ts";
import { layoutGraph } from "../graph/layout.ts";
import type { KnowledgeGraph } from "../graph/types.ts";
import { applyPositions, Layouter, provisionalLayout, topology } from "./layouter.ts";
import { textProblem } from "../ingest/text.ts";
import { givenMeta } from "../ingest/prepare.ts";
import { openDatabase, type DB } from "./schema.ts";
import { ArticleWriter } from "./write.ts";
import { ArticleReader } from "./read.ts";
import { loadState, loadStateSliced, type LoadedState } from "./load.ts";
import { applySavedLayout, generation, saveLayout } from "./layoutCache.ts";
import { SerialQueue } from "./queue.ts";
import { builtQueryIndex, reuseQueryIndex, warmQueryIndex, type QueryIndex } from "../graph/queryIndex.ts";

export type Extractor = (text: string, given: Partial<ArticleMeta>) => ExtractedArticle | Promise<ExtractedArticle>;

export interface ArticleInput {
  text: string;
  title?: string | null;
  date?: string | null;
  source?: string | null;
  url?: string | null;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
}

export interface IngestResult {
  article: ArticleSummary;
  added: { nodes: string[]; edges: string[] };
  duplicate: boolean;
}

export interface RemoveResult {
  removed: { nodes: string[]; edges: string[] };
}

/** Text that cannot be an article: the caller's fault, not the store's. */
export class InvalidArticleError extends Error {}

export interface GraphStoreOptions {
  extract: Extractor;
  /**
   * background (default): after a change, serve at once with provisional positions (old ones, seeded ones for new
   * nodes) and swap in the deterministic layout when a worker thread has computed it. sync: compute it before
   * answering. off: no layout (benchmarks of the load alone).
   */
  layout?: "background" | "sync" | "off";
  /** Test hook: runs inside the write transaction, just before commit. */
  beforeCommit?: () => void;
  /** How long a slice of a background rebuild runs before the event loop turns (tests: 0, a turn after every step). */
  sliceMs?: number;
}

const summary = (a: ArticleSummary): ArticleSummary => ({ id: a.id, title: a.title, date: a.date, source: a.source });

export class GraphStore implements StateSource {
  readonly reader: ArticleReader;
  private readonly writer: ArticleWriter;
  private readonly queue = new SerialQueue();
  private readonly layouter = new Layouter();
  private layoutJob: Promise<void> = Promise.resolve();
  private wantedLayout: { graph: KnowledgeGraph; gen: number } | null = null;
  private state!: GraphState;
  private warmAbort: AbortController | null = null;
  private warmJob: Promise<QueryIndex | null> = Promise.resolve(null);
  private loaderDb: DB | null = null;

  private constructor(
    readonly db: DB,
    private readonly options: GraphStoreOptions,
  ) {
    this.writer = new ArticleWriter(db);
    this.reader = new ArticleReader(db);
    this.swap(this.rebuild());
  }

  static open(path: string, options: GraphStoreOptions): GraphStore {
    return new GraphStore(openDatabase(path), options);
  }

  current(): GraphState {
    return this.state;
  }

  /** Serves `state` from now on, and builds its query index in the background: in slices of ~12 ms from the next
   * turn of the event loop, so that requests keep being answered meanwhile and the first query after a change does
   * not pay for it (queries that arrive before it is done wait for this same build: server/api/indexReady.ts). A
   * newer swap cancels an older warm-up. A swap that only lays the same graph out anew reuses the index. */
  private swap(state: GraphState): void {
    const previous = this.state as GraphState | undefined;
    this.state = state;
    if (previous) reuseQueryIndex(previous, state);
    this.warmAbort?.abort();
    const abort = (this.warmAbort = new AbortController());
    this.warmJob = new Promise((resolve) => setImmediate(resolve))
      .then(async () => {
        if (abort.signal.aborted) return null;
        await warmQueryIndex(state, { signal: abort.signal });
        return abort.signal.aborted ? null : (builtQueryIndex(state) ?? null);
      })
      .catch((err) => {
        console.error("query index warm-up failed:", err);
        return null;
      });
  }

  /** The query index the latest warm-up built for the current state (null if a newer state replaced it meanwhile). */
  warmed(): Promise<QueryIndex | null> {
    return this.warmJob;
  }

  isEmpty(): boolean {
    return this.reader.count() === 0;
  }

  /** The graph of exactly what is stored, read at once (at start, when there is nothing to serve yet). */
  private rebuild(): GraphState {
    return this.laidOut(loadState(this.db));
  }

  /**
   * The same, read in slices on a connection of its own while the current state goes on answering requests: a write
   * to a large store does not stop the server for the rebuild. The write has committed; the new state is swapped in
   * whole once read.
   */
  private async rebuildInBackground(): Promise<void> {
    if (this.db.memory) return this.swap(this.rebuild());
    this.loaderDb ??= openDatabase(this.db.name, { readonly: true });
    const loaded = await loadStateSliced(this.loaderDb, this.db, { sliceMs: this.options.sliceMs });
    // Laid out and swapped in one go: the layout job it starts must find this state current.
    this.swap(this.laidOut(loaded));
  }

  /** A state laid out: saved positions when the store has not changed since they were computed, else per `layout`. */
  private laidOut(state: LoadedState): GraphState {
    const gen = state.generation;
    const mode = this.options.layout ?? "background";
    if (mode === "off" || applySavedLayout(this.db, state.graph, gen)) return state;
    if (mode === "sync") {
      layoutGraph(state.graph);
      saveLayout(this.db, state.graph, gen);
      return state;
    }
    provisionalLayout(state.graph, (this.state as GraphState | undefined)?.graph ?? null);
    this.wantedLayout = { graph: state.graph, gen };
    this.layoutJob = this.layoutJob.then(() => this.layoutLatest()).catch((err) => console.error("layout failed:", err));
    return state;
  }

  /** Lays out the latest graph, unless a newer one replaced it meanwhile (its own job follows). */
  private async layoutLatest(): Promise<void> {
    const job = this.wantedLayout;
    this.wantedLayout = null;
    if (!job || job.graph !== this.state.graph) return;
    const { nodes, edges } = topology(job.graph);
    const positions = await this.layouter.layout(nodes, edges);
    if (job.graph !== this.state.graph || !this.db.open || positions.length !== nodes.length * 3) return;
    applyPositions(job.graph, nodes, positions);
    this.swap({ ...this.state });
    saveLayout(this.db, job.graph, job.gen);
  }

  /** Resolves once the current graph has its final layout. */
  async settled(): Promise<void> {
    for (let job = this.layoutJob; ; job = this.layoutJob) {
      await job;
      if (job === this.layoutJob) return;
    }
  }

  /** Re-reads the store, e.g. after another process (the ingest command) wrote to it. */
  reload(): Promise<void> {
    return this.queue.run(async () => {
      await this.rebuildInBackground();
    });
  }

  /**
   * Picks up articles written by other processes (`npm run ingest` while the server runs): PRAGMA data_version
   * changes only when another connection commits. Returns a function that stops watching.
   */
  watch(intervalMs = 2000): () => void {
    let seen = this.db.pragma("data_version", { simple: true });
    const timer = setInterval(() => {
      if (!this.db.open) return;
      const now = this.db.pragma("data_version", { simple: true });
      if (now === seen) return;
      seen = now;
      this.reload().catch((err) => console.error("reload after an outside write failed:", err));
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  ingest(input: ArticleInput): Promise<IngestResult> {
    const problem = textProblem(input.text);
    if (problem) return Promise.reject(new InvalidArticleError(problem));
    return this.queue.run(async () => {
      const id = articleId(input.text);
      if (this.writer.has(id) && !this.state.articles.has(id)) await this.rebuildInBackground(); // written by another process
      const existing = this.state.articles.get(id);
      if (existing) return { article: summary(existing), added: { nodes: [], edges: [] }, duplicate: true };
      const extracted = await this.options.extract(input.text, givenMeta(input));
      if (extracted.record.id !== id || extracted.record.text !== input.text) throw new Error("The extractor returned another article's record");
      if (!this.writer.add({ ...extracted, url: input.url ?? null }, this.options.beforeCommit)) {
        // Stored meanwhile by another process: answer as a duplicate, and pick up what it wrote.
        await this.rebuildInBackground();
        return { article: summary(this.state.articles.get(id) ?? extracted.record), added: { nodes: [], edges: [] }, duplicate: true };
      }
      const before = this.state.graph;
      await this.rebuildInBackground();
      const { graph } = this.state;
      return {
        article: summary(extracted.record),
        added: { nodes: graph.filterNodes((n) => !before.hasNode(n)), edges: graph.filterEdges((e) => !before.hasEdge(e)) },
        duplicate: false,
      };
    });
  }

  /** Adds many articles, rebuilding the graph once at the end; for seeding an empty store. */
  ingestMany(inputs: ArticleInput[]): Promise<{ added: number; duplicates: number }> {
    return this.queue.run(async () => {
      let added = 0;
      for (const input of inputs) {
        if (textProblem(input.text)) continue;
        if (this.writer.has(articleId(input.text))) continue;
        const extracted = await this.options.extract(input.text, givenMeta(input));
        if (this.writer.add({ ...extracted, url: input.url ?? null })) added++;
      }
      await this.rebuildInBackground();
      return { added, duplicates: inputs.length - added };
    });
  }

  remove(id: string): Promise<RemoveResult | null> {
    return this.queue.run(async () => {
      if (!this.writer.remove(id)) return null;
      const before = this.state.graph;
      await this.rebuildInBackground();
      const { graph } = this.state;
      return { removed: { nodes: before.filterNodes((n) => !graph.hasNode(n)), edges: before.filterEdges((e) => !graph.hasEdge(e)) } };
    });
  }

  /** Waits for pending writes, then closes the database. */
  async close(): Promise<void> {
    await this.queue.run(async () => undefined);
    this.warmAbort?.abort();
    await this.layouter.close();
    this.loaderDb?.close();
    this.db.close();
  }
}

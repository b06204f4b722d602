// The store behind the API: SQLite is the truth, the in-memory graph is rebuilt from it, and a new GraphState is
// swapped in only after a write has committed. Writes run one at a time, in arrival order.
import type { ArticleMeta } from "../extract/types.ts";
import { emptyGraph, resolvedEdgeKey, type ExtractedArticle } from "../graph/build.ts";
import { resolvedId } from "../graph/resolveAcross.ts";
import type { GraphState, StateSource } from "../api/state.ts";
import { articleId } from "../graph/articleId.ts";
import { layoutGraph } from "../graph/layout.ts";
import type { KnowledgeGraph } from "../graph/types.ts";
import { applyPositions, Layouter, provisionalLayout, topology } from "./layouter.ts";
import { textProblem } from "../articles/text.ts";
import { givenMeta } from "../articles/prepare.ts";
import { InvalidArticleError, type ArticleInput } from "../articles/input.ts";
import { signature } from "../articles/minhash.ts";
import type { NearMatch } from "./nearDuplicates.ts";
import { openDatabase, type DB } from "./schema.ts";
import { ArticleWriter } from "./write.ts";
import { ArticleReader } from "./read.ts";
import { loadState, loadStateSliced, type LoadedState } from "./load.ts";
import { applySavedLayout, saveLayout } from "./layoutCache.ts";
import { SerialQueue } from "./queue.ts";
import { builtQueryIndex, reuseQueryIndex, warmQueryIndex, type QueryIndex } from "../graph/queryIndex.ts";

export type Extractor = (text: string, given: Partial<ArticleMeta>) => ExtractedArticle | Promise<ExtractedArticle>;

export { InvalidArticleError, type ArticleInput };

export interface ArticleSummary {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
}

export interface IngestResult {
  article: ArticleSummary;
  added: { nodes: string[]; edges: string[] };
  /** The same text or the same URL is stored already, or (unless kept) a near-duplicate of it is: nothing added. */
  duplicate: boolean;
  /** The stored article this one is a near-duplicate of (the same story lightly edited), and how similar. */
  duplicateOf?: string;
  similarity?: number;
}

export interface IngestOptions {
  /** Store a near-duplicate (and put it in the graph) rather than only report it. */
  keepNearDuplicates?: boolean;
}

export interface RemoveResult {
  removed: { nodes: string[]; edges: string[] };
}

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
  /** Read the store in slices after opening, serving an empty state marked `loading()` meanwhile: a server with a
   * big store listens at once (its API answers 503 "loading" until the graph is read) instead of seconds later. */
  startInBackground?: boolean;
}

/** What the write queue did with an article: found it stored, found a near-duplicate (not kept), or added it. */
type Written = { stored: string } | { near: NearMatch; kept: false } | { extracted: ExtractedArticle; before: KnowledgeGraph; near: NearMatch | null };

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
  private refreshes: Promise<void> = Promise.resolve();
  private nextRefresh: Promise<void> | null = null;
  /** Rebuilds after writes so far (tests: writes in a burst share them). */
  rebuildCount = 0;
  private loadingNow = false;

  private constructor(
    readonly db: DB,
    private readonly options: GraphStoreOptions,
  ) {
    this.writer = new ArticleWriter(db);
    this.reader = new ArticleReader(db);
    if (!options.startInBackground || db.memory) {
      this.swap(this.rebuild());
      return;
    }
    this.state = { graph: emptyGraph(), articles: new Map(), canonical: new Map() };
    this.loadingNow = true;
    // Rebuilds after writes chain after this one, so a write made while loading is served once both are read.
    this.refreshes = this.rebuildInBackground()
      .catch((err) => console.error("loading the store failed:", err))
      .finally(() => (this.loadingNow = false));
  }

  /** Whether the store is still being read after opening (the state served meanwhile is empty). */
  loading(): boolean {
    return this.loadingNow;
  }

  /** Resolves once the store has been read and every write so far is in the graph. */
  async ready(): Promise<void> {
    await this.refreshes;
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
    return this.refresh();
  }

  /**
   * A rebuild that will read every write committed so far: the one waiting to start if there is one (writes that
   * come while a rebuild runs share the next one), else a new one after the running one. Rebuilds read in the
   * background, so writes go on meanwhile: a burst of writes costs two rebuilds, not one each.
   */
  private refresh(): Promise<void> {
    if (this.nextRefresh) return this.nextRefresh;
    const run = this.refreshes.then(() => {
      this.nextRefresh = null;
      this.rebuildCount++;
      return this.rebuildInBackground();
    });
    this.nextRefresh = run;
    this.refreshes = run.catch(() => undefined);
    return run;
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

  /** Extracts and stores an article (one write at a time), then answers once the graph shows it. */
  async ingest(input: ArticleInput, options: IngestOptions = {}): Promise<IngestResult> {
    const problem = textProblem(input.text);
    if (problem) throw new InvalidArticleError(problem);
    const id = articleId(input.text);
    const sig = signature(input.text);
    const none = { nodes: [], edges: [] };
    const written = await this.queue.run(async (): Promise<Written> => {
      // Stored before (maybe by another process): the same text, or the same URL.
      const stored = this.writer.has(id) ? id : this.writer.idOfUrl(input.url);
      if (stored) return { stored };
      const near = this.writer.nearDuplicates.nearest(sig);
      if (near && !options.keepNearDuplicates) return { near, kept: false };
      const extracted = await this.options.extract(input.text, givenMeta(input));
      if (extracted.record.id !== id || extracted.record.text !== input.text) throw new Error("The extractor returned another article's record");
      const before = this.state.graph;
      const added = this.writer.add({ ...extracted, url: input.url ?? null, nearDuplicateOf: near, signature: sig }, this.options.beforeCommit);
      return added ? { extracted, before, near } : { stored: id };
    });
    if ("kept" in written) {
      const article = { id, title: input.title ?? null, date: input.date ?? null, source: input.source ?? null };
      return { article, added: none, duplicate: true, duplicateOf: written.near.id, similarity: written.near.similarity };
    }
    await this.refresh();
    if ("stored" in written) {
      const stored = this.state.articles.get(written.stored);
      if (!stored) throw new Error(`Article ${written.stored} is stored but not in the graph`);
      return { article: summary(stored), added: none, duplicate: true };
    }
    const near = written.near ? { duplicateOf: written.near.id, similarity: written.near.similarity } : {};
    return { article: summary(written.extracted.record), added: brought(this.state, written.extracted, written.before), duplicate: false, ...near };
  }

  /** Adds many articles, rebuilding the graph once at the end; for seeding an empty store. */
  async ingestMany(inputs: ArticleInput[]): Promise<{ added: number; duplicates: number }> {
    const added = await this.queue.run(async () => {
      let count = 0;
      for (const input of inputs) {
        if (textProblem(input.text)) continue;
        if (this.writer.has(articleId(input.text))) continue;
        const extracted = await this.options.extract(input.text, givenMeta(input));
        if (this.writer.add({ ...extracted, url: input.url ?? null })) count++;
      }
      return count;
    });
    await this.refresh();
    return { added, duplicates: inputs.length - added };
  }

  async remove(id: string): Promise<RemoveResult | null> {
    const before = await this.queue.run(async () => (this.writer.remove(id) ? this.state.graph : null));
    if (!before) return null;
    await this.refresh();
    const { graph } = this.state;
    return { removed: { nodes: before.filterNodes((n) => !graph.hasNode(n)), edges: before.filterEdges((e) => !graph.hasEdge(e)) } };
  }

  /** Runs a write of another kind (a curation) in the queue the articles' writes go through; when it changed the store
   * (an answer other than null), resolves once the graph shows it. */
  async change<T>(write: () => T | null): Promise<T | null> {
    const result = await this.queue.run(async () => write());
    if (result !== null) await this.refresh();
    return result;
  }

  /** Waits for pending writes and rebuilds, then closes the database. */
  async close(): Promise<void> {
    await this.queue.run(async () => undefined);
    await this.refreshes;
    this.warmAbort?.abort();
    await this.layouter.close();
    this.loaderDb?.close();
    this.db.close();
  }
}

/** What an article brought that the graph lacked before it was written: the nodes its entities are and the edges its
 * relations make (as now resolved), sorted. */
function brought(state: GraphState, article: ExtractedArticle, before: KnowledgeGraph): { nodes: string[]; edges: string[] } {
  const { graph } = state;
  const own = new Set(article.extraction.entities.map((e) => e.id));
  const nodes = new Set([...own].map((id) => resolvedId(state.canonical, id)).filter((n) => graph.hasNode(n) && !before.hasNode(n)));
  const edges = new Set<string>();
  for (const r of article.extraction.relations) {
    if (!own.has(r.source) || !own.has(r.target)) continue;
    const key = resolvedEdgeKey(r, state.canonical);
    if (key !== null && graph.hasEdge(key) && !before.hasEdge(key)) edges.add(key);
  }
  return { nodes: [...nodes].sort(), edges: [...edges].sort() };
}

// Bulk ingest: extraction in worker threads, writes in this thread, one transaction per article, committed in input
// order. A kill at any moment leaves each article wholly stored or absent. The same text or URL twice is one
// article; a near-duplicate of a stored (or earlier) article is reported and not stored unless kept.
import { availableParallelism } from "node:os";
import { articleId } from "../graph/articleId.ts";
import { openDatabase, type DB } from "../store/schema.ts";
import { ArticleWriter } from "../store/write.ts";
import type { NearMatch } from "../store/nearDuplicates.ts";
import { ExtractionPool } from "./pool.ts";
import { Progress } from "./progress.ts";
import { readSources, type SourceItem } from "./sources.ts";
import { textProblem } from "../articles/text.ts";
import { givenMeta } from "../articles/prepare.ts";
import { signature, similarity, NEAR_DUPLICATE_SIMILARITY } from "../articles/minhash.ts";
import type { WorkerResult } from "./worker.ts";

export interface IngesterOptions {
  dbPath: string;
  workers?: number;
  /** A module exporting `extract(text): Extraction`; the built-in extractor by default. */
  extractorModule?: string;
  /** Store near-duplicates (and put them in the graph) rather than only report them. */
  keepNearDuplicates?: boolean;
  progress?: NodeJS.WriteStream;
}

export interface IngestOptions extends IngesterOptions {
  paths: string[];
}

export interface IngestCounts {
  added: number;
  duplicates: number;
  nearDuplicates: number;
  failures: number;
}

export interface IngestSummary extends IngestCounts {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  /** Of `seconds`, the time the workers took to load the extractor. */
  workerStartSeconds: number;
}

interface Pending {
  origin: string;
  url: string | null;
  id: string;
  sig: Uint32Array;
  near: NearMatch | null;
  result: Promise<WorkerResult>;
}

const zero = (): IngestCounts => ({ added: 0, duplicates: 0, nearDuplicates: 0, failures: 0 });

/** A store being ingested into: open for as many batches as come (a watched folder, a followed feed). */
export class Ingester {
  readonly counts = zero();
  private readonly db: DB;
  private readonly writer: ArticleWriter;
  private readonly workers: number;
  // Workers start only once an article needs extracting: a run of duplicates costs no extractor load.
  private pool: ExtractionPool | null = null;
  workerStartSeconds = 0;

  constructor(private readonly options: IngesterOptions) {
    this.workers = Math.max(1, options.workers ?? availableParallelism());
    this.db = openDatabase(options.dbPath);
    this.writer = new ArticleWriter(this.db);
  }

  /** Whether an article from this URL is stored. */
  hasUrl(url: string | null): boolean {
    return this.writer.idOfUrl(url) !== null;
  }

  private async startPool(): Promise<ExtractionPool> {
    if (!this.pool) {
      const t = performance.now();
      this.pool = new ExtractionPool(this.workers, this.options.extractorModule);
      await this.pool.ready();
      this.workerStartSeconds = (performance.now() - t) / 1000;
    }
    return this.pool;
  }

  /** The near-duplicate of `sig` among stored articles and those still in flight, if any. */
  private nearest(sig: Uint32Array, pending: Pending[]): NearMatch | null {
    const stored = this.writer.nearDuplicates.nearest(sig);
    if (stored) return stored;
    for (const p of pending) {
      const s = similarity(sig, p.sig);
      if (s >= NEAR_DUPLICATE_SIMILARITY) return { id: p.id, similarity: s };
    }
    return null;
  }

  /**
   * Ingests a batch. `stop()` is asked before each article: once it says yes, no further article starts, the ones
   * in flight are committed, and the batch ends (Ctrl-C stops between articles). Returns this batch's counts.
   */
  async run(items: SourceItem[], stop: () => boolean = () => false): Promise<IngestCounts & { articles: number }> {
    const counts = zero();
    const progress = new Progress(items.length, this.options.progress);
    let done = 0;
    const finishOne = (kind: keyof IngestCounts, note?: string) => {
      counts[kind]++;
      this.counts[kind]++;
      done++;
      if (note) progress.note(note);
      progress.update(done, counts);
    };
    // Extractions in flight, oldest first: committed in this order, so the store's order follows the input's.
    const pending: Pending[] = [];
    const commitOldest = async () => {
      const { origin, url, near, sig, result } = pending.shift()!;
      const r = await result;
      if ("error" in r) return finishOne("failures", `${origin}: extraction failed: ${r.error}`);
      try {
        finishOne(this.writer.add({ ...r.article, url, nearDuplicateOf: near, signature: sig }) ? "added" : "duplicates");
      } catch (err) {
        finishOne("failures", `${origin}: not stored: ${(err as Error).message}`);
      }
    };
    const seen = new Set<string>();
    try {
      for (let seq = 0; seq < items.length && !stop(); seq++) {
        const item = items[seq];
        if ("error" in item) {
          finishOne("failures", `${item.origin}: ${item.error}`);
          continue;
        }
        const { text, url = null } = item.input;
        const problem = textProblem(text);
        if (problem) {
          finishOne("failures", `${item.origin}: ${problem}`);
          continue;
        }
        const id = articleId(text);
        if (seen.has(id) || this.writer.has(id) || (url && (seen.has(url) || this.hasUrl(url)))) {
          finishOne("duplicates");
          continue;
        }
        const sig = signature(text);
        const near = this.nearest(sig, pending);
        if (near && !this.options.keepNearDuplicates) {
          finishOne("nearDuplicates", `${item.origin}: a near-duplicate of article ${near.id} (similarity ${near.similarity}): not stored`);
          continue;
        }
        seen.add(id);
        if (url) seen.add(url);
        const result = (await this.startPool()).run({ seq, text, given: givenMeta(item.input) });
        pending.push({ origin: item.origin, url, id, sig, near, result });
        if (pending.length >= this.workers * 2) await commitOldest();
      }
      while (pending.length) await commitOldest();
    } finally {
      progress.finish();
    }
    return { articles: done, ...counts };
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.db.close();
  }
}

/** Collects what an async source yields. */
export async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of source) out.push(x);
  return out;
}

export async function ingestPaths(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const items = await collect(readSources(options.paths));
  const ingester = new Ingester(options);
  try {
    await ingester.run(items);
  } finally {
    await ingester.close();
  }
  const seconds = (performance.now() - started) / 1000;
  return { articles: items.length, ...ingester.counts, seconds, articlesPerSecond: items.length / seconds, workerStartSeconds: ingester.workerStartSeconds };
}

// Bulk ingest: extraction in worker threads, writes in this thread, one transaction per article, committed in input
// order. A kill at any moment leaves each article wholly stored or absent.
import { availableParallelism } from "node:os";
import { articleId } from "../graph/articleId.ts";
import { openDatabase } from "../store/schema.ts";
import { ArticleWriter } from "../store/write.ts";
import { ExtractionPool } from "./pool.ts";
import { Progress } from "./progress.ts";
import { readSources } from "./sources.ts";
import { textProblem } from "../articles/text.ts";
import { givenMeta } from "../articles/prepare.ts";
import type { WorkerResult } from "./worker.ts";

export interface IngestOptions {
  dbPath: string;
  paths: string[];
  workers?: number;
  /** A module exporting `extract(text): Extraction`; the built-in extractor by default. */
  extractorModule?: string;
  progress?: NodeJS.WriteStream;
}

export interface IngestSummary {
  articles: number;
  added: number;
  duplicates: number;
  failures: number;
  seconds: number;
  articlesPerSecond: number;
  /** Of `seconds`, the time the workers took to load the extractor. */
  workerStartSeconds: number;
}

export async function ingestPaths(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const items = [...readSources(options.paths)];
  const workers = Math.max(1, options.workers ?? availableParallelism());
  const db = openDatabase(options.dbPath);
  const writer = new ArticleWriter(db);
  // Workers start only once an article needs extracting: a run of duplicates costs no extractor load.
  let pool: ExtractionPool | null = null;
  let workerStartSeconds = 0;
  const startPool = async () => {
    if (!pool) {
      const t = performance.now();
      pool = new ExtractionPool(workers, options.extractorModule);
      await pool.ready();
      workerStartSeconds = (performance.now() - t) / 1000;
    }
    return pool;
  };
  const progress = new Progress(items.length, options.progress);
  const counts = { added: 0, duplicates: 0, failures: 0 };
  let done = 0;
  const finishOne = (kind: keyof typeof counts, note?: string) => {
    counts[kind]++;
    done++;
    if (note) progress.note(note);
    progress.update(done, counts);
  };

  try {
    // Extractions in flight, oldest first: committed in this order, so the store's order follows the input's.
    const pending: { origin: string; url: string | null; result: Promise<WorkerResult> }[] = [];
    const commitOldest = async () => {
      const { origin, url, result } = pending.shift()!;
      const r = await result;
      if ("error" in r) return finishOne("failures", `${origin}: extraction failed: ${r.error}`);
      try {
        finishOne(writer.add({ ...r.article, url }) ? "added" : "duplicates");
      } catch (err) {
        finishOne("failures", `${origin}: not stored: ${(err as Error).message}`);
      }
    };
    const seen = new Set<string>();
    for (let seq = 0; seq < items.length; seq++) {
      const item = items[seq];
      if ("error" in item) {
        finishOne("failures", `${item.origin}: ${item.error}`);
        continue;
      }
      const problem = textProblem(item.input.text);
      if (problem) {
        finishOne("failures", `${item.origin}: ${problem}`);
        continue;
      }
      const id = articleId(item.input.text);
      if (seen.has(id) || writer.has(id)) {
        finishOne("duplicates");
        continue;
      }
      seen.add(id);
      pending.push({ origin: item.origin, url: item.input.url ?? null, result: (await startPool()).run({ seq, text: item.input.text, given: givenMeta(item.input) }) });
      if (pending.length >= workers * 2) await commitOldest();
    }
    while (pending.length) await commitOldest();
  } finally {
    progress.finish();
    await (pool as ExtractionPool | null)?.close();
    db.close();
  }
  const seconds = (performance.now() - started) / 1000;
  return { articles: items.length, ...counts, seconds, articlesPerSecond: items.length / seconds, workerStartSeconds };
}

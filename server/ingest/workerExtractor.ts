// The server's extractor: extraction in a worker thread, so that reading a long article never stops the server from
// answering, and a time limit, so that a pathological text is refused rather than holding every write behind it.
import { ExtractionPool } from "./pool.ts";
import { InvalidArticleError, type Extractor } from "../store/graphStore.ts";
import type { ExtractedArticle } from "../graph/build.ts";

export interface WorkerExtractor {
  extract: (...args: Parameters<Extractor>) => Promise<ExtractedArticle>;
  /** Resolves once the worker has loaded the extractor (rejects if it cannot). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export function workerExtractor(opts: { extractorModule?: string; timeoutMs?: number } = {}): WorkerExtractor {
  // One worker: writes are extracted one at a time anyway (the store's write queue), and the other core serves.
  const pool = new ExtractionPool(1, opts.extractorModule);
  let seq = 0;
  return {
    async extract(text, given) {
      const r = await pool.run({ seq: ++seq, text, given }, opts.timeoutMs);
      if ("article" in r) return r.article;
      if (r.timedOut) throw new InvalidArticleError(`Reading the article took longer than ${(opts.timeoutMs ?? 0) / 1000} s, the limit; nothing was stored`);
      throw new Error(r.error);
    },
    ready: () => pool.ready(),
    close: () => pool.close(),
  };
}

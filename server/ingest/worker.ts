// An extraction worker: loads the extractor module once, then answers { seq, text, given } with the extracted article
// or the error it threw. It never writes to the store: that is the main thread's job.
import { parentPort, workerData } from "node:worker_threads";
import { pathToFileURL } from "node:url";
import type { ArticleMeta } from "../extract/types.ts";
import type { ExtractedArticle } from "../graph/build.ts";
import { prepareArticle, type ExtractFn } from "../articles/prepare.ts";

export interface WorkerTask {
  seq: number;
  text: string;
  given: Partial<ArticleMeta>;
}

export type WorkerResult = { seq: number; article: ExtractedArticle } | { seq: number; error: string; timedOut?: boolean };

const { extractorModule } = workerData as { extractorModule: string };
const { extract } = (await import(pathToFileURL(extractorModule).href)) as { extract: ExtractFn };
if (typeof extract !== "function") throw new Error(`${extractorModule} does not export an extract(text) function`);

parentPort!.on("message", (task: WorkerTask) => {
  let result: WorkerResult;
  try {
    result = { seq: task.seq, article: prepareArticle(extract, task.text, task.given) };
  } catch (err) {
    result = { seq: task.seq, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(result);
});
parentPort!.postMessage({ ready: true });

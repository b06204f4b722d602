// How routes that query the graph get its query index. After each change the store builds the new state's index in
// the background, in slices between which the server keeps answering (graphStore.swap). A query that arrives before
// that build is done waits for it, rather than starting its own synchronous build, which would hold every other
// request for as long (seconds on a million edges).
//
// Why wait rather than answer from the previous state's index: a client that has just posted an article expects the
// next query to find it. Why a bound: a program is better told "come back in a few seconds" (503, Retry-After) than
// left hanging while a large graph's index is built; the build goes on meanwhile, so the retry finds it further
// along. Routes that need no index (the graph, node and edge detail, articles) answer at once throughout.
import type { Response } from "express";
import type { GraphState } from "./state.ts";
import { builtQueryIndex, queryIndexReady, searchReady, type QueryIndex } from "../graph/queryIndex.ts";
import { HttpError } from "./errors.ts";

/** Longest a request waits for an index being built: far above a 100k-edge graph's build (a few hundred ms), about
 * a 1M-edge graph's on a busy machine. */
export const INDEX_WAIT_MS = 10_000;
/** Seconds a 503 tells the client to wait before it asks again. */
export const RETRY_AFTER_S = 5;

/** The state's query index (with its search index for `search`), at once when built, else when the running build
 * is done: 503 with Retry-After past `waitMs`. */
export async function readyIndex(state: GraphState, res: Response, opts: { search?: boolean; waitMs?: number } = {}): Promise<QueryIndex> {
  const built = builtQueryIndex(state);
  if (built && (!opts.search || searchReady(state))) return built;
  const ready = queryIndexReady(state, { search: opts.search });
  ready.catch(() => undefined); // a failure after the timeout has no one left to answer
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      res.set("Retry-After", String(RETRY_AFTER_S));
      reject(new HttpError(503, "index_building", "The graph changed and its query index is still being built; retry shortly"));
    }, opts.waitMs ?? INDEX_WAIT_MS);
  });
  try {
    return await Promise.race([ready, late]);
  } finally {
    clearTimeout(timer);
  }
}

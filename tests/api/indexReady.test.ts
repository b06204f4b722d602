// Requests that arrive while a state's query index is built in the background: queries wait for that build (one
// build, not one each), the routes that need no index answer at once, and a wait too long answers 503.
import { describe, expect, it } from "vitest";
import express from "express";
import request from "supertest";
import { createApp } from "../../server/api/app.ts";
import { errorHandler } from "../../server/api/errors.ts";
import { readyIndex, RETRY_AFTER_S } from "../../server/api/indexReady.ts";
import { builtQueryIndex, queryIndexBuilds, queryIndexReady, searchReady, warmQueryIndex } from "../../server/graph/queryIndex.ts";
import { syntheticState } from "../../bench/synthetic.ts";

const enc = encodeURIComponent;

describe("queries during the index warm-up", () => {
  const state = syntheticState({ edges: 60_000, seed: 11 });
  // A hub: its depth-2 neighbourhood is truncated, so the answer depends on the whole index.
  const center = state.graph.nodes().reduce((a, b) => (state.graph.degree(a) >= state.graph.degree(b) ? a : b));
  const leaf = state.graph.nodes().find((id) => state.graph.degree(id) === 1)!;

  it("wait for the running build and answer as after it, while node detail answers at once", async () => {
    const app = createApp({ current: () => state });
    const before = queryIndexBuilds();
    // Short slices: the requests below need several turns of the event loop each, and must not depend on how fast
    // the machine is to land inside the build.
    const warming = warmQueryIndex(state, { sliceMs: 2 });
    const at: Record<string, number> = {};
    const stamp = <T>(name: string, p: PromiseLike<T>) => Promise.resolve(p).then((x) => ((at[name] = performance.now()), x));
    const built = stamp("index", queryIndexReady(state));
    const [hood, search, detail] = await Promise.all([
      stamp("hood", request(app).get(`/api/nodes/${enc(center)}/neighbors?depth=2&limit=50`)),
      stamp("search", request(app).get(`/api/nodes?q=${enc(state.graph.getNodeAttribute(center, "label").slice(0, 3))}`)),
      stamp("detail", request(app).get(`/api/nodes/${enc(leaf)}`)),
      built,
    ]);
    await warming;
    expect([hood.status, search.status, detail.status]).toEqual([200, 200, 200]);
    // Node detail needs no index: it answered while the build was still going (the event loop kept turning).
    expect(at.detail).toBeLessThan(at.index);
    // The neighbourhood waited for the warm-up's build, and no request built one of its own.
    expect(at.hood).toBeGreaterThanOrEqual(at.index);
    expect(queryIndexBuilds()).toBe(before + 1);
    expect(searchReady(state)).toBe(true);

    // The same answers as from an index built at once, for another state object holding the same graph.
    const fresh = createApp({ current: () => ({ ...state }) });
    const again = await request(fresh).get(`/api/nodes/${enc(center)}/neighbors?depth=2&limit=50`).expect(200);
    expect(hood.body).toEqual(again.body);
    expect(hood.body.graph.nodes).toHaveLength(50);
    expect(hood.body.truncated).toBe(true);
    const found = await request(fresh).get(`/api/nodes?q=${enc(state.graph.getNodeAttribute(center, "label").slice(0, 3))}`).expect(200);
    expect(search.body).toEqual(found.body);
  });

  it("answer 503 with Retry-After when the build takes longer than the wait, and the build goes on", async () => {
    const other = { ...state };
    const app = express();
    app.get("/x", async (_req, res) => {
      res.json({ nodes: (await readyIndex(other, res, { waitMs: 1 })).nodeIds.length });
    });
    app.use(errorHandler);
    const res = await request(app).get("/x").expect(503);
    expect(res.headers["retry-after"]).toBe(String(RETRY_AFTER_S));
    expect(res.body.error.code).toBe("index_building");
    expect(builtQueryIndex(other)).toBeUndefined();
    await queryIndexReady(other);
    await request(app).get("/x").expect(200, { nodes: state.graph.order });
  });
});

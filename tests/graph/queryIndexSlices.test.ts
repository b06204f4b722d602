// The query index built in slices: the same index as the synchronous build, the event loop turning meanwhile, and
// stopping when nobody wants it any more.
import { describe, expect, it } from "vitest";
import { emptyGraph } from "../../server/graph/build.ts";
import {
  buildQueryIndex,
  builtQueryIndex,
  queryIndexBuilds,
  queryIndexFor,
  queryIndexReady,
  queryIndexSteps,
  reuseQueryIndex,
  type QueryIndex,
  searchReady,
  warmQueryIndex,
} from "../../server/graph/queryIndex.ts";
import { searchIndexSteps } from "../../server/graph/querySearch.ts";
import { runSliced, runSteps } from "../../server/graph/steps.ts";
import type { EntityKind, Polarity, RelationType } from "../../server/extract/types.ts";
import type { ArticleRecord, KnowledgeGraph } from "../../server/graph/types.ts";
import { syntheticState } from "../../bench/synthetic.ts";

/** A random multigraph: parallel edges, self-loops, hubs, names that repeat (ties in the search ranking), articles
 * with and without dates. */
function randomState(seed: number, n: number, m: number): { graph: KnowledgeGraph; articles: Map<string, ArticleRecord> } {
  const rand = (k: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % k;
  const words = ["anna", "berg", "Åsa", "vale", "omar", "de la", "cruz", "nato", "ines moor", ""];
  const kinds: EntityKind[] = ["person", "organization", "country", "topic"];
  const types: RelationType[] = ["stance", "member_of", "part_of", "located_in"];
  const polarities: Polarity[] = ["support", "oppose", "neutral"];
  const articles = new Map<string, ArticleRecord>();
  for (let i = 0; i < 12; i++) {
    const id = `a${i}`;
    articles.set(id, { id, title: null, date: rand(4) ? `2025-0${1 + rand(9)}-1${rand(10)}` : null, source: null, text: "" });
  }
  const g = emptyGraph();
  for (let i = 0; i < n; i++) {
    const label = `${words[rand(words.length)]} ${words[rand(words.length)]}`.trim() || `n${i}`;
    const aliases = Array.from({ length: rand(3) }, () => words[rand(words.length)]);
    g.addNode(`n${i}`, { kind: kinds[rand(kinds.length)], label, aliases, mentionCount: 1 + rand(4), articles: [], x: 0, y: 0, size: 1 });
  }
  const pick = () => `n${Math.min(rand(n), rand(n))}`;
  for (let e = 0; e < m; e++) {
    const type = types[rand(types.length)];
    const evidence = Array.from({ length: 1 + (rand(15) ? rand(3) : 40 + rand(9)) }, (_, k) => ({ article: `a${rand(12)}`, start: k, end: k + 1, text: "x" }));
    g.addDirectedEdgeWithKey(`e${e}`, pick(), pick(), {
      type,
      ...(type === "stance" ? { polarity: polarities[rand(3)] } : {}),
      confidence: 0.5,
      evidence,
      articles: [...new Set(evidence.map((x) => x.article))].sort(),
    });
  }
  return { graph: g, articles };
}

/** The fields of an index in which two indexes differ (the graph, the fragment caches and the scratch contents left
 * out): compared element by element, which is quick where a deep equality of 100k-element arrays is not. */
function differences(a: QueryIndex, b: QueryIndex): string[] {
  const lists = (ix: QueryIndex): Record<string, ArrayLike<unknown>> => ({
    ...{ nodeIds: ix.nodeIds, nodeIndex: [...ix.nodeIndex].flat(), nodeKind: ix.nodeKind, edgeIds: ix.edgeIds, edgeIndex: [...ix.edgeIndex].flat() },
    ...{ edgeSource: ix.edgeSource, edgeTarget: ix.edgeTarget, edgeType: ix.edgeType, edgePolarity: ix.edgePolarity, edgeWeight: ix.edgeWeight },
    ...{ edgeDateStart: ix.edgeDateStart, edgeDates: ix.edgeDates, adjStart: ix.adjStart, adjNode: ix.adjNode, adjEdge: ix.adjEdge },
    ...{ upStart: ix.upStart, upK: ix.upK, rank: ix.rank, byRank: ix.byRank, built: [ix.builtOrder, ix.builtSize] },
    sizes: [ix.mark, ix.ringMark, ix.strength, ix.tieEdge, ix.ringBuf, ix.edgeBuf, ix.edgeMark, ix.distA, ix.distB].map((x) => x.length),
  });
  const x = lists(a);
  const y = lists(b);
  return Object.keys(x).filter((k) => x[k].constructor !== y[k].constructor || x[k].length !== y[k].length || Array.prototype.some.call(x[k], (v, i) => v !== y[k][i]));
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe("the query index built in slices", () => {
  it("is the index the synchronous build gives, search index included, on random multigraphs", async () => {
    for (const [seed, n, m] of [
      [1, 1, 0],
      [2, 5, 30],
      [3, 40, 200],
      [4, 120, 900],
      [5, 300, 2500],
    ]) {
      const { graph, articles } = randomState(seed, n, m);
      const whole = buildQueryIndex(graph, articles);
      for (const chunk of [1, 3, 7, 64]) {
        let slices = 0;
        const sliced = await runSliced(queryIndexSteps(graph, articles, chunk), { sliceMs: 0, onSlice: () => slices++ });
        expect(differences(sliced, whole)).toEqual([]);
        const search = await runSliced(searchIndexSteps(graph, sliced.nodeIds, chunk), { sliceMs: 0 });
        expect(search).toEqual(whole.search);
        // Steps of `chunk` items, each its own slice here: the build really was cut up.
        if (m > 0) expect(slices).toBeGreaterThan(m / chunk);
      }
    }
  });

  it("keeps the event loop turning while it builds a 60k-edge index", async () => {
    const state = syntheticState({ edges: 60_000, seed: 7 });
    let ticks = 0;
    let longest = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      ticks++;
    }, 1);
    const started = performance.now();
    const ix = await queryIndexReady(state, { search: true });
    const took = performance.now() - started;
    clearInterval(timer);
    longest = Math.max(longest, performance.now() - last);
    // The build is long enough to matter: built at once it would have held the loop for all of it.
    expect(took).toBeGreaterThan(100);
    expect(ticks).toBeGreaterThanOrEqual(5);
    expect(longest).toBeLessThan(took / 2);
    expect(differences(ix, buildQueryIndex(state.graph, state.articles))).toEqual([]);
    expect(searchReady(state)).toBe(true);
  });

  it("stops when its only caller aborts, and leaves nothing built", async () => {
    const state = syntheticState({ edges: 30_000, seed: 3 });
    const abort = new AbortController();
    const ready = queryIndexReady(state, { signal: abort.signal, sliceMs: 1 });
    await turn();
    abort.abort();
    await expect(ready).rejects.toMatchObject({ name: "AbortError" });
    for (let i = 0; i < 50; i++) await turn();
    expect(builtQueryIndex(state)).toBeUndefined();

    // The driver itself: an abort stops the steps where they are.
    let steps = 0;
    const counted = (function* () {
      const inner = queryIndexSteps(state.graph, state.articles, 256);
      for (let r = inner.next(); !r.done; r = inner.next()) {
        steps++;
        yield;
      }
    })();
    const stop = new AbortController();
    const run = runSliced(counted, { sliceMs: 0, signal: stop.signal });
    await turn();
    stop.abort();
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    const atAbort = steps;
    for (let i = 0; i < 20; i++) await turn();
    expect(steps).toBe(atAbort);
    expect(steps).toBeLessThan(state.graph.size / 256);
  });

  it("goes on while another caller still waits, and is shared by all of them", async () => {
    const state = syntheticState({ edges: 30_000, seed: 4 });
    const before = queryIndexBuilds();
    const first = new AbortController();
    const aborted = queryIndexReady(state, { signal: first.signal, sliceMs: 1 });
    const second = new AbortController();
    const waiting = queryIndexReady(state, { signal: second.signal });
    const pinned = queryIndexReady(state); // a request: no signal
    await turn();
    first.abort();
    second.abort();
    await expect(aborted).rejects.toMatchObject({ name: "AbortError" });
    await expect(waiting).rejects.toMatchObject({ name: "AbortError" });
    const ix = await pinned;
    expect(builtQueryIndex(state)).toBe(ix);
    expect(queryIndexBuilds()).toBe(before + 1);
  });

  it("ends early with the index a synchronous caller built meanwhile", async () => {
    const state = syntheticState({ edges: 30_000, seed: 5 });
    const before = queryIndexBuilds();
    const ready = queryIndexReady(state, { sliceMs: 1 });
    await turn();
    expect(builtQueryIndex(state)).toBeUndefined();
    const now = queryIndexFor(state);
    expect(await ready).toBe(now);
    expect(queryIndexBuilds()).toBe(before + 1);
  });

  it("warms up to the end, or stops quietly when a newer state replaces it", async () => {
    const state = syntheticState({ edges: 20_000, seed: 6 });
    const abort = new AbortController();
    const warming = warmQueryIndex(state, { signal: abort.signal, sliceMs: 1 });
    await turn();
    abort.abort();
    await expect(warming).resolves.toBe(0);
    for (let i = 0; i < 20; i++) await turn();
    expect(builtQueryIndex(state)).toBeUndefined();

    expect(await warmQueryIndex(state, { maxFragments: 500 })).toBe(500);
    const ix = builtQueryIndex(state)!;
    expect(searchReady(state)).toBe(true);
    expect(ix.nodeJson.has(ix.byRank[ix.byRank.length - 1])).toBe(true);
  });

  it("is reused, with fresh fragment caches, by a state that only lays the same graph out anew", async () => {
    const { graph, articles } = randomState(9, 50, 300);
    const first = { graph, articles };
    await warmQueryIndex(first, { maxFragments: 20 });
    const old = builtQueryIndex(first)!;
    const laidOut = { ...first };
    const before = queryIndexBuilds();
    const ix = reuseQueryIndex(first, laidOut)!;
    expect(queryIndexBuilds()).toBe(before);
    expect(builtQueryIndex(laidOut)).toBe(ix);
    expect(ix.adjNode).toBe(old.adjNode);
    expect(ix.search).toBe(old.search);
    expect(searchReady(laidOut)).toBe(true);
    expect(old.nodeJson.has(old.byRank[old.byRank.length - 1])).toBe(true);
    expect(ix.nodeJson.has(ix.byRank[ix.byRank.length - 1])).toBe(false);
    // A state with another graph is no reuse.
    expect(reuseQueryIndex(first, randomState(9, 50, 300))).toBeUndefined();
    expect(runSteps(queryIndexSteps(graph, articles))).not.toBe(ix);
  });
});

// A compact, read-only view of one graph state for queries: integer ids, an undirected adjacency in typed arrays,
// edge filter fields and article dates. Built once per state (states are swapped whole), never per request.
import type { KnowledgeGraph, ArticleRecord } from "./types.ts";
import { ENTITY_KINDS, POLARITIES, RELATION_TYPES } from "../extract/kinds.ts";
import { searchIndexSteps, type SearchIndex } from "./querySearch.ts";
import { inChunks, IntList, runSliced, runSteps, sharedBuild, type SharedWork } from "./steps.ts";
import { FragmentCache, encodeEdge, encodeNode } from "./queryFragments.ts";

export interface QueryIndex {
  graph: KnowledgeGraph;
  nodeIds: string[];
  nodeIndex: Map<string, number>;
  /** Index into ENTITY_KINDS. */
  nodeKind: Uint8Array;
  edgeIds: string[];
  /** Built on first use (nothing a request does reads it): a million-entry Map is much of a large build's garbage
   * collection. */
  readonly edgeIndex: Map<string, number>;
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  /** Index into RELATION_TYPES. */
  edgeType: Uint8Array;
  /** 0 for none, else 1 + index into POLARITIES. */
  edgePolarity: Uint8Array;
  /** Evidence count: how strong a tie is. */
  edgeWeight: Uint32Array;
  /** Dates (yyyymmdd) of each edge's evidence articles: edgeDates[edgeDateStart[e] .. edgeDateStart[e + 1]). */
  edgeDateStart: Int32Array;
  edgeDates: Int32Array;
  /** Both directions of every edge: node u's entries are adjStart[u] .. adjStart[u + 1], sorted by the
   * neighbour's rank (degree, then index) so that the edges among a set of nodes can be read from each edge's
   * lower-ranked end, scanning only a hub's few higher-ranked neighbours rather than all of them. */
  adjStart: Int32Array;
  adjNode: Int32Array;
  adjEdge: Int32Array;
  /** Each node's entries toward nodes ranked at or above it (each edge once, at its lower-ranked end), as adjacency
   * positions, strongest edge first (then by position): upK[upStart[u] .. upStart[u + 1]). */
  upStart: Int32Array;
  upK: Int32Array;
  /** degree * n + index: a total order of nodes by degree. */
  rank: Float64Array;
  /** Nodes by ascending rank. */
  byRank: Int32Array;
  /** Scratch marks for traversals: a stamp per node, bumped per query so nothing needs clearing. */
  mark: Uint32Array;
  /** A second set of marks and a per-node score, for the ring being gathered. */
  ringMark: Uint32Array;
  strength: Float64Array;
  /** The strongest edge that reached each node of the ring. */
  tieEdge: Int32Array;
  /** Scratch for a ring's nodes and for the edges among the kept nodes (each holds one item at most once). */
  ringBuf: Int32Array;
  edgeBuf: Int32Array;
  /** Stamps per edge, as `mark` per node. */
  edgeMark: Uint32Array;
  /** Distances from either end of a path search. */
  distA: Int32Array;
  distB: Int32Array;
  stamp: { value: number };
  /** UTF-8 JSON of nodes and edges as a neighbourhood answers them, encoded once and cached per state. */
  nodeJson: FragmentCache;
  edgeJson: FragmentCache;
  /** Built after the rest (in the warm-up, or on first use): neighbourhood requests after a swap need not wait for it. */
  readonly search: SearchIndex;
  builtOrder: number;
  builtSize: number;
}

/** "2025-06-04" (or a longer ISO timestamp) as 20250604; null when it is not a date. */
export function dateNumber(date: string | null | undefined): number | null {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  return m ? Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]) : null;
}

const kindCode = new Map<string, number>(ENTITY_KINDS.map((k, i) => [k, i]));
const typeCode = new Map<string, number>(RELATION_TYPES.map((t, i) => [t, i]));
const polarityCode = new Map<string, number>(POLARITIES.map((p, i) => [p, i + 1]));

/** Items one build step handles before it yields: well under a millisecond of work. */
const CHUNK = 4096;

let builds = 0;

/** How many indexes were built, either way: lets tests check that callers waiting for one share its build. */
export function queryIndexBuilds(): number {
  return builds;
}

/** The index of one graph, built at once. */
export function buildQueryIndex(graph: KnowledgeGraph, articles: ReadonlyMap<string, ArticleRecord>): QueryIndex {
  return runSteps(queryIndexSteps(graph, articles));
}

/** The steps of building a query index: one implementation, driven to the end at once (`buildQueryIndex`) or in
 * slices between which other work runs (`runSliced`). Each step is at most `chunk` nodes, edges or entries of work. */
export function* queryIndexSteps(graph: KnowledgeGraph, articles: ReadonlyMap<string, ArticleRecord>, chunk = CHUNK): Generator<void, QueryIndex, void> {
  const n = graph.order;
  const m = graph.size;
  const nodeIds: string[] = new Array(n);
  const nodeIndex = new Map<string, number>();
  const nodeKind = new Uint8Array(n);
  // The entry iterators go over nodes and edges in forEachNode's and forEachEdge's order, and can pause.
  const nodes = graph.nodeEntries();
  yield* inChunks(n, chunk, (from, to) => {
    for (let i = from; i < to; i++) {
      const { node, attributes } = nodes.next().value!;
      nodeIds[i] = node;
      nodeIndex.set(node, i);
      nodeKind[i] = kindCode.get(attributes.kind) ?? 0;
    }
  });

  const articleDate = new Map<string, number>();
  const byArticle = articles.entries();
  yield* inChunks(articles.size, chunk, (from, to) => {
    for (let i = from; i < to; i++) {
      const [id, a] = byArticle.next().value!;
      const d = dateNumber(a.date);
      if (d !== null) articleDate.set(id, d);
    }
  });

  const edgeIds: string[] = new Array(m);
  const edgeSource = new Int32Array(m);
  const edgeTarget = new Int32Array(m);
  const edgeType = new Uint8Array(m);
  const edgePolarity = new Uint8Array(m);
  const edgeWeight = new Uint32Array(m);
  const edgeDateStart = new Int32Array(m + 1);
  const dates = new IntList();
  const degree = new Int32Array(n + 1);
  const edges = graph.edgeEntries();
  yield* inChunks(m, chunk, (from, to) => {
    for (let e = from; e < to; e++) {
      const { edge: key, attributes: a, source, target } = edges.next().value!;
      const s = nodeIndex.get(source)!;
      const t = nodeIndex.get(target)!;
      edgeIds[e] = key;
      edgeSource[e] = s;
      edgeTarget[e] = t;
      edgeType[e] = typeCode.get(a.type) ?? 0;
      edgePolarity[e] = a.polarity ? (polarityCode.get(a.polarity) ?? 0) : 0;
      edgeWeight[e] = a.evidence.length;
      edgeDateStart[e] = dates.length;
      for (const article of a.articles) {
        const d = articleDate.get(article);
        if (d !== undefined) dates.push(d);
      }
      degree[s]++;
      if (t !== s) degree[t]++;
    }
  });
  edgeDateStart[m] = dates.length;
  const edgeDates = dates.toArray();

  const rank = new Float64Array(n);
  for (let u = 0; u < n; u++) rank[u] = degree[u] * n + u;
  const { adjStart, adjNode, adjEdge, byRank } = yield* rankedAdjacency(n, degree, edgeSource, edgeTarget, chunk);
  const { upStart, upK } = yield* upwardByWeight(adjStart, adjNode, adjEdge, rank, edgeWeight, chunk);

  builds++;
  return {
    graph,
    nodeIds,
    nodeIndex,
    nodeKind,
    edgeIds,
    get edgeIndex() {
      return edgeIndexOf(this);
    },
    edgeSource,
    edgeTarget,
    edgeType,
    edgePolarity,
    edgeWeight,
    edgeDateStart,
    edgeDates,
    adjStart,
    adjNode,
    adjEdge,
    upStart,
    upK,
    rank,
    byRank,
    mark: new Uint32Array(n),
    ringMark: new Uint32Array(n),
    strength: new Float64Array(n),
    tieEdge: new Int32Array(n),
    ringBuf: new Int32Array(n),
    edgeBuf: new Int32Array(m),
    edgeMark: new Uint32Array(m),
    distA: new Int32Array(n),
    distB: new Int32Array(n),
    stamp: { value: 0 },
    nodeJson: new FragmentCache(n),
    edgeJson: new FragmentCache(m),
    get search() {
      return searchFor(this);
    },
    builtOrder: n,
    builtSize: m,
  };
}

/** Search indexes, built on first use (`ix.search`) or in slices by a warm-up (`queryIndexReady`). */
const searchOf = new WeakMap<QueryIndex, SearchIndex>();

const edgeIndexes = new WeakMap<string[], Map<string, number>>();

function edgeIndexOf(ix: QueryIndex): Map<string, number> {
  let index = edgeIndexes.get(ix.edgeIds);
  if (!index) {
    index = new Map();
    for (let e = 0; e < ix.edgeIds.length; e++) index.set(ix.edgeIds[e], e);
    edgeIndexes.set(ix.edgeIds, index);
  }
  return index;
}

function searchFor(ix: QueryIndex): SearchIndex {
  let s = searchOf.get(ix);
  if (!s) searchOf.set(ix, (s = runSteps(searchIndexSteps(ix.graph, ix.nodeIds))));
  return s;
}

/** Both directions of every edge, each node's entries sorted by neighbour rank, then edge index. Linear: nodes
 * are taken in rank order (a counting sort by degree) and each appends itself to its neighbours' lists. */
function* rankedAdjacency(n: number, degree: Int32Array, edgeSource: Int32Array, edgeTarget: Int32Array, chunk: number) {
  const m = edgeSource.length;
  const adjStart = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) adjStart[u + 1] = adjStart[u] + degree[u];
  const total = adjStart[n];
  // First pass: each node's entries in edge order.
  const byEdgeNode = new Int32Array(total);
  const byEdgeEdge = new Int32Array(total);
  let fill = adjStart.slice(0, n);
  yield* inChunks(m, chunk, (from, to) => {
    for (let k = from; k < to; k++) {
      const s = edgeSource[k];
      const t = edgeTarget[k];
      byEdgeNode[fill[s]] = t;
      byEdgeEdge[fill[s]++] = k;
      if (t !== s) {
        byEdgeNode[fill[t]] = s;
        byEdgeEdge[fill[t]++] = k;
      }
    }
  });
  // Nodes in rank order: by degree (counting sort, stable on index).
  let maxDegree = 0;
  for (let u = 0; u < n; u++) if (degree[u] > maxDegree) maxDegree = degree[u];
  const at = new Int32Array(maxDegree + 2);
  for (let u = 0; u < n; u++) at[degree[u] + 1]++;
  for (let d = 0; d <= maxDegree; d++) at[d + 1] += at[d];
  const order = new Int32Array(n);
  for (let u = 0; u < n; u++) order[at[degree[u]]++] = u;
  yield;
  // Second pass: v, in rank order, joins each neighbour's list (its own edges in edge order).
  const adjNode = new Int32Array(total);
  const adjEdge = new Int32Array(total);
  fill = adjStart.slice(0, n);
  yield* inChunks(n, chunk, (from, to) => {
    for (let i = from; i < to; i++) {
      const v = order[i];
      for (let k = adjStart[v], end = adjStart[v + 1]; k < end; k++) {
        const w = byEdgeNode[k];
        adjNode[fill[w]] = v;
        adjEdge[fill[w]++] = byEdgeEdge[k];
      }
    }
  });
  return { adjStart, adjNode, adjEdge, byRank: order };
}

/** The upward lists: per node, its adjacency positions toward nodes ranked at or above it, by edge weight (descending),
 * then position. Linear: one stable counting sort of all positions by weight, dealt out to their nodes. */
function* upwardByWeight(adjStart: Int32Array, adjNode: Int32Array, adjEdge: Int32Array, rank: Float64Array, edgeWeight: Uint32Array, chunk: number) {
  const n = adjStart.length - 1;
  const upStart = new Int32Array(n + 1);
  const first = new Int32Array(n);
  let maxWeight = 0;
  yield* inChunks(n, chunk, (from, to) => {
    for (let u = from; u < to; u++) {
      first[u] = firstAtOrAbove(adjStart, adjNode, rank, u);
      upStart[u + 1] = upStart[u] + adjStart[u + 1] - first[u];
      for (let k = first[u]; k < adjStart[u + 1]; k++) if (edgeWeight[adjEdge[k]] > maxWeight) maxWeight = edgeWeight[adjEdge[k]];
    }
  });
  const at = new Int32Array(maxWeight + 2);
  yield* inChunks(n, chunk, (from, to) => {
    for (let u = from; u < to; u++) for (let k = first[u]; k < adjStart[u + 1]; k++) at[maxWeight - edgeWeight[adjEdge[k]] + 1]++;
  });
  for (let w = 0; w <= maxWeight; w++) at[w + 1] += at[w];
  const sorted = new Int32Array(upStart[n]);
  const owner = new Int32Array(upStart[n]);
  yield* inChunks(n, chunk, (from, to) => {
    for (let u = from; u < to; u++)
      for (let k = first[u]; k < adjStart[u + 1]; k++) {
        const i = at[maxWeight - edgeWeight[adjEdge[k]]]++;
        sorted[i] = k;
        owner[i] = u;
      }
  });
  const upK = new Int32Array(upStart[n]);
  const fill = upStart.slice(0, n);
  yield* inChunks(sorted.length, chunk, (from, to) => {
    for (let i = from; i < to; i++) upK[fill[owner[i]]++] = sorted[i];
  });
  return { upStart, upK };
}

function firstAtOrAbove(adjStart: Int32Array, adjNode: Int32Array, rank: Float64Array, u: number): number {
  const r = rank[u];
  let lo = adjStart[u];
  let hi = adjStart[u + 1];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rank[adjNode[mid]] < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first adjacency entry of u whose neighbour ranks at or above u itself. */
export function firstHigher(ix: QueryIndex, u: number): number {
  return firstAtOrAbove(ix.adjStart, ix.adjNode, ix.rank, u);
}

/** A fresh stamp for `mark`; wraps by clearing the marks (once in four billion queries). */
export function nextStamp(ix: QueryIndex): number {
  if (ix.stamp.value >= 0xfffffffe) {
    ix.mark.fill(0);
    ix.ringMark.fill(0);
    ix.edgeMark.fill(0);
    ix.stamp.value = 0;
  }
  return ++ix.stamp.value;
}

type IndexedState = { graph: KnowledgeGraph; articles?: ReadonlyMap<string, ArticleRecord> };

const byState = new WeakMap<object, QueryIndex>();
const building = new WeakMap<object, SharedWork<QueryIndex>>();
const searching = new WeakMap<QueryIndex, SharedWork<SearchIndex>>();
const keyOf = (state: IndexedState): object => (state.articles ? state : state.graph);

/** The index of a state if it is built, else undefined. */
export function builtQueryIndex(state: IndexedState): QueryIndex | undefined {
  const known = byState.get(keyOf(state));
  // A graph changed in place (tests, scripts) gets a new index; a served state is swapped whole instead.
  return known && known.graph === state.graph && known.builtOrder === state.graph.order && known.builtSize === state.graph.size ? known : undefined;
}

/** The index of a state (or a bare graph), built at once on first use and kept while the state lives. For callers
 * that cannot wait (tests, benches, the CLI); a server's routes wait for `queryIndexReady` instead. */
export function queryIndexFor(state: IndexedState): QueryIndex {
  const known = builtQueryIndex(state);
  if (known) return known;
  const ix = buildQueryIndex(state.graph, state.articles ?? new Map());
  byState.set(keyOf(state), ix);
  return ix;
}

/**
 * The index of a state, built in slices between which the event loop turns; with `search`, its search index too.
 * Callers asking for the same state share one build, which stops early only when every caller that asked has aborted
 * its signal (a caller without a signal needs the result and keeps it going).
 */
export async function queryIndexReady(
  state: IndexedState,
  opts: { signal?: AbortSignal; search?: boolean; /** of a build this call starts */ sliceMs?: number } = {},
): Promise<QueryIndex> {
  const key = keyOf(state);
  const ix =
    builtQueryIndex(state) ??
    (await sharedBuild(
      building,
      key,
      () => builtQueryIndex(state),
      () => queryIndexSteps(state.graph, state.articles ?? new Map()),
      (built) => byState.set(key, built),
      opts.sliceMs,
    ).join(opts.signal));
  if (opts.search && !searchOf.has(ix))
    await sharedBuild(
      searching,
      ix,
      () => searchOf.get(ix),
      () => searchIndexSteps(ix.graph, ix.nodeIds),
      (built) => searchOf.set(ix, built),
      opts.sliceMs,
    ).join(opts.signal);
  return ix;
}

/** Whether a state's index and its search index are both built: a search can answer at once. */
export function searchReady(state: IndexedState): boolean {
  const ix = builtQueryIndex(state);
  return ix !== undefined && searchOf.has(ix);
}

/** The index of a state that serves the same graph and articles as `from`, only laid out anew (the layout's swap):
 * from's index with fresh fragment caches (they hold positions), nothing rebuilt. Undefined unless from's is built. */
export function reuseQueryIndex(from: IndexedState, to: IndexedState): QueryIndex | undefined {
  const old = builtQueryIndex(from);
  if (!old || to.graph !== from.graph || to.articles !== from.articles || builtQueryIndex(to)) return undefined;
  // Property descriptors copy the getters as getters (spreading would build what they build on first use).
  const ix = Object.defineProperties({}, Object.getOwnPropertyDescriptors(old)) as QueryIndex;
  ix.nodeJson = new FragmentCache(old.builtOrder);
  ix.edgeJson = new FragmentCache(old.builtSize);
  const search = searchOf.get(old);
  if (search) searchOf.set(ix, search);
  byState.set(keyOf(to), ix);
  return ix;
}

/** Fragments a warm-up encodes at most: the highest-ranked nodes and the edges among them, which truncated
 * neighbourhoods keep most (their strongest ties). About 0.5 KB and 5-20 us each (more for hub-to-hub edges with
 * long article lists): some 10-20 MB and well under a second of background work. */
const WARM_FRAGMENTS = 30_000;

/** Builds a state's index (then its search index) and encodes the fragments its neighbourhood answers need most, all
 * in slices of a few milliseconds between which other work runs: call it after a state swap, so that requests need
 * not build anything. Answers the fragments encoded; stops, answering those done so far, when the signal aborts. */
export async function warmQueryIndex(state: IndexedState, opts: { maxFragments?: number; signal?: AbortSignal; sliceMs?: number } = {}): Promise<number> {
  const progress = { encoded: 0 };
  try {
    const ix = await queryIndexReady(state, { signal: opts.signal, search: true, sliceMs: opts.sliceMs });
    await runSliced(warmSteps(ix, opts.maxFragments ?? WARM_FRAGMENTS, progress), { signal: opts.signal, sliceMs: opts.sliceMs });
  } catch (err) {
    if (!opts.signal?.aborted) throw err;
  }
  return progress.encoded;
}

function* warmSteps(ix: QueryIndex, maxFragments: number, progress: { encoded: number }): Generator<void, void, void> {
  const n = ix.byRank.length;
  for (let i = n - 1; i >= 0 && progress.encoded < maxFragments; i--) {
    const u = ix.byRank[i];
    encodeNode(ix, u);
    progress.encoded++;
    // Its edges to higher-ranked nodes, all of them already warmed.
    for (let k = firstHigher(ix, u), end = ix.adjStart[u + 1]; k < end && progress.encoded < maxFragments; k++, progress.encoded++) encodeEdge(ix, ix.adjEdge[k]);
    yield;
  }
}

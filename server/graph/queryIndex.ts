// A compact, read-only view of one graph state for queries: integer ids, an undirected adjacency in typed arrays,
// edge filter fields and article dates. Built once per state (states are swapped whole), never per request.
import type { KnowledgeGraph, ArticleRecord } from "./types.ts";
import { ENTITY_KINDS, POLARITIES, RELATION_TYPES } from "../extract/kinds.ts";
import { buildSearchIndex, type SearchIndex } from "./querySearch.ts";

export interface QueryIndex {
  graph: KnowledgeGraph;
  nodeIds: string[];
  nodeIndex: Map<string, number>;
  /** Index into ENTITY_KINDS. */
  nodeKind: Uint8Array;
  edgeIds: string[];
  edgeIndex: Map<string, number>;
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
  /** degree * n + index: a total order of nodes by degree. */
  rank: Float64Array;
  /** Scratch marks for traversals: a stamp per node, bumped per query so nothing needs clearing. */
  mark: Uint32Array;
  /** A second set of marks and a per-node score, for the ring being gathered. */
  ringMark: Uint32Array;
  strength: Float64Array;
  /** The strongest edge that reached each node of the ring. */
  tieEdge: Int32Array;
  /** Distances from either end of a path search. */
  distA: Int32Array;
  distB: Int32Array;
  stamp: { value: number };
  /** UTF-8 JSON of nodes and edges as a neighbourhood answers them, encoded once and cached per state. */
  nodeJson: (Buffer | undefined)[];
  edgeJson: (Buffer | undefined)[];
  /** Built on first use: neighbourhood requests after a state swap need not wait for it. */
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

export function buildQueryIndex(graph: KnowledgeGraph, articles: ReadonlyMap<string, ArticleRecord>): QueryIndex {
  const n = graph.order;
  const m = graph.size;
  const nodeIds: string[] = new Array(n);
  const nodeIndex = new Map<string, number>();
  const nodeKind = new Uint8Array(n);
  let i = 0;
  graph.forEachNode((id, a) => {
    nodeIds[i] = id;
    nodeIndex.set(id, i);
    nodeKind[i] = kindCode.get(a.kind) ?? 0;
    i++;
  });

  const articleDate = new Map<string, number>();
  for (const [id, a] of articles) {
    const d = dateNumber(a.date);
    if (d !== null) articleDate.set(id, d);
  }

  const edgeIds: string[] = new Array(m);
  const edgeIndex = new Map<string, number>();
  const edgeSource = new Int32Array(m);
  const edgeTarget = new Int32Array(m);
  const edgeType = new Uint8Array(m);
  const edgePolarity = new Uint8Array(m);
  const edgeWeight = new Uint32Array(m);
  const edgeDateStart = new Int32Array(m + 1);
  const dates: number[] = [];
  const degree = new Int32Array(n + 1);
  let e = 0;
  graph.forEachEdge((key, a, source, target) => {
    const s = nodeIndex.get(source)!;
    const t = nodeIndex.get(target)!;
    edgeIds[e] = key;
    edgeIndex.set(key, e);
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
    e++;
  });
  edgeDateStart[m] = dates.length;

  const adjStart = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) adjStart[u + 1] = adjStart[u] + degree[u];
  const fill = adjStart.slice(0, n);
  const adjNode = new Int32Array(adjStart[n]);
  const adjEdge = new Int32Array(adjStart[n]);
  for (let k = 0; k < m; k++) {
    const s = edgeSource[k];
    const t = edgeTarget[k];
    adjNode[fill[s]] = t;
    adjEdge[fill[s]++] = k;
    if (t !== s) {
      adjNode[fill[t]] = s;
      adjEdge[fill[t]++] = k;
    }
  }

  let search: SearchIndex | undefined;
  const rank = new Float64Array(n);
  for (let u = 0; u < n; u++) rank[u] = (adjStart[u + 1] - adjStart[u]) * n + u;
  sortAdjacency(adjStart, adjNode, adjEdge, rank);

  return {
    graph,
    nodeIds,
    nodeIndex,
    nodeKind,
    edgeIds,
    edgeIndex,
    edgeSource,
    edgeTarget,
    edgeType,
    edgePolarity,
    edgeWeight,
    edgeDateStart,
    edgeDates: Int32Array.from(dates),
    adjStart,
    adjNode,
    adjEdge,
    rank,
    mark: new Uint32Array(n),
    ringMark: new Uint32Array(n),
    strength: new Float64Array(n),
    tieEdge: new Int32Array(n),
    distA: new Int32Array(n),
    distB: new Int32Array(n),
    stamp: { value: 0 },
    nodeJson: new Array(n),
    edgeJson: new Array(m),
    get search() {
      return (search ??= buildSearchIndex(graph, nodeIds));
    },
    builtOrder: n,
    builtSize: m,
  };
}

/** Sorts each node's adjacency by neighbour rank, then edge index. */
function sortAdjacency(adjStart: Int32Array, adjNode: Int32Array, adjEdge: Int32Array, rank: Float64Array): void {
  const n = adjStart.length - 1;
  for (let u = 0; u < n; u++) {
    const from = adjStart[u];
    const to = adjStart[u + 1];
    if (to - from < 2) continue;
    const order = Array.from({ length: to - from }, (_, i) => from + i);
    order.sort((a, b) => rank[adjNode[a]] - rank[adjNode[b]] || adjEdge[a] - adjEdge[b]);
    const nodes = order.map((k) => adjNode[k]);
    const edges = order.map((k) => adjEdge[k]);
    adjNode.set(nodes, from);
    adjEdge.set(edges, from);
  }
}

/** The first adjacency entry of u whose neighbour ranks at or above u itself. */
export function firstHigher(ix: QueryIndex, u: number): number {
  const r = ix.rank[u];
  let lo = ix.adjStart[u];
  let hi = ix.adjStart[u + 1];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ix.rank[ix.adjNode[mid]] < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A fresh stamp for `mark`; wraps by clearing the marks (once in four billion queries). */
export function nextStamp(ix: QueryIndex): number {
  if (ix.stamp.value >= 0xfffffffe) {
    ix.mark.fill(0);
    ix.ringMark.fill(0);
    ix.stamp.value = 0;
  }
  return ++ix.stamp.value;
}

const byState = new WeakMap<object, QueryIndex>();

/** The index of a state (or a bare graph), built on first use and kept while the state lives. */
export function queryIndexFor(state: { graph: KnowledgeGraph; articles?: ReadonlyMap<string, ArticleRecord> }): QueryIndex {
  const key = state.articles ? state : state.graph;
  const known = byState.get(key);
  // A graph changed in place (tests, scripts) gets a new index; a served state is swapped whole instead.
  if (known && known.graph === state.graph && known.builtOrder === state.graph.order && known.builtSize === state.graph.size) return known;
  const ix = buildQueryIndex(state.graph, state.articles ?? new Map());
  byState.set(key, ix);
  return ix;
}

/** The node's JSON in graphology's serialized form, without the (long) mention list. */
export function nodeJson(ix: QueryIndex, u: number): Buffer {
  let b = ix.nodeJson[u];
  if (b === undefined) {
    const a = ix.graph.getNodeAttributes(ix.nodeIds[u]);
    const attributes = { kind: a.kind, label: a.label, aliases: a.aliases, mentionCount: a.mentionCount, articles: a.articles, x: a.x, y: a.y, size: a.size };
    b = Buffer.from(JSON.stringify({ key: ix.nodeIds[u], attributes }));
    ix.nodeJson[u] = b;
  }
  return b;
}

/** Evidence items an edge carries in a neighbourhood (its first sentence: answers stay small); GET /api/edges/:id
 * has them all. */
export const EVIDENCE_PREVIEW = 1;

/** The edge's JSON in graphology's serialized form, with its first evidence items and their count. */
export function edgeJson(ix: QueryIndex, e: number): Buffer {
  let b = ix.edgeJson[e];
  if (b === undefined) {
    const key = ix.edgeIds[e];
    const a = ix.graph.getEdgeAttributes(key);
    const attributes = { ...a, evidence: a.evidence.slice(0, EVIDENCE_PREVIEW), evidenceCount: a.evidence.length };
    b = Buffer.from(JSON.stringify({ key, source: ix.nodeIds[ix.edgeSource[e]], target: ix.nodeIds[ix.edgeTarget[e]], attributes }));
    ix.edgeJson[e] = b;
  }
  return b;
}

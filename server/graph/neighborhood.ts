// The ego subgraph of a node: nodes within `depth` hops (either direction) reached over edges that pass the filters,
// and the passing edges among them. Past `limit` nodes, nearer rings come first and, within the ring that overflows,
// the nodes with the strongest ties (summed evidence count of passing edges to the kept nodes) are kept; equal ties
// keep the order the ring was found in, which the index fixes. Typed-array scratch, no per-node allocation.
import type { EntityKind, Polarity, RelationType } from "../extract/types.ts";
import type { KnowledgeGraph } from "./types.ts";
import { ENTITY_KINDS, POLARITIES, RELATION_TYPES } from "../extract/kinds.ts";
import { firstHigher, nextStamp, queryIndexFor, type QueryIndex } from "./queryIndex.ts";
import { subgraphBody } from "./subgraphBody.ts";

export interface NeighborFilters {
  kinds?: readonly EntityKind[];
  types?: readonly RelationType[];
  /** Only edges carrying one of these polarities (stances) pass. */
  polarities?: readonly Polarity[];
  /** Inclusive yyyymmdd bounds: an edge passes when one of its evidence articles is dated in range. */
  from?: number;
  to?: number;
}

export interface NeighborOptions extends NeighborFilters {
  depth: number;
  /** Most nodes, the centre included. */
  limit: number;
  /** Most edges (default: no cap). Past it, each kept node's strongest tie to the nodes kept before it stays (so the
   * answer stays connected), then the strongest of the others. */
  edgeLimit?: number;
}

export interface Neighborhood {
  center: number;
  /** Kept node indices: the centre, then ring by ring, strongest first. */
  nodes: number[];
  edges: number[];
  truncated: boolean;
}

function mask<T extends string>(all: readonly T[], chosen: readonly T[] | undefined, offset = 0): number {
  if (!chosen || chosen.length === 0) return 0xffff;
  let m = 0;
  all.forEach((x, i) => {
    if (chosen.includes(x)) m |= 1 << (i + offset);
  });
  return m;
}

/** A predicate on edge indices for the given filters (precomputed masks, no per-edge allocation). */
export function edgeFilter(ix: QueryIndex, f: NeighborFilters): (e: number) => boolean {
  const typeMask = mask(RELATION_TYPES, f.types);
  // Polarity code 0 (no polarity) fails as soon as a polarity is asked for.
  const polarityMask = f.polarities && f.polarities.length ? mask(POLARITIES, f.polarities, 1) : 0xffff;
  const from = f.from ?? -Infinity;
  const to = f.to ?? Infinity;
  const dated = f.from !== undefined || f.to !== undefined;
  const { edgeType, edgePolarity, edgeDateStart, edgeDates } = ix;
  return (e) => {
    if (!(typeMask & (1 << edgeType[e]))) return false;
    if (!(polarityMask & (1 << edgePolarity[e]))) return false;
    if (!dated) return true;
    for (let k = edgeDateStart[e], end = edgeDateStart[e + 1]; k < end; k++) {
      const d = edgeDates[k];
      if (d >= from && d <= to) return true;
    }
    return false;
  };
}

// Strength histogram buckets for choosing the strongest `room` candidates in linear time.
const BUCKETS = 256;
const counts = new Int32Array(BUCKETS);

/** Keeps, in place at the front of buf[0 .. count), the `room` items with the highest weight (ties: input order),
 * in input order; answers how many were kept. Linear: a histogram finds the threshold weight. */
export function strongestInPlace(buf: Int32Array, count: number, weight: ArrayLike<number>, room: number): number {
  if (room <= 0) return 0;
  if (count <= room) return count;
  counts.fill(0);
  for (let i = 0; i < count; i++) counts[Math.min(weight[buf[i]], BUCKETS - 1)]++;
  const c = cut(room);
  if (!c) {
    // Everything kept is in the top bucket: rank those exactly (a stable sort keeps input order on ties).
    const top: number[] = [];
    for (let i = 0; i < count; i++) if (weight[buf[i]] >= BUCKETS - 1) top.push(buf[i]);
    const keep = new Set(top.sort((x, y) => weight[y] - weight[x]).slice(0, room));
    let out = 0;
    for (let i = 0; i < count; i++) if (keep.has(buf[i])) buf[out++] = buf[i];
    return out;
  }
  let out = 0;
  let atThreshold = c.atThreshold;
  for (let i = 0; i < count; i++) {
    const v = buf[i];
    const w = Math.min(weight[v], BUCKETS - 1);
    if (w > c.threshold || (w === c.threshold && atThreshold-- > 0)) buf[out++] = v;
  }
  return out;
}

/** From the histogram in `counts`: the lowest weight bucket the `room` strongest reach and how many of it fit;
 * null when they all fall in the top bucket (weights there are not told apart). */
function cut(room: number): { threshold: number; atThreshold: number } | null {
  let threshold = BUCKETS - 1;
  let above = 0;
  for (; threshold > 0 && above + counts[threshold] < room; threshold--) above += counts[threshold];
  return threshold === BUCKETS - 1 ? null : { threshold, atThreshold: room - above };
}

/** The `room` items with the highest weight (ties: input order), in input order. */
export function strongest(items: readonly number[], weight: ArrayLike<number>, room: number): number[] {
  const buf = Int32Array.from(items);
  return Array.from(buf.subarray(0, strongestInPlace(buf, buf.length, weight, room)));
}

function noFilter(f: NeighborFilters): boolean {
  return !f.types?.length && !f.polarities?.length && f.from === undefined && f.to === undefined;
}

export function neighborhood(ix: QueryIndex, center: number, opts: NeighborOptions): Neighborhood {
  const all = noFilter(opts);
  const passes = edgeFilter(ix, opts);
  const kindMask = mask(ENTITY_KINDS, opts.kinds);
  const { adjStart, adjNode, adjEdge, edgeWeight, nodeKind, mark, ringMark, strength, tieEdge, ringBuf, edgeBuf, edgeMark } = ix;
  const kept = nextStamp(ix);
  mark[center] = kept;
  const nodes = [center];
  let frontierStart = 0;
  let truncated = false;
  for (let d = 0; d < opts.depth && !truncated; d++) {
    const frontierEnd = nodes.length;
    if (frontierStart === frontierEnd) break;
    const inRing = nextStamp(ix);
    let ringSize = 0;
    for (let i = frontierStart; i < frontierEnd; i++) {
      const u = nodes[i];
      for (let k = adjStart[u], end = adjStart[u + 1]; k < end; k++) {
        const v = adjNode[k];
        if (mark[v] === kept || !(kindMask & (1 << nodeKind[v]))) continue;
        const e = adjEdge[k];
        if (!all && !passes(e)) continue;
        const w = edgeWeight[e];
        if (ringMark[v] !== inRing) {
          ringMark[v] = inRing;
          strength[v] = w;
          tieEdge[v] = e;
          ringBuf[ringSize++] = v;
        } else {
          if (w > edgeWeight[tieEdge[v]]) tieEdge[v] = e;
          strength[v] += w;
        }
      }
    }
    const room = opts.limit - nodes.length;
    if (ringSize > room) truncated = true;
    const chosen = Array.from(ringBuf.subarray(0, strongestInPlace(ringBuf, ringSize, strength, room)));
    // Strongest first within the ring (stable: ring order on ties), so the answer reads best-first.
    chosen.sort((a, b) => strength[b] - strength[a]);
    for (const v of chosen) {
      mark[v] = kept;
      nodes.push(v);
    }
    frontierStart = frontierEnd;
  }
  // Each node's tie (the edge that brought it in) is marked, so that the histogram of the other edges' weights can
  // be made while they are collected: past edgeLimit, one more pass picks the strongest of them.
  const isTie = nextStamp(ix);
  for (let i = 1; i < nodes.length; i++) edgeMark[tieEdge[nodes[i]]] = isTie;
  const edgeLimit = opts.edgeLimit ?? Infinity;
  if (truncated && edgeLimit < Infinity) {
    const strongest = strongestAmongKept(ix, nodes, edgeLimit - Math.min(nodes.length - 1, edgeLimit), kept, isTie, all ? null : passes);
    if (strongest) return { center, nodes, edges: nodes.slice(1, edgeLimit + 1).map((v) => tieEdge[v]).concat(strongest), truncated: true };
  }
  counts.fill(0);
  let edgeCount = 0;
  for (const u of nodes) {
    // Each edge once, from its lower-ranked end (a self-loop from its only end): a hub reads only its few
    // higher-ranked neighbours; its edges to smaller nodes are read from their side.
    for (let k = firstHigher(ix, u), end = adjStart[u + 1]; k < end; k++) {
      if (mark[adjNode[k]] !== kept) continue;
      const e = adjEdge[k];
      if (!all && !passes(e)) continue;
      edgeBuf[edgeCount++] = e;
      if (edgeMark[e] !== isTie) counts[Math.min(edgeWeight[e], BUCKETS - 1)]++;
    }
  }
  if (edgeCount <= edgeLimit) return { center, nodes, edges: Array.from(edgeBuf.subarray(0, edgeCount)), truncated };
  // Past edgeLimit: the tie that brought each node in first, then the strongest others (ties: collection order).
  // (Distinct per node: a tie joins its node to the ring before.)
  const edges = nodes.slice(1, edgeLimit + 1).map((v) => tieEdge[v]);
  const room = edgeLimit - edges.length;
  const c = room > 0 ? cut(room) : { threshold: BUCKETS, atThreshold: 0 };
  if (c) {
    let atThreshold = c.atThreshold;
    for (let i = 0; i < edgeCount; i++) {
      const e = edgeBuf[i];
      if (edgeMark[e] === isTie) continue;
      const w = Math.min(edgeWeight[e], BUCKETS - 1);
      if (w > c.threshold || (w === c.threshold && atThreshold-- > 0)) edges.push(e);
    }
  } else {
    let rest = 0;
    for (let i = 0; i < edgeCount; i++) if (edgeMark[edgeBuf[i]] !== isTie) edgeBuf[rest++] = edgeBuf[i];
    const others = strongestInPlace(edgeBuf, rest, edgeWeight, room);
    for (let i = 0; i < others; i++) edges.push(edgeBuf[i]);
  }
  return { center, nodes, edges, truncated: true };
}

/** Past the node limit the kept nodes are mostly hubs, with many edges among them of which edgeLimit keeps a few:
 * the `room` strongest non-tie edges among the kept nodes (ties: collection order, as the full pass would), read
 * from each node's upward list, strongest first, stopping a list once its edges can no longer enter the best
 * `room` so far. Null when that does not show that more than `room` such edges exist (the full pass decides). */
function strongestAmongKept(ix: QueryIndex, nodes: number[], room: number, kept: number, isTie: number, passes: ((e: number) => boolean) | null): number[] | null {
  if (room <= 0) return null;
  const { upStart, upK, adjNode, adjEdge, edgeWeight, mark, edgeMark } = ix;
  const stride = adjNode.length + 1;
  // A min-heap of the best `room` so far: worst on top (lower weight, or equal weight and later in collection).
  const heapW = new Float64Array(room);
  const heapPos = new Float64Array(room);
  const heapE = new Int32Array(room);
  let size = 0;
  let more = false;
  const worse = (i: number, j: number) => heapW[i] < heapW[j] || (heapW[i] === heapW[j] && heapPos[i] > heapPos[j]);
  const swap = (i: number, j: number) => {
    const w = heapW[i];
    const pos = heapPos[i];
    const e = heapE[i];
    heapW[i] = heapW[j];
    heapPos[i] = heapPos[j];
    heapE[i] = heapE[j];
    heapW[j] = w;
    heapPos[j] = pos;
    heapE[j] = e;
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) return;
      const c = l + 1 < size && worse(l + 1, l) ? l + 1 : l;
      if (!worse(c, i)) return;
      swap(c, i);
      i = c;
    }
  };
  for (let i = 0; i < nodes.length; i++) {
    const u = nodes[i];
    for (let p = upStart[u], end = upStart[u + 1]; p < end; p++) {
      const k = upK[p];
      const e = adjEdge[k];
      const w = edgeWeight[e];
      // Later entries of this list weigh no more and come later in collection order: none can enter.
      if (size === room && w <= heapW[0] && more) break;
      if (mark[adjNode[k]] !== kept || edgeMark[e] === isTie || (passes && !passes(e))) continue;
      const pos = i * stride + k;
      if (size < room) {
        heapW[size] = w;
        heapPos[size] = pos;
        heapE[size] = e;
        for (let c = size++; c > 0 && worse(c, (c - 1) >> 1); c = (c - 1) >> 1) swap(c, (c - 1) >> 1);
      } else {
        more = true;
        if (w < heapW[0] || (w === heapW[0] && pos > heapPos[0])) break;
        heapW[0] = w;
        heapPos[0] = pos;
        heapE[0] = e;
        down(0);
      }
    }
  }
  if (!more) return null;
  const order = Array.from({ length: size }, (_, i) => i).sort((a, b) => heapPos[a] - heapPos[b]);
  return order.map((i) => heapE[i]);
}

/** The neighbourhood's answer body (see subgraphBody.ts). */
export function neighborhoodBody(ix: QueryIndex, hood: Neighborhood, depth: number, take: (size: number) => Buffer = Buffer.allocUnsafe): Buffer {
  const head = `{"center":${JSON.stringify(ix.nodeIds[hood.center])},"depth":${depth},"truncated":${hood.truncated},"graph":{"nodes":[`;
  return subgraphBody(ix, head, hood.nodes, hood.edges, take);
}

/** Node ids within `depth` hops of `center`, unfiltered and unlimited. */
export function egoNodes(graph: KnowledgeGraph, center: string, depth: number): Set<string> {
  const ix = queryIndexFor({ graph });
  const c = ix.nodeIndex.get(center);
  if (c === undefined) return new Set();
  const hood = neighborhood(ix, c, { depth, limit: Number.MAX_SAFE_INTEGER });
  return new Set(hood.nodes.map((u) => ix.nodeIds[u]));
}

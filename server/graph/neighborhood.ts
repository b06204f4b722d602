// The ego subgraph of a node: nodes within `depth` hops (either direction) reached over edges that pass the filters,
// and the passing edges among them. Past `limit` nodes, nearer rings come first and, within the ring that overflows,
// the nodes with the strongest ties (summed evidence count of passing edges to the kept nodes) are kept; equal ties
// keep the order the ring was found in, which the index fixes. Typed-array scratch, no per-node allocation.
import type { EntityKind, Polarity, RelationType } from "../extract/types.ts";
import type { KnowledgeGraph } from "./types.ts";
import { ENTITY_KINDS, POLARITIES, RELATION_TYPES } from "../extract/kinds.ts";
import { edgeJson, firstHigher, nextStamp, nodeJson, queryIndexFor, type QueryIndex } from "./queryIndex.ts";

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

/** The `room` items with the highest weight (ties: input order). Linear: a histogram finds the threshold weight. */
export function strongest(items: number[], weight: ArrayLike<number>, room: number): number[] {
  if (room <= 0) return [];
  const counts = new Int32Array(BUCKETS);
  for (const v of items) counts[Math.min(weight[v], BUCKETS - 1)]++;
  let threshold = BUCKETS - 1;
  let above = 0;
  for (; threshold > 0 && above + counts[threshold] < room; threshold--) above += counts[threshold];
  if (threshold === BUCKETS - 1) {
    // Everything kept is in the top bucket: rank those exactly (a stable sort keeps input order on ties).
    return items.filter((v) => weight[v] >= threshold).sort((a, b) => weight[b] - weight[a]).slice(0, room);
  }
  const out: number[] = [];
  let atThreshold = room - above;
  for (const v of items) {
    const w = Math.min(weight[v], BUCKETS - 1);
    if (w > threshold) out.push(v);
    else if (w === threshold && atThreshold > 0) {
      out.push(v);
      atThreshold--;
    }
  }
  return out;
}

export function neighborhood(ix: QueryIndex, center: number, opts: NeighborOptions): Neighborhood {
  const passes = edgeFilter(ix, opts);
  const kindMask = mask(ENTITY_KINDS, opts.kinds);
  const { adjStart, adjNode, adjEdge, edgeWeight, nodeKind, mark, ringMark, strength, edgeSource, tieEdge } = ix;
  const kept = nextStamp(ix);
  mark[center] = kept;
  const nodes = [center];
  let frontierStart = 0;
  let truncated = false;
  for (let d = 0; d < opts.depth && !truncated; d++) {
    const frontierEnd = nodes.length;
    if (frontierStart === frontierEnd) break;
    const inRing = nextStamp(ix);
    const ring: number[] = [];
    for (let i = frontierStart; i < frontierEnd; i++) {
      const u = nodes[i];
      for (let k = adjStart[u], end = adjStart[u + 1]; k < end; k++) {
        const v = adjNode[k];
        if (mark[v] === kept || !(kindMask & (1 << nodeKind[v]))) continue;
        const e = adjEdge[k];
        if (!passes(e)) continue;
        if (ringMark[v] !== inRing) {
          ringMark[v] = inRing;
          strength[v] = 0;
          tieEdge[v] = e;
          ring.push(v);
        } else if (edgeWeight[e] > edgeWeight[tieEdge[v]]) tieEdge[v] = e;
        strength[v] += edgeWeight[e];
      }
    }
    const room = opts.limit - nodes.length;
    let chosen = ring;
    if (ring.length > room) {
      truncated = true;
      chosen = strongest(ring, strength, room);
    }
    // Strongest first within the ring (stable: ring order on ties), so the answer reads best-first.
    chosen.sort((a, b) => strength[b] - strength[a]);
    for (const v of chosen) {
      mark[v] = kept;
      nodes.push(v);
    }
    frontierStart = frontierEnd;
  }
  let edges: number[] = [];
  for (const u of nodes) {
    // Each edge once, from its lower-ranked end (a self-loop from its only end): a hub reads only its few
    // higher-ranked neighbours; its edges to smaller nodes are read from their side.
    for (let k = firstHigher(ix, u), end = adjStart[u + 1]; k < end; k++) {
      const v = adjNode[k];
      if (mark[v] !== kept) continue;
      const e = adjEdge[k];
      if (passes(e)) edges.push(e);
    }
  }
  const edgeLimit = opts.edgeLimit ?? Infinity;
  if (edges.length > edgeLimit) {
    truncated = true;
    // The tie that brought each node in first, then the strongest others.
    // (Distinct per node: a tie joins its node to the ring before.)
    const chosen: number[] = [];
    for (let i = 1; i < nodes.length && chosen.length < edgeLimit; i++) chosen.push(tieEdge[nodes[i]]);
    const chosenSet = new Set(chosen);
    const rest = edges.filter((e) => !chosenSet.has(e));
    edges = chosen.concat(strongest(rest, edgeWeight, edgeLimit - chosen.length));
  }
  return { center, nodes, edges, truncated };
}

const COMMA = 0x2c;

/** The neighbourhood's answer body: the cached UTF-8 fragments copied once into one buffer (no temporary graph,
 * no stringify, no re-encoding of a long string). */
export function neighborhoodBody(ix: QueryIndex, hood: Neighborhood, depth: number): Buffer {
  const head = Buffer.from(`{"center":${JSON.stringify(ix.nodeIds[hood.center])},"depth":${depth},"truncated":${hood.truncated},"graph":{"nodes":[`);
  const middle = Buffer.from(`],"edges":[`);
  const tail = Buffer.from(`]}}`);
  const parts: Buffer[] = new Array(hood.nodes.length + hood.edges.length);
  let size = head.length + middle.length + tail.length;
  let i = 0;
  for (const u of hood.nodes) size += (parts[i++] = nodeJson(ix, u)).length + 1;
  for (const e of hood.edges) size += (parts[i++] = edgeJson(ix, e)).length + 1;
  const out = Buffer.allocUnsafe(size);
  const nodeCount = hood.nodes.length;
  let at = head.copy(out, 0);
  for (let k = 0; k < nodeCount; k++) {
    if (k > 0) out[at++] = COMMA;
    out.set(parts[k], at);
    at += parts[k].length;
  }
  at += middle.copy(out, at);
  for (let k = nodeCount; k < parts.length; k++) {
    if (k > nodeCount) out[at++] = COMMA;
    out.set(parts[k], at);
    at += parts[k].length;
  }
  at += tail.copy(out, at);
  return out.subarray(0, at);
}

/** Node ids within `depth` hops of `center`, unfiltered and unlimited. */
export function egoNodes(graph: KnowledgeGraph, center: string, depth: number): Set<string> {
  const ix = queryIndexFor({ graph });
  const c = ix.nodeIndex.get(center);
  if (c === undefined) return new Set();
  const hood = neighborhood(ix, c, { depth, limit: Number.MAX_SAFE_INTEGER });
  return new Set(hood.nodes.map((u) => ix.nodeIds[u]));
}

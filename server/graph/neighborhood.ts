// The ego subgraph of a node: nodes within `depth` hops (either direction) reached over edges that pass the filters,
// and the passing edges among them. Past `limit` nodes, nearer rings come first and, within the ring that overflows,
// the nodes with the strongest ties (evidence count on passing edges to the kept nodes) are kept.
import type { EntityKind, Polarity, RelationType } from "../extract/types.ts";
import type { KnowledgeGraph } from "./types.ts";
import { ENTITY_KINDS, POLARITIES, RELATION_TYPES } from "../extract/kinds.ts";
import { nextStamp, queryIndexFor, type QueryIndex } from "./queryIndex.ts";

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
  limit: number;
}

export interface Neighborhood {
  center: number;
  /** Kept node indices, center first, then ring by ring. */
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

// Packs (strength, node) into one float so that a plain numeric sort ranks candidates: strength up, then node down.
const NODE_SPAN = 2 ** 22;

export function neighborhood(ix: QueryIndex, center: number, opts: NeighborOptions): Neighborhood {
  const passes = edgeFilter(ix, opts);
  const kindMask = mask(ENTITY_KINDS, opts.kinds);
  const { adjStart, adjNode, adjEdge, edgeWeight, nodeKind, mark, edgeSource } = ix;
  const kept = nextStamp(ix);
  mark[center] = kept;
  const nodes = [center];
  let frontierStart = 0;
  let truncated = false;
  const strength = new Map<number, number>();
  for (let d = 0; d < opts.depth && !truncated; d++) {
    const frontierEnd = nodes.length;
    if (frontierStart === frontierEnd) break;
    strength.clear();
    for (let i = frontierStart; i < frontierEnd; i++) {
      const u = nodes[i];
      for (let k = adjStart[u], end = adjStart[u + 1]; k < end; k++) {
        const v = adjNode[k];
        if (mark[v] === kept || !(kindMask & (1 << nodeKind[v]))) continue;
        const e = adjEdge[k];
        if (!passes(e)) continue;
        strength.set(v, (strength.get(v) ?? 0) + edgeWeight[e]);
      }
    }
    const room = opts.limit - nodes.length;
    if (strength.size <= room) {
      for (const v of strength.keys()) {
        mark[v] = kept;
        nodes.push(v);
      }
      // Ring order: strongest first, like the truncated case, so that the answer does not depend on Map order.
      sortRing(nodes, frontierEnd, strength);
    } else {
      truncated = true;
      if (ix.nodeIds.length > NODE_SPAN) {
        const ring = [...strength.keys()].sort((a, b) => strength.get(b)! - strength.get(a)! || a - b).slice(0, room);
        for (const v of ring) {
          mark[v] = kept;
          nodes.push(v);
        }
        frontierStart = frontierEnd;
        continue;
      }
      const packed = new Float64Array(strength.size);
      let j = 0;
      for (const [v, s] of strength) packed[j++] = Math.min(s, 2 ** 30) * NODE_SPAN + (NODE_SPAN - 1 - v);
      packed.sort();
      for (let r = packed.length - 1; r >= packed.length - room; r--) {
        const v = NODE_SPAN - 1 - (packed[r] % NODE_SPAN);
        mark[v] = kept;
        nodes.push(v);
      }
    }
    frontierStart = frontierEnd;
  }
  const edges: number[] = [];
  for (const u of nodes) {
    for (let k = adjStart[u], end = adjStart[u + 1]; k < end; k++) {
      const e = adjEdge[k];
      // Each edge once: from its source's side.
      if (edgeSource[e] !== u || mark[adjNode[k]] !== kept || !passes(e)) continue;
      edges.push(e);
    }
  }
  return { center, nodes, edges, truncated };
}

function sortRing(nodes: number[], from: number, strength: Map<number, number>): void {
  const ring = nodes.slice(from).sort((a, b) => strength.get(b)! - strength.get(a)! || a - b);
  for (let i = 0; i < ring.length; i++) nodes[from + i] = ring[i];
}

/** The neighbourhood's answer body, built from cached JSON fragments rather than a temporary graph's export(). */
export function neighborhoodJson(ix: QueryIndex, hood: Neighborhood, depth: number, nodeJson: (u: number) => string, edgeJson: (e: number) => string): string {
  let out = `{"center":${JSON.stringify(ix.nodeIds[hood.center])},"depth":${depth},"truncated":${hood.truncated},"graph":{"nodes":[`;
  for (let i = 0; i < hood.nodes.length; i++) out += (i ? "," : "") + nodeJson(hood.nodes[i]);
  out += `],"edges":[`;
  for (let i = 0; i < hood.edges.length; i++) out += (i ? "," : "") + edgeJson(hood.edges[i]);
  return out + "]}}";
}

/** Node ids within `depth` hops of `center`, unfiltered and unlimited. */
export function egoNodes(graph: KnowledgeGraph, center: string, depth: number): Set<string> {
  const ix = queryIndexFor({ graph });
  const c = ix.nodeIndex.get(center);
  if (c === undefined) return new Set();
  const hood = neighborhood(ix, c, { depth, limit: Number.MAX_SAFE_INTEGER });
  return new Set(hood.nodes.map((u) => ix.nodeIds[u]));
}

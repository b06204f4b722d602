// Shortest paths between two nodes, undirected over the multigraph. A bidirectional breadth-first search (always
// growing the side whose frontier has fewer edges) finds the length L = a + b where the sides meet; every shortest
// path then crosses a node at distance a from the start and b from the end, and the paths are walked out from those
// nodes, neighbours in id order. Each hop takes the strongest of its parallel edges.
import { nextStamp, type QueryIndex } from "./queryIndex.ts";

export interface PathResult {
  /** Node indices from `from` to `to`. */
  nodes: number[];
  /** Edge indices, one per hop. */
  edges: number[];
}

export interface PathOptions {
  maxLength: number;
  maxPaths: number;
}

interface Side {
  seen: Uint32Array;
  stamp: number;
  dist: Int32Array;
  frontier: number[];
  depth: number;
}

/** The strongest edge between u and v (either direction): most evidence, then first in adjacency order. */
function bestEdge(ix: QueryIndex, u: number, v: number): number {
  let best = -1;
  for (let k = ix.adjStart[u], end = ix.adjStart[u + 1]; k < end; k++) {
    if (ix.adjNode[k] !== v) continue;
    const e = ix.adjEdge[k];
    if (best < 0 || ix.edgeWeight[e] > ix.edgeWeight[best]) best = e;
  }
  return best;
}

function frontierCost(ix: QueryIndex, frontier: number[]): number {
  let c = 0;
  for (const u of frontier) c += ix.adjStart[u + 1] - ix.adjStart[u];
  return c;
}

/** Grows one side by a level; true when it touched the other side. */
function grow(ix: QueryIndex, side: Side, other: Side): boolean {
  const { adjStart, adjNode } = ix;
  const next: number[] = [];
  const d = side.depth + 1;
  let met = false;
  for (const u of side.frontier) {
    for (let k = adjStart[u], end = adjStart[u + 1]; k < end; k++) {
      const v = adjNode[k];
      if (side.seen[v] === side.stamp) continue;
      side.seen[v] = side.stamp;
      side.dist[v] = d;
      next.push(v);
      if (other.seen[v] === other.stamp) met = true;
    }
  }
  side.frontier = next;
  side.depth = d;
  return met;
}

/** Nodes one hop nearer to a side's origin than u, in id order. */
function stepsBack(ix: QueryIndex, side: Side, u: number): number[] {
  const want = side.dist[u] - 1;
  const out = new Set<number>();
  for (let k = ix.adjStart[u], end = ix.adjStart[u + 1]; k < end; k++) {
    const v = ix.adjNode[k];
    if (side.seen[v] === side.stamp && side.dist[v] === want) out.add(v);
  }
  return [...out].sort((a, b) => (ix.nodeIds[a] < ix.nodeIds[b] ? -1 : ix.nodeIds[a] > ix.nodeIds[b] ? 1 : 0));
}

/** Every walk from u back to the side's origin, up to `cap` of them, each listed from u outwards. */
function walksBack(ix: QueryIndex, side: Side, u: number, cap: number): number[][] {
  if (side.dist[u] === 0) return [[u]];
  const out: number[][] = [];
  for (const v of stepsBack(ix, side, u)) {
    for (const rest of walksBack(ix, side, v, cap - out.length)) {
      out.push([u, ...rest]);
      if (out.length >= cap) return out;
    }
  }
  return out;
}

export function shortestPaths(ix: QueryIndex, from: number, to: number, opts: PathOptions): PathResult[] {
  if (from === to) return [{ nodes: [from], edges: [] }];
  const fwd: Side = { seen: ix.mark, stamp: nextStamp(ix), dist: ix.distA, frontier: [from], depth: 0 };
  const bwd: Side = { seen: ix.ringMark, stamp: nextStamp(ix), dist: ix.distB, frontier: [to], depth: 0 };
  fwd.seen[from] = fwd.stamp;
  fwd.dist[from] = 0;
  bwd.seen[to] = bwd.stamp;
  bwd.dist[to] = 0;
  let met = false;
  while (!met && fwd.depth + bwd.depth < opts.maxLength && fwd.frontier.length && bwd.frontier.length) {
    met = frontierCost(ix, fwd.frontier) <= frontierCost(ix, bwd.frontier) ? grow(ix, fwd, bwd) : grow(ix, bwd, fwd);
  }
  if (!met) return [];
  const a = fwd.depth;
  const b = bwd.depth;
  // The crossing nodes: at distance a from the start and b from the end, so in both frontiers; read the smaller.
  const mids = (fwd.frontier.length <= bwd.frontier.length ? fwd.frontier : bwd.frontier)
    .filter((v) => fwd.seen[v] === fwd.stamp && bwd.seen[v] === bwd.stamp && fwd.dist[v] === a && bwd.dist[v] === b)
    .sort((x, y) => (ix.nodeIds[x] < ix.nodeIds[y] ? -1 : ix.nodeIds[x] > ix.nodeIds[y] ? 1 : 0));
  const results: PathResult[] = [];
  for (const mid of mids) {
    for (const head of walksBack(ix, fwd, mid, opts.maxPaths)) {
      for (const tail of walksBack(ix, bwd, mid, opts.maxPaths - results.length)) {
        const nodes = [...head.reverse(), ...tail.slice(1)];
        head.reverse();
        results.push({ nodes, edges: nodes.slice(1).map((v, i) => bestEdge(ix, nodes[i], v)) });
        if (results.length >= opts.maxPaths) return results;
      }
    }
  }
  return results;
}

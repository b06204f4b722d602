// Shortest paths between two nodes, undirected over the multigraph: a breadth-first search that stops at the
// target's ring, then a walk back over nodes one hop nearer. Each hop takes the strongest of its parallel edges.
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

/** Distances from `from` (stamped in ix.mark), stopping once `to` is reached; null when farther than maxLength. */
function distances(ix: QueryIndex, from: number, to: number, maxLength: number): Int32Array | null {
  const { adjStart, adjNode, mark } = ix;
  const stamp = nextStamp(ix);
  const dist = new Int32Array(ix.nodeIds.length);
  mark[from] = stamp;
  let frontier = [from];
  for (let d = 1; d <= maxLength && frontier.length; d++) {
    const next: number[] = [];
    for (const u of frontier) {
      for (let k = adjStart[u], end = adjStart[u + 1]; k < end; k++) {
        const v = adjNode[k];
        if (mark[v] === stamp) continue;
        mark[v] = stamp;
        dist[v] = d;
        if (v === to) return dist;
        next.push(v);
      }
    }
    frontier = next;
  }
  return null;
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

export function shortestPaths(ix: QueryIndex, from: number, to: number, opts: PathOptions): PathResult[] {
  if (from === to) return [{ nodes: [from], edges: [] }];
  const dist = distances(ix, from, to, opts.maxLength);
  if (!dist) return [];
  const { adjStart, adjNode, mark } = ix;
  const stamp = ix.stamp.value;
  const at = (v: number) => (v === from ? 0 : mark[v] === stamp ? dist[v] : -1);
  const results: PathResult[] = [];
  // Depth-first from the target back to the source, over nodes exactly one hop nearer; neighbours in id order.
  const trail = [to];
  const walk = (u: number): void => {
    if (results.length >= opts.maxPaths) return;
    if (u === from) {
      const nodes = [...trail].reverse();
      const edges = nodes.slice(1).map((v, i) => bestEdge(ix, nodes[i], v));
      results.push({ nodes, edges });
      return;
    }
    const want = at(u) - 1;
    const seen = new Set<number>();
    const prev: number[] = [];
    for (let k = adjStart[u], end = adjStart[u + 1]; k < end; k++) {
      const v = adjNode[k];
      if (at(v) === want && !seen.has(v)) {
        seen.add(v);
        prev.push(v);
      }
    }
    prev.sort((a, b) => (ix.nodeIds[a] < ix.nodeIds[b] ? -1 : 1));
    for (const v of prev) {
      trail.push(v);
      walk(v);
      trail.pop();
      if (results.length >= opts.maxPaths) return;
    }
  };
  walk(to);
  return results;
}

// The overview of a graph too large to draw whole: its `limit` best-connected nodes (by degree, the index's rank;
// optionally of some kinds only) and the edges among them, the strongest past `edgeLimit`. What the explorer opens
// on when a store holds more than it can draw, and what a program asks for to see the shape of a large graph.
import type { EntityKind } from "../extract/types.ts";
import { ENTITY_KINDS } from "../extract/kinds.ts";
import { firstHigher, nextStamp, type QueryIndex } from "./queryIndex.ts";
import { strongestInPlace } from "./neighborhood.ts";

export interface OverviewOptions {
  /** Most nodes. */
  limit: number;
  /** Most edges: past it the strongest (evidence count) stay, in collection order. */
  edgeLimit: number;
  kinds?: readonly EntityKind[];
}

export interface Overview {
  /** Kept node indices, best-connected first. */
  nodes: number[];
  edges: number[];
  /** Nodes of the asked kinds or edges among them were left out. */
  truncated: boolean;
}

export function overview(ix: QueryIndex, opts: OverviewOptions): Overview {
  const { byRank, nodeKind, adjStart, adjNode, adjEdge, mark, edgeBuf, edgeWeight } = ix;
  const kinds = opts.kinds?.length ? new Set(opts.kinds.map((k) => ENTITY_KINDS.indexOf(k))) : null;
  const kept = nextStamp(ix);
  const nodes: number[] = [];
  let truncated = false;
  for (let i = byRank.length - 1; i >= 0; i--) {
    const u = byRank[i];
    if (kinds && !kinds.has(nodeKind[u])) continue;
    if (nodes.length === opts.limit) {
      truncated = true;
      break;
    }
    mark[u] = kept;
    nodes.push(u);
  }
  // Each edge among the kept nodes once, from its lower-ranked end (as neighbourhoods read them).
  let count = 0;
  for (const u of nodes) {
    for (let k = firstHigher(ix, u), end = adjStart[u + 1]; k < end; k++) if (mark[adjNode[k]] === kept) edgeBuf[count++] = adjEdge[k];
  }
  if (count > opts.edgeLimit) {
    truncated = true;
    count = strongestInPlace(edgeBuf, count, edgeWeight, opts.edgeLimit);
  }
  return { nodes, edges: Array.from(edgeBuf.subarray(0, count)), truncated };
}

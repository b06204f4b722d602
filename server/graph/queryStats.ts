// Counts of one graph state: nodes by kind, edges by relation type and stances by polarity.
import { ENTITY_KINDS, POLARITIES, RELATION_TYPES } from "../extract/kinds.ts";
import type { QueryIndex } from "./queryIndex.ts";

export interface GraphStats {
  nodes: number;
  edges: number;
  nodesByKind: Record<string, number>;
  edgesByType: Record<string, number>;
  stancesByPolarity: Record<string, number>;
}

const cache = new WeakMap<QueryIndex, GraphStats>();

export function graphStats(ix: QueryIndex): GraphStats {
  const known = cache.get(ix);
  if (known) return known;
  const kinds = new Array<number>(ENTITY_KINDS.length).fill(0);
  const types = new Array<number>(RELATION_TYPES.length).fill(0);
  const polarities = new Array<number>(POLARITIES.length + 1).fill(0);
  for (const k of ix.nodeKind) kinds[k]++;
  const stance = RELATION_TYPES.indexOf("stance");
  for (let e = 0; e < ix.edgeType.length; e++) {
    types[ix.edgeType[e]]++;
    if (ix.edgeType[e] === stance) polarities[ix.edgePolarity[e]]++;
  }
  const stats: GraphStats = {
    nodes: ix.nodeIds.length,
    edges: ix.edgeIds.length,
    nodesByKind: Object.fromEntries(ENTITY_KINDS.map((k, i) => [k, kinds[i]])),
    edgesByType: Object.fromEntries(RELATION_TYPES.map((t, i) => [t, types[i]])),
    stancesByPolarity: Object.fromEntries(POLARITIES.map((p, i) => [p, polarities[i + 1]])),
  };
  cache.set(ix, stats);
  return stats;
}

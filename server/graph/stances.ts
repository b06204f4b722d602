// Stances: who supports or opposes whom and what, with the quotes that say so.
import type { Polarity } from "../extract/types.ts";
import { POLARITIES, RELATION_TYPES } from "../extract/kinds.ts";
import type { QueryIndex } from "./queryIndex.ts";

export interface StanceQuery {
  holder?: number;
  target?: number;
  polarities?: readonly Polarity[];
}

const STANCE = RELATION_TYPES.indexOf("stance");

/** Stance edge indices matching the query, strongest (most evidence) first, then by edge id. */
export function findStances(ix: QueryIndex, q: StanceQuery): number[] {
  const polarityCodes = new Set((q.polarities ?? []).map((p) => POLARITIES.indexOf(p) + 1));
  const ok = (e: number) =>
    ix.edgeType[e] === STANCE &&
    (q.holder === undefined || ix.edgeSource[e] === q.holder) &&
    (q.target === undefined || ix.edgeTarget[e] === q.target) &&
    (polarityCodes.size === 0 || polarityCodes.has(ix.edgePolarity[e]));
  const found: number[] = [];
  // Start from the holder's or target's own edges when given: the cost follows that node's degree.
  const anchor = q.holder ?? q.target;
  if (anchor !== undefined) {
    for (let k = ix.adjStart[anchor], end = ix.adjStart[anchor + 1]; k < end; k++) if (ok(ix.adjEdge[k])) found.push(ix.adjEdge[k]);
  } else {
    for (let e = 0; e < ix.edgeIds.length; e++) if (ok(e)) found.push(e);
  }
  const unique = [...new Set(found)];
  return unique.sort((a, b) => ix.edgeWeight[b] - ix.edgeWeight[a] || (ix.edgeIds[a] < ix.edgeIds[b] ? -1 : 1));
}

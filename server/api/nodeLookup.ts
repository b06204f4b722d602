// A node id from a request, as a query-index number: an id that resolved into another node (see
// graph/resolveAcross.ts) means that node; an unknown id is a JSON 404.
import type { GraphState } from "./state.ts";
import type { QueryIndex } from "../graph/queryIndex.ts";
import { notFound } from "./errors.ts";

export function nodeIndexOf(state: GraphState, ix: QueryIndex, id: string): number {
  const u = ix.nodeIndex.get(state.canonical?.get(id) ?? id);
  if (u === undefined) throw notFound(`No node with id "${id}"`);
  return u;
}

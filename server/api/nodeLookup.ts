// A node id from a request, as a query-index number: an id that resolved into another node (see
// graph/resolveAcross.ts) means that node; an unknown id is a JSON 404.
import type { GraphState } from "./state.ts";
import type { QueryIndex } from "../graph/queryIndex.ts";
import { notFound } from "./errors.ts";
import { resolvedId } from "../graph/resolveAcross.ts";

export function nodeIndexOf(state: GraphState, ix: QueryIndex, id: string): number {
  const u = ix.nodeIndex.get(resolvedId(state.canonical, id));
  if (u === undefined) throw notFound(`No node with id "${id}"`);
  return u;
}

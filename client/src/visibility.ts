// Which nodes and edges pass the legend and filter choices.
import type { ViewEdge, ViewGraph, ViewNode } from "./graphModel.ts";
import type { ViewState } from "./viewState.ts";

export type ArticleDates = ReadonlyMap<string, string | null>;

/** True when at least one of the articles falls in the date range, or when none of them is known yet. An article
 * known to have no date is never in a range (the server's neighbours filter drops it too). */
export function inDateRange(articles: readonly string[], dates: ArticleDates, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  let anyKnown = false;
  for (const id of articles) {
    if (!dates.has(id)) continue;
    anyKnown = true;
    const date = dates.get(id);
    if (!date) continue;
    const day = date.slice(0, 10);
    if ((!from || day >= from) && (!to || day <= to)) return true;
  }
  return !anyKnown;
}

export function nodeVisible(node: ViewNode, state: ViewState, dates: ArticleDates): boolean {
  if (state.hiddenKinds.includes(node.kind)) return false;
  return inDateRange(node.articles, dates, state.from, state.to);
}

export function edgeVisible(edge: ViewEdge, state: ViewState, dates: ArticleDates): boolean {
  if (state.hiddenRelations.includes(edge.relation)) return false;
  if (edge.relation === "stance" && edge.polarity && state.hiddenPolarities.includes(edge.polarity)) return false;
  return inDateRange(edge.articles, dates, state.from, state.to);
}

/** Counts of what is shown, for the status line and the empty state. */
export function countVisible(graph: ViewGraph, state: ViewState, dates: ArticleDates): { nodes: number; edges: number } {
  let nodes = 0;
  let edges = 0;
  graph.forEachNode((_k, a) => {
    if (nodeVisible(a, state, dates)) nodes++;
  });
  graph.forEachEdge((_k, a, s, t, sa, ta) => {
    if (edgeVisible(a, state, dates) && nodeVisible(sa, state, dates) && nodeVisible(ta, state, dates)) edges++;
  });
  return { nodes, edges };
}

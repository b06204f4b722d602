// Which nodes and edges pass the legend and filter choices.
import type { ViewEdge, ViewGraph, ViewNode } from "./graphModel.ts";
import type { ViewState } from "./viewState.ts";

export type ArticleDates = ReadonlyMap<string, string | null>;

/** True when at least one of the articles falls in the date range, or when one of them is not known yet: not in
 * `dates`, or past the list (`total` articles of which only the first few came, as neighbourhoods send nodes). An
 * article known to have no date is never in a range (the server's neighbours filter drops it too). */
export function inDateRange(articles: readonly string[], dates: ArticleDates, from: string | null, to: string | null, total = articles.length): boolean {
  if (!from && !to) return true;
  if (invertedRange(from, to)) return false;
  if (total > articles.length) return true;
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

/** True when one of the days ("YYYY-MM-DD", or "first/last" for a run) falls in the range: exact, as the server's
 * neighbours filter, since neighbourhoods send an edge's days rather than its articles. */
export function daysInRange(days: readonly string[], from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (invertedRange(from, to)) return false;
  for (const span of days) {
    const cut = span.indexOf("/");
    const first = cut < 0 ? span : span.slice(0, cut);
    const last = cut < 0 ? span : span.slice(cut + 1);
    if ((!from || last >= from) && (!to || first <= to)) return true;
  }
  return false;
}

/** "From" after "To": no day is in such a range (nodes with articles not known yet must not slip through). */
export const invertedRange = (from: string | null, to: string | null): boolean => !!from && !!to && from > to;

export function nodeVisible(node: ViewNode, state: ViewState, dates: ArticleDates): boolean {
  if (state.hiddenKinds.includes(node.kind)) return false;
  return inDateRange(node.articles, dates, state.from, state.to, node.articleCount);
}

export function edgeVisible(edge: ViewEdge, state: ViewState, dates: ArticleDates): boolean {
  if (state.hiddenRelations.includes(edge.relation)) return false;
  if (edge.relation === "stance" && edge.polarity && state.hiddenPolarities.includes(edge.polarity)) return false;
  return edge.dates ? daysInRange(edge.dates, state.from, state.to) : inDateRange(edge.articles, dates, state.from, state.to);
}

/** Counts of what is shown, for the status line and the empty state; with `within`, of what is shown among those
 * nodes and edges only (a selection's neighbourhood inside a bigger view). */
export function countVisible(graph: ViewGraph, state: ViewState, dates: ArticleDates, within?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }): { nodes: number; edges: number } {
  let nodes = 0;
  let edges = 0;
  graph.forEachNode((k, a) => {
    if ((!within || within.nodes.has(k)) && nodeVisible(a, state, dates)) nodes++;
  });
  graph.forEachEdge((k, a, s, t, sa, ta) => {
    if ((!within || within.edges.has(k)) && edgeVisible(a, state, dates) && nodeVisible(sa, state, dates) && nodeVisible(ta, state, dates)) edges++;
  });
  return { nodes, edges };
}

/** Nodes of each kind that pass every filter but the legend's own: what the legend counts, so that its numbers follow
 * the dates and stay readable for a kind it hides. */
export function countByKind(graph: ViewGraph, state: ViewState, dates: ArticleDates): Map<ViewNode["kind"], number> {
  const open = { ...state, hiddenKinds: [] };
  const counts = new Map<ViewNode["kind"], number>();
  graph.forEachNode((_k, a) => {
    if (nodeVisible(a, open, dates)) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  });
  return counts;
}

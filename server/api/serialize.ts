// The JSON shapes the API answers with, built from the graph.
import type { GraphState } from "./state.ts";
import type { ArticleRecord, EdgeAttributes } from "../graph/types.ts";
import { sentenceAround } from "../graph/sentence.ts";
import { quotesBy, type QuoteLookup } from "./quotes.ts";
import { strongest } from "../graph/neighborhood.ts";
import { graphJsonChunks } from "../export/json.ts";
import type { Chunks } from "../export/chunks.ts";

export interface ArticleSummary {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
}

export const articleSummary = (a: ArticleRecord): ArticleSummary => ({ id: a.id, title: a.title, date: a.date, source: a.source });

export function edgeView(state: GraphState, key: string) {
  const { graph } = state;
  const a: EdgeAttributes = graph.getEdgeAttributes(key);
  const source = graph.source(key);
  const target = graph.target(key);
  return {
    id: key,
    source,
    target,
    sourceLabel: graph.getNodeAttribute(source, "label"),
    targetLabel: graph.getNodeAttribute(target, "label"),
    ...a,
    curated: a.curated ?? [],
  };
}

/** The articles that a set of evidence items cites, keyed by id. */
export function articlesCited(state: GraphState, ids: Iterable<string>): Record<string, ArticleSummary> {
  const out: Record<string, ArticleSummary> = {};
  for (const id of [...new Set(ids)].sort()) {
    const a = state.articles.get(id);
    if (a) out[id] = articleSummary(a);
  }
  return out;
}

/** The whole graph in graphology's serialized form, with each article's date beside it for the client's date filter,
 * and the ids that resolved into other nodes, so that a link naming an old id still finds its node. */
export function graphView(state: GraphState) {
  return { ...state.graph.export(), ...graphViewTail(state) };
}

function graphViewTail(state: GraphState) {
  const articles: Record<string, string | null> = {};
  for (const [id, a] of state.articles) articles[id] = a.date;
  return { articles, resolved: Object.fromEntries(state.canonical ?? []) };
}

/** JSON.stringify(graphView(state)), a chunk at a time (GET /api/graph streams it). */
export function graphViewChunks(state: GraphState): Chunks {
  const { articles, resolved } = graphViewTail(state);
  return graphJsonChunks(state.graph, [["articles", articles], ["resolved", resolved]]);
}

/**
 * One node with what stands behind it. A hub is in thousands of articles: past `limit`, each list stops (the
 * strongest edges by evidence count, in graph order; the first mentions and quotes in article order), and `totals`
 * says how many there are.
 */
export function nodeView(state: GraphState, id: string, quoteLookup: QuoteLookup, limit = Infinity) {
  const { graph } = state;
  const a = graph.getNodeAttributes(id);
  const allMentions = state.mentions?.(id) ?? [];
  const mentions = allMentions.slice(0, limit).map((m) => {
    const article = state.articles.get(m.article);
    const sentence = article ? sentenceAround(article, m.start, m.end) : { start: m.start, end: m.start, text: "" };
    return { ...m, sentence: { article: m.article, ...sentence } };
  });
  const keys = graph.edges(id);
  const kept = keys.length > limit ? strongest(keys.map((_, i) => i), keys.map((k) => graph.getEdgeAttributes(k).evidence.length), limit).map((i) => keys[i]) : keys;
  const edges = kept.map((k) => edgeView(state, k));
  const quotes = quotesBy(state, quoteLookup, id, state.quotedIn?.(id) ?? a.articles);
  return {
    node: { id, kind: a.kind, label: a.label, aliases: a.aliases, mentionCount: a.mentionCount, articles: a.articles, curated: a.curated ?? [] },
    mentions,
    edges,
    quotes: quotes.slice(0, limit),
    articles: articlesCited(state, [...a.articles, ...edges.flatMap((e) => e.articles)]),
    totals: { edges: keys.length, mentions: allMentions.length, quotes: quotes.length },
    truncated: keys.length > limit || allMentions.length > limit || quotes.length > limit,
  };
}

// The quotes behind a node or a stance. They stay out of the in-memory graph (its heap per edge is budgeted) and are
// read per article when asked for: from the store, or from a lookup given to createApp.
import type { Quote } from "../extract/types.ts";
import type { ArticleRecord, Evidence } from "../graph/types.ts";
import type { GraphState } from "./state.ts";
import { sentenceAround } from "../graph/sentence.ts";
import { resolvedId } from "../graph/resolveAcross.ts";

/** One article's quotes as the extractor gave them (none for an unknown article). */
export type QuoteLookup = (articleId: string) => readonly Quote[];

export interface QuoteView {
  article: string;
  /** The quoted or reported words. */
  text: string;
  start: number;
  end: number;
  /** Inside quotation marks (else reported speech). */
  direct: boolean;
  /** The speech verb ("said", "warned"). */
  cue: { start: number; end: number; text: string };
  /** The sentence(s) holding the words, so the words can be shown in context. */
  sentence: Evidence;
}

/** The node a quote's speaker is: a quote names its speaker by its article's own entity id, which may have resolved
 * into another article's entity. */
function speakerNode(state: GraphState, article: string, q: Quote): string | null {
  if (q.speaker === null) return null;
  return state.nodeOf ? state.nodeOf(article, q.speaker) : resolvedId(state.canonical, q.speaker);
}

/** A lookup that reads each article at most once: one request often cites the same article many times. */
export function memoized(lookup: QuoteLookup | undefined): QuoteLookup {
  if (!lookup) return () => [];
  const seen = new Map<string, readonly Quote[]>();
  return (id) => {
    let quotes = seen.get(id);
    if (!quotes) seen.set(id, (quotes = lookup(id)));
    return quotes;
  };
}

function quoteView(article: ArticleRecord, q: Quote): QuoteView {
  const sentence = sentenceAround(article, q.content.start, q.content.end);
  return {
    article: article.id,
    text: article.text.slice(q.content.start, q.content.end),
    start: q.content.start,
    end: q.content.end,
    direct: q.direct,
    cue: { start: q.cue.start, end: q.cue.end, text: article.text.slice(q.cue.start, q.cue.end) },
    sentence: { article: article.id, ...sentence },
  };
}

/** What `speaker` says in the given articles, in article order and then text order. */
export function quotesBy(state: GraphState, lookup: QuoteLookup, speaker: string, articles: readonly string[]): QuoteView[] {
  const out: QuoteView[] = [];
  for (const id of articles) {
    const record = state.articles.get(id);
    if (!record) continue;
    const own = lookup(id).filter((q) => speakerNode(state, id, q) === speaker);
    own.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
    for (const q of own) out.push(quoteView(record, q));
  }
  return out;
}

/** The holder's quotes that overlap a stance's evidence spans: the words in which the stance was taken. */
export function quotesInEvidence(state: GraphState, lookup: QuoteLookup, holder: string, evidence: readonly Evidence[]): QuoteView[] {
  const out: QuoteView[] = [];
  const seen = new Set<string>();
  for (const ev of evidence) {
    const record = state.articles.get(ev.article);
    if (!record) continue;
    for (const q of lookup(ev.article)) {
      if (speakerNode(state, ev.article, q) !== holder || q.content.end <= ev.start || q.content.start >= ev.end) continue;
      const key = `${ev.article}:${q.content.start}:${q.content.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(quoteView(record, q));
    }
  }
  return out;
}

// The sentence around a mention, cut by the extractor's own sentence splitter so that a node's context sentences
// agree with its edges' evidence. Each article is split once and kept while its record lives.
import { findSentence, splitSentences, type Sentence } from "../extract/sentences.ts";
import type { ArticleRecord } from "./types.ts";

const split = new WeakMap<ArticleRecord, Sentence[]>();

export function sentenceAround(article: ArticleRecord, start: number, end: number): { start: number; end: number; text: string } {
  let sentences = split.get(article);
  if (!sentences) split.set(article, (sentences = splitSentences(article.text)));
  const s = findSentence(sentences, start);
  // A span the splitter did not cover (odd input) still shows as itself.
  const from = s && s.start <= start ? s.start : start;
  const to = s && s.end >= end ? s.end : end;
  return { start: from, end: to, text: article.text.slice(from, to) };
}

// One piece of evidence: the sentence with its mention marked, and where it comes from. Text nodes only.
import type { ArticleInfo } from "./apiTypes.ts";
import { h } from "./dom.ts";

export type Range = [number, number];

/** Ranges of `terms` in `text`, case-insensitive, longest first, without overlaps. */
export function findTerms(text: string, terms: readonly string[]): Range[] {
  const lower = text.toLowerCase();
  const ranges: Range[] = [];
  const sorted = [...new Set(terms.filter((t) => t.trim().length > 1))].sort((a, b) => b.length - a.length);
  for (const term of sorted) {
    const t = term.toLowerCase();
    for (let i = lower.indexOf(t); i !== -1; i = lower.indexOf(t, i + t.length)) {
      // Whole words only: "Russia" is not marked inside "Russian".
      if (isWordChar(lower[i - 1]) || isWordChar(lower[i + t.length])) continue;
      const r: Range = [i, i + t.length];
      if (!ranges.some(([s, e]) => r[0] < e && s < r[1])) ranges.push(r);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The sentence as text nodes, with each range inside a <mark>. */
export function markedSentence(text: string, ranges: readonly Range[]): HTMLElement {
  const q = h("span", { className: "sentence" });
  let at = 0;
  for (const [rawStart, rawEnd] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(at, Math.min(text.length, rawStart));
    const end = Math.max(start, Math.min(text.length, rawEnd));
    if (end <= start) continue;
    if (start > at) q.appendChild(document.createTextNode(text.slice(at, start)));
    q.appendChild(h("mark", null, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) q.appendChild(document.createTextNode(text.slice(at)));
  return q;
}

export function articleLine(articleId: string, article: ArticleInfo | undefined): HTMLElement {
  const parts = [article?.title || articleId, article?.date, article?.source].filter(Boolean) as string[];
  return h("cite", { className: "article", attrs: { title: articleId } }, parts.join(" · "));
}

export function evidenceItem(text: string, ranges: readonly Range[], articleId: string, article: ArticleInfo | undefined): HTMLLIElement {
  return h("li", { className: "evidence" }, markedSentence(text, ranges), articleLine(articleId, article));
}

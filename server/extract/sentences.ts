// Sentence splitting with exact offsets; paragraphs are blank-line or single-newline separated blocks.
import type { Span } from "./types.ts";
import { ABBREVIATIONS } from "./lexicon/abbreviations.ts";
import { spanAt } from "./text.ts";

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}


/** Splits text[from..] into sentences. Never returns an empty or out-of-range span. */
export function splitSentences(text: string, from = 0): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = from;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, index: out.length, paragraph });
  };
  const n = text.length;
  for (let i = from; i < n; i++) {
    const ch = text[i];
    if (ch === "\n") {
      push(start, i);
      start = i + 1;
      paragraph++;
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    // Take closing quotes and brackets that follow the stop.
    let j = i + 1;
    while (j < n && /["”’')\]]/.test(text[j])) j++;
    if (j < n && !/\s/.test(text[j])) continue;
    let k = j;
    while (k < n && (text[k] === " " || text[k] === "\t")) k++;
    if (k >= n || text[k] === "\n") { push(start, j); start = j; i = j - 1; continue; }
    const next = text[k];
    if (!/[A-Z0-9"“‘'(\[À-Þ]/.test(next)) continue;
    if (ch === ".") {
      const word = /([A-Za-z]+)\.?$/.exec(text.slice(Math.max(start, i - 12), i + 1).replace(/\.$/, ""))?.[1] ?? "";
      if (ABBREVIATIONS.has(word.toLowerCase()) && j === i + 1) continue;
      if (/^[A-Z]$/.test(word) && j === i + 1) continue; // initials: "J. Smith", "U.S. officials"
    }
    push(start, j);
    start = j;
    i = j - 1;
  }
  push(start, n);
  return out;
}

/** The sentence holding an offset; offsets between sentences belong to the previous one. */
export function findSentence(sentences: Sentence[], offset: number): Sentence | undefined {
  const { hit, before } = spanAt(sentences, offset);
  return hit ?? sentences[Math.max(0, Math.min(sentences.length - 1, before))];
}

// Quotation-mark segments: where the text is inside quotation marks, paragraph by paragraph.
import type { Span } from "./types.ts";
import { spanAt } from "./text.ts";

export interface QuotedSegment extends Span {
  /** The words inside the marks. */
  inner: Span;
  /** The paragraph ended before the closing mark (a quote that runs on into the next paragraph). */
  open: boolean;
}

interface Mark {
  length: number;
  close: string;
}

/** The opening mark starting at i, if any: “ " « „ '' and ‘ (the single ones only at a word start). */
function openerAt(text: string, i: number): Mark | null {
  const ch = text[i];
  const prev = i > 0 ? text[i - 1] : " ";
  const wordBefore = /[\p{L}\p{N}]/u.test(prev);
  if (ch === "“") return { length: 1, close: "”" };
  if (ch === "«") return { length: 1, close: "»" };
  if (ch === "„") return { length: 1, close: "“" };
  if (ch === "\"") return wordBefore || /[,.!?]/.test(prev) ? null : { length: 1, close: "\"" };
  if (ch === "'" && text[i + 1] === "'" && !wordBefore) return { length: 2, close: "''" };
  if (ch === "‘" && !wordBefore) return { length: 1, close: "’" };
  return null;
}

/** Whether the closing mark at j really closes (a ’ followed by a letter is an apostrophe). */
function closesAt(text: string, j: number, close: string): boolean {
  if (!text.startsWith(close, j)) return false;
  if (close === "’" || close === "''") return !/[\p{L}]/u.test(text[j + close.length] ?? " ");
  return true;
}

/** Finds quoted segments; a quote left open runs to the end of its paragraph. */
export function findQuoted(text: string, from = 0): QuotedSegment[] {
  const out: QuotedSegment[] = [];
  let i = from;
  const n = text.length;
  while (i < n) {
    const mark = openerAt(text, i);
    if (!mark) { i++; continue; }
    const innerStart = i + mark.length;
    let j = innerStart;
    while (j < n && text[j] !== "\n" && !closesAt(text, j, mark.close)) j++;
    if (j < n && text[j] !== "\n") {
      if (j > innerStart) out.push({ start: i, end: j + mark.close.length, inner: { start: innerStart, end: j }, open: false });
      i = j + mark.close.length;
    } else {
      // Single marks left open are apostrophes, not quotes.
      if (j > innerStart && mark.close !== "’") out.push({ start: i, end: j, inner: { start: innerStart, end: j }, open: true });
      i = mark.close === "’" ? i + 1 : Math.max(j, i + 1);
    }
  }
  return out;
}

/** The segment holding an offset, if any (segments sorted by start). */
export function inQuoted(segments: QuotedSegment[], offset: number): QuotedSegment | undefined {
  return spanAt(segments, offset).hit;
}

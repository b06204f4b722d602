// Quotation-mark segments: where the text is inside quotation marks, paragraph by paragraph.
import type { Span } from "./types.ts";

export interface QuotedSegment extends Span {
  /** The words inside the marks. */
  inner: Span;
  /** The paragraph ended before the closing mark (a quote that runs on into the next paragraph). */
  open: boolean;
}

const OPENERS = new Set(["“", "\"", "«", "„"]);
const CLOSERS: Record<string, string> = { "“": "”", "\"": "\"", "«": "»", "„": "“" };

/** Finds quoted segments; a quote left open runs to the end of its paragraph. */
export function findQuoted(text: string, from = 0): QuotedSegment[] {
  const out: QuotedSegment[] = [];
  let i = from;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (!OPENERS.has(ch)) { i++; continue; }
    // A straight quote right after a word char is a closing or inch mark, not an opener.
    if (ch === "\"" && i > 0 && /[\p{L}\p{N},.!?]/u.test(text[i - 1])) { i++; continue; }
    const close = CLOSERS[ch];
    let j = i + 1;
    while (j < n && text[j] !== close && text[j] !== "\n" && !(ch !== "\"" && text[j] === "“" && close !== "“")) j++;
    if (j < n && text[j] === close) {
      if (j > i + 1) out.push({ start: i, end: j + 1, inner: { start: i + 1, end: j }, open: false });
      i = j + 1;
    } else {
      const end = j;
      if (end > i + 1) out.push({ start: i, end, inner: { start: i + 1, end }, open: true });
      i = Math.max(j, i + 1);
    }
  }
  return out;
}

/** Whether an offset falls inside any segment (segments sorted by start). */
export function inQuoted(segments: QuotedSegment[], offset: number): QuotedSegment | undefined {
  let lo = 0, hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

// Small text helpers shared by the extraction stages.
import type { Span } from "./types.ts";

/** Lower-case ASCII slug: accents stripped, words joined by "-". */
export function slug(s: string): string {
  return fold(s)
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Strips accents so spelling variants with and without diacritics compare equal. */
export function fold(s: string): string {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}

/** Comparison key for names: folded, lower case, no possessive, British "defence" as "defense". */
export function nameKey(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = computeKey(s);
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(s, k);
  }
  return k;
}
const keyCache = new Map<string, string>();
// Plain words (most names): folding and the substitutions below would change nothing but the case.
const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
function computeKey(s: string): string {
  if (PLAIN.test(s)) {
    const lower = s.toLowerCase();
    if (!lower.includes("defence")) return lower.startsWith("the ") ? lower.slice(4) : lower;
  }
  return fold(s)
    .toLowerCase()
    .replace(/[‘’ʼ]/g, "'")
    .replace(/'s\b|'\B/g, "")
    .replace(/defence/g, "defense")
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/^the /, "")
    .trim();
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const inside = (a: Span, outer: Span): boolean => a.start >= outer.start && a.end <= outer.end;

/** Trims whitespace off both ends of a span. */
export function trimSpan(text: string, s: number, e: number): Span {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

export const QUOTE_OPEN = /["“”«„]/;
export const isUpper = (ch: string | undefined): boolean => !!ch && ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** Zelensky/Zelenskyy, Gaddafi/Qaddafi, Touati/Toutai: one edit (or one swap of neighbours) apart on long names. */
export function closeSpelling(a: string, b: string): boolean {
  if (a.length < 6 || b.length < 6 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0, j = 0, edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    // Two letters swapped (Touati/Toutai) count as one edit.
    else if (a[i + 1] === b[j] && a[i] === b[j + 1]) { i += 2; j += 2; }
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Binary search over spans sorted by start that do not overlap: the span holding `offset` (if any), and the index of
 * the last span starting at or before it (-1 when none does). */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): { hit: T | undefined; before: number } {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return { hit: s, before: mid };
  }
  return { hit: undefined, before: lo - 1 };
}

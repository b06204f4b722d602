// Word tokens with exact offsets. Possessive "'s" becomes its own token; "U.S." stays one token.
import type { Span } from "./types.ts";

export interface Token extends Span {
  text: string;
  lower: string;
}

const TOKEN = /(?:[A-Z]\.){2,}|[\p{L}\p{N}]+(?:[-&.][\p{L}\p{N}]+)*|['’]s\b|n['’]t\b|[^\s]/gu;

export function tokenize(text: string, span: Span): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(TOKEN)) {
    const start = span.start + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return out;
}

export const isCapitalised = (t: Token): boolean => /^[\p{Lu}]/u.test(t.text);
export const isAcronym = (t: Token): boolean => /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,6}$/.test(t.text);

// Fixes to the tagger's spans. Honorifics stay outside person names (CoNLL's convention): Reuters rarely
// writes "Mr", so the model has seldom seen it and may take it into the name; a name that starts with one is
// a person. Two same-type names with only a space between are one name ("Ground" "Zero"): the model splits
// such runs far more often than writers put two names side by side.
import type { NameSpan } from "./tagger.ts";

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Messrs|MR|MRS|MS|DR)\.?\s+/;

export function trimHonorifics(text: string, spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const s of spans) {
    const m = HONORIFIC.exec(text.slice(s.start, s.end));
    if (m && m[0].length < s.end - s.start) out.push({ start: s.start + m[0].length, end: s.end, type: "PER" });
    else if (!m) out.push(s);
  }
  return out;
}

export function mergeAdjacent(text: string, spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === s.type && s.start === prev.end + 1 && text[prev.end] === " ") prev.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

// Punctuation at either end of a name is the tagger straying ("Xstrata," or a quote mark); a span with no
// letter or digit is no name. A final period stays ("Corp.").
const EDGE_START = /^[\s,;:!?"“”‘’'()[\]{}&*\-—–/]+/u;
const EDGE_END = /[\s,;:!?"“”‘’'()[\]{}&*\-—–/]+$/u;
const NAME_CHAR = /[\p{L}\p{N}]/u;

export function trimPunctuation(text: string, spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    const lead = EDGE_START.exec(name)?.[0].length ?? 0;
    const trail = EDGE_END.exec(name)?.[0].length ?? 0;
    const start = s.start + lead;
    const end = Math.max(start, s.end - trail);
    if (NAME_CHAR.test(text.slice(start, end))) out.push(lead || trail ? { start, end, type: s.type } : s);
  }
  return out;
}

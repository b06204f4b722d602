// The sentence around a span of an article, for showing a mention in context.
const BOUNDARY = /[.!?]["\u201d']?\s|\n/g;

export function sentenceAround(text: string, start: number, end: number): { start: number; end: number; text: string } {
  let s = 0;
  let e = text.length;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const after = m.index + m[0].length;
    if (after <= start) s = after;
    else if (m.index >= end - 1) {
      e = m[0] === "\n" ? m.index : m.index + m[0].trimEnd().length;
      break;
    }
  }
  while (s < start && /\s/.test(text[s])) s++;
  return { start: s, end: e, text: text.slice(s, e) };
}

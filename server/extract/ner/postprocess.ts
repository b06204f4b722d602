// Corrections applied to the tagger's spans: honorifics stay outside person names (CoNLL's convention;
// Reuters rarely writes "Mr", so the model has seldom seen it), and one name keeps one type per document.
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

// Majority type per surface string; ties keep the tagger's choice.
export function voteTypes(text: string, spans: NameSpan[]): NameSpan[] {
  const votes = new Map<string, Map<string, number>>();
  for (const s of spans) {
    const key = text.slice(s.start, s.end);
    const v = votes.get(key) ?? new Map<string, number>();
    v.set(s.type, (v.get(s.type) ?? 0) + 1);
    votes.set(key, v);
  }
  return spans.map((s) => {
    const v = votes.get(text.slice(s.start, s.end))!;
    if (v.size < 2) return s;
    let best = s.type;
    let bestCount = v.get(s.type)!;
    for (const [type, count] of v) if (count > bestCount) (best = type as NameSpan["type"]), (bestCount = count);
    return best === s.type ? s : { ...s, type: best };
  });
}

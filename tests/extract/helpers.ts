// Shared helpers for the extractor tests: run extract and look things up by surface text.
import { extract } from "../../server/extract/index.ts";
import type { Extraction, Relation } from "../../server/extract/types.ts";

export function run(text: string) {
  const out: Extraction = extract(text);
  const byText = (surface: string) => out.entities.find((e) => e.mentions.some((m) => text.slice(m.start, m.end) === surface));
  const idOf = (surface: string) => byText(surface)?.id;
  const mentionsOf = (id: string | undefined) => (out.entities.find((e) => e.id === id)?.mentions ?? []).map((m) => text.slice(m.start, m.end));
  const rel = (source: string | undefined, type: Relation["type"], target: string | undefined) =>
    out.relations.find((r) => r.source === source && r.type === type && r.target === target);
  const slice = (s: { start: number; end: number } | null | undefined) => (s ? text.slice(s.start, s.end) : null);
  return { out, byText, idOf, mentionsOf, rel, slice };
}

/** Every span in an extraction lies inside the text and is non-empty. */
export function spansValid(text: string, out: Extraction): boolean {
  const spans = [
    ...out.entities.flatMap((e) => e.mentions),
    ...out.relations.flatMap((r) => r.evidence),
    ...out.quotes.flatMap((q) => [q.cue, q.content, ...(q.speakerSpan ? [q.speakerSpan] : [])]),
  ];
  const ok = (s: { start: number; end: number }) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= text.length;
  return spans.every(ok) && out.relations.every((r) => r.evidence.every((e) => text.slice(e.start, e.end) === e.text));
}

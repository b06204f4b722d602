// Final shape: the contract's Extraction with deterministic ordering and only valid spans.
import type { ArticleMeta, Entity, Extraction, Quote, Relation } from "./types.ts";
import type { EntityTable } from "./entities.ts";

export function assemble(text: string, article: ArticleMeta, table: EntityTable, relations: Relation[], quotes: Quote[]): Extraction {
  const valid = (s: { start: number; end: number }) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= text.length;
  const entities: Entity[] = [];
  for (const e of table.byId.values()) {
    const mentions = e.mentions.filter(valid).sort((a, b) => a.start - b.start || a.end - b.end);
    // A "name" with no letter or digit (a stray "." from "Gov.") names nothing.
    if (!mentions.length || !/[\p{L}\p{N}]/u.test(e.name)) continue;
    // Sentence punctuation caught at an alias's edge (". Trump", "Donald Trump.") is not part of it; an
    // abbreviation's own point ("Jr.", "Gov. Malloy") stays.
    const aliases = [...e.aliases]
      .map((a) => a.replace(/\s+/g, " ").trim().replace(/^[.,;:!?)\]]+\s*/, ""))
      .filter((a, _i, all) => a && a !== e.name && !(a.endsWith(".") && [e.name, ...all].includes(a.slice(0, -1))));
    entities.push({ id: e.id, kind: e.kind, name: e.name, aliases: [...new Set(aliases)].sort(), mentions });
  }
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start || a.id.localeCompare(b.id));
  const ids = new Set(entities.map((e) => e.id));
  const rels = relations
    // The stages read a copy with markup blanked out (mask.ts); evidence quotes the input itself, as the contract says.
    .map((r) => ({ ...r, evidence: r.evidence.filter(valid).map((e) => ({ ...e, text: text.slice(e.start, e.end) })).sort((a, b) => a.start - b.start) }))
    .filter((r) => r.evidence.length && ids.has(r.source) && ids.has(r.target) && r.source !== r.target)
    .sort((a, b) => a.type.localeCompare(b.type) || a.source.localeCompare(b.source) || a.target.localeCompare(b.target) || (a.attributes.act ?? "").localeCompare(b.attributes.act ?? ""));
  const qs = quotes
    .filter((q) => valid(q.cue) && valid(q.content) && (!q.speakerSpan || valid(q.speakerSpan)))
    .map((q) => ({ ...q, speaker: q.speaker && ids.has(q.speaker) ? q.speaker : null }));
  return { article, entities, relations: rels, quotes: qs };
}

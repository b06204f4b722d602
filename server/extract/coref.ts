// Coreference: personal pronouns, epithets ("the Ukrainian leader") and "his country" attach to entities.
import type { Sentence } from "./sentences.ts";
import type { EntityTable, EntityRec, MentionRef } from "./entities.ts";
import { inQuoted, type QuotedSegment } from "./quoted.ts";
import { DEMONYMS, COUNTRY_NAMES } from "./lexicon/countries.ts";
import { EPITHET_HEADS } from "./lexicon/titles.ts";
import { nameKey } from "./text.ts";

const PERSON_PRONOUN = /\b(he|him|his|himself|she|her|hers|herself)\b/gi;
const EPITHET = /\b(?:the|The)\s+((?:[A-Z][a-z]+|[A-Z]{2,})(?:['’]s)?\s+)?((?:former|new|veteran|embattled|outgoing|deputy|prime|foreign|defen[cs]e|top)\s+)?([a-z]+)\b/g;
const OWN_COUNTRY = /\b(his|her|their)\s+(country|nation|government|state|homeland)\b/gi;

/** Adds pronoun, epithet and "his country" mentions to the table. */
export function resolveCoreference(text: string, sentences: Sentence[], quoted: QuotedSegment[], table: EntityTable): void {
  const trail = new PersonTrail(table.ordered().filter((r) => table.get(r.id)?.kind === "person" && !inQuoted(quoted, r.start)));
  const add = (e: EntityRec, start: number, end: number, form: "nominal" | "pronoun", sentence: number, alias?: string) => {
    table.mention(e, { start, end }, form, sentence, alias);
    trail.insert({ start, end, id: e.id, form, sentence });
  };
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    // Epithets first: they give later pronouns an antecedent.
    for (const m of slice.matchAll(EPITHET)) {
      const head = m[3];
      if (!EPITHET_HEADS.has(head)) continue;
      const start = s.start + (m.index ?? 0);
      const end = start + m[0].length;
      if (inQuoted(quoted, start)) continue;
      const country = m[1] ? countryOf(m[1].trim().replace(/['’]s$/, ""), table) : null;
      const target = pickEpithet(trail.before(start, 200), table, country, head);
      if (target) add(target, start, end, "nominal", s.index, m[0]);
    }
    for (const m of slice.matchAll(PERSON_PRONOUN)) {
      const start = s.start + (m.index ?? 0);
      if (inQuoted(quoted, start)) continue;
      const target = antecedent(text, s, start, trail, table);
      if (target) add(target, start, start + m[0].length, "pronoun", s.index);
    }
    for (const m of slice.matchAll(OWN_COUNTRY)) {
      const start = s.start + (m.index ?? 0);
      if (inQuoted(quoted, start)) continue;
      const owner = table.at({ start, end: start + m[1].length });
      const person = table.get(owner?.id);
      const aff = person?.titles.find((t) => t.affiliation && table.get(t.affiliation)?.kind === "country")?.affiliation;
      const country = table.get(aff);
      if (country) table.mention(country, { start, end: start + m[0].length }, "nominal", s.index);
    }
  }
}

function countryOf(word: string, table: EntityTable): string | null {
  const info = DEMONYMS.get(word) ?? COUNTRY_NAMES.get(word);
  if (info) return `country:${nameKey(info.name).replace(/ /g, "-")}`;
  const known = [...table.byId.values()].find((e) => e.kind !== "person" && nameKey(e.name) === nameKey(word));
  return known?.id ?? null;
}

/** The most recent person matching the epithet's country and office. */
function pickEpithet(before: MentionRef[], table: EntityTable, country: string | null, head: string): EntityRec | undefined {
  for (let i = before.length - 1; i >= 0; i--) {
    const e = table.get(before[i].id)!;
    if (country && !e.titles.some((t) => t.affiliation === country)) continue;
    if (!country && !e.titles.some((t) => t.title.toLowerCase().includes(head))) continue;
    return e;
  }
  return undefined;
}

/** Cataphora for "For his part, X", else the most recent person outside quotes. */
function antecedent(text: string, s: Sentence, at: number, trail: PersonTrail, table: EntityTable): EntityRec | undefined {
  if (/^(?:For|In|During|On|After|At|With|Despite)$/i.test(text.slice(s.start, at).trim())) {
    const after = trail.firstAfter(at, (r) => r.sentence === s.index && r.form === "name" && r.start < s.end);
    if (after) return table.get(after.id);
  }
  return table.get(trail.before(at, 1)[0]?.id);
}

/** Person mentions outside quotes, sorted by offset, growing as coreference adds mentions. */
class PersonTrail {
  constructor(private readonly refs: MentionRef[]) {}

  private indexOf(offset: number): number {
    let lo = 0, hi = this.refs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.refs[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(r: MentionRef): void {
    this.refs.splice(this.indexOf(r.start), 0, r);
  }

  /** Up to n mentions before the offset, nearest last. */
  before(offset: number, n: number): MentionRef[] {
    const i = this.indexOf(offset);
    return this.refs.slice(Math.max(0, i - n), i);
  }

  firstAfter(offset: number, ok: (r: MentionRef) => boolean): MentionRef | undefined {
    for (let i = this.indexOf(offset); i < this.refs.length && i < this.indexOf(offset) + 50; i++) if (ok(this.refs[i])) return this.refs[i];
    return undefined;
  }
}

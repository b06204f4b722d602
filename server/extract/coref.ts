// Coreference: personal pronouns, epithets ("the Ukrainian leader") and "his country" attach to entities.
import type { Sentence } from "./sentences.ts";
import type { EntityTable, EntityRec, MentionRef } from "./entities.ts";
import { inQuoted, type QuotedSegment } from "./quoted.ts";
import { DEMONYMS, COUNTRY_NAMES } from "./lexicon/countries.ts";
import { EPITHET_HEADS, FEMALE_BEFORE, HONORIFICS, MALE_BEFORE } from "./lexicon/titles.ts";
import { ROLE_HEADS } from "./lexicon/offices.ts";
import { nameKey } from "./text.ts";
import { firstNameGender } from "./postags.ts";

const PERSON_PRONOUN = /\b(he|him|his|himself|she|her|hers|herself)\b/gi;
const EPITHET = /\b(?:the|The)\s+((?:[A-Z][a-z]+|[A-Z]{2,})(?:['’]s)?\s+)?((?:(?:former|new|veteran|embattled|outgoing|deputy|prime|foreign|home|defen[cs]e|top|lord|attorney|solicitor|education|health|culture|trade|transport|justice|environment|work|culture|northern|welsh|scottish|chief|shadow)\s+){0,2})([a-z]+)\b(?!\s+of\s+[A-Z])/g;
/** Offices one person holds at a time in a government or city: an article names the holder at least once somewhere. */
const SOLE_OFFICE = /^(?:prime minister|premier|chancellor|lord chancellor|(?:home|foreign|defen[cs]e|health|education|culture|trade|transport|environment|work) secretary|attorney general|solicitor general|mayor)$/;
const OWN_ROLE = /\b(his|her|their)\s+((?:new|junior|deputy|chief)\s+)?(minister|spokesman|spokeswoman|secretary|chancellor|deputy)\b/gi;
const OWN_COUNTRY = /\b(his|her|their)\s+(country|nation|government|state|homeland)\b/gi;

/** Adds pronoun, epithet and "his country" mentions to the table. */
export function resolveCoreference(text: string, sentences: Sentence[], quoted: QuotedSegment[], table: EntityTable): void {
  const trail = new PersonTrail(table.ordered().filter((r) => table.get(r.id)?.kind === "person" && !inQuoted(quoted, r.start)));
  const add = (e: EntityRec, start: number, end: number, form: "nominal" | "pronoun", sentence: number, alias?: string) => {
    table.mention(e, { start, end }, form, sentence, alias);
    trail.insert({ start, end, id: e.id, form, sentence });
  };
  sentences.forEach((s, si) => {
    const slice = text.slice(s.start, s.end);
    // Epithets first: they give later pronouns an antecedent.
    for (const m of slice.matchAll(EPITHET)) {
      let head = m[3];
      const mods = (m[2] ?? "").trim().toLowerCase();
      if (head === "general" && /(?:attorney|solicitor)$/.test(mods)) head = mods.split(/\s+/).pop()!;
      if (!EPITHET_HEADS.has(head) && !(head === "secretary" && mods)) continue;
      const start = s.start + (m.index ?? 0);
      const end = start + m[0].length;
      if (inQuoted(quoted, start)) continue;
      const country = m[1] ? countryOf(m[1].trim().replace(/['’]s$/, ""), table) : null;
      const office = `${mods.replace(/^(?:former|new|veteran|embattled|outgoing|top)\s*/, "")} ${m[3]}`.trim();
      const target = pickEpithet(trail.before(start, 200), table, country, head, /\bdeputy\b/.test(mods))
        ?? (!country && !/\b(?:former|new|outgoing|shadow|deputy)\b/.test(mods) && SOLE_OFFICE.test(office) ? soleHolder(text, s, table, head) : undefined);
      if (target) add(target, start, end, "nominal", s.index, m[0]);
    }
    // "the committee said": the one body of the article whose name ends in that head word.
    for (const m of slice.matchAll(DEFINITE_BODY)) {
      const start = s.start + (m.index ?? 0);
      const end = start + m[0].length;
      if (inQuoted(quoted, start) || table.at({ start, end })) continue;
      const body = soleBody(table, m[1].toLowerCase(), start);
      if (body) add(body, start, end, "nominal", s.index, m[0]);
    }
    // "Falconer praised his minister": the one who holds that title under the pronoun's owner, not the owner.
    for (const m of slice.matchAll(OWN_ROLE)) {
      const start = s.start + (m.index ?? 0);
      if (inQuoted(quoted, start)) continue;
      const owner = antecedent(text, s, start, trail, table, m[1]);
      const holder = pickEpithet(trail.before(start, 200).filter((r) => r.id !== owner?.id), table, null, m[3].toLowerCase(), !!m[2] && /deputy/i.test(m[2]));
      if (holder && holder.id !== owner?.id) add(holder, start, start + m[0].length, "nominal", s.index, m[0]);
    }
    for (const m of slice.matchAll(PERSON_PRONOUN)) {
      const start = s.start + (m.index ?? 0);
      if (inQuoted(quoted, start)) continue;
      const target = antecedent(text, s, start, trail, table, m[0]);
      if (target) add(target, start, start + m[0].length, "pronoun", s.index);
    }
    // "The Green Alliance met ministers. They said …": a subject "they" is the body the sentence before opened with.
    for (const m of slice.matchAll(THEY)) {
      const start = s.start + (m.index ?? 0);
      if (inQuoted(quoted, start) || si === 0) continue;
      const body = openingBody(text, sentences[si - 1], table);
      if (body) table.mention(body, { start, end: start + m[0].length }, "pronoun", s.index);
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
  });
}

const DEFINITE_BODY = /\b[Tt]he\s+(committee|commission|council|union|agency|board|panel|tribunal|party|bank)\b(?!\s+(?:of|for)\b)/g;

/** The only organisation named before `at` whose name ends in `head` ("the committee" for "the environment select committee"). */
function soleBody(table: EntityTable, head: string, at: number): EntityRec | undefined {
  const found = [...table.byId.values()].filter((e) => e.kind === "organization" && [e.name, ...e.aliases].some((n) => n.toLowerCase().split(/\s+/).pop() === head));
  if (found.length !== 1) return undefined;
  return found[0].mentions.some((x) => x.start < at) ? found[0] : undefined;
}

const THEY = /(?:^|(?<=[,"”]\s))[Tt]hey(?=\s+(?:\w+\s+)?(?:said|say|says|told|added|argued|warned|claimed|insisted|believe|believed|want|wanted|called|urged|accused|criticised|criticized|welcomed|rejected)\b)/g;

/** The organisation (a party, a body) a sentence begins with, when it is the first thing that sentence names. */
function openingBody(text: string, prev: Sentence, table: EntityTable): EntityRec | undefined {
  const first = table.within(prev).find((r) => table.get(r.id)?.kind !== "event");
  if (!first || table.get(first.id)?.kind !== "organization") return undefined;
  return /^\W*(?:the\s+)?$/i.test(text.slice(prev.start, first.start)) ? table.get(first.id) : undefined;
}

function countryOf(word: string, table: EntityTable): string | null {
  const info = DEMONYMS.get(word) ?? COUNTRY_NAMES.get(word);
  if (info) return `country:${nameKey(info.name).replace(/ /g, "-")}`;
  const known = [...table.byId.values()].find((e) => e.kind !== "person" && nameKey(e.name) === nameKey(word));
  return known?.id ?? null;
}

/** The most recent person matching the epithet's country and office. */
function pickEpithet(before: MentionRef[], table: EntityTable, country: string | null, head: string, deputy: boolean): EntityRec | undefined {
  const holds = (t: { title: string }) => {
    const words = t.title.toLowerCase().split(/\s+/);
    return words.includes(head) && words.includes("deputy") === deputy;
  };
  for (let i = before.length - 1; i >= 0; i--) {
    const e = table.get(before[i].id)!;
    if (country && !e.titles.some((t) => t.affiliation === country)) continue;
    if (!country && !e.titles.some(holds)) continue;
    return e;
  }
  return undefined;
}

/** A person the article gives a role of their own by name ("Tory leader X", "X, the party's chairman"). */
function statesRole(text: string, e: EntityRec): boolean {
  return e.mentions.some((m) => {
    if (m.form !== "name") return false;
    const before = /([A-Za-z-]+)\s+(?:(?:Sir|Lord|Lady|Dame|Dr|Mr|Mrs|Ms)\.?\s+)?$/.exec(text.slice(Math.max(0, m.start - 40), m.start));
    const after = /^,\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+){0,3}([a-z-]+)\b/.exec(text.slice(m.end, m.end + 60));
    return [before?.[1], after?.[1]].some((w) => !!w && ROLE_HEADS.has(w.toLowerCase()) && !HONORIFICS.has(w.toLowerCase()));
  });
}

/**
 * "The home secretary has defended his decision": with no one titled so, the office's holder is the person the
 * article names most, not named in this sentence and holding no office of their own by title.
 */
function soleHolder(text: string, s: Sentence, table: EntityTable, head: string): EntityRec | undefined {
  const here = new Set(table.within(s).filter((r) => r.form === "name").map((r) => r.id));
  let best: EntityRec | undefined, bestScore = 0;
  for (const e of table.byId.values()) {
    if (e.kind !== "person" || here.has(e.id) || statesRole(text, e)) continue;
    // Titled with this office somewhere (named later: cataphora) beats untitled; another office rules a person out.
    const titled = e.titles.some((t) => t.title.toLowerCase().split(/\s+/).includes(head));
    if (e.titles.length && !titled) continue;
    const score = e.mentions.filter((m) => m.form === "name").length + (titled ? 1000 : 0);
    if (score > bestScore) { best = e; bestScore = score; }
  }
  return bestScore >= 2 ? best : undefined;
}

type Gender = "m" | "f";
const genders = new WeakMap<EntityRec, Gender | null>();

/** A person's gender where the text says it by an honorific or a gendered title ("Ms Gavron", "congresswoman X"). */
function genderOf(text: string, e: EntityRec): Gender | null {
  let g = genders.get(e);
  if (g !== undefined) return g;
  g = null;
  for (const m of e.mentions) {
    if (m.form !== "name") continue;
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    if (MALE_BEFORE.test(before)) { g = "m"; break; }
    if (FEMALE_BEFORE.test(before)) { g = "f"; break; }
  }
  genders.set(e, g);
  return g;
}

/** Cataphora for "For his part, X", else the most recent person outside quotes whom the pronoun can name ("she"
 * never names a "Mr"). */
function antecedent(text: string, s: Sentence, at: number, trail: PersonTrail, table: EntityTable, pronoun: string): EntityRec | undefined {
  if (/^(?:For|In|During|On|After|At|With|Despite)$/i.test(text.slice(s.start, at).trim())) {
    const after = trail.firstAfter(at, (r) => r.sentence === s.index && r.form === "name" && r.start < s.end);
    if (after) return table.get(after.id);
  }
  // The gender the pronoun rules out ("their" rules out none).
  const not: Gender | null = /^(?:she|her|hers|herself)$/i.test(pronoun) ? "m" : /^(?:he|him|his|himself)$/i.test(pronoun) ? "f" : null;
  const recent = trail.before(at, 8);
  // A subject pronoun ("he said") passes over a possessor ("… boost Trump's poll numbers") for the person the
  // sentence before was about: possessors are the least salient antecedents.
  const subject = /^(?:he|she)$/i.test(pronoun);
  const fits = (r: MentionRef) => { const e = table.get(r.id); return !!e && !(not && genderOf(text, e) === not); };
  const possessive = (r: MentionRef) => /^['’]s?\b/.test(text.slice(r.end, r.end + 2));
  let possessor: EntityRec | undefined;
  for (let i = recent.length - 1; i >= 0; i--) {
    const r = recent[i];
    if (!fits(r)) continue;
    if (subject && possessive(r)) { possessor ??= table.get(r.id); continue; }
    // From an earlier sentence a subject pronoun takes that sentence's first such person, its subject as a rule
    // ("McLaughlin agreed with Matthews. … he wrote": McLaughlin).
    // (There a first name the lexicon knows as a man's or a woman's counts too: "Ruth Kell said Tom Hart … he". It rules
    // out no one elsewhere: "Terry" and the like are given to both.)
    if (subject && r.sentence !== s.index) {
      const named = (x: MentionRef) => { const e = table.get(x.id)!; return !(not && /\s/.test(e.name) && firstNameGender(e.name.split(/\s+/)[0]) === not); };
      const first = recent.find((x) => x.sentence === r.sentence && fits(x) && !possessive(x) && named(x));
      return table.get((first ?? r).id);
    }
    return table.get(r.id);
  }
  return possessor;
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

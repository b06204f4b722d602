// Entity resolution: groups name candidates into entities with stable ids, aliases, acronyms and surname matches.
import type { Candidate } from "./mentions.ts";
import { EntityTable, type EntityRec } from "./entities.ts";
import { closeSpelling, nameKey } from "./text.ts";
import type { Span } from "./types.ts";

/** Builds the entity table from name candidates; title spans are searched for names the body established. */
export function resolveEntities(text: string, candidates: Candidate[], extraSpans: Array<Span & { sentence: number }>): EntityTable {
  const table = new EntityTable();
  const aliasOf = parentheticalAcronyms(text, candidates);
  // Full names first so that short forms find them.
  const order = [...candidates].sort((a, b) => rank(b) - rank(a) || a.start - b.start);
  const titled: Array<[EntityRec, Candidate]> = [];
  const byKey = new Map<string, EntityRec>();
  const byInitials = new Map<string, EntityRec>();
  const bySurname = new Map<string, EntityRec[]>();
  const remember = (e: EntityRec, surface: string) => {
    const k = nameKey(surface);
    if (k && !byKey.has(k)) byKey.set(k, e);
    const words = k.split(" ").filter((w) => !["of", "and", "the", "for", "de"].includes(w));
    if ((e.kind === "organization" || e.kind === "event") && words.length >= 2) {
      const initials = words.map((w) => w[0]).join("").toUpperCase();
      if (!byInitials.has(initials)) byInitials.set(initials, e);
    }
  };
  for (const c of order) {
    const surface = text.slice(c.start, c.end);
    let e: EntityRec | undefined;
    const parent = aliasOf.get(c);
    if (parent) e = byKey.get(nameKey(text.slice(parent.start, parent.end)));
    e ??= byKey.get(nameKey(c.kind === "country" || c.kind === "location" ? c.name : surface));
    if (!e && /^[A-Z]{2,8}$/.test(surface)) e = byInitials.get(surface);
    if (!e && (c.kind === "person" || c.kind === "unknown" || c.guessed)) e = matchPerson(surface, bySurname, c.start);
    if (!e && (c.kind === "organization" || c.kind === "unknown") && c.form === "name") e = shortOrganisation(text, c, surface, table);
    if (e && c.kind !== "unknown" && !c.guessed && e.kind !== c.kind && !(parent || c.kind === "person")) {
      // Same words, different kind (capital as city vs state): keep them apart.
      e = byKey.get(`${c.kind}|${nameKey(c.name)}`);
    }
    if (!e) {
      if (c.kind === "unknown") continue;
      e = table.add(c.kind, c.name);
      if (c.kind === "person") {
        const words = nameKey(c.name).split(" ");
        const last = words[words.length - 1];
        bySurname.set(last, [...(bySurname.get(last) ?? []), e]);
      }
    }
    table.mention(e, c, c.form, c.sentence, surface);
    remember(e, surface);
    remember(e, e.name);
    byKey.set(`${e.kind}|${nameKey(e.name)}`, e);
    if (c.title && c.titleSpan) titled.push([e, c]);
  }
  // Affiliations once every name is known.
  for (const [e, c] of titled) {
    const a = c.affiliation;
    const aff = a ? byKey.get(nameKey(a.kind === "country" || a.kind === "location" ? a.name : text.slice(a.start, a.end))) : undefined;
    // One fact per (title, affiliation): a long text repeating it adds nothing but work.
    if (!e.titles.some((t) => t.title === c.title && t.affiliation === (aff?.id ?? null))) {
      e.titles.push({ title: c.title!, titleSpan: c.titleSpan!, affiliation: aff?.id ?? null, mention: { start: c.start, end: c.end }, sentence: c.sentence });
    }
    e.aliases.add(text.slice(a?.start ?? c.titleSpan!.start, c.end));
  }
  for (const e of table.byId.values()) e.name = fullestName(e, text);
  for (const span of extraSpans) findKnownNames(text, span, table, byKey);
  return table;
}

const MEDIA_HEADS = new Set(["post", "times", "journal", "chronicle", "standard", "guardian", "telegraph", "herald", "tribune", "observer", "independent", "mirror", "sun", "globe", "examiner", "gazette"]);
const ORG_END = /\b(?:court|committee|commission|council|department|agency|service|party|union|board|authority|assembly|office|ministry|bureau|institute|university|college|school)$/;

/** A body named again by a shorter form: "Supreme Court" for "U.S. Supreme Court", "Intelligence Committee" for
 * "House Intelligence Committee", "the Post" for "The Washington Post", "BBC" for "BBC News". */
function shortOrganisation(text: string, c: Candidate, surface: string, table: EntityTable): EntityRec | undefined {
  const key = nameKey(surface);
  if (!key) return undefined;
  const orgs = [...table.byId.values()].filter((e) => e.kind === "organization");
  const keys = (e: EntityRec) => [e.name, ...e.aliases].map(nameKey);
  const words = key.split(" ");
  if (words.length >= 2 && ORG_END.test(key)) {
    const hits = orgs.filter((e) => keys(e).some((k) => k.endsWith(` ${key}`)));
    if (hits.length === 1) return hits[0];
  }
  if (words.length === 1 && MEDIA_HEADS.has(key) && (/\b[Tt]he\s+$/.test(text.slice(Math.max(0, c.start - 4), c.start)) || /^[Tt]he\s/.test(surface))) {
    const hits = orgs.filter((e) => keys(e).some((k) => k.split(" ").length > 1 && k.endsWith(` ${key}`)));
    if (hits.length === 1) return hits[0];
  }
  // "BBC" after "BBC News", and the reverse.
  const hits = orgs.filter((e) => keys(e).some((k) => k === `${key} news` || k === `${key} news online` || k === `${key} online` || key === `${k} news` || key === `${k} news online` || key === `${k} online`));
  return hits.length === 1 ? hits[0] : undefined;
}

const rank = (c: Candidate) => (c.kind === "unknown" || c.guessed ? 0 : 1) * 100 + (c.end - c.start) / 1000 + (c.title ? 1 : 0);

/** "Kuwait News Agency (KUNA)": the parenthesised acronym is an alias of the name before it. */
function parentheticalAcronyms(text: string, cs: Candidate[]): Map<Candidate, Candidate> {
  const out = new Map<Candidate, Candidate>();
  const sorted = [...cs].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1], b = sorted[i];
    if (/^\s*\(\s*$/.test(text.slice(a.end, b.start)) && /^\s*\)/.test(text.slice(b.end, b.end + 3)) && /^[A-Z][A-Z0-9.&-]{1,9}$/.test(text.slice(b.start, b.end))) {
      if (a.kind !== "person") out.set(b, a);
    }
  }
  return out;
}

/** A surname, a first name, a first+last pair or a spelling variant of a known person. */
function matchPerson(surface: string, bySurname: Map<string, EntityRec[]>, at: number): EntityRec | undefined {
  let words = nameKey(surface).split(" ");
  // "bin Laden", "de Gaulle": a particle opens the surname, not a first name.
  if (words.length === 2 && PARTICLES.has(words[0])) words = [words[1]];
  const last = words[words.length - 1];
  const exact = bySurname.get(last) ?? [];
  if (words.length === 1) {
    if (exact.length) return nearest(exact, at);
    // A first name alone ("Ken", "Donald") of exactly one person named in full.
    const firsts = [...new Set([...bySurname.values()].flat())].filter((p) => {
      const ws = nameKey(p.name).split(" ");
      return ws.length > 1 && ws[0] === last;
    });
    if (firsts.length === 1) return firsts[0];
    for (const [name, es] of bySurname) if (closeSpelling(last, name)) return es[0];
    return undefined;
  }
  return exact.find((p) => {
    const first = nameKey(p.name).split(" ")[0];
    return words[0] === first || words[0].length === 1;
  });
}
const PARTICLES = new Set(["bin", "ibn", "al", "el", "de", "du", "van", "von", "da", "di", "del", "le", "la"]);

/** Of several people sharing a surname, the one named most recently before the offset (else the first named). */
function nearest(people: EntityRec[], at: number): EntityRec {
  if (people.length === 1) return people[0];
  let best: EntityRec | undefined, bestAt = -1;
  for (const p of people) for (const m of p.mentions) if (m.start < at && m.start > bestAt) { best = p; bestAt = m.start; }
  if (best) return best;
  return people.reduce((a, b) => (Math.min(...a.mentions.map((m) => m.start)) <= Math.min(...b.mentions.map((m) => m.start)) ? a : b));
}

function fullestName(e: EntityRec, text: string): string {
  if (e.kind === "country" || e.kind === "location") return e.name;
  let best = e.name;
  for (const m of e.mentions) {
    if (m.form !== "name") continue;
    const s = text.slice(m.start, m.end).replace(/\s+/g, " ");
    if (s.split(" ").length > best.split(" ").length || (s.split(" ").length === best.split(" ").length && s.length > best.length && /^[A-Z]/.test(s) && e.kind !== "organization")) best = s;
  }
  return best;
}

/** Finds names already known from the body inside a span (the headline), by whole-word match. */
function findKnownNames(text: string, span: Span & { sentence: number }, table: EntityTable, byKey: Map<string, EntityRec>): void {
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(/[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*/gu)) {
    const words = m[0].split(/\s+/);
    // Try the longest sub-run first.
    for (let len = words.length; len > 0; len--) {
      let found = false;
      for (let i = 0; i + len <= words.length; i++) {
        const phrase = words.slice(i, i + len).join(" ").replace(/['’]s?$/, "");
        const e = byKey.get(nameKey(phrase)) ?? (len === 1 ? undefined : undefined);
        if (!e || e.kind === "event") continue;
        const offset = span.start + (m.index ?? 0) + m[0].indexOf(phrase);
        table.mention(e, { start: offset, end: offset + phrase.length }, "name", span.sentence, phrase);
        found = true;
      }
      if (found) break;
    }
  }
}

// The trained name tagger (./ner) as a candidate source for the mention stage. Its spans and its PER/ORG/LOC
// decision win over the rules', except where a rule has a high-precision reason to differ: the country and capital
// lists, titles stripped from a person's name, and candidates that carry a title or only match names known already.
// The tagger runs once per article, over the whole text, so that its second stage sees the document.
import type { Candidate, CandidateKind } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";
import type { Span } from "./types.ts";
import { recognizeNames, type NameSpan } from "./ner/index.ts";
import { COUNTRY_NAMES, CAPITALS, REGIONS, DEMONYMS, REGION_DEMONYMS } from "./lexicon/countries.ts";
import { TITLE_HEADS, TITLE_MODIFIERS, HONORIFICS } from "./lexicon/titles.ts";
import { ORG_HEADS, BODY_OF_HEADS } from "./lexicon/organizations.ts";
import { EVENT_HEADS } from "./lexicon/events.ts";

const KIND: Record<string, CandidateKind> = { PER: "person", ORG: "organization", LOC: "location" };

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Spans sorted by start, for overlap look-ups by binary search (the merge stays near-linear on long inputs). */
export class SpanIndex<T extends Span> {
  private readonly items: T[];
  private readonly longest: number;
  constructor(items: T[]) {
    this.items = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
    this.longest = this.items.reduce((n, x) => Math.max(n, x.end - x.start), 0);
  }
  overlapping(span: Span): T[] {
    const from = span.start - this.longest;
    let lo = 0, hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid].start < from) lo = mid + 1;
      else hi = mid;
    }
    const out: T[] = [];
    for (let i = lo; i < this.items.length && this.items[i].start < span.end; i++) if (overlaps(this.items[i], span)) out.push(this.items[i]);
    return out;
  }
  any(span: Span): boolean {
    return this.overlapping(span).length > 0;
  }
}
const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
const allCaps = (s: string) => /\p{Lu}{2}/u.test(s) && s === s.toUpperCase();
const titleCased = (s: string) => s.replace(/\p{L}+/gu, (w) => (w.length > 3 || /\s/.test(s) ? w.charAt(0) + w.slice(1).toLowerCase() : w));

/** A name spelled as the country or capital lists (or the region list) spell it. */
function lexiconPlace(surface: string): boolean {
  const alt = allCaps(surface) ? titleCased(surface) : surface;
  return COUNTRY_NAMES.has(surface) || COUNTRY_NAMES.has(alt) || CAPITALS.has(surface) || CAPITALS.has(alt) || REGIONS.has(surface) || REGIONS.has(alt);
}

function countryName(surface: string): boolean {
  return COUNTRY_NAMES.has(surface) || COUNTRY_NAMES.has(allCaps(surface) ? titleCased(surface) : surface);
}

/** A rule candidate the tagger does not overrule: lexicon places, titled persons, demonyms, events, known-name matches. */
function ruleKeeps(text: string, c: Candidate): boolean {
  if (c.form !== "name" || c.kind === "event" || c.kind === "unknown") return true;
  if ((c.kind === "country" || c.kind === "location") && lexiconPlace(text.slice(c.start, c.end))) return true;
  // A government department the tagger missed ("the Home Office", "the Cabinet Office").
  if (c.kind === "organization" && /^(?:\p{Lu}[\p{L}]+\s+)+(?:Office|Department|Ministry)$/u.test(text.slice(c.start, c.end))) return true;
  // "G8", "G20": a group of states by its number.
  if (c.kind === "organization" && /^G\d{1,2}$/.test(text.slice(c.start, c.end))) return true;
  return c.kind === "person" && !!c.title;
}

/** "Kuwait News Agency", "Defense Ministers' Meeting": several words ending in an organisation or event head. */
function headedName(text: string, c: Candidate): boolean {
  if (c.form !== "name" || (c.kind !== "organization" && c.kind !== "event")) return false;
  const words = text.slice(c.start, c.end).toLowerCase().split(/\s+/);
  const last = words[words.length - 1].replace(/['’]s?$/, "");
  return words.length > 1 && (c.kind === "organization" ? ORG_HEADS : EVENT_HEADS).has(last);
}

/** Head words that make a name an institution even where it stands for a place ("at Birkbeck College"). */
const INSTITUTION_HEADS = /\s(?:College|University|School|Institute|Academy|Times|Post|Journal|Chronicle|Herald|Tribune|Telegraph|Gazette|News|Agency|Party|Committee|Commission|Corporation|Company|Inc|Ltd|Plc)$/;

/** "Commission for Racial Equality", "Board of Deputies": an organisation head word, then "of"/"for" and a name. */
function bodyOfName(text: string, c: Candidate): boolean {
  if (c.form !== "name" || c.kind !== "organization") return false;
  const m = /^(?:[\p{Lu}][\p{L}'’-]*\s+)*?([\p{L}]+)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u.exec(text.slice(c.start, c.end));
  return !!m && BODY_OF_HEADS.has(m[1].toLowerCase());
}

/** "(KUNA)" right after a name whose initials it spells. */
function spellsInitials(text: string, name: Candidate, acronym: Candidate): boolean {
  const acr = text.slice(acronym.start, acronym.end);
  if (!/^[A-Z][A-Z&]{1,9}$/.test(acr) || !/^\s*\(\s*$/.test(text.slice(name.end, acronym.start))) return false;
  const initials = (text.slice(name.start, name.end).match(/\p{Lu}/gu) ?? []).join("");
  return initials === acr || (acr.length >= 2 && initials.startsWith(acr));
}

/** The rule candidate without its shape-only guess flag, as a given kind. */
function asKind(c: Candidate, kind: CandidateKind, name: string): Candidate {
  const { guessed: _guessed, ...rest } = c as Candidate & { guessed?: boolean };
  return { ...rest, kind, name };
}

/** Leading title or honorific words inside a person span ("President Ann Lee" -> "Ann Lee"). */
function stripTitle(text: string, t: NameSpan): Span & { titleSpan?: Span } {
  const re = /[\p{L}.-]+/gu;
  re.lastIndex = t.start;
  let start = t.start;
  let titleEnd = -1;
  for (let m = re.exec(text); m && m.index < t.end; m = re.exec(text)) {
    const w = m[0].toLowerCase().replace(/\.$/, "");
    const rest = text.slice(m.index + m[0].length, t.end).trim();
    if (!rest || !(TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || HONORIFICS.has(w))) break;
    if (TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w)) titleEnd = m.index + m[0].length;
    start = m.index + m[0].length + (text.slice(m.index + m[0].length, t.end).length - text.slice(m.index + m[0].length, t.end).trimStart().length);
  }
  return titleEnd > 0 ? { start, end: t.end, titleSpan: { start: t.start, end: titleEnd } } : { start, end: t.end };
}

function sentenceAt(sentences: Sentence[], span: Span): Sentence | undefined {
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (span.start < s.start) hi = mid - 1;
    else if (span.start >= s.end) lo = mid + 1;
    else return span.end <= s.end ? s : undefined;
  }
  return undefined;
}

/** Kind and canonical name for a tagged span. */
function classify(text: string, span: Span, type: string): { kind: CandidateKind; name: string } {
  const surface = text.slice(span.start, span.end).replace(/\s+/g, " ");
  const alt = allCaps(surface) ? titleCased(surface) : surface;
  if (type === "LOC") {
    const country = COUNTRY_NAMES.get(surface) ?? COUNTRY_NAMES.get(alt);
    if (country) return { kind: "country", name: country.name };
    return { kind: "location", name: alt };
  }
  return { kind: KIND[type], name: type === "PER" ? alt : surface };
}

const LOWER_IN_NAMES = new Set(["of", "and", "the", "for", "de", "du", "des", "la", "le", "les", "von", "van", "der", "den", "da", "di", "do", "dos", "das", "del", "al", "el", "bin", "ibn", "y", "on", "at", "upon", "am", "an", "und", "e"]);

/** A tagged span holding a lower-case word no name holds ("Ann Lee grilled Acme"): a misreading of title case. */
function lowerInside(text: string, t: Span): boolean {
  for (const m of text.slice(t.start, t.end).matchAll(/(?<![\p{L}'’.-])\p{Ll}\p{L}*/gu)) if (!LOWER_IN_NAMES.has(m[0])) return true;
  return false;
}

/** Merges the tagger's names into the rule candidates (one tagger call for the whole article). */
export function withTaggedNames(text: string, sentences: Sentence[], candidates: Candidate[]): Candidate[] {
  if (!sentences.length) return candidates;
  const bodyStart = sentences[0].start;
  const tagged = recognizeNames(text).filter((t) => t.start >= bodyStart);
  const names = tagged.filter((t) => t.type !== "MISC");
  const misc = tagged.filter((t) => t.type === "MISC");
  const out: Candidate[] = [];
  const used = new Set<Candidate>();
  const misreadPeople: NameSpan[] = [];
  // A rule name ending in an organisation or event head that holds tagged names whole ("Kuwait News Agency"
  // over the tagger's "Kuwait") stays, with an acronym spelling its initials right after it.
  const nameIndex = new SpanIndex(names), miscIndex = new SpanIndex(misc);
  const ruleIndex = new SpanIndex(candidates.filter((c) => c.form === "name"));
  // So does "Commission for Racial Equality" that the tagger cut in two at its "for".
  const kept = candidates.filter((c) => {
    // A demonym the tagger files as MISC inside the name ("Scottish" of "Scottish Parliament") does not count.
    const misc = miscIndex.overlapping(c);
    if (misc.length && !misc.every((m) => m.start >= c.start && m.end <= c.end && !same(m, c) && (DEMONYMS.has(text.slice(m.start, m.end)) || REGION_DEMONYMS.has(text.slice(m.start, m.end)) || COUNTRY_NAMES.has(text.slice(m.start, m.end))))) return false;
    const inside = nameIndex.overlapping(c);
    const within = inside.length > 0 && inside.every((t) => t.start >= c.start && t.end <= c.end && !same(t, c));
    if (headedName(text, c)) return within || (misc.length > 0 && inside.length === 0);
    return within && inside.length >= 2 && bodyOfName(text, c);
  });
  for (const k of [...kept]) {
    const acr = ruleIndex.overlapping({ start: k.end + 1, end: k.end + 4 }).find((c) => c.start > k.end && c.start - k.end <= 3 && spellsInitials(text, k, c));
    if (acr && k.kind === "organization") kept.push(asKind(acr, "organization", acr.name));
  }
  const keptIndex = new SpanIndex(kept);
  for (const t of names) {
    if (keptIndex.any(t)) continue;
    if (lowerInside(text, t)) {
      // "Clinton spokesman Jesse Lehrich" as one person: the tagger still says a person is there.
      if (t.type === "PER") misreadPeople.push(t);
      continue;
    }
    const s = sentenceAt(sentences, t);
    if (!s) continue;
    const span = t.type === "PER" ? stripTitle(text, t) : { start: t.start, end: t.end };
    if (span.end <= span.start) continue;
    const around = ruleIndex.overlapping(span);
    const exact = around.find((c) => same(c, span));
    for (const c of around) used.add(c);
    const { kind, name } = classify(text, span, t.type);
    if (exact) {
      // The country and capital lists know better than the tagger's type (and capitals read as their state).
      // A country name stays a country; a capital stays the rules' reading only where the tagger also reads a place.
      const surface = text.slice(exact.start, exact.end);
      const place = (exact.kind === "country" || exact.kind === "location") && (t.type === "LOC" ? lexiconPlace(surface) : countryName(surface));
      // So does a name ending in an event word ("Pacific Trade Summit"): CoNLL's MISC, not an organisation.
      // And a name ending in an organisation word ("Birkbeck College", "Los Angeles Times") that the tagger reads as a
      // place: the head word says what it is.
      const headedOrg = exact.kind === "organization" && t.type === "LOC" && headedName(text, exact) && INSTITUTION_HEADS.test(text.slice(exact.start, exact.end));
      out.push(place || headedOrg || (exact.kind === "event" && headedName(text, exact)) ? exact : asKind(exact, kind, name));
      continue;
    }
    // A first name the tagger cut off its surname ("Clare" of "Clare Short", where "Short" reads as an adjective):
    // the rules' fuller person name.
    const fuller = t.type === "PER" && !/\s/.test(text.slice(span.start, span.end).trim()) ? around.find((c) => c.kind === "person" && c.start === span.start && c.end > span.end && /^\s\p{Lu}\p{Ll}+$/u.test(text.slice(span.end, c.end))) : undefined;
    if (fuller) {
      out.push(fuller);
      continue;
    }
    // Title and affiliation from a rule person that covers or sits inside this name.
    const titled = t.type === "PER" ? around.find((c) => c.kind === "person" && c.title) : undefined;
    const titleSpan = titled?.titleSpan ?? ("titleSpan" in span ? span.titleSpan : undefined);
    const title = titled?.title ?? (titleSpan ? text.slice(titleSpan.start, titleSpan.end) : undefined);
    out.push({
      start: span.start, end: span.end, kind, form: "name", name, sentence: s.index,
      ...(title && titleSpan ? { title, titleSpan } : {}),
      ...(titled?.affiliation ? { affiliation: titled.affiliation } : {}),
    });
  }
  const keptSpans = new Set(kept.map((k) => `${k.start}:${k.end}`));
  out.push(...kept);
  for (const c of candidates) {
    if (keptSpans.has(`${c.start}:${c.end}`)) continue;
    if (c.form === "name" && keptIndex.any(c)) continue;
    if (used.has(c)) {
      // Demonyms and events overlapping a tagged name stay; so does the affiliation of a titled person.
      if (c.form !== "name") out.push(c);
      continue;
    }
    // A rule organisation the tagger files as MISC with the very same span ("Jewish Chronicle", "Islamic State").
    const miscSame = c.kind === "organization" && !c.guessed && /\s/.test(text.slice(c.start, c.end)) && miscIndex.overlapping(c).some((m) => same(m, c));
    if (c.form === "name" && c.kind !== "unknown" && c.kind !== "event" && !miscSame && miscIndex.any(c) && !lexiconPlace(text.slice(c.start, c.end))) continue;
    if (c.kind === "person" && c.form === "name" && misreadPeople.some((t) => t.start <= c.start && c.end <= t.end)) { out.push(c); continue; }
    if (miscSame) { out.push(c); continue; }
    if (ruleKeeps(text, c)) out.push(c);
    else out.push(asKind(c, "unknown", c.name)); // may still be a known name's short form, never a new entity
  }
  // A surname alone that the tagger took for a firm or place, where the document names that person in full.
  const surnames = new Set(out.filter((c) => c.kind === "person" && /\s/.test(c.name)).map((c) => c.name.split(" ").pop()!));
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    const surface = text.slice(c.start, c.end);
    if (c.form === "name" && (c.kind === "organization" || c.kind === "location") && surnames.has(surface) && !lexiconPlace(surface)) out[i] = asKind(c, "person", surface);
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

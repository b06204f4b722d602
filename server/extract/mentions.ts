// Entity mention candidates: capitalised names split into title, affiliation and name, and classified by lexicons
// and compromise's tags. Every candidate source goes through detectMentions (a trained tagger can be added here).
import type { EntityKind, MentionForm, Span } from "./types.ts";
import type { Sentence } from "./sentences.ts";
import { tokenize, isCapitalised, isAcronym, type Token } from "./tokens.ts";
import type { TagIndex } from "./postags.ts";
import { COUNTRY_NAMES, CAPITALS, DEMONYMS, REGIONS, REGION_DEMONYMS } from "./lexicon/countries.ts";
import { TITLE_HEADS, TITLE_MODIFIERS, HONORIFICS } from "./lexicon/titles.ts";
import { ORG_HEADS, BODY_OF_HEADS, ORG_CONTEXT_AFTER } from "./lexicon/organizations.ts";
import { EVENT_HEADS } from "./lexicon/events.ts";
import { TITLE_ABBREVIATIONS } from "./lexicon/abbreviations.ts";

export type CandidateKind = Exclude<EntityKind, "topic"> | "unknown";

export interface Candidate extends Span {
  kind: CandidateKind;
  form: MentionForm;
  /** Canonical surface ("United Kingdom" for "UK", the name for persons). */
  name: string;
  /** Title as written ("Defense Secretary") when the name follows one. */
  title?: string;
  titleSpan?: Span;
  /** The affiliation named before the title ("UK" in "UK Defense Secretary"). */
  affiliation?: Candidate;
  /** Kind inferred only from shape: a known person's surname takes precedence. */
  guessed?: boolean;
  sentence: number;
}

const STOP_CAPS = new Set([
  "the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "as", "if", "so", "to", "of", "by", "with", "from",
  "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
  "those", "there", "here", "notably", "however", "meanwhile", "also", "yet", "still", "after", "before", "when", "while",
  "what", "who", "why", "how", "where", "which", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
  "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "end", "read", "more", "mr", "mrs", "ms", "dr", "let", "one", "two", "no", "not", "all",
  "some", "many", "most", "every", "each", "such", "other", "another", "last", "next", "first", "now", "then",
  "today", "yesterday", "tomorrow", "said", "says", "according", "despite", "although", "because", "since", "during",
  "under", "over", "about", "into", "than", "both", "either", "neither", "whether", "just", "even", "only", "once",
  "twitter", "facebook", "image", "photo", "getty", "ap", "reuters", "afp", "copyright", "source", "gmt", "am", "pm",
  "ok", "tv", "gdp", "ceo", "cfo", "pc", "id", "vs", "etc", "ii", "iii", "iv",
]);
const CONNECTORS = new Set(["of", "for", "and", "&", "de", "du", "la", "al", "bin", "van", "von", "der", "da", "di", "the"]);
const LOCATIVE = /\b(?:in|at|to|from|near|outside|across|around|via|into|toward|towards|inside|throughout|visit(?:ed|ing|s)?|based in)\s+$/i;
const NOT_ENTITIES = new Set(["internet", "christmas", "easter", "ramadan", "god", "bible", "koran", "quran", "english", "web", "covid", "brexit"]);
const ACRONYM_STOP = new Set(["GMT", "AM", "PM", "OK", "TV", "GDP", "CEO", "CFO", "PC", "ID", "II", "III", "IV", "UTC", "EST", "BST", "PDF", "URL", "FAQ", "LOL", "USD", "EUR", "GBP", "VAT", "IPO", "AI"]);

const titleCase = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();
const hasTag = (tags: TagIndex, t: Token, tag: string) => tags.get(t.start)?.has(tag) ?? false;

/** Finds entity mention candidates in the given sentences. */
export function detectMentions(text: string, sentences: Sentence[], tags: TagIndex): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    const tokens = tokenize(text, s);
    for (const run of capitalisedRuns(tokens, tags, text, s)) {
      if (run.unknown) {
        const t = tokens[run.from];
        if (/^\p{Lu}\p{Ll}+$/u.test(t.text)) out.push({ start: t.start, end: t.end, kind: "unknown", form: "name", name: t.text, sentence: s.index });
        continue;
      }
      out.push(...classifyRun(text, tokens, run, tags, s.index));
    }
  }
  return out;
}

interface Run {
  from: number; // token index, inclusive
  to: number; // exclusive
  /** Only usable as a known name, never as a new entity. */
  unknown?: boolean;
}

function isNameToken(t: Token): boolean {
  return isCapitalised(t) && /^[\p{L}]/u.test(t.text);
}

/** Maximal runs of capitalised tokens, allowing inner connectors ("Secretary of Defense", "Bank of England"). */
function capitalisedRuns(tokens: Token[], tags: TagIndex, text: string, s: Sentence): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens[i])) { i++; continue; }
    let j = i + 1;
    for (;;) {
      const c = tokens[j];
      if (!c) break;
      if (isNameToken(c) && adjacent(text, tokens[j - 1], c)) { j++; continue; }
      // Abbreviated titles keep the run going: "Rep. Adam Smith", "Gen. Ann Lee".
      if (c.text === "." && c.start === tokens[j - 1].end && TITLE_ABBREVIATIONS.has(tokens[j - 1].lower) && tokens[j + 1] && isNameToken(tokens[j + 1])) { j++; continue; }
      // Plural possessive inside a name: "Defense Ministers' Meeting".
      if (/^['’]$/.test(c.text) && c.start === tokens[j - 1].end && /s$/.test(tokens[j - 1].text) && tokens[j + 1] && isNameToken(tokens[j + 1])) { j++; continue; }
      // Connector followed by a capitalised word, only after a title or organisation word.
      if (CONNECTORS.has(c.lower) && c.lower !== "the" && tokens[j + 1] && adjacent(text, tokens[j - 1], c) && bridges(tokens, j)) {
        j += tokens[j + 1].lower === "the" ? 2 : 1;
        continue;
      }
      break;
    }
    // Drop leading stop-capitals ("The", "In", sentence-initial common words).
    let from = i;
    while (from < j) {
      if (STOP_CAPS.has(tokens[from].lower)) { from++; continue; }
      // A clause-initial word compromise takes for a common word may still be a known name ("Healey also said").
      if (clauseInitial(text, tokens, from, s) && isCommonWord(tokens[from], tags)) {
        runs.push({ from, to: from + 1, unknown: true });
        from++;
        continue;
      }
      break;
    }
    let to = j;
    while (to > from && (STOP_CAPS.has(tokens[to - 1].lower) || CONNECTORS.has(tokens[to - 1].lower))) to--;
    if (to > from) runs.push({ from, to });
    i = j;
  }
  return runs;
}

/** Whether connector tokens[j] ("of", "and") joins the words around it into one name. */
function bridges(tokens: Token[], j: number): boolean {
  if (NAME_PARTICLES.has(tokens[j].lower) && NAME_PARTICLES.has(tokens[j + 1]?.lower ?? "") && tokens[j + 2] && isNameToken(tokens[j + 2])) return true;
  const next = tokens[j + 1].lower === "the" ? tokens[j + 2] : tokens[j + 1];
  if (!next || !isNameToken(next)) return false;
  const prev = tokens[j - 1].lower;
  if (tokens[j].lower === "and" || tokens[j].lower === "&") return ORG_HEADS.has(prev) ? false : followsOrgHead(tokens, j + 1);
  if (NAME_PARTICLES.has(tokens[j].lower)) return true; // "Ursula von der Leyen"
  if (tokens[j].lower !== "of") return ORG_HEADS.has(prev) || BRIDGE_HEADS.has(prev);
  return TITLE_HEADS.has(prev) || ORG_HEADS.has(prev) || EVENT_HEADS.has(prev) || BRIDGE_HEADS.has(prev);
}
const NAME_PARTICLES = new Set(["von", "van", "der", "den", "de", "du", "da", "di", "la", "le", "al", "bin", "ibn", "del", "dos", "das"]);
const BRIDGE_HEADS = new Set(["university", "bank", "ministry", "department", "secretary", "minister", "house", "chamber", "court", "league", "order", "republic", "kingdom", "state", "states", "church", "museum", "office", "institute", "board", "council", "federation", "union", "organization", "organisation", "bureau", "school", "college"]);

function followsOrgHead(tokens: Token[], k: number): boolean {
  for (let m = k; m < tokens.length && isNameToken(tokens[m]); m++) if (ORG_HEADS.has(tokens[m].lower)) return true;
  return false;
}

function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return /^[ \t]*$/.test(gap) || gap === "-";
}

/** First word of the sentence, or right after an opening quote, colon or dash. */
function clauseInitial(text: string, tokens: Token[], k: number, s: Sentence): boolean {
  const before = text.slice(s.start, tokens[k].start);
  return /^[\s"“‘'(\[]*$/.test(before) || /[:"“—–-]\s*$/.test(before);
}

/** A capitalised sentence-initial word compromise does not take for a name. */
function isCommonWord(t: Token, tags: TagIndex): boolean {
  const tg = tags.get(t.start);
  if (!tg) return false;
  if (tg.has("ProperNoun") || tg.has("Person") || tg.has("Place") || tg.has("Organization") || tg.has("Acronym")) return false;
  return DEMONYMS.has(t.text) || COUNTRY_NAMES.has(t.text) ? false : true;
}

function spanOf(tokens: Token[], from: number, to: number): Span {
  return { start: tokens[from].start, end: tokens[to - 1].end };
}

/** Splits a run into [affiliation] [title] [name] and classifies the parts. */
function classifyRun(text: string, tokens: Token[], run: Run, tags: TagIndex, sentence: number): Candidate[] {
  const words = tokens.slice(run.from, run.to);
  const last = words[words.length - 1].lower;
  // Names ending in an organisation or event word are that, whatever titles they contain.
  if (words.length > 1 && (ORG_HEADS.has(last) || EVENT_HEADS.has(last.replace(/['’]$/, "")))) {
    return [classifyName(text, tokens, run.from, run.to, tags, sentence)];
  }
  // Title: a run of modifier/head words containing a head, possibly "of X".
  let tFrom = -1, tTo = -1;
  for (let k = run.from; k < run.to; k++) {
    const w = tokens[k].lower;
    if (TITLE_HEADS.has(w) || (TITLE_MODIFIERS.has(w) && k + 1 < run.to && isTitleWord(tokens[k + 1].lower))) {
      let e = k;
      while (e < run.to && isTitleWord(tokens[e].lower)) e++;
      if (!tokensIncludeHead(tokens, k, e)) continue;
      if (e + 1 < run.to && tokens[e].lower === "of" && isNameToken(tokens[e + 1]) && !COUNTRY_NAMES.has(tokens[e + 1].text)) e += 2;
      tFrom = k; tTo = e;
      break;
    }
  }
  if (tFrom >= 0) {
    const out: Candidate[] = [];
    const title = text.slice(tokens[tFrom].start, tokens[tTo - 1].end);
    let affiliation: Candidate | undefined;
    if (tFrom > run.from) {
      affiliation = classifyName(text, tokens, run.from, tFrom, tags, sentence);
      if (affiliation.kind !== "unknown") out.push(affiliation);
      else affiliation = undefined;
    }
    if (tTo < run.to) {
      let nFrom = tTo;
      while (nFrom < run.to && HONORIFICS.has(tokens[nFrom].lower)) nFrom++;
      if (nFrom < run.to) {
        const sp = spanOf(tokens, nFrom, run.to);
        out.push({ ...sp, kind: "person", form: "name", name: text.slice(sp.start, sp.end), title, titleSpan: spanOf(tokens, tFrom, tTo), affiliation, sentence });
        return out;
      }
    }
    return out;
  }
  // Honorific + surname: "Mr Howard".
  if (HONORIFICS.has(words[0].lower.replace(/\.$/, "")) && words.length > 1) {
    const sp = spanOf(tokens, run.from + 1, run.to);
    return [{ ...sp, kind: "person", form: "name", name: text.slice(sp.start, sp.end), sentence }];
  }
  const prev = tokens[run.from - 1];
  if (prev && HONORIFICS.has(prev.lower)) {
    const sp = spanOf(tokens, run.from, run.to);
    return [{ ...sp, kind: "person", form: "name", name: text.slice(sp.start, sp.end), sentence }];
  }
  return [classifyName(text, tokens, run.from, run.to, tags, sentence)];
}

function isTitleWord(w: string): boolean {
  return TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w);
}
function tokensIncludeHead(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (TITLE_HEADS.has(tokens[k].lower) && !TITLE_MODIFIERS.has(tokens[k].lower)) return true;
  for (let k = from; k < to; k++) if (TITLE_HEADS.has(tokens[k].lower)) return true;
  return false;
}

/** Classifies a bare name (no title) by lexicons, shape and compromise tags. */
function classifyName(text: string, tokens: Token[], from: number, to: number, tags: TagIndex, sentence: number): Candidate {
  const sp = spanOf(tokens, from, to);
  const surface = text.slice(sp.start, sp.end);
  const words = tokens.slice(from, to);
  const asTitle = words.every((w) => w.text === w.text.toUpperCase() && w.text.length > 3) ? words.map((w) => titleCase(w.text)).join(" ") : surface;
  const base = { ...sp, sentence };
  const country = COUNTRY_NAMES.get(surface) ?? COUNTRY_NAMES.get(asTitle);
  if (country) return { ...base, kind: "country", form: "name", name: country.name };
  const capital = CAPITALS.get(surface) ?? CAPITALS.get(asTitle);
  if (capital) {
    const before = text.slice(Math.max(0, sp.start - 30), sp.start);
    const dateline = /^[\s(]*$/.test(text.slice(Math.max(0, sp.start - 2), sp.start)) && /^,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(text.slice(sp.end, sp.end + 6));
    if (LOCATIVE.test(before) || dateline || surface === surface.toUpperCase()) return { ...base, kind: "location", form: "name", name: asTitle };
    return { ...base, kind: "country", form: "name", name: capital.name };
  }
  const demonym = DEMONYMS.get(surface);
  if (demonym) return { ...base, kind: "country", form: "demonym", name: demonym.name };
  if (REGIONS.has(surface) || REGIONS.has(asTitle)) return { ...base, kind: "location", form: "name", name: asTitle };
  const region = REGION_DEMONYMS.get(surface);
  if (region) return { ...base, kind: "location", form: "demonym", name: region };
  const lastWord = words[words.length - 1].lower.replace(/['’]$/, "");
  if (words.length > 1 && EVENT_HEADS.has(lastWord)) return { ...base, kind: "event", form: "name", name: surface };
  if (words.length > 1 && ORG_HEADS.has(lastWord)) return { ...base, kind: "organization", form: "name", name: surface };
  // "Commission for Racial Equality", "Bank of England": an organisation word, then "of"/"for" and a name.
  const of = words.findIndex((w, k) => k > 0 && (w.lower === "of" || w.lower === "for"));
  if (of > 0 && of < words.length - 1 && BODY_OF_HEADS.has(words[of - 1].lower)) return { ...base, kind: "organization", form: "name", name: surface };
  if (words.length === 1 && isAcronym(words[0]) && !ACRONYM_STOP.has(words[0].text.replace(/\./g, ""))) {
    return { ...base, kind: "organization", form: "name", name: surface };
  }
  const tagged = (tag: string) => words.some((w) => hasTag(tags, w, tag));
  if (tagged("Person") || tagged("FirstName")) return { ...base, kind: "person", form: "name", name: surface };
  if (tagged("Organization")) return { ...base, kind: "organization", form: "name", name: surface };
  if (tagged("Place") || tagged("City") || tagged("Region") || tagged("Country")) return { ...base, kind: "location", form: "name", name: surface };
  // A lone proper noun inside a sentence that no lexicon knows ("Hamas", "Gazprom") is most often a group or firm.
  const w = words[0];
  const tg = tags.get(w.start);
  if (words.length === 1 && tg?.has("ProperNoun") && !tg.has("Adjective") && !tg.has("Verb") && !NOT_ENTITIES.has(w.lower) && /^\p{Lu}\p{Ll}{2,}$/u.test(w.text) && !/(?:ern|ian|ese|ish|ic|al)$/.test(w.lower)) {
    return { ...base, kind: "organization", form: "name", name: surface, guessed: true };
  }
  // "Acme shares", "the Islamic State terrorist group": what follows says it is a firm or a group.
  if (ORG_CONTEXT_AFTER.test(text.slice(sp.end, sp.end + 40))) return { ...base, kind: "organization", form: "name", name: surface };
  return { ...base, kind: "unknown", form: "name", name: surface };
}

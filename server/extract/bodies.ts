// Parties and the standing bodies of government named by their usual short forms ("the Tories", "Lib Dems", "GOP",
// "the government", "the Commons", "No 10", "the White House"): general knowledge of English political news, not
// names learnt from any article. These candidates override the name stages where they overlap, and split a name
// stage's "Labour MP Ann Lee" into the party and the person.
import type { Candidate } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";
import type { Span } from "./types.ts";
import { PARTIES, PARTY_NAME_CONTINUATIONS, PARTY_PREFIX_OK, REGION_SIGNALS, type Region } from "./lexicon/parties.ts";
import { COUNTRY_NAMES, DEMONYMS, REGION_DEMONYMS } from "./lexicon/countries.ts";
import { TITLE_HEADS, TITLE_MODIFIERS, HONORIFICS } from "./lexicon/titles.ts";
import { ORG_HEADS } from "./lexicon/organizations.ts";
import { EVENT_HEADS } from "./lexicon/events.ts";
import { TITLE_ABBREVIATIONS } from "./lexicon/abbreviations.ts";
import { SpanIndex } from "./nerMentions.ts";

interface Found extends Span {
  name: string;
  kind: "organization" | "location" | "event";
  form: "name" | "nominal";
  party?: boolean;
  /** The name inside is a person's and stays one ("Clinton" of "the Clinton campaign"). */
  holdsPerson?: boolean;
}

const HOME_GOVERNMENT: Record<Region, string> = { uk: "UK government", us: "US government" };
const HOME_COUNTRY: Record<Region, string> = { uk: "United Kingdom", us: "United States" };

/** Which country's political news the article is, by its party and institution words. */
export function homeRegion(text: string): Region | null {
  const uk = text.match(REGION_SIGNALS.uk)?.length ?? 0;
  const us = text.match(REGION_SIGNALS.us)?.length ?? 0;
  if (!uk && !us) return null;
  return uk >= us ? "uk" : "us";
}

const atStart = (text: string, at: number) => /(?:^|[.!?]["”’]?\s+|\n\s*|["“]\s*)$/.test(text.slice(Math.max(0, at - 4), Math.max(0, at)));
const wordAfter = (text: string, end: number) => /^[ \t]+([\p{L}][\p{L}'’-]*)/u.exec(text.slice(end, end + 40))?.[1] ?? "";
const wordBefore = (text: string, start: number) => /([\p{L}][\p{L}.'’-]*)[ \t]+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? "";
const capital = (w: string) => /^\p{Lu}/u.test(w);
const LOCATIVE = /\b(?:in|at|into|outside|inside|to|from|near|of)\s+(?:the\s+)?$/i;
const VERBISH = /^\s+(?:said|say|says|have|has|had|are|were|was|is|will|would|could|can|may|might|must|should|do|did|does|arrested|believe|believed|found|want|wanted|warned|told|used|made|need|needed)\b/;

/** Sentence-initial (or after an opening quote): a capital there says nothing. */
function atClauseStart(text: string, start: number, sentences: Sentence[]): boolean {
  const i = sentenceOf(sentences, start);
  const s = i >= 0 ? sentences[i] : undefined;
  if (!s) return true;
  const before = text.slice(s.start, start);
  return /^[\s"“‘'(\[]*$/.test(before) || /[:"“—–]\s*$/.test(before);
}

function partyMatches(text: string, from: number, home: Region | null, sentences: Sentence[], personAt: (offset: number) => boolean): Found[] {
  const out: Found[] = [];
  for (const p of PARTIES) {
    if (p.region && p.region !== home) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${p.forms})(?![\\p{L}\\p{N}]|-[\\p{L}])`, "gu");
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index, end = start + m[0].length;
      const next = wordAfter(text, end);
      if (!/[Pp]arty$/.test(m[0]) && capital(next) && PARTY_NAME_CONTINUATIONS.has(next.toLowerCase())) continue;
      // Before another capitalised word the party word is an affiliation only of a title or a person
      // ("Tory MP", "Republican Ann Lee"); otherwise it is part of some other name ("Democratic Action", "Labour Day").
      if (capital(next) && !/^(?:I|The)$/.test(next) && !TITLE_WORD(next) && !TITLE_WORD(next.replace(/s$/, "")) && !FRAGMENTS.has(next.toLowerCase()) && !personAt(end + text.slice(end).search(/\S/))) continue;
      // "Social Democrats", "Irish Republican", "London Assembly Conservatives": another body's name. A capital
      // that only opens the sentence, a title or a determiner leaves the party word alone.
      const prev = wordBefore(text, start);
      const prevStart = start - prev.length - (text.slice(0, start).length - text.slice(0, start).trimEnd().length);
      if (capital(prev) && !prev.endsWith(".") && !PARTY_PREFIX_OK.has(prev.toLowerCase()) && !TITLE_WORD(prev) && !/^(?:The|A|An|But|And|Or|As|If|When|While|Some|Many|Senior|Leading|Former|Both|All|Most|Other)$/.test(prev) && !atClauseStart(text, prevStart, sentences)) continue;
      out.push({ start, end, name: p.name, kind: "organization", form: "name", party: true });
    }
  }
  // "Sen. Ann Lee, R-Ohio", "(D-Va.)": the party letter of a US legislator.
  const letter = /(?<=[(,]\s?)([RD])-(?:[A-Z][a-z]*\.?|[A-Z]{2})(?![\p{L}])/gu;
  letter.lastIndex = from;
  for (let m = letter.exec(text); m; m = letter.exec(text)) {
    out.push({ start: m.index, end: m.index + 1, name: m[1] === "R" ? "Republican Party" : "Democratic Party", kind: "organization", form: "name", party: true });
  }
  return out;
}

const TITLE_WORD = (w: string) => {
  const l = w.toLowerCase().replace(/\.$/, "");
  return TITLE_HEADS.has(l) || TITLE_MODIFIERS.has(l) || HONORIFICS.has(l) || TITLE_ABBREVIATIONS.has(l);
};

/** Standing bodies: parliaments, the cabinet, the government, the police, seats of government that speak. */
function bodyMatches(text: string, from: number, home: Region | null, knownSurnames: Set<string>): Found[] {
  const out: Found[] = [];
  const scan = (re: RegExp, f: (m: RegExpExecArray) => Found | null) => {
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const x = f(m);
      if (x) out.push(x);
    }
  };
  const at = (m: RegExpExecArray, name: string, kind: Found["kind"] = "organization", form: Found["form"] = "name", lead = 0): Found => ({ start: m.index + lead, end: m.index + m[0].length, name, kind, form });
  const leadOf = (m: RegExpExecArray) => m[0].length - m[0].replace(/^(?:the|The)\s+/, "").length;
  const followedByName = (m: RegExpExecArray) => {
    const next = wordAfter(text, m.index + m[0].length);
    return capital(next) && (ORG_HEADS.has(next.toLowerCase()) || EVENT_HEADS.has(next.toLowerCase()));
  };
  // After another capitalised word ("Foo Commons", "European Parliament") the word is part of another name; after
  // a sentence's "The" it is not.
  const namedBefore = (m: RegExpExecArray) => {
    const prev = wordBefore(text, m.index);
    return capital(prev) && !/^(?:The|US|U\.S\.|UK)$/.test(prev);
  };
  scan(/\bHouse of Commons\b|\bCommons\b/g, (m) => (m[0] === "Commons" && namedBefore(m) ? null : at(m, "House of Commons")));
  scan(/\bHouse of Lords\b|(?<![Ll]aw )\bLords\b/g, (m) => (wordBefore(text, m.index) === "of" ? null : at(m, "House of Lords")));
  scan(/\b[Ll]aw [Ll]ords\b/g, (m) => at(m, "law lords"));
  scan(/\bParliament\b/g, (m) => (followedByName(m) || namedBefore(m) ? null : at(m, "Parliament")));
  scan(/\b(?:[Tt]he\s+)?(?:([Ss]hadow)\s+)?[Cc]abinet\b(?!\s+(?:Office|Secretary)\b)/g, (m) => {
    const bare = /^(?:the|The)?\s*(?:[Ss]hadow\s+)?[Cc]abinet$/.test(m[0]);
    if (!bare) return null;
    if (!/^[Tt]he\s/.test(m[0]) && !/^C/.test(m[0].replace(/^[Ss]hadow\s+/, ""))) return null;
    return at(m, m[1] ? "shadow cabinet" : "Cabinet", "organization", "nominal", leadOf(m));
  });
  scan(/\b(?:[Tt]he\s+)?White House\b/g, (m) => at(m, "White House", "organization", "name", leadOf(m)));
  scan(/\bDowning Street\b|\bNo\.?\s?10\b(?:\s+Downing\s+Street\b)?/g, (m) =>
    LOCATIVE.test(text.slice(Math.max(0, m.index - 20), m.index)) && !/^No/.test(m[0]) ? at(m, "Downing Street", "location") : at(m, "Downing Street"));
  // A broadcaster's programme: "BBC Radio 4's World At One", "BBC2's Newsnight", "CNN's State of the Union".
  scan(/\b(?:BBC\s?(?:One|Two|Four|[1-4]|Radio\s?\d|News|World)?|ITV\d?|Channel\s?\d|Sky(?:\s+News)?|Radio\s?\d|CNN|NBC|CBS|ABC|Fox(?:\s+News)?|MSNBC|NPR|PBS|C-SPAN)['’]s\s+(\p{Lu}[\p{L}'’]*(?:\s+(?:[Aa]t|of|the|with|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}'’]*))*)/gu, (m) => {
    const prog = m[1].replace(/(?:\s+(?:at|of|the|with))+$/, "");
    const start = m.index + m[0].length - m[1].length;
    return { start, end: start + prog.length, name: prog, kind: "organization", form: "name" };
  });
  // A joint poll's two media: "Washington Post-ABC News", "NBC News/Wall Street Journal".
  const MEDIUM = "(?:\\p{Lu}[\\p{L}.&]*\\s+){0,3}(?:Post|Times|Journal|News|Herald|Tribune|Telegraph|Globe|Chronicle|Gazette|Review)|[A-Z]{2,5}";
  scan(new RegExp(`(?<![\\p{L}])(${MEDIUM})[-/](${MEDIUM})(?![\\p{L}])`, "gu"), (m) => {
    if (!/\s/.test(m[1]) && !/\s/.test(m[2])) return null; // "ABC-TV": one name
    out.push({ start: m.index, end: m.index + m[1].length, name: m[1], kind: "organization", form: "name" });
    const start = m.index + m[1].length + 1;
    return { start, end: start + m[2].length, name: m[2], kind: "organization", form: "name" };
  });
  // Holidays that actors keep or mark: events.
  scan(/\bEid(?:[- ]al[- ](?:Adha|Fitr))?\b|\bYom Kippur\b|\bRosh Hashanah\b|\bHanukkah\b|\bDiwali\b|\bPassover\b/g, (m) => ({ start: m.index, end: m.index + m[0].length, name: m[0], kind: "event", form: "name" }));
  // Devolved and national executives: "the Scottish Executive".
  scan(/\b(Scottish|Welsh|Northern Ireland|European)\s+Executive\b/g, (m) => at(m, m[0].replace(/\s+/g, " ")));
  // Whitehall: the civil service and its departments speaking as one.
  scan(/\bWhitehall\b/g, (m) => at(m, "Whitehall"));
  scan(/\b(?:[Tt]he\s+)?Kremlin\b/g, (m) => at(m, "Kremlin", "organization", "name", leadOf(m)));
  if (home === "us") {
    scan(/\bCongress\b(?!\s+[Pp]arty)/g, (m) => (followedByName(m) || namedBefore(m) ? null : at(m, "Congress")));
    scan(/\bSenate\b/g, (m) => (followedByName(m) || namedBefore(m) ? null : at(m, "Senate")));
    scan(/\bHouse of Representatives\b|(?<=\b[Tt]he )House\b(?! of)/g, (m) => (followedByName(m) ? null : at(m, "House of Representatives")));
    scan(/\b(?:[Tt]he\s+)?(?:([A-Z][a-z]+)\s+)?administration\b/g, (m) => {
      if (m[1] && knownSurnames.has(m[1])) return at(m, `${m[1]} administration`, "organization", "name", leadOf(m));
      if (!m[1] && /^[Tt]he\s/.test(m[0])) return at(m, "administration", "organization", "nominal", leadOf(m));
      return null;
    });
  }
  // "the Clinton campaign said": a candidate's campaign is an organisation that acts (not the candidate, not an event).
  scan(/\b(\p{Lu}\p{Ll}+)(?:['’]s)?\s+(?:presidential\s+|re-?election\s+)?campaign\b/gu, (m) => (knownSurnames.has(m[1]) ? { ...at(m, `${m[1]} campaign`, "organization", "nominal"), holdsPerson: true } : null));
  // The police acting ("the police said", "by the police"); a budget line ("defence, police and pensions") is not.
  scan(/\b(?:[Tt]he\s+)?police\b(?!\s+(?:officers?|force|station|chief|commissioner|state))/g, (m) =>
    /^[Tt]he\s/.test(m[0]) || VERBISH.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)) ? at(m, "police", "organization", "nominal", leadOf(m)) : null);
  // Governments: "the government" (the article's own), "the Indian government", "the Labour government". A
  // modifier never runs across a full stop ("… advice to the PM. The government …").
  let homeGov = false;
  scan(/\b(?:([Tt]he|[Tt]his|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Aa]ny|[Oo]ur)\s+)?(?:([A-Z][\p{L}.]+(?:(?<!\.)\s+[A-Z][\p{L}.]+)?)\s+)?[Gg]overnment\b(?!\s+(?:of|[A-Z]))/gu, (m) => {
    const det = m[1], mod = m[2];
    const lead = det && !mod ? 0 : det ? m[0].indexOf(mod!) : 0;
    if (mod) {
      const country = DEMONYMS.get(mod) ?? COUNTRY_NAMES.get(mod);
      const partyGov = PARTIES.some((p) => new RegExp(`^(?:${p.forms})$`).test(mod));
      if (home && (partyGov || (country && country.name === HOME_COUNTRY[home]))) {
        homeGov = true;
        return { ...at(m, HOME_GOVERNMENT[home], "organization", "nominal", lead) };
      }
      if (country) return at(m, `${DEMONYMS.has(mod) ? mod : country.name} government`, "organization", "nominal", lead);
      return null;
    }
    if (!home || /^(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)$/.test(det ?? "")) return null;
    // "in government", "the government": the article's own government.
    if (!det && !/\b(?:in|to|from|against|of)\s+$/.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
    homeGov = true;
    return at(m, HOME_GOVERNMENT[home], "organization", "nominal", m[0].search(/[Gg]overnment/));
  });
  // Bare "ministers" act for that government ("ministers had been warned").
  // Not "foreign ministers", "EU ministers", "junior ministers": those are other groups.
  if (homeGov && home) scan(/\b[Mm]inisters\b/g, (m) => {
    const prev = wordBefore(text, m.index);
    if (prev && (capital(prev) && !atStart(text, m.index - prev.length - 1) || TITLE_MODIFIERS.has(prev.toLowerCase()) || DEMONYMS.has(prev) || /^(?:junior|senior|cabinet|government|former|other|some|two|three|several|many|of)$/i.test(prev))) return null;
    return at(m, HOME_GOVERNMENT[home], "organization", "nominal");
  });
  // Committees named in lower case: "the Commons foreign affairs committee", "the environment select committee".
  scan(/(?<![\p{L}'’-])(?:(Commons|Lords|House|Senate|Assembly)\s+)?((?:[a-z][a-z-]*,?\s+(?:and\s+)?){1,4}?)(?:select\s+)?committee\b/gu, (m) => {
    const words = m[2].trim().split(/[\s,]+/).filter((w) => w !== "and");
    if (!words.length || words.some((w) => COMMITTEE_STOP.has(w))) return null;
    return at(m, m[0].replace(/\s+/g, " "), "organization", /^\p{Lu}/u.test(m[0]) ? "name" : "nominal");
  });
  // "the administration" is the one "<President> administration" named, or the White House that speaks for it.
  const admins = [...new Set(out.filter((f) => / administration$/.test(f.name)).map((f) => f.name))];
  const whiteHouse = out.some((f) => f.name === "White House");
  for (const f of out) {
    if (!/administration$/.test(f.name)) continue;
    if (whiteHouse) f.name = "White House";
    else if (f.name === "administration" && admins.length === 1) f.name = admins[0];
  }
  return out;
}
const COMMITTEE_STOP = new Set(["the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your", "of", "to", "in", "on", "by", "for", "with", "from", "said", "told", "new", "same", "which", "who", "whose", "one", "each", "every", "another", "other", "has", "have", "had", "was", "is", "be", "been", "will", "would", "as", "at", "or", "but", "cross-party", "all-party", "joint", "special", "standing"]);

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const inside = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;

/** Position in `sentences` of the sentence holding the offset, or -1. */
function sentenceOf(sentences: Sentence[], offset: number): number {
  let lo = 0, hi = sentences.length - 1, ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans >= 0 && offset < sentences[ans].end ? ans : -1;
}

/** Words of a span with their offsets. */
function words(text: string, span: Span): Array<Span & { w: string }> {
  const out: Array<Span & { w: string }> = [];
  for (const m of text.slice(span.start, span.end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu)) out.push({ start: span.start + m.index!, end: span.start + m.index! + m[0].length, w: m[0] });
  return out;
}

/** "MP Chris Smith", "Justice Antonin Scalia" after an affiliation: the title words, then a capitalised name. */
function titledPerson(text: string, rest: Span, sentence: number, affiliation: Candidate | undefined): Candidate | null {
  const ws = words(text, rest);
  let k = 0;
  while (k < ws.length && TITLE_WORD(ws[k].w)) k++;
  if (k === 0 && !affiliation) return null;
  const name = ws.slice(k);
  if (k === 0 && name.length < 2) return null;
  if (!name.length || name.length > 4 || !name.every((x) => /^\p{Lu}\p{Ll}/u.test(x.w) && !TITLE_WORD(x.w) && !ORG_HEADS.has(x.w.toLowerCase()) && !FRAGMENTS.has(x.w.toLowerCase()))) return null;
  const start = name[0].start, end = name[name.length - 1].end;
  const surface = text.slice(start, end).replace(/['’]s$/, "");
  const titled = k > 0 ? { title: text.slice(ws[0].start, ws[k - 1].end), titleSpan: { start: ws[0].start, end: ws[k - 1].end } } : {};
  return { start, end: start + surface.length, kind: "person", form: "name", name: surface, sentence, ...titled, ...(affiliation ? { affiliation } : {}) };
}

const COMPASS = /\s(?:North|South|East|West|Central|North[- ]?East|North[- ]?West|South[- ]?East|South[- ]?West)$/;
const FRAGMENTS = new Set(["qc", "pm", "mp", "mep", "msp", "mps", "ex", "ex-no", "no"]);

/** A title, an honorific or an initial standing alone ("Lord", "Sen.", "QC", "P."): never an entity. */
function isFragment(text: string, c: Candidate): boolean {
  const s = text.slice(c.start, c.end).trim();
  if (/\s/.test(s)) return false;
  if (/^\p{Lu}\.?$/u.test(s)) return true;
  const l = s.toLowerCase().replace(/\.$/, "");
  // A title's modifier alone may be a department ("the Treasury", "Defence"): only heads and honorifics go.
  return TITLE_HEADS.has(l) || HONORIFICS.has(l) || TITLE_ABBREVIATIONS.has(l) || FRAGMENTS.has(l) || l === "solicitor" || l === "baroness";
}

/** Bills, acts, treaties and plans: documents, not entities (what actors think of them is a topic stance). */
const DOCUMENT = /\b(?:[A-Z][\p{L}'’-]*\s+(?:(?:of|on|for|and|the|to|against|in)\s+){0,2}){1,8}(?:Bill|Act|Treaty|Directive|Amendment|Accord|Plan|Charter|Protocol)\b(?!\s+\p{Lu})|\b(?:Treaty|Treaties) of (?:[A-Z][\p{L}-]+\s?)+|\b(?:[A-Z][\p{L}-]+\s+)*Convention on (?:[A-Z][\p{L}-]+\s?)+/gu;

function documentSpans(text: string, from: number): { spans: Span[]; acronyms: Set<string> } {
  const spans: Span[] = [];
  const acronyms = new Set<string>();
  DOCUMENT.lastIndex = from;
  for (let m = DOCUMENT.exec(text); m; m = DOCUMENT.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    spans.push({ start: m.index, end });
    const acr = /^\s*\(([A-Z][A-Z0-9&-]{1,9})\)/.exec(text.slice(end, end + 14));
    if (acr) acronyms.add(acr[1]);
  }
  return { spans, acronyms };
}

// A run of five or more capitalised names between commas ("…are: Bristol West, Cardiff Central, Leeds North West
// and …"): a list or a table, whose items are entities only where the article names them elsewhere too.
const LIST_ITEM = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:and|of|upon|on|the|de)\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,4}";
// One pass, no backtracking over a failed end: items are counted after the match.
const LIST = new RegExp(`${LIST_ITEM}(?:,\\s+${LIST_ITEM})+(?:,?\\s+(?:and|or)\\s+${LIST_ITEM})?`, "gu");

function listSpans(text: string, from: number): Span[] {
  const out: Span[] = [];
  LIST.lastIndex = from;
  for (let m = LIST.exec(text); m; m = LIST.exec(text)) {
    const items = m[0].split(/,\s+|,?\s+(?:and|or)\s+(?=\p{Lu})/u).length;
    if (items >= 5) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Adds party and body candidates; candidates they overlap give way, keeping a titled person they held. */
export function withBodies(text: string, sentences: Sentence[], candidates: Candidate[]): Candidate[] {
  if (!sentences.length) return candidates;
  const from = sentences[0].start;
  const home = homeRegion(text.slice(from));
  const surnames = new Set(candidates.filter((c) => c.kind === "person").map((c) => text.slice(c.start, c.end).split(/\s+/).pop()!));
  const people = candidates.filter((c) => c.kind === "person" || c.kind === "unknown");
  // A person's name follows, or the name stage glued the party word to one ("Liberal Democrat Ann Lee" as one name).
  const peopleIndex = new SpanIndex(people), candidateIndex = new SpanIndex(candidates);
  const at1 = (offset: number) => ({ start: offset, end: offset + 1 });
  const personAt = (offset: number) => peopleIndex.any(at1(offset)) || candidateIndex.overlapping(at1(offset)).some((c) => c.form === "name" && c.kind !== "event" && c.start < offset && /^\s*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(text.slice(offset, c.end)) && !headed(text, c));
  const raw = [...partyMatches(text, from, home, sentences, personAt), ...bodyMatches(text, from, home, surnames)]
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const found: Array<Found & { sentence: number }> = [];
  const taken = new Uint8Array(text.length + 1); // characters a longer match already holds
  for (const f of raw) {
    const at = sentenceOf(sentences, f.start);
    if (at < 0 || sentenceOf(sentences, f.end - 1) !== at) continue;
    let free = true;
    for (let k = f.start; k < f.end && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, f.start, f.end);
    found.push({ ...f, sentence: sentences[at].index });
  }
  const foundIndex = new SpanIndex(found);
  const asCandidate = (f: Found & { sentence: number }): Candidate => ({ start: f.start, end: f.end, kind: f.kind, form: f.form, name: f.name, sentence: f.sentence });
  const foundCands = new Map(found.map((f) => [f, asCandidate(f)]));
  const out: Candidate[] = [];
  const dropFound = new Set<Found>();
  const docs = documentSpans(text, from);
  const lists = listSpans(text, from);
  const listIndex = new SpanIndex(lists), docIndex = new SpanIndex(docs.spans);
  const inList = (c: Candidate) => listIndex.overlapping(c).some((l) => inside(c, l));
  const seenElsewhere = new Map<string, boolean>();
  const elsewhere = (c: Candidate) => {
    const surface = text.slice(c.start, c.end);
    let known = seenElsewhere.get(surface);
    if (known === undefined) {
      known = false;
      for (let at = text.indexOf(surface, from); at >= 0 && !known; at = text.indexOf(surface, at + 1)) if (!listIndex.any(at1(at))) known = true;
      seenElsewhere.set(surface, known);
    }
    return known;
  };
  // A capitalised "Police said" must not become a proper name through the lower-case nominal's entity.
  const nominals = new Set(found.filter((f) => f.form === "nominal").map((f) => text.slice(f.start, f.end).toLowerCase().replace(/^the\s+/, "")));
  for (const c of candidates) {
    if (c.kind === "unknown" && nominals.has(text.slice(c.start, c.end).toLowerCase())) continue;
    // People in a list stay (a list of ministers); a "person" named like a constituency ("Dorset West") does not.
    if (c.form === "name" && c.kind !== "country" && (c.kind !== "person" || COMPASS.test(text.slice(c.start, c.end))) && inList(c) && !elsewhere(c)) continue;
    // A name stage's span opening in lower case ("of London") or an all-capitals function word ("AND") names nothing.
    if (c.form === "name" && (/^\p{Ll}/u.test(text.slice(c.start, c.end)) || /^(?:AND|OR|BUT|THE|NOT|FOR|WITH)$/.test(text.slice(c.start, c.end)))) continue;
    if (c.form === "name" && (docIndex.any(c) || docs.acronyms.has(text.slice(c.start, c.end)))) continue;
    const over = foundIndex.overlapping(c);
    if (!over.length) {
      if (c.form === "name" && (c.kind === "organization" || c.kind === "location") && !c.title) {
        const pair = splitPair(text, c);
        if (pair) { out.push(...pair); continue; }
        const split = splitTitled(text, c);
        if (split) { out.push(...split); continue; }
      }
      if (c.form === "name" && isFragment(text, c)) continue;
      if (c.form === "name" && NOT_ENTITY.test(text.slice(c.start, c.end))) continue;
      // "Culture Secretary", "Work and Pensions Secretary": the brief's word is part of the office's title.
      if (c.form === "name" && !c.title && (c.kind === "person" || c.kind === "organization") && /^\p{Lu}\p{Ll}+$/u.test(text.slice(c.start, c.end)) && !COUNTRY_NAMES.has(text.slice(c.start, c.end)) && /^\s+(?:and\s+\p{Lu}\p{L}+\s+)?(?:Secretary|Minister)\b/u.test(text.slice(c.end, c.end + 40))) continue;
      // "Lord Irvine of Lairg": the place names the peerage, not a place the article is about.
      if (c.form === "name" && (c.kind === "location" || c.kind === "organization" || c.kind === "unknown") && /\b(?:Lord|Lady|Baroness|Baron|Viscount|Earl)\s+\p{Lu}[\p{L}'’-]+\s+of\s+$/u.test(text.slice(Math.max(0, c.start - 40), c.start))) continue;
      // "the Welsh Assembly", "the London Assembly": a legislature, not a gathering.
      if (c.form === "name" && c.kind === "event" && /\sAssembly$/.test(text.slice(c.start, c.end))) { out.push({ ...c, kind: "organization" }); continue; }
      // "Plaid Cymru's Ann Lee": after a party's possessive, a name of two or three words is its member.
      if (c.form === "name" && c.kind !== "person" && !headed(text, c) && foundIndex.overlapping({ start: Math.max(0, c.start - 4), end: c.start }).some((f) => f.party && /^['’]s\s+$/.test(text.slice(f.end, c.start))) && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(text.slice(c.start, c.end))) {
        out.push({ ...c, kind: "person", name: text.slice(c.start, c.end) });
        continue;
      }
      const peer = honorificPerson(text, c);
      if (peer) { out.push(peer); continue; }
      out.push(placeRead(text, withNumber(text, demonymRead(text, c)), home));
      continue;
    }
    if (over.some((f) => f.holdsPerson && inside(c, f))) {
      if (c.form === "name" && c.kind !== "event") out.push({ ...c, kind: "person", name: text.slice(c.start, c.end) });
      continue;
    }
    if (over.some((f) => inside(c, f))) continue; // the lexicon's reading replaces the name stage's
    const first = over.reduce((a, b) => (a.start < b.start ? a : b));
    const last = over.reduce((a, b) => (a.end > b.end ? a : b));
    // A longer body name holding a party or body word ("Democratic National Committee", "Party of Democratic
    // Action", "Scottish Labour Party"): the name stays whole.
    const lead = text.slice(c.start, first.start);
    if (c.form === "name" && c.kind !== "person" && over.length === 1 && inside(first, c) && (headed(text, c) || /\b(?:of|for|and|the)\s+$/.test(lead))) {
      dropFound.add(first);
      out.push(c);
      continue;
    }
    // "Labour MP Ann Lee", "Liberal Democrat Ann Lee": the party, then the (titled) person.
    if (c.end > last.end && !/\S/.test(lead.replace(/^(?:the|The)\s+/, "")) && /^\s/.test(text.slice(last.end, last.end + 1))) {
      const p = titledPerson(text, { start: last.end, end: c.end }, c.sentence, last.party || last.kind === "organization" ? foundCands.get(last) : undefined);
      if (p) out.push(p);
    }
  }
  for (const f of found) if (!dropFound.has(f)) out.push(foundCands.get(f)!);
  // A titled person whose affiliation a lexicon match now names: the party or body, not the name stage's guess.
  for (const c of out) {
    if (c.kind !== "person" || !c.titleSpan) continue;
    const near = foundIndex.overlapping({ start: Math.max(0, c.titleSpan.start - 3), end: c.titleSpan.end });
    const aff = near.find((f) => !dropFound.has(f) && ((f.end <= c.titleSpan!.start + 1 && /^[\s-]*$/.test(text.slice(f.end, c.titleSpan!.start))) || overlaps(f, c.titleSpan!)));
    if (!aff) continue;
    c.affiliation = foundCands.get(aff);
    if (overlaps(aff, c.titleSpan)) {
      // "Democrat MP": the title is what follows the party word.
      const rest = text.slice(aff.end, c.titleSpan.end).trim();
      if (rest) {
        const start = c.titleSpan.end - rest.length;
        c.titleSpan = { start, end: c.titleSpan.end };
        c.title = rest;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function headed(text: string, c: Candidate): boolean {
  const ws = text.slice(c.start, c.end).toLowerCase().split(/\s+/);
  const last = ws[ws.length - 1].replace(/['’]s?$/, "");
  return ORG_HEADS.has(last) || EVENT_HEADS.has(last);
}

/** "Supreme Court Justice Ann Lee", "MP Chris Smith" tagged as one organisation: the body, and the titled person. */
function splitTitled(text: string, c: Candidate): Candidate[] | null {
  const ws = words(text, c);
  if (ws.length < 2 || headed(text, c)) return null;
  const t = ws.findIndex((x) => TITLE_HEADS.has(x.w.toLowerCase().replace(/\.$/, "")) || (TITLE_MODIFIERS.has(x.w.toLowerCase()) && ws.indexOf(x) + 1 < ws.length && TITLE_WORD(ws[ws.indexOf(x) + 1].w)));
  if (t < 0) return null;
  // "Department of Agriculture Secretary Ann Lee": a title word after "of" still names the body.
  let k = t;
  while (k > 0 && k < ws.length - 1 && /^(?:of|for|and)$/.test(ws[k - 1].w) && TITLE_WORD(ws[k + 1].w)) k++;
  const affiliation = k > 0 ? affiliationOf(text, { start: c.start, end: ws[k - 1].end }, c.sentence) : undefined;
  const p = titledPerson(text, { start: ws[k].start, end: c.end }, c.sentence, affiliation);
  if (!p) return null;
  return affiliation ? [affiliation, p] : [p];
}

/** The body or country before a title: a country by the country list, an organisation by its head word, else a name
 * that only an entity named elsewhere can claim ("NSW"). */
function affiliationOf(text: string, span: Span, sentence: number): Candidate {
  const surface = text.slice(span.start, span.end);
  const country = COUNTRY_NAMES.get(surface);
  if (country) return { ...span, kind: "country", form: "name", name: country.name, sentence };
  const kind = headed(text, { ...span, kind: "organization", form: "name", name: surface, sentence }) ? "organization" : "unknown";
  return { ...span, kind, form: "name", name: surface, sentence };
}

/** "Electoral Commission and National Union of Students": two bodies, each with its own head word. */
function splitPair(text: string, c: Candidate): Candidate[] | null {
  const surface = text.slice(c.start, c.end);
  const m = /^(.+?)\s+(?:and|&)\s+(.+)$/.exec(surface);
  if (!m) return null;
  const left = { start: c.start, end: c.start + m[1].length };
  const right = { start: c.end - m[2].length, end: c.end };
  const lastOf = (s: string) => s.toLowerCase().split(/\s+/).pop()!.replace(/['’]s?$/, "");
  const headedPart = (s: string) => s.split(/\s+/).length >= 2 && (ORG_HEADS.has(lastOf(s)) || /\b(?:of|for)\b/.test(s));
  if (!ORG_HEADS.has(lastOf(m[1])) || m[1].split(/\s+/).length < 2 || !headedPart(m[2])) return null;
  return [
    { ...left, kind: "organization", form: "name", name: m[1], sentence: c.sentence },
    { ...right, kind: "organization", form: "name", name: m[2], sentence: c.sentence },
  ];
}

/** A tagger's place that is a demonym ("Kashmiris", "Britons"): the region or country it names. */
function demonymRead(text: string, c: Candidate): Candidate {
  if (c.form !== "name") return c;
  const surface = text.slice(c.start, c.end);
  // A plural demonym is never one person or one body ("Kashmiris said …").
  if (c.kind !== "location" && c.kind !== "country" && !(/s$/.test(surface) && (DEMONYMS.has(surface) || REGION_DEMONYMS.has(surface)))) return c;
  // A plural is the people ("Britons"); a singular the tagger reads as a place may well be one ("Czech Republic").
  const country = /s$/.test(surface) ? DEMONYMS.get(surface) : undefined;
  if (country) return { ...c, kind: "country", form: "demonym", name: country.name };
  const region = REGION_DEMONYMS.get(surface);
  if (region) return { ...c, kind: "location", form: "demonym", name: region };
  return c;
}

/** Words that name no entity of the contract's kinds: faiths and their followers, the world itself. */
const NOT_ENTITY = /^(?:\p{Lu}-)+\p{Lu}$|\s(?:Prize|Award|Awards|Medal)(?:\s+for\s+.+)?$|^(?:(?:Sunni|Shia|Shiite|Orthodox|Catholic)\s+)?(?:Muslims?|Christians?|Jews|Sikhs?|Hindus?|Buddhists?|Catholics?|Protestants?|Islam|Christianity|Judaism|Sikhism|Hinduism|Buddhism)$|^(?:Earth|World|Heaven|Hell|Internet|Web)$/u;

/** "Lord Falconer", "Baroness Morgan" read by the tagger as a body: the peer, a person. */
function honorificPerson(text: string, c: Candidate): Candidate | null {
  if (c.form !== "name" || c.kind === "person") return null;
  const m = /^(?:Lord|Lady|Baroness|Sir|Dame)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)$/u.exec(text.slice(c.start, c.end));
  if (!m) return null;
  const start = c.end - m[1].length;
  return { start, end: c.end, kind: "person", form: "name", name: m[1], sentence: c.sentence };
}

/** "BBC Radio 4", "Intermediate School 285": a name whose number is part of it. */
function withNumber(text: string, c: Candidate): Candidate {
  if (c.form !== "name" || c.kind !== "organization" || !/(?:Radio|Channel|School|Studio|Station|Group)$/.test(text.slice(c.start, c.end))) return c;
  const m = /^ (\d{1,4})(?![\d.,:%])/.exec(text.slice(c.end, c.end + 6));
  if (!m) return c;
  const end = c.end + m[0].length;
  return { ...c, end, name: text.slice(c.start, end) };
}

/** Head words of places ("Golden Temple", "Tahrir Square", "New York City") and the lower-case nouns after a place
 * name ("Sindh province", "Ohio state"). */
const PLACE_HEAD = /\s(?:Temple|Mosque|Cathedral|Shrine|Square|Street|Avenue|Road|Bridge|Airport|Tower|Towers|Valley|River|Island|Islands|Mountains|Province|Canal|Strait|Peninsula|Desert|Sea|Lake|Bay|Coast|Heights)$/;
const PLACE_AFTER = /^\s+(?:province|state|region|county|district|city|island|valley)\b/;
const HOME_CAPITALS: Record<Region, string> = { uk: "London", us: "Washington" };

function placeRead(text: string, c: Candidate, home: Region | null): Candidate {
  if (c.form !== "name") return c;
  const surface = text.slice(c.start, c.end);
  // "Everett, Wash.", "Dayton, Ohio": a town before its US state, the way US news places it.
  if (c.kind !== "location" && c.kind !== "country" && !c.title && !/\s/.test(surface) && US_STATE_AFTER.test(text.slice(c.end, c.end + 18))) return { ...c, kind: "location", name: surface };
  // "Royal Mail", "National Grid": a body, whatever the tagger's person reading.
  if (c.kind === "person" && !c.title && /^(?:Royal|National|Federal|United|Central|International|Imperial|Metropolitan)\s/.test(surface)) return { ...c, kind: "organization" };
  // The article's own capital is the city ("London's police"), not its country standing for its government.
  if (c.kind === "country" && home && surface === HOME_CAPITALS[home]) return { ...c, kind: "location", name: surface };
  if (c.kind !== "organization" && c.kind !== "person") return c;
  if (c.kind === "organization" && PLACE_HEAD.test(surface) && !/\s(?:Street|Tower|Square)$/.test(surface)) return { ...c, kind: "location" };
  if (PLACE_AFTER.test(text.slice(c.end, c.end + 12)) && !/\s/.test(surface)) return { ...c, kind: "location" };
  return c;
}

// US states as AP style abbreviates them, and their full names, after a comma.
const US_STATES = "Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\\.H|N\\.J|N\\.M|N\\.Y|N\\.C|N\\.D|Okla|Ore|Pa|R\\.I|S\\.C|S\\.D|Tenn|Vt|Va|Wash|W\\.Va|Wis|Wyo";
const US_STATE_NAMES = "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming";
const US_STATE_AFTER = new RegExp(`^,\\s+(?:(?:${US_STATES})\\.|(?:${US_STATE_NAMES})\\b)`);

// Offices and memberships stated around a person's name: the role chain before it ("Tory leader X", "BBC political
// editor X", "Former Liberal Democrat MP X", "Labour's X"), the appositive after it ("X, director of Y", "X, TBWA's
// boss", "X, R-Ky."), and an office named for a person ("the chancellor", resolved by coreference).
import type { Relation, RelationType, Span } from "./types.ts";
import type { Sentence } from "./sentences.ts";
import { findSentence } from "./sentences.ts";
import type { EntityRec, EntityTable, MentionRef } from "./entities.ts";
import { evidenceOf } from "./clauses.ts";
import { DEMONYMS } from "./lexicon/countries.ts";
import { HONORIFICS, TITLE_MODIFIERS } from "./lexicon/titles.ts";
import {
  FORMER, LABEL_PARTY, NOT_PARTY, MEMBER_ROLE_HEADS, NATIONAL_OFFICE_HEADS, PARTY_NAME, PARTY_ROLE_HEADS, PLACE_OFFICE_HEADS,
  ROLE_HEADS, ROLE_STOPWORDS, SYSTEM_WORDS, UK_PARTY_LABEL, US_PARTY_LABEL,
} from "./lexicon/offices.ts";

/** What a role chain says: the bodies named in it, the role's words and head, and whether it is a past role. */
export interface RoleChain {
  bodies: MentionRef[];
  words: string[];
  head: string | null;
  former: boolean;
  /** A body named after the role ("director of Y"): the office's own body. */
  of: MentionRef | null;
}

const AFFILIATION = new Set(["organization", "country", "location"]);
const WORD_BEFORE = /([\p{L}][\p{L}.'’-]*)\s*$/u;
const WORD_AFTER = /^\s*([\p{L}][\p{L}.'’-]*)/u;
const POSSESSIVE = /['’]s?$/;
const HONORIFIC_EXTRA = new Set(["baroness", "baron", "dame", "sir", "lord", "lady", "rt", "hon", "the"]);

export function extractOffices(text: string, sentences: Sentence[], table: EntityTable): Relation[] {
  const out: Relation[] = [];
  const kindOf = (r: MentionRef) => table.get(r.id)!.kind;
  const home = homeGovernment(text, table);
  const add = (source: string, target: string, type: RelationType, at: number, confidence: number, title?: string) => {
    if (source === target) return;
    const s = findSentence(sentences, at);
    const span: Span = s ?? { start: at, end: at + 1 };
    out.push({ source, target, type, attributes: title ? { title } : {}, evidence: [evidenceOf(text, span)], confidence });
  };
  const emit = (person: EntityRec, chain: RoleChain, at: number) => {
    for (const rel of classify(chain, table, home, text)) add(person.id, rel.target, rel.type, at, rel.confidence, rel.title);
  };

  for (const s of sentences) {
    const refs = table.within(s);
    const endingAt = new Map<number, MentionRef>();
    for (const r of refs) if (AFFILIATION.has(kindOf(r)) && (!endingAt.has(r.end) || endingAt.get(r.end)!.start > r.start)) endingAt.set(r.end, r);
    const startingAt = new Map<number, MentionRef>();
    for (const r of refs) if (AFFILIATION.has(kindOf(r)) && (!startingAt.has(r.start) || startingAt.get(r.start)!.end < r.end)) startingAt.set(r.start, r);
    for (const m of refs) {
      const person = table.get(m.id)!;
      if (person.kind !== "person") continue;
      if (m.form === "name") {
        emit(person, leftChain(text, s, m.start, endingAt), m.start);
        const label = partyLabel(text, m.end, s, table);
        if (label) add(person.id, label, "member_of", m.start, 0.85);
        const right = label ? null : rightChain(text, s, m.end, startingAt);
        if (right) emit(person, right, m.start);
      } else if (m.form === "nominal") {
        const chain = nominalChain(text, m, endingAt);
        if (chain) emit(person, chain, m.start);
      }
    }
  }
  return out;
}

/** The role words and bodies right before a name: walks left while the words can belong to a title. */
export function leftChain(text: string, s: Sentence, at: number, endingAt: Map<number, MentionRef>): RoleChain {
  const chain: RoleChain = { bodies: [], words: [], head: null, former: false, of: null };
  let pos = at;
  let honorifics = true;
  for (let steps = 0; steps < 10 && pos > s.start; steps++) {
    while (pos > s.start && /\s/.test(text[pos - 1])) pos--;
    const possessive = /['’]s$|['’]$/.exec(text.slice(Math.max(s.start, pos - 2), pos));
    const bodyEnd = possessive ? pos - possessive[0].length : pos;
    const body = endingAt.get(bodyEnd);
    if (body) {
      chain.bodies.unshift(body);
      pos = body.start;
      honorifics = false;
      // "ex-Tory education secretary": the hyphened prefix marks a past role.
      if (/\bex-$/i.test(text.slice(Math.max(s.start, pos - 3), pos))) { chain.former = true; break; }
      continue;
    }
    if (possessive) break;
    const w = WORD_BEFORE.exec(text.slice(s.start, pos));
    if (!w) break;
    const word = w[1];
    const lower = word.toLowerCase().replace(/\.$/, "");
    if (honorifics && (HONORIFICS.has(lower) || HONORIFIC_EXTRA.has(lower)) && lower !== "the") { pos -= word.length; continue; }
    honorifics = false;
    if (FORMER.test(lower)) { chain.former = true; break; }
    const ex = /^ex-(.+)$/i.exec(word);
    if (ex) {
      chain.former = true;
      const inner = endingAt.get(pos);
      if (inner && inner.start === pos - ex[1].length) chain.bodies.unshift(inner);
      else if (isRoleWord(ex[1], chain)) chain.words.unshift(ex[1]);
      break;
    }
    // "Secretary of Defense", "Chancellor of the Exchequer": a capitalised office runs on through "of (the)".
    if ((lower === "of" || lower === "the") && /^[A-Z]/.test(chain.words[0] ?? "")) {
      const left = /([\p{L}]+)\s+(?:of\s+)?$/u.exec(text.slice(s.start, pos - word.length));
      if (left && /^[A-Z]/.test(left[1]) && ROLE_HEADS.has(left[1].toLowerCase()) && (lower === "of" || /\bof\s+$/.test(text.slice(s.start, pos - word.length)))) {
        chain.words.unshift(word);
        pos -= word.length;
        continue;
      }
    }
    // Left of a body only more of the title goes on ("Deputy BBC director"), never a verb or a loose word ("met").
    const strict = chain.bodies.length > 0 && !ROLE_HEADS.has(lower) && !TITLE_MODIFIERS.has(lower);
    if (strict || ROLE_STOPWORDS.has(lower) || !isRoleWord(word, chain)) {
      const demonym = DEMONYMS.get(word);
      if (demonym && chain.head) chain.words.unshift(word);
      break;
    }
    chain.words.unshift(word);
    pos -= word.length;
  }
  chain.head = roleHead(chain.words);
  return chain;
}

/** An appositive after a name: ", the Republican attorney general of Oklahoma", ", TBWA's boss", ", Tory co-chairman". */
export function rightChain(text: string, s: Sentence, at: number, startingAt: Map<number, MentionRef>): RoleChain | null {
  const lead = /^\s*(?:,|\s[-–—])\s*(?:(?:the|a|an)\s+)?/i.exec(text.slice(at, Math.min(s.end, at + 6)));
  if (!lead) return null;
  let pos = at + lead[0].length;
  const chain: RoleChain = { bodies: [], words: [], head: null, former: false, of: null };
  for (let steps = 0; steps < 10 && pos < s.end; steps++) {
    const body = startingAt.get(pos);
    if (body) {
      chain.bodies.push(body);
      pos = body.end;
      const poss = /^['’]s?\s+/.exec(text.slice(pos, pos + 4));
      if (poss) pos += poss[0].length;
      else if (/^\s+/.test(text.slice(pos, pos + 1))) pos += /^\s+/.exec(text.slice(pos))![0].length;
      continue;
    }
    const w = WORD_AFTER.exec(text.slice(pos, s.end));
    if (!w) break;
    const word = w[1].replace(/[.]$/, "");
    const lower = word.toLowerCase();
    if (FORMER.test(lower)) { chain.former = true; pos += w[0].length; continue; }
    if (ROLE_STOPWORDS.has(lower) || !(ROLE_HEADS.has(lower) || /^[a-z][a-z-]*$/.test(word) || isRoleWord(word, { ...chain, head: "x" }))) break;
    chain.words.push(word);
    pos += w[0].length;
    while (pos < s.end && text[pos] === " ") pos++;
  }
  // A party named as the head noun: "the top Democrat on the House Intelligence Committee".
  const lastBody = chain.bodies[chain.bodies.length - 1];
  chain.head = roleHead(chain.words);
  if (!chain.head && lastBody && chain.words.length <= 2) chain.head = "member";
  if (!chain.head) return null;
  // The office's body: "of / at / on / for / with (the) … Y" within a few words, before any clause break.
  const tail = /^\s*(?:of|at|on|for|with|in)\s+/i.exec(text.slice(pos, pos + 8));
  if (tail) {
    let p = pos + tail[0].length;
    for (let k = 0; k < 6 && p < s.end; k++) {
      const body = startingAt.get(p);
      if (body) { chain.of = body; break; }
      const w = WORD_AFTER.exec(text.slice(p, s.end));
      if (!w || /[,;]/.test(w[0]) || /^(?:who|which|that|and|said|says)$/i.test(w[1])) break;
      p += w[0].length;
      while (p < s.end && text[p] === " ") p++;
    }
  }
  return chain;
}

/** "the chancellor", "the Iraqi prime minister", "the home secretary": a nominal mention that names an office. */
function nominalChain(text: string, m: MentionRef, endingAt: Map<number, MentionRef>): RoleChain | null {
  const form = text.slice(m.start, m.end);
  const words = form.replace(/^the\s+/i, "").split(/\s+/);
  const chain: RoleChain = { bodies: [], words: [], head: null, former: false, of: null };
  for (const w of words) {
    const lower = w.toLowerCase().replace(/['’]s$/, "");
    if (FORMER.test(lower)) chain.former = true;
    else if (DEMONYMS.has(w)) {
      const body = endingAt.get(m.start + form.indexOf(w) + w.length);
      if (body) chain.bodies.push(body);
    } else chain.words.push(w);
  }
  chain.head = roleHead(chain.words);
  return chain.head ? chain : null;
}

/** The role's head: its last word, "attorney" in "attorney general", none unless a role word. */
function roleHead(words: string[]): string | null {
  if (!words.length) return null;
  const of = words.findIndex((w) => w.toLowerCase() === "of");
  if (of > 0) return roleHead(words.slice(0, of));
  const last = words[words.length - 1].toLowerCase().replace(/\.$/, "");
  const prev = words.length > 1 ? words[words.length - 2].toLowerCase() : "";
  if (last === "general" && /^(?:attorney|solicitor|surgeon|secretary|director|postmaster)$/.test(prev)) return prev;
  return ROLE_HEADS.has(last) ? last : null;
}

/** A word that can be part of a title: a role word, a title modifier, or (right of a head) a modifier in the title's case. */
function isRoleWord(word: string, chain: RoleChain): boolean {
  const lower = word.toLowerCase().replace(/\.$/, "");
  if (ROLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower)) return true;
  if (!chain.words.length) return false;
  if (/^[a-z][a-z-]+$/.test(word)) return lower.length > 2;
  return /^[A-Z][a-z]+$/.test(word) && /(?:al|ic|ary|ive|ial|s|ion|ice|ment|ure|ce|ry|ty|an)$/.test(lower) && /^[A-Z]/.test(chain.words[0]);
}

interface Found {
  target: string;
  type: RelationType;
  title?: string;
  confidence: number;
}

/** What a role chain states: membership of a party, an office in a party, a body, a country or a place. */
export function classify(chain: RoleChain, table: EntityTable, home: string | null, text: string): Found[] {
  const out: Found[] = [];
  const title = chain.words.join(" ") || undefined;
  const head = chain.head;
  const ents = chain.bodies.map((b) => table.get(b.id)!);
  const party = ents.find(isParty);
  const of = chain.of ? table.get(chain.of.id)! : undefined;
  const body = of ?? ents.find((e) => e.kind === "organization" && !isParty(e)) ?? ents.find((e) => e.kind === "country") ?? ents.find((e) => e.kind === "location");
  const shadow = chain.words.some((w) => /^shadow$/i.test(w));
  if (!head) {
    if (party && chain.bodies.length === 1) out.push({ target: party.id, type: "member_of", confidence: 0.75 });
    return out;
  }
  if (party && (!body || body === party)) {
    if (MEMBER_ROLE_HEADS.has(head) || chain.former) out.push({ target: party.id, type: "member_of", confidence: 0.8 });
    else if (shadow || PARTY_ROLE_HEADS.has(head) && !(NATIONAL_OFFICE_HEADS.has(head) && isNationalTitle(chain.words))) out.push({ target: party.id, type: "holds_position", title, confidence: 0.8 });
    else {
      out.push({ target: party.id, type: "member_of", confidence: 0.75 });
      if (home && NATIONAL_OFFICE_HEADS.has(head)) out.push({ target: home, type: "holds_position", title, confidence: 0.6 });
    }
    return out;
  }
  if (party) out.push({ target: party.id, type: "member_of", confidence: 0.75 });
  if (chain.former) return out;
  if (body) {
    if (body.kind === "location" && !PLACE_OFFICE_HEADS.has(head) && !/attorney|secretary|senator|judge/.test(head)) return out;
    if (MEMBER_ROLE_HEADS.has(head) && head !== "member" && body.kind !== "organization") return out;
    out.push({ target: body.id, type: head === "member" && !title ? "member_of" : "holds_position", title, confidence: 0.75 });
    return out;
  }
  if (PLACE_OFFICE_HEADS.has(head)) {
    const place = placeOfOffice(text, head, table);
    if (place) out.push({ target: place, type: "holds_position", title, confidence: 0.6 });
    return out;
  }
  if (home && !shadow && NATIONAL_OFFICE_HEADS.has(head) && isNationalTitle(chain.words) && !(head === "president" && isMonarchy(table.get(home)))) {
    out.push({ target: home, type: "holds_position", title, confidence: 0.65 });
  }
  return out;
}

/** A national office stated without its country: "Foreign Secretary", "prime minister", "President"; not a bare "secretary". */
function isNationalTitle(words: string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  const head = lower[lower.length - 1];
  if (head === "secretary") return lower.length > 1 && !/^(?:press|party|general|private|permanent|executive|deputy|cabinet)$/.test(lower[lower.length - 2]);
  if (head === "minister") return true;
  if (/^(?:general)$/.test(head)) return /^(?:attorney|solicitor)$/.test(lower[lower.length - 2] ?? "");
  return true;
}

/** A political party: an organisation named with a party word, not a government or a chamber ("the Labour government"). */
export const isParty = (e: EntityRec | undefined): e is EntityRec =>
  !!e && e.kind === "organization" && !NOT_PARTY.test(e.name) && [e.name, ...e.aliases].some((n) => PARTY_NAME.test(n) && !NOT_PARTY.test(n));

/** Offices only kingdoms lack: the UK has no president. */
const isMonarchy = (e: EntityRec | undefined) => !!e && /^(?:united kingdom|uk|britain|great britain)$/i.test(e.name);

/** The government an article's unqualified national offices belong to: its country by the system's words, else the most named. */
export function homeGovernment(text: string, table: EntityTable): string | null {
  const countries = [...table.byId.values()].filter((e) => e.kind === "country");
  const gov = [...table.byId.values()].find((e) => e.kind === "organization" && /^(?:(?:the|uk|us|british|american)\s+)?(?:government|administration)$/i.test(e.name));
  let best: { id: string | null; score: number } | null = null;
  for (const sys of SYSTEM_WORDS) {
    const score = (text.match(sys.words) ?? []).length;
    if (!score || (best && best.score >= score)) continue;
    const c = countries.find((e) => [e.name, ...e.aliases].some((n) => sys.country.test(n)));
    // One word of a system is enough when its country is named; without the country, the government stands for it.
    if (c) best = { id: c.id, score };
    else if (score >= 3) best = { id: gov?.id ?? null, score };
  }
  if (best) return best.id;
  const named = countries
    .map((e) => ({ e, n: e.mentions.filter((m) => m.form === "name").length, first: Math.min(...e.mentions.map((m) => m.start)) }))
    .sort((a, b) => b.n - a.n || a.first - b.first);
  return named[0]?.e.id ?? gov?.id ?? null;
}

/** "Mayor of London", "London mayor", "governor of Ohio": the place an article names with the office. */
function placeOfOffice(text: string, head: string, table: EntityTable): string | null {
  const word = head === "gov" ? "gov(?:ernor)?\\.?" : head;
  for (const re of [new RegExp(`\\b${word}\\s+of\\s+`, "gi"), new RegExp(`\\s+${word}\\b`, "gi")]) {
    for (const m of text.matchAll(re)) {
      const at = re.source.startsWith("\\b") ? (m.index ?? 0) + m[0].length : m.index ?? 0;
      const ref = re.source.startsWith("\\b") ? table.at({ start: at, end: at + 1 }) : table.within({ start: Math.max(0, at - 40), end: at }).pop();
      if (ref && (re.source.startsWith("\\b") ? ref.start === at : ref.end === at) && ["location", "country"].includes(table.get(ref.id)!.kind)) return ref.id;
    }
  }
  return null;
}

/** A party label after a name: "X, R-Ky.," or "X (Lab, Leeds)": the party it names, made when the article names it no other way. */
function partyLabel(text: string, at: number, s: Sentence, table: EntityTable): string | null {
  const after = text.slice(at, Math.min(s.end, at + 60));
  const us = US_PARTY_LABEL.exec(after);
  const uk = us ? null : UK_PARTY_LABEL.exec(after);
  const letter = us?.[1] ?? uk?.[1];
  if (!letter) return null;
  const re = LABEL_PARTY[letter];
  const known = [...table.byId.values()].find((e) => e.kind === "organization" && [e.name, ...e.aliases].some((n) => re.test(n)));
  if (known) return known.id;
  const name = { R: "Republican Party", D: "Democratic Party", I: "", Lab: "Labour", Con: "Conservative Party", LD: "Liberal Democrats", "Lib Dem": "Liberal Democrats", SNP: "Scottish National Party", PC: "Plaid Cymru", Green: "Green Party", UKIP: "UKIP" }[letter];
  if (!name) return null;
  const e = table.add("organization", name);
  const m = (us ?? uk)!;
  const start = at + m[0].indexOf(letter);
  table.mention(e, { start, end: start + letter.length }, "name", s.index, letter);
  return e.id;
}

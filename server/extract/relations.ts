// Structural relations: offices held, chairs, participation and absence, location, armed conflict, membership, parts.
import type { Relation, RelationType, Span } from "./types.ts";
import { findSentence, type Sentence } from "./sentences.ts";
import type { EntityTable, MentionRef } from "./entities.ts";
import type { QuotedSegment } from "./quoted.ts";
import { PARTICIPATE_CUES, ABSENT_CUES } from "./lexicon/events.ts";
import { CONFLICT_NOUNS, HOSTILE_VERBS } from "./lexicon/verbs.ts";
import { subjectBefore, appositiveHead, evidenceOf } from "./clauses.ts";
import { resolveWeekday } from "./dates.ts";
import { nameKey } from "./text.ts";
import { TITLE_HEADS } from "./lexicon/titles.ts";

export function extractRelations(text: string, sentences: Sentence[], table: EntityTable, quoted: QuotedSegment[], date: string | null): Relation[] {
  const out: Relation[] = [];
  const add = (source: string, target: string, type: RelationType, evidence: Span, confidence: number, attributes: Relation["attributes"] = {}) => {
    if (source === target) return;
    out.push({ source, target, type, attributes, evidence: [evidenceOf(text, evidence)], confidence });
  };
  const kind = (r: MentionRef | undefined) => (r ? table.get(r.id)!.kind : undefined);

  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    const refs = table.within(s);
    const events = refs.filter((r) => kind(r) === "event");

    // chairs: "co-chaired by A and B" (target: the appositive head or the subject), "A chairs X".
    const ch = /\b(?:co-)?chair(?:ed|s)?\s+by\s+/i.exec(slice);
    if (ch) {
      const at = s.start + ch.index;
      const target = appositiveHead(text, s, at, table, new Set(["organization", "event"])) ?? refs.filter((r) => r.end <= at && (kind(r) === "organization" || kind(r) === "event")).pop();
      const listEnd = clauseEnd(text, at + ch[0].length, s.end);
      const chairs = table.within({ start: at + ch[0].length, end: listEnd }).filter((r) => ["country", "organization", "person"].includes(kind(r)!));
      if (target) for (const c of chairs) add(c.id, target.id, "chairs", s, 0.85);
    }
    for (const m of slice.matchAll(/\b(?:co-)?chair(?:s|ed|ing)\s+(?:the\s+)?/gi)) {
      if (/by\s+$/.test(m[0])) continue;
      const at = s.start + (m.index ?? 0);
      const subj = subjectBefore(text, s, at, table, quoted);
      const obj = refs.find((r) => r.start >= at + m[0].length && (kind(r) === "organization" || kind(r) === "event"));
      if (subj && obj && obj.start - (at + m[0].length) < 30) add(subj.id, obj.id, "chairs", s, 0.8);
    }

    // participates_in / absent_from: a cue, then an event within the clause.
    for (const ev of events) {
      const lead = text.slice(Math.max(s.start, ev.start - 70), ev.start);
      const cue = lastMatch(lead, PARTICIPATE_CUES);
      if (!cue) continue;
      const between = lead.slice(cue.index + cue[0].length);
      if (/[,;]/.test(between) || between.split(/\s+/).length > 8) continue;
      const cueAt = ev.start - lead.length + cue.index;
      const absent = ABSENT_CUES.exec(text.slice(Math.max(s.start, cueAt - 25), cueAt + cue[0].length));
      const subj = subjectBefore(text, s, cueAt, table, quoted) ?? firstActor(refs, table, ev);
      if (!subj || subj.id === ev.id) continue;
      const when = /\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.exec(text.slice(ev.end, ev.end + 40));
      const attributes: Relation["attributes"] = {};
      const day = when ? resolveWeekday(date, when[1]) : null;
      if (day) attributes.date = day;
      const scheduled = /\b(?:scheduled|expected|due|set|planned|plans?)\s+to\s+$/i.test(text.slice(Math.max(s.start, cueAt - 25), cueAt));
      if (absent && !scheduled) add(subj.id, ev.id, "absent_from", s, 0.8, attributes);
      else if (!absent) add(subj.id, ev.id, "participates_in", s, scheduled ? 0.5 : 0.75, attributes);
      else if (scheduled) add(subj.id, ev.id, "participates_in", s, 0.4, attributes);
    }

    // located_in: "<event|organization> in <place>", "<org> based in <place>".
    for (const r of refs) {
      const k = kind(r);
      if (k !== "event" && k !== "organization") continue;
      const m = (k === "event" ? /^\s+(?:(?:held|taking place|hosted)\s+)?(?:in|at)\s+(?:the\s+)?/ : /^,?\s+(?:based|headquartered)\s+in\s+|^\s+in\s+(?=[A-Z])/).exec(text.slice(r.end, r.end + 30));
      // "climate talks in Paris" as one event phrase: the place it names at its end.
      const last = k === "event" ? refs.find((x) => x.end === r.end && x.start > r.start && (kind(x) === "location" || kind(x) === "country")) : undefined;
      if (last && /\s(?:in|at)\s+(?:the\s+)?$/.test(text.slice(r.start, last.start))) add(r.id, last.id, "located_in", s, 0.75);
      if (!m) continue;
      const place = table.at({ start: r.end + m[0].length, end: r.end + m[0].length + 1 });
      if (place && (kind(place) === "location" || kind(place) === "country") && place.start === r.end + m[0].length) add(r.id, place.id, "located_in", s, 0.8);
    }

    places(text, s, refs, table, add);

    // in_conflict_with: war/invasion/attacks between named sides, and hostile acts by one side on another.
    conflicts(text, s, refs, table, add);

    // member_of: "X, a member of Y", "X joined Y", "member states of Y such as X".
    for (const m of slice.matchAll(/\b(?:(?:is|are|was|were|as)\s+(?:a\s+)?members?\s+of|joined|(?:a\s+)?member\s+(?:state|country)\s+of)\s+(?:the\s+)?/gi)) {
      const at = s.start + (m.index ?? 0);
      const y = refs.find((r) => r.start === at + m[0].length && kind(r) === "organization");
      const x = subjectBefore(text, s, at, table, quoted) ?? appositiveHead(text, s, at, table);
      if (x && y) add(x.id, y.id, "member_of", s, 0.7);
    }
  }

  // part_of: an event named after an organisation is that organisation's event.
  for (const e of table.byId.values()) {
    if (e.kind !== "event") continue;
    const key = nameKey(e.name);
    for (const o of table.byId.values()) {
      if (o.kind !== "organization") continue;
      const names = [o.name, ...o.aliases].map(nameKey).filter((n) => n.length > 1);
      if (!names.some((n) => key.startsWith(`${n} `))) continue;
      const m = e.mentions.find((x) => x.form === "name") ?? e.mentions[0];
      add(e.id, o.id, "part_of", sentenceSpan(sentences, m.start), 0.6);
    }
  }
  return dedupe(out);
}

function conflicts(text: string, s: Sentence, refs: MentionRef[], table: EntityTable, add: (a: string, b: string, t: RelationType, e: Span, c: number) => void): void {
  const slice = text.slice(s.start, s.end);
  const sides = refs.filter((r) => ["country", "organization"].includes(table.get(r.id)!.kind) || r.form === "demonym");
  const nounRe = new RegExp(CONFLICT_NOUNS.source, "gi");
  for (const m of slice.matchAll(nounRe)) {
    const at = s.start + (m.index ?? 0);
    const end = at + m[0].length;
    // Aggressor: demonym or possessor right before ("Russian invasion", "Russia's war", "its war" -> nearest country).
    let a = sides.filter((r) => r.end <= at && at - r.end <= 30 && /^(?:['’]s)?(?:\s+[a-z-]+){0,3}\s+$/.test(text.slice(r.end, at))).pop();
    if (!a && /\b(?:its|their)\s+$/.test(text.slice(Math.max(s.start, at - 8), at))) {
      a = sides.filter((r) => r.end <= at).pop();
    }
    // Other side: "with/against/on/of/in B", "between A and B".
    const after = /^\s+(?:with|against|on|of|in|into|between)\s+(?:the\s+)?/.exec(text.slice(end, end + 20));
    let b = after ? sides.find((r) => r.start >= end + after[0].length && r.start - (end + after[0].length) <= 20) : undefined;
    if (a && b && a.id !== b.id) add(a.id, b.id, "in_conflict_with", s, 0.75);
    // "B ... against the Russian invasion": B is the side named before "its fight/war against".
    if (!b && a && /\b(?:against|to)\s+(?:the\s+)?(?:[a-z]+\s+)?$/.test(text.slice(Math.max(s.start, a.start - 30), a.start))) {
      const fightAt = text.slice(s.start, a.start).search(/\b(?:its|their)\s+(?:fight|war|struggle|battle|defen[cs]e)\s+against\s+(?:the\s+)?(?:[a-z]+\s+)?$/);
      if (fightAt >= 0) {
        b = sides.filter((r) => r.end <= s.start + fightAt && r.form !== "demonym").pop();
        if (b && a.id !== b.id) add(a.id, b.id, "in_conflict_with", s, 0.7);
      }
    }
  }
  // Hostile acts: "Russia is firing drones into Ukraine", "X invaded Y".
  const words = slice.matchAll(/\b[a-z]+\b/g);
  for (const w of words) {
    if (!HOSTILE_VERBS.has(w[0]) || /^(?:target|threat|fire|attack|strike|strikes|attacks|shot)$/.test(w[0])) continue;
    const at = s.start + (w.index ?? 0);
    const a = sides.filter((r) => r.end <= at && at - r.end <= 40 && r.form !== "demonym" && !/[,;]/.test(text.slice(r.end, at))).pop();
    const b = sides.find((r) => r.start > at && r.start - at <= 70 && /\b(?:into|on|at|against|in)\s+(?:the\s+)?$|^\s*$/.test(text.slice(Math.max(at, r.start - 12), r.start)) && !/[,;]/.test(text.slice(at, r.start)));
    if (a && b && a.id !== b.id) add(a.id, b.id, "in_conflict_with", s, 0.65);
  }
}

/**
 * Places within places: "Amritsar in India", "Brooklyn, New York", "the Mowden area of Darlington", "the Pakistani
 * city of Lahore", "Pakistan's Sindh province".
 */
function places(text: string, s: Sentence, refs: MentionRef[], table: EntityTable, add: (a: string, b: string, t: RelationType, e: Span, c: number) => void): void {
  const isPlace = (r: MentionRef | undefined) => !!r && ["location", "country"].includes(table.get(r.id)!.kind);
  const startingAt = (at: number) => refs.find((r) => r.start === at);
  for (const r of refs) {
    if (table.get(r.id)!.kind !== "location") continue;
    const after = /^(?:\s+in\s+(?:the\s+)?|,\s+|\s+(?:area|district|region|suburb|province|county|state)\s+of\s+)/.exec(text.slice(r.end, r.end + 24));
    const outer = after ? startingAt(r.end + after[0].length) : undefined;
    // "Brooklyn, New York" only when the comma closes the pair: not a list of places.
    const inList = /(?:,|\band|\bor)\s*$/.test(text.slice(Math.max(s.start, r.start - 6), r.start));
    const closes = !!outer && /^\s*(?:[.;)]|$|,\s+[a-z]|\s+(?:where|on|is|was|has|had|said)\b)/.test(text.slice(outer.end, outer.end + 10));
    const listed = !!after && after[0].startsWith(",") && (inList || !closes);
    if (outer && isPlace(outer) && outer.id !== r.id && !listed) {
      add(r.id, outer.id, "located_in", s, 0.7);
    }
  }
  for (const m of text.slice(s.start, s.end).matchAll(/\b(?:city|town|province|state|region|capital|village|port)\s+of\s+/g)) {
    const at = s.start + (m.index ?? 0);
    const inner = startingAt(at + m[0].length);
    const before = refs.filter((x) => x.end <= at && at - x.end <= 2 && (x.form === "demonym" || table.get(x.id)!.kind === "country")).pop();
    if (inner && isPlace(inner) && before && before.id !== inner.id) add(inner.id, before.id, "located_in", s, 0.7);
  }
  for (const r of refs) {
    if (table.get(r.id)!.kind !== "country") continue;
    const poss = /^['’]s\s+/.exec(text.slice(r.end, r.end + 4));
    const inner = poss ? startingAt(r.end + poss[0].length) : undefined;
    if (inner && table.get(inner.id)!.kind === "location" && /^\s+(?:province|state|region|county|city|capital|district)\b/.test(text.slice(inner.end, inner.end + 12))) add(inner.id, r.id, "located_in", s, 0.7);
  }
}

function lastMatch(s: string, re: RegExp): RegExpExecArray | null {
  const g = new RegExp(re.source, "gi");
  let m: RegExpExecArray | null, last: RegExpExecArray | null = null;
  while ((m = g.exec(s))) last = m;
  return last;
}

function firstActor(refs: MentionRef[], table: EntityTable, not: MentionRef): MentionRef | undefined {
  return refs.find((r) => r.id !== not.id && table.get(r.id)!.kind === "person");
}

function clauseEnd(text: string, from: number, end: number): number {
  const m = /\s(?:that|which|who)\s|[;.]/.exec(text.slice(from, end));
  return m ? from + m.index : end;
}

function sentenceSpan(sentences: Sentence[], offset: number): Span {
  return findSentence(sentences, offset) ?? { start: offset, end: offset + 1 };
}

// Enough sentences to show a relation; a document repeating it thousands of times needs no more.
const MAX_EVIDENCE = 25;

/** One relation per (source, type, target): evidence spans merged, highest confidence kept. */
export function dedupe(rels: Relation[]): Relation[] {
  const by = new Map<string, Relation>();
  const seen = new Map<string, Set<number>>();
  for (const r of rels) {
    const key = `${r.source}|${r.type}|${r.target}|${r.polarity ?? ""}|${r.attributes.act ?? ""}`;
    const have = by.get(key);
    if (!have) {
      by.set(key, { ...r, evidence: [...r.evidence] });
      seen.set(key, new Set(r.evidence.map((e) => e.start)));
      continue;
    }
    const starts = seen.get(key)!;
    for (const e of r.evidence) {
      if (starts.has(e.start) || have.evidence.length >= MAX_EVIDENCE) continue;
      starts.add(e.start);
      have.evidence.push(e);
    }
    have.confidence = Math.max(have.confidence, r.confidence);
    for (const [k, v] of Object.entries(r.attributes)) if (have.attributes[k] === undefined && v !== undefined) have.attributes[k] = v;
  }
  return [...by.values()];
}

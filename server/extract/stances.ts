// Stances: speech acts and actions (urge, commit, praise, criticize, reject, threaten, warn, …) toward entities and
// topics, with the holder resolved through quotes and coreference, and negation flipping or cancelling polarity.
import type { Polarity, Quote, Relation, Span } from "./types.ts";
import type { Sentence } from "./sentences.ts";
import type { EntityTable, MentionRef } from "./entities.ts";
import type { QuotedSegment } from "./quoted.ts";
import { STANCE_VERBS, STANCE_NOUNS, HOSTILE_VERBS, NEGATION, type StanceAct } from "./lexicon/verbs.ts";
import { TOPICS, TOPIC_NOISE } from "./lexicon/topics.ts";
import { subjectBefore, mainSubject, speakerAt, appositiveHead, evidenceOf } from "./clauses.ts";
import { dedupe } from "./relations.ts";
import { inQuoted } from "./quoted.ts";
import type { TagIndex } from "./postags.ts";
import { locateSpan, type ParsedSentence } from "./parse/index.ts";
import { subjectOf } from "./parse/queries.ts";
import { MAX_READ_TOKENS, RELATIVE, viewOf, type View } from "./parseView.ts";
import { DEMANDED_OF } from "./lexicon/stanceVerbs.ts";

const TARGET_KINDS = new Set(["person", "organization", "country"]);
// Verbs that act on their object without judging it: "provide support to X", "increase pressure on X", "retaliate".
const GENERIC_VERB = /^(?:provid|help|aid|deliver|increas|boost|strengthen|reinforc|enhanc|intensif|ramp|expand|cut|reduc|forc|pressur|requir|investigat|counter|sanction|punish|deter|isolat|protect|recogni|prioriti|invest|retaliat|block|ban|veto|scrap|resist)/i;
const WORD = /[A-Za-z][A-Za-z'’-]*(?:\s+(?:up|on|for|out|in)\b)?/g;
const DISSUADED_BEFORE = /\b(?:against|from|stop|stopped|avoid|refrain from|cease|not to|never to)\s+["“‘']?$/i;
const RETREAT = /\b(?:stepping back from|step(?:s|ped)? back from|withdraw(?:s|ing|n)? from|withdrew from|end(?:s|ed|ing)?|abandon(?:s|ed|ing)?|cut(?:s|ting)?|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|scal(?:e|es|ed|ing) back)\s+(?:(?:its|their|his|her|the)\s+)?$/i;

interface Cue extends Span {
  act: StanceAct;
  noun: boolean;
}

export function extractStances(text: string, sentences: Sentence[], table: EntityTable, quoted: QuotedSegment[], quotes: Quote[], tags: TagIndex, parse: ParsedSentence[] = []): Relation[] {
  const out: Relation[] = [];
  const views = new Map<number, View>();
  // Topic mentions join the table after the pass, so lookups meanwhile see a stable index.
  const pending: Array<() => void> = [];
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    const refs = table.within(s);
    // "to meet demand driven by …": a cue the tagger reads as a noun is no act.
    // (After "to" or a modal it is a verb whatever the tagger says: "wants to scrap fees".)
    // "to meet demand": right after an infinitive (not one that takes a bare verb, "help scrap") it is the object.
    const objectOfInfinitive = (c: Cue) => {
      const from = Math.max(0, c.start - 30);
      const m = /\bto\s+([a-z]+)(\s+)$/i.exec(text.slice(from, c.start));
      // ("to stop attacking": a gerund after the verb is a verb still)
      if (!m || /^(?:help|let|make|see|hear|watch)$/i.test(m[1]) || /^\S+ing\b/i.test(text.slice(c.start, c.end))) return false;
      return !!tags.get(c.start - m[2].length - m[1].length)?.has("Verb");
    };
    // "… ahead of the vote - warning that the Tories …": an "-ing" word before "that", with no article, is a verb
    // whatever the tagger says ("a warning that …" is a noun).
    const participle = (c: Cue) => /^\S+ing\s+that\b/i.test(text.slice(c.start, c.end + 6)) && !/\b(?:a|an|the|his|her|its|their|this|that|no)\s+$/i.test(text.slice(Math.max(0, c.start - 8), c.start));
    // "warned demand for Opec's crude would outstrip supply": a bare verb form after anything but "to", a modal, "do"
    // or a verb that takes one ("help scrap") is a noun the tagger misread.
    const bareNoun = (c: Cue) => !!tags.get(c.start)?.has("Infinitive") && c.start > s.start
      && !/\b(?:to|will|would|should|must|can|could|may|might|shall|not|n't|do|does|did|please|let|help|make|see|hear|watch|and|or)\s+["“‘']?(?:\w+ly\s+)?["“‘']?$/i.test(text.slice(Math.max(s.start, c.start - 24), c.start));
    const cues = cuesIn(slice, s.start).filter((c) => c.noun || participle(c) || ((!tags.get(c.start) || tags.get(c.start)!.has("Verb")) && !objectOfInfinitive(c) && !bareNoun(c))
      || /\b(?:to|will|would|should|must|can|could|may|might|shall|not|n't)\s+$/i.test(text.slice(Math.max(0, c.start - 12), c.start)));
    let prev: { cue: Cue; holder: string; scope: Span } | null = null;
    for (let ci = 0; ci < cues.length; ci++) {
      const cue = cues[ci];
      // A stance noun inside the previous verb's object shares its holder: "provides military support to X".
      // Not across a complement clause with a subject of its own: in "demanding that Obama make a pledge", Obama pledges.
      const between: string = prev ? text.slice(prev.cue.end, cue.start) : "";
      const thatAt: number = prev ? between.search(/\bthat\s/) : -1;
      const ownSubject: boolean = thatAt >= 0 && refs.some((r) => r.start > prev!.cue.end + thatAt && r.end <= cue.start && TARGET_KINDS.has(table.get(r.id)!.kind));
      const inherited: string | undefined = prev && !ownSubject && cue.start <= prev.scope.end && !/[,;]/.test(between) ? prev.holder : undefined;
      const surface: string | undefined = inherited ?? holderOf(text, s, cue, table, quoted, quotes);
      const holder: string | undefined = surface && !cue.noun ? parsedHolder(parse, cue, table, quotes, views, surface) : surface;
      if (!holder) continue;
      const scope = objectScope(text, cue.end, Math.min(s.end, cues[ci + 1]?.start ?? s.end));
      prev = { cue, holder, scope: objectScope(text, cue.end, s.end) };
      // "a pledge not to pardon X": what is committed to is the opposite of the object, which a polarity cannot say.
      if (/^\s+not\s+to\b/.test(text.slice(cue.end, cue.end + 12))) continue;
      // "warned the press against attacking X", "to stop attacking X": a defence of X, which the parse-based stage reads.
      if (cue.act.polarity === "oppose" && DISSUADED_BEFORE.test(text.slice(Math.max(s.start, cue.start - 25), cue.start))) continue;
      let polarity = cue.act.polarity;
      const lead = text.slice(Math.max(s.start, cue.start - 30), cue.start);
      const negated = NEGATION.test(lead.split(/[,;]/).pop() ?? "") && !/\bnot only\b/.test(lead);
      if (negated || RETREAT.test(lead)) {
        if (polarity === "neutral") continue;
        polarity = polarity === "support" ? "oppose" : "neutral";
        if (polarity === "neutral") continue;
      }
      // Inside someone's words the object ends with them ("… fall into debt," Shareholders United's X said); and "rejected
      // the allegation that Brown had been sidelined" does not reject Brown ("warning that the Tories …" does warn them).
      const within = inQuoted(quoted, cue.start)?.end ?? scope.end;
      // "called for an apology from X" demands something of X (the parse-based stage reads it): X is no one backed.
      const inScope = refs.filter((r) => r.start >= cue.end && r.end <= Math.min(scope.end, within) && TARGET_KINDS.has(table.get(r.id)!.kind) && r.id !== holder && !/^\s+\S+(?:\s+\S+)*?\s+that\s/i.test(text.slice(cue.end, r.start)) && !demandedOf(text, r));
      // "backed Israel's right": the possessor is the target, unless it is the holder's own country ("his country's").
      const own = new Set(table.get(holder)?.titles.map((t) => t.affiliation) ?? []);
      const plain = inScope.filter((r) => !isPossessor(text, r));
      const targets = plain.length || cue.act.polarity !== "support" ? plain : inScope.filter((r) => !own.has(r.id) && r.form !== "nominal").slice(0, 1);
      const act = cue.act.act;
      const rel = (target: string, confidence: number): Relation => ({
        source: holder, target, type: "stance", polarity, attributes: { act }, evidence: [evidenceOf(text, s)], confidence,
      });
      // "call on X to do Y": X is addressed, Y is what is called for.
      const addressee = /^\s*on\s/i.test(text.slice(cue.end - 3, cue.end + 1)) || /\bon$/i.test(text.slice(cue.start, cue.end));
      // The object's first actor, and a second one coordinated with it ("A and B").
      const picked = targets.slice(0, 1);
      if (targets[1] && /^\s*(?:,|and|, and)\s*(?:the\s+)?$/.test(text.slice(targets[0].end, targets[1].start))) picked.push(targets[1]);
      // Toward an actor, only acts that judge it: "provides support to X" or "increase pressure on X" do not say
      // where the holder stands on X (the parse-based stage reads judging verbs' objects).
      // A noun of support says so: "support for X", "commitment to X" (not "the support of X": X is the one who gives it).
      // A passive ("was backed by X") turns holder and target round: the parse-based stage reads it.
      const passive = !cue.noun && /\b(?:was|were|been|be|being|is|are|get|got)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(s.start, cue.start - 20), cue.start));
      // A promise is made to someone about something: "promising to lift rules … not what Graham had in mind" says
      // nothing of Graham (the receiver rule below keeps "commitment to delivering drones to Ukraine").
      const judges = cue.noun ? !/^\s+of\b/i.test(text.slice(cue.end, cue.end + 5)) : !passive && !GENERIC_VERB.test(text.slice(cue.start, cue.end)) && act !== "commits_to";
      // Material support goes "to" or "for" its receiver: "delivering drones to Ukraine".
      const receiver = (t: MentionRef) => polarity === "support" && /\b(?:to|for)\s+(?:the\s+)?$/i.test(text.slice(Math.max(cue.end, t.start - 10), t.start));
      // One appeals to a court for a ruling, not to urge it.
      const court = (t: MentionRef) => act === "urges" && /\b(?:court|tribunal)\b/i.test(table.get(t.id)!.name);
      if (!addressee) for (const t of picked) if (!court(t) && (judges || receiver(t)) && (t.form !== "demonym" || /^\s*(?:(?:the|a|an|[a-z]+ing)\s+)?$/.test(text.slice(cue.end, t.start)))) out.push(rel(t.id, 0.7));
      // An opposed actor is the point; the issue words around it ("drone attacks") are not a topic stance.
      // "X said the ministry should scrap fees": what ought to be done is the reporter's side (the parse-based stage).
      const ought = /\b(?:should|must|ought to)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(s.start, cue.start - 25), cue.start));
      const found = (polarity === "oppose" && picked.length) || ought ? null : topicOf(text, prev.scope, tags);
      // "praised his minister": words that name an actor are no issue.
      const topic = found && !refs.some((r) => TARGET_KINDS.has(table.get(r.id)!.kind) && r.start < found.span.end && found.span.start < r.end) ? found : null;
      if (topic) {
        const e = table.add("topic", topic.name);
        // The mention runs from the topic's words to the end of the object (at most a dozen words): "measures to
        // allow house arrest without trial" is how the text names the issue "measures".
        // It stops before a circumstance of time ("… on Tuesday", "… last week"), which names no part of the issue.
        const object = text.slice(topic.span.start, prev.scope.end).split(/\s(?:on|at|during|after|before|since|until|last|next|this|yesterday|today|tomorrow|earlier|later)\s/)[0];
        const rest = /^(?:\S+\s+){0,11}\S+/.exec(object.replace(/[,;:.!?"“”]+\s*$/, ""));
        const span = { start: topic.span.start, end: Math.max(topic.span.end, topic.span.start + (rest?.[0].replace(/[,;:.!?"“”]+$/, "").length ?? 0)) };
        pending.push(() => table.mention(e, span, "nominal", s.index, text.slice(span.start, span.end)));
        out.push(rel(e.id, 0.6));
      }
    }
    // Hostile acts reported by a speaker: "Russia is firing drones into Ukraine" -> the speaker opposes Russia.
    for (const m of slice.matchAll(/\b[a-z]+\b/g)) {
      if (!HOSTILE_VERBS.has(m[0])) continue;
      const at = s.start + (m.index ?? 0);
      // "the effect of the Madrid bomb": a noun names no act.
      if (tags.get(at) && !tags.get(at)!.has("Verb")) continue;
      const speaker = speakerAt(quotes, at)?.speaker;
      const actor = nearestActor(text, refs, at, table);
      if (speaker && actor && actor.id !== speaker && table.get(actor.id)!.kind !== "person" || (speaker && actor && table.get(actor.id)!.kind === "person" && actor.id !== speaker)) {
        out.push({ source: speaker!, target: actor!.id, type: "stance", polarity: "oppose", attributes: { act: "accuses" }, evidence: [evidenceOf(text, s)], confidence: 0.6 });
      }
    }
    // "must not allow X to", "X must be forced/stopped/punished": the speaker opposes X.
    for (const m of slice.matchAll(/\b(?:not\s+(?:allow|let|permit)\s+|(?:stop|deter|punish|isolate)\s+)(?=[A-Z])/g)) {
      const at = s.start + (m.index ?? 0) + m[0].length;
      const target = refs.find((r) => r.start === at && TARGET_KINDS.has(table.get(r.id)!.kind));
      const speaker = speakerAt(quotes, at)?.speaker ?? subjectBefore(text, s, at, table, quoted)?.id;
      if (target && speaker && target.id !== speaker) out.push({ source: speaker, target: target.id, type: "stance", polarity: "oppose", attributes: { act: "opposes" }, evidence: [evidenceOf(text, s)], confidence: 0.65 });
    }
    for (const r of refs) {
      if (!TARGET_KINDS.has(table.get(r.id)!.kind)) continue;
      if (!/^\s+(?:must|should|has to|have to|needs? to|will)\s+be\s+(?:forced|stopped|punished|pressured|deterred|held accountable|isolated|sanctioned|defeated)\b/.test(text.slice(r.end, r.end + 40))) continue;
      const speaker = speakerAt(quotes, r.start)?.speaker;
      if (speaker && speaker !== r.id) out.push({ source: speaker, target: r.id, type: "stance", polarity: "oppose", attributes: { act: "opposes" }, evidence: [evidenceOf(text, s)], confidence: 0.65 });
      const into = /^[^.;]*?\binto\s+((?:a\s+|the\s+)?[a-z][a-z -]+)/.exec(text.slice(r.end, s.end));
      const topic = into ? topicOf(text, { start: r.end + into.index + into[0].length - into[1].length, end: r.end + into.index + into[0].length }, tags) : null;
      if (speaker && topic) {
        const e = table.add("topic", topic.name);
        pending.push(() => table.mention(e, topic.span, "nominal", s.index, text.slice(topic.span.start, topic.span.end)));
        out.push({ source: speaker, target: e.id, type: "stance", polarity: "support", attributes: { act: "calls_for" }, evidence: [evidenceOf(text, s)], confidence: 0.55 });
      }
    }
  }
  for (const add of pending) add();
  return dedupe(out);
}

/** Stance verbs ("urged", "called for") and stance nouns ("support for", "commitment to") in a sentence. */
function cuesIn(slice: string, base: number): Cue[] {
  const out: Cue[] = [];
  for (const m of slice.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    const one = w.split(/\s+/)[0];
    // "the support of", "their backing": after a determiner the word is the noun, whatever the verb it can be.
    const determined = /\b(?:the|a|an|his|her|their|its|our|my|your|this|whose)\s+(?:[a-z]+\s+)?$/i.test(slice.slice(Math.max(0, (m.index ?? 0) - 24), m.index ?? 0));
    const act = determined ? undefined : STANCE_VERBS.get(w) ?? STANCE_VERBS.get(one);
    const start = base + (m.index ?? 0);
    if (act && !(one === "back" && /^\s+(?:from|to|down|off|away|up|in|on|into)\b/.test(slice.slice((m.index ?? 0) + 4)))) {
      const phrase = STANCE_VERBS.has(w) ? m[0] : m[0].split(/\s+/)[0];
      out.push({ start, end: start + phrase.length, act, noun: false });
      continue;
    }
    const noun = STANCE_NOUNS.get(one);
    if (noun && /^\s+(?:for|to|of|behind)\b/i.test(slice.slice((m.index ?? 0) + one.length, (m.index ?? 0) + one.length + 8))) {
      out.push({ start, end: start + one.length, act: noun, noun: true });
    }
  }
  return out;
}

/** Who holds the stance: the speaker when inside quoted or reported words, else the clause subject. */
function holderOf(text: string, s: Sentence, cue: Cue, table: EntityTable, quoted: QuotedSegment[], quotes: Quote[]): string | undefined {
  const q = inQuoted(quoted, cue.start) ? speakerAt(quotes, cue.start) : undefined;
  if (q?.speaker) return q.speaker;
  const lead = text.slice(s.start, cue.start);
  // Relative clause after an appositive: "the X, a coalition co-chaired by A and B that provides …".
  if (/\b(?:that|which|who)\s+(?:\w+\s+)?$/.test(lead)) {
    const head = appositiveHead(text, s, cue.start, table);
    if (head) return head.id;
  }
  // "its support for": the possessor's owner.
  const poss = /\b(?:its|their)\s+$/.exec(lead);
  if (poss) {
    const owner = table.within({ start: s.start, end: cue.start }).filter((r) => ["country", "organization"].includes(table.get(r.id)!.kind)).pop();
    if (owner) return owner.id;
  }
  // "…, warning that …" / "… and underscoring the need …": a participle clause belongs to the sentence's subject.
  if (/(?:[,"”]\s*|\band\s+)$/.test(lead) && /ing$/i.test(text.slice(cue.start, cue.end))) {
    const main = mainSubject(text, s, table, quoted);
    if (main) return main.id;
  }
  const subj = subjectBefore(text, s, cue.start, table, quoted);
  if (subj) return subj.id;
  return speakerAt(quotes, cue.start)?.speaker ?? undefined;
}

/**
 * The parse's word on a verb cue's holder, where it has one: "veto legislation that would allow families to sue X"
 * has "families" (no actor) sue, not the sentence's first name; a subject that is an actor holds it. Without a
 * parsed subject the surface holder stands.
 */
function parsedHolder(parse: ParsedSentence[], cue: Cue, table: EntityTable, quotes: Quote[], views: Map<number, View>, surface: string): string | undefined {
  const at = locateSpan(parse, cue);
  if (!at || parse[at.sentence].tokens.length > MAX_READ_TOKENS) return surface;
  const p = parse[at.sentence];
  const k = at.head;
  if (p.tokens[k].upos !== "VERB") return surface;
  const v = views.get(at.sentence) ?? viewOf(p, table);
  views.set(at.sentence, v);
  // In reported words the speaker holds what they say ought to be done ("saying Europe needed to reinforce …").
  const q = speakerAt(quotes, cue.start);
  if (q && !q.direct && q.speaker === surface && ought(p, v, k)) return surface;
  // In someone's own words a verb with a third-person subject is that subject's act ("… make Hart defend X").
  if (q?.direct && q.speaker === surface) {
    const subj = subjectOf(p, k);
    if (subj < 0) return surface;
    const a = nominalActor(v, subj);
    if (a) return a.id;
    // "he", "they": someone else's act; "achieving these targets will require …": the speaker's own claim.
    return /^(?:he|she|they|him|her|them)$/i.test(p.tokens[subj].form) ? undefined : surface;
  }
  // A conjunct's subject is inherited, and the parse often hangs a verb on the wrong conjunct: no verdict then.
  if (p.tokens[k].deprel === "conj") return surface;
  // "allow families to sue X": the governor's object (the parse may call it iobj) is who does the xcomp.
  // ("allow families to sue X" can come out with the infinitive as an adverbial clause; "visited Paris to attack
  // X" is one, so only under verbs that make their object do something)
  const head = p.tokens[k].head;
  const toClause = p.tokens[k].deprel === "xcomp" || (p.tokens[k].deprel === "advcl" && head >= 0 && OBJECT_CONTROL.test(p.tokens[head].lemma)
    && v.kids[k].some((c) => p.tokens[c].deprel === "mark" && /^to$/i.test(p.tokens[c].form)));
  const gov = toClause ? p.tokens[k].head : -1;
  const told = gov >= 0 ? v.kids[gov].find((c) => /^i?obj$/.test(p.tokens[c].deprel)) : undefined;
  // "difficult for families to sue X": "for N to" gives the infinitive its subject.
  const forTo = k >= 3 && p.tokens[k - 1].form.toLowerCase() === "to" && p.tokens[k - 3].form.toLowerCase() === "for" && /^(?:NOUN|PROPN|PRON)$/.test(p.tokens[k - 2].upos) ? k - 2 : undefined;
  const subj = told ?? forTo ?? subjectOf(p, k);
  if (subj < 0) return surface;
  const u = p.tokens[subj];
  if (/^(?:i|we|me|us)$/i.test(u.form)) return speakerAt(quotes, cue.start)?.speaker ?? surface;
  // "the Group, a coalition co-chaired by A and B that provides …": which noun "that" stands for is a guess the
  // surface reading (the appositive's head) makes better.
  if (RELATIVE.test(u.form) || subj === p.tokens[k].head) {
    // "special interest groups that support Clinton": a relative clause on a noun that is no actor is that noun's act.
    const verb = p.tokens[k];
    const antecedent = verb.deprel === "acl:relcl" && verb.head >= 0 ? verb.head : -1;
    return antecedent >= 0 && p.tokens[antecedent].upos === "NOUN" && !nominalActor(v, antecedent) ? undefined : surface;
  }
  const a = nominalActor(v, subj);
  if (a) return a.id;
  // A subject that names no actor ("families", "the bill", "it"): no one the graph knows holds it.
  return /^(?:NOUN|PRON|PROPN)$/.test(u.upos) ? undefined : surface;
}

/** Verbs that let or make their object do what their infinitive says ("allow families to sue X"): the act is the
 * object's. (Under "urged the ministry to scrap X" the side is the urger's.) */
const OBJECT_CONTROL = /^(?:allow|enable|permit|let|force|compel|require|help)$/i;

/** A verb said as what ought to be done: with "should", "must" or "need", or the complement of "need to". */
function ought(p: ParsedSentence, v: View, k: number): boolean {
  const modal = (i: number) => v.kids[i].some((c) => /^aux/.test(p.tokens[c].deprel) && /^(?:should|must|ought|need|have)$/i.test(p.tokens[c].lemma));
  const t = p.tokens[k];
  return modal(k) || (t.deprel === "xcomp" && t.head >= 0 && (/^(?:need|have|ought|want)$/i.test(p.tokens[t.head].lemma) || modal(t.head)));
}

/** The actor a noun stands for: its own mention, the name in apposition to it ("leader Michael Howard"), or the
 * name it is in apposition to ("the Group, a coalition that …"). */
function nominalActor(v: View, k: number): MentionRef | undefined {
  if (k < 0) return undefined;
  const t = v.p.tokens[k];
  if (v.actor[k]) return v.actor[k];
  if (t.deprel === "appos" && t.head >= 0 && v.actor[t.head]) return v.actor[t.head];
  // "a gathering of the Group, a coalition that …" with the appositive hung on the wrong noun: the name
  // right before its comma is the one it describes.
  if (t.deprel === "appos") {
    let first = k;
    for (let stack = [k]; stack.length; ) for (const c of v.kids[stack.pop()!]) { if (c < first) first = c; stack.push(c); }
    // (the comma itself may be the phrase's first token)
    const comma = v.p.tokens[first]?.form === "," ? first : first - 1;
    if (v.p.tokens[comma]?.form === "," && v.actor[comma - 1]) return v.actor[comma - 1];
  }
  for (const c of v.kids[k]) if (/^(?:appos|flat|compound)/.test(v.p.tokens[c].deprel) && v.actor[c]) return v.actor[c];
  return undefined;
}

/** Whether the mention follows "<apology, resignation …> from / by / of": the one a demand is made of. */
function demandedOf(text: string, r: MentionRef): boolean {
  const m = /([A-Za-z]+)\s+(?:from|by|of)\s+(?:the\s+)?$/.exec(text.slice(Math.max(0, r.start - 40), r.start));
  return !!m && DEMANDED_OF.test(m[1]);
}

function isPossessor(text: string, r: MentionRef): boolean {
  return /^['’]s?\s+[a-z]/.test(text.slice(r.end, r.end + 20));
}

/** The object of a cue: up to the end of the clause. */
function objectScope(text: string, from: number, end: number): Span {
  const m = /[;:]|,\s+(?:and|but|while|which|who|stressing|saying|adding|warning|stating|noting)\b|\s(?:while|whereas|but|in|amid|despite|because|as|after|before|during|when|since|until)\s/.exec(text.slice(from, end));
  return { start: from, end: m ? from + m.index : end };
}

/** The issue a stance is about: a known topic phrase in the object, else its head noun phrase. */
function topicOf(text: string, scope: Span, tags: TagIndex): { name: string; span: Span } | null {
  const obj = text.slice(scope.start, scope.end);
  for (const [re, name] of TOPICS) {
    const m = re.exec(obj);
    if (m && m.index < 90) return { name, span: { start: scope.start + m.index, end: scope.start + m.index + m[0].length } };
  }
  // First lowercase noun phrase: skip noise words, stop at prepositions and punctuation.
  const m = /^\s*((?:[a-z][a-z-]*\s+){0,4}?)([a-z][a-z-]{3,}(?:\s+[a-z][a-z-]{3,})?)(?=\s+(?:for|to|of|in|on|with|by|and|at|from|that|which)\b|[,.;]|$)/.exec(obj);
  if (!m) return null;
  const words = `${m[1]}${m[2]}`.trim().split(/\s+/).filter((w) => !TOPIC_NOISE.has(w));
  if (!words.length || words.length > 3) return null;
  if (/(?:ing|ly|ed)$/.test(words[0]) && words.length === 1) return null;
  const phrase = words.join(" ");
  const at = obj.indexOf(phrase);
  if (at < 0) return null;
  // The phrase must end in a noun (when compromise has tagged it).
  const headAt = scope.start + at + phrase.lastIndexOf(" ") + 1;
  const headTags = tags.get(headAt);
  if (headTags && !headTags.has("Noun")) return null;
  return { name: phrase, span: { start: scope.start + at, end: scope.start + at + phrase.length } };
}

/** The actor right before a hostile verb: "Russia is firing", "incentive Putin has to target". */
function nearestActor(text: string, refs: MentionRef[], at: number, table: EntityTable): MentionRef | undefined {
  const r = refs.filter((x) => x.end <= at && at - x.end <= 25 && TARGET_KINDS.has(table.get(x.id)!.kind) && x.form !== "demonym").pop();
  if (!r) return undefined;
  const between = text.slice(r.end, at);
  return /^\s+(?:is|are|was|were|has been|have been|keeps?|continues? to|has to|had to|will|would|could|can|must|may|might|to)?\s*(?:\w+ly\s+)?(?:"|“)?\s*(?:\w+ly\s+)?$/.test(between) ? r : undefined;
}

export type { Polarity };

// Stances toward issues, read from the parse: an actor for or against what a policy verb takes ("the Lib Dems
// would scrap tuition fees", "called for higher defence spending", "defended measures to allow house arrest"), and
// a deed refused ("has refused to apologise"). The topic is named by the object's core (its compounds and
// adjectives and head: "tuition fees"), or by a known issue's canonical name; the whole phrase is kept as an alias.
import type { Polarity, Quote, Relation, Span } from "./types.ts";
import type { Sentence } from "./sentences.ts";
import type { EntityTable } from "./entities.ts";
import type { ParsedSentence } from "./parse/index.ts";
import { agentOf, isNegated, prepositionOf, subjectOf, subtree } from "./parse/queries.ts";
import { evidenceOf, speakerAt } from "./clauses.ts";
import { holderOf, hollow, isRel, rel, viewOf, type View, MAX_READ_TOKENS } from "./parseView.ts";
import { CALL_NOUNS, CONTROL_VERBS, DEED_TOPICS, INTENT_NOUNS, LIGHT_VERBS, NO_DEED, POLICY_VERBS, REFUSING, REPORTING, STANCE_NOUNS, URGING, VAGUE_OBJECTS } from "./lexicon/policyVerbs.ts";
import { TOPICS, TOPIC_NOISE } from "./lexicon/topics.ts";
import { ACCUSING, CALLING } from "./lexicon/policyVerbs.ts";
import { JUDGING_NOUNS_OF } from "./lexicon/stanceVerbs.ts";
import { describedAt, judgingWeight } from "./topicDescriptions.ts";

const CORE = /^(?:compound|amod|flat|nummod)$/;
const MAX_PHRASE = 10;

export interface Topic {
  name: string;
  phrase: string;
  span: Span;
  /** The core words alone: the mention to use where the whole phrase is already another entity's. */
  core?: Span;
}

/** The issue an object token names: its core words, a known issue's name, and its whole phrase. */
export function topicAt(text: string, v: View, k: number): Topic | null {
  const t = v.p.tokens[k];
  if (v.actor[k] || !/^(?:NOUN|PROPN|VERB)$/.test(t.upos) || VAGUE_OBJECTS.test(t.form)) return null;
  // "offered praise for X", "voiced criticism of X": a judgement of an actor, no issue (the parse-based stances read it).
  if (JUDGING_NOUNS_OF.has(t.lemma.toLowerCase()) && v.kids[k].some((c) => isRel(rel(v, c), "nmod") && v.actor[c])) return null;
  const core = [k, ...v.kids[k].filter((c) => c < k && CORE.test(rel(v, c).split(":")[0]) && !v.actor[c])]
    // A judging word ("unsatisfactory legislation") says what the holder thinks of the issue, not which issue it is.
    .filter((c) => c === k || (!TOPIC_NOISE.has(v.p.tokens[c].form.toLowerCase()) && !/(?:ed|ing)$/i.test(v.p.tokens[c].form) && v.p.tokens[c].upos !== "ADV" && !(v.p.tokens[c].upos === "ADJ" && judgingWeight(v.p.tokens[c].form))))
    .sort((a, b) => a - b);
  const all = subtree(v.p, k).filter((c) => v.p.tokens[c].upos !== "PUNCT");
  // "of the Iran deal": the phrase is the thing, not its preposition.
  while (all.length > 1 && all[0] < k && v.p.tokens[all[0]].upos === "ADP") all.shift();
  const first = all[0], last = Math.min(all[all.length - 1], first + MAX_PHRASE);
  const span = { start: v.p.tokens[first].start, end: v.p.tokens[last].end };
  const phrase = text.slice(span.start, span.end);
  const coreSpan = { start: v.p.tokens[core[0]].start, end: v.p.tokens[core[core.length - 1]].end };
  for (const [re, name] of TOPICS) if (re.test(phrase)) return { name, phrase, span, core: coreSpan };
  const name = core.map((c) => v.p.tokens[c].form).join(" ").toLowerCase();
  return name.length >= 3 && /[a-z]/.test(name) ? { name, phrase, span, core: coreSpan } : null;
}

export function extractTopicStances(text: string, parse: ParsedSentence[], sentences: Sentence[], table: EntityTable, quotes: Quote[]): Relation[] {
  const out: Relation[] = [];
  const pending: Array<() => void> = [];
  parse.forEach((p, si) => {
    if (p.tokens.length > MAX_READ_TOKENS) return;
    const v = viewOf(p, table);
    const evidence: Span = sentences[si] ?? p;
    const emitOne = (holder: string | undefined, topic: Topic | null, polarity: Polarity, act: string) => {
      if (!holder || !topic) return;
      const e = table.add("topic", topic.name);
      pending.push(() => {
        const before = e.mentions.length;
        table.mention(e, topic.span, "nominal", si, topic.phrase);
        // "This poster campaign" already an event's mention: the topic keeps its core words' span.
        if (e.mentions.length === before && topic.core) table.mention(e, topic.core, "nominal", si, topic.phrase);
      });
      out.push({ source: holder, target: e.id, type: "stance", polarity, attributes: { act }, evidence: [evidenceOf(text, evidence)], confidence: 0.55 });
    };
    const emit = (holders: string | string[] | undefined, topic: Topic | null, polarity: Polarity, act: string) => {
      for (const h of new Set(Array.isArray(holders) ? holders : [holders])) emitOne(h, topic, polarity, act);
    };
    const act = (pol: Polarity) => (pol === "support" ? "supports" : "opposes");
    const flip = (pol: Polarity): Polarity => (pol === "support" ? "oppose" : "support");
    p.tokens.forEach((t, k) => {
      nominalStance(text, v, k, quotes, emit);
      if (/^(?:NOUN|PROPN)$/.test(t.upos) && !v.actor[k] && shouldClause(v, k) && v.kids[k].some((c) => rel(v, c) === "cop")) {
        // "argued that Britain should be a safe haven": what the reporter says ought to be, it is for.
        const found = topicAt(text, v, k);
        // The words are the predicate's own, not "that Britain should be".
        const skip = new Set(v.kids[k].filter((c) => /^(?:nsubj|aux|cop|mark|advmod|punct)/.test(rel(v, c))).flatMap((c) => subtree(v.p, c)));
        const from = subtree(v.p, k).find((c) => !skip.has(c));
        if (found && from !== undefined && v.p.tokens[from].start < found.span.end) {
          const span = { start: v.p.tokens[from].start, end: found.span.end };
          emit(reporterOf(v, k), { ...found, phrase: text.slice(span.start, span.end), span }, "support", "supports");
        }
      }
      plannedThing(text, v, k, emit);
      wishedPassive(text, v, k, quotes, emit);
      lamentedLoss(text, v, k, quotes, emit);
      partisanOf(text, v, k, emit);
      evaluatedThing(text, v, k, quotes, emit);
      for (const d of describedAt(v, k, quotes)) emit([d.holder], topicAt(text, v, d.noun), d.polarity, d.act);
      // "Renewing the law is no answer": a deed as a subject is judged by its predicate, not done.
      if (t.upos !== "VERB" || isRel(t.deprel, "csubj")) return;
      const lemma = t.lemma.toLowerCase();
      const direct = POLICY_VERBS.get(lemma);
      const viaPrep = [...v.kids[k]].filter((c) => isRel(rel(v, c), "obl") && POLICY_VERBS.has(`${lemma}:${prepositionOf(v.p, c)}`));
      const deed = DEED_TOPICS.get(lemma);
      // "powers which the law lords have ruled against": a stranded preposition's object is the clause's noun.
      const stranded = isRel(t.deprel, "acl:relcl") && t.head >= 0 ? v.kids[k].find((c) => c > k && v.p.tokens[c].upos === "ADP" && !v.kids[c].length && POLICY_VERBS.has(`${lemma}:${v.p.tokens[c].form.toLowerCase()}`)) : undefined;
      if (ACCUSING.has(lemma) && !hollow(v, k)) accusedDeed(text, v, k, quotes, emit);
      // "refused to back", "has not apologised": the deed's polarity turns.
      // "promising to lift rules and open land": a conjunct of a "to" clause shares its governor.
      const first = isRel(t.deprel, "conj") && t.head >= 0 && isRel(v.p.tokens[t.head].deprel, "xcomp") ? t.head : k;
      const ft = v.p.tokens[first];
      const gov = isRel(ft.deprel, "xcomp") && ft.head >= 0 ? v.p.tokens[ft.head].lemma.toLowerCase() : "";
      const empty = hollow(v, k) && !notMerely(v, k);
      const refused = REFUSING.has(gov) || (empty && !CONTROL_VERBS.has(gov));
      // "cannot afford the risk of accepting X": a harm refused is still a harm, so the deed stays opposed.
      if ((empty || (negatedAbove(v, k) && !riskOf(v, k))) && !refused) return;
      // "could embrace a policy, but only if …": a possibility is no side taken.
      if (v.kids[k].some((c) => rel(v, c) === "aux" && /^(?:could|might|may)$/i.test(v.p.tokens[c].form))) return;
      const passive = v.kids[k].some((c) => rel(v, c) === "nsubj:pass" || rel(v, c) === "aux:pass");
      let holder: string[] | undefined;
      // "opposed plans to scrap fees": against the intention, so the other side of what the deed does.
      // "the security risk of accepting refugees": a deed named as a risk is one its speaker is against.
      let against = riskOf(v, k) ? !refused : refused;
      let also: { holders: string[]; against: boolean } | undefined;
      if (passive) {
        const agent = agentOf(v.p, k);
        holder = agent >= 0 ? actorIds(v, agent) : undefined;
      } else {
        // A deed modifying a noun ("the government's intention to exempt fishing") is its possessor's first.
        const h = possessorHolder(v, k);
        const urged = shouldClause(v, k);
        holder = h ? [h] : urged ? reporterOf(v, k) : holdersOf(v, k, quotes);
        const by = intentHolder(v, k, quotes);
        if (by && !holder?.length) { holder = by.holders; if (by.against) against = !against; }
        // "we support the government's intention to exempt fishing": the possessor's, and the supporter's too.
        else if (by && h) also = { holders: by.holders, against: by.against !== refused };
      }
      const turn = (pol: Polarity): Polarity => (against ? flip(pol) : pol);
      const say = (topic: Topic | null, pol: Polarity) => {
        emit(holder, topic, turn(pol), act(turn(pol)));
        if (also) { const p2 = also.against ? flip(pol) : pol; emit(also.holders, topic, p2, act(p2)); }
      };
      // A quoted noun phrase after the verb ('to see "tougher safety checks"') can come out as a clause: a
      // complement headed by a noun, with no subject or copula of its own, is the object.
      const nounClause = (c: number) => isRel(rel(v, c), "ccomp") && v.p.tokens[c].upos === "NOUN" && !v.kids[c].some((d) => /^(?:nsubj|cop|aux)/.test(rel(v, d)));
      const own = v.kids[k].filter((c) => isRel(rel(v, c), "obj") || nounClause(c));
      // "the war, which his party opposed" parsed with two subjects: the relative pronoun is the object.
      const objects = own.length ? own : relativeAsSubject(v, k) >= 0 ? [relativeAsSubject(v, k)] : own;
      if (direct === undefined && !viaPrep.length && !deed && stranded === undefined) {
        // "pledged to open a bus link": a deed intended (or refused) is itself the issue, named by its verb and object.
        const should = shouldClause(v, k);
        // "the party's aim is building cycle lanes": an intention as subject makes the deed intended.
        const aimed = intentSubject(v, k);
        const intended = should || aimed || CONTROL_VERBS.has(gov) || REFUSING.has(gov) || intentNoun(v, k) >= 0;
        const infinitive = should || aimed || v.kids[first].some((c) => rel(v, c) === "mark" && /^to$/i.test(v.p.tokens[c].form));
        // "wants to see proper checks": to wish to see a thing is to be for it.
        if (intended && infinitive && !passive && objects.length === 1 && /^(?:see|get)$/.test(lemma) && SEEING.has(gov)) {
          say(topicAt(text, v, objects[0]), "support");
          return;
        }
        if (!intended || !infinitive || passive || NO_DEED.test(lemma) || objects.length !== 1) return;
        const o = objects[0];
        const core = topicAt(text, v, o);
        if (!core) return;
        const name = `${lemma} ${core.name}`;
        const span = { start: t.start, end: core.span.end };
        say({ name, phrase: text.slice(span.start, span.end), span }, "support");
        return;
      }
      if (passive) {
        const subj = subjectOf(v.p, k);
        if (direct !== undefined && subj >= 0 && /^(?:NOUN|PROPN)$/.test(v.p.tokens[subj].upos)) emit(holder, topicAt(text, v, subj), turn(direct), act(turn(direct)));
        return;
      }
      if (direct !== undefined && isRel(t.deprel, "acl") && !isRel(t.deprel, "acl:relcl") && !objects.length) {
        // "charter schools promoted by the party": the agent of a participle takes the side on the noun it modifies.
        const agent = agentOf(v.p, k);
        // "schools remain a favourite, promoted by X": a predicate noun stands for its subject.
        const predOf = (n: number) => {
          const own = v.kids[n].find((c) => /^nsubj/.test(rel(v, c)) && !v.actor[c]);
          if (own !== undefined) return own;
          const g = v.p.tokens[n].head;
          // "schools remain a favourite": the object of a linking verb is a predicate too.
          const subj = g >= 0 && /^(?:obj|xcomp)/.test(rel(v, n)) && /^(?:remain|become|stay|seem|appear)$/.test(v.p.tokens[g].lemma.toLowerCase()) ? subjectOf(v.p, g) : -1;
          return subj >= 0 && !v.actor[subj] ? subj : n;
        };
        const head = t.head >= 0 ? predOf(t.head) : -1;
        if (agent >= 0 && head >= 0 && /^(?:NOUN|PROPN)$/.test(v.p.tokens[head].upos)) emit(actorIds(v, agent), topicAt(text, v, head), turn(direct), act(turn(direct)));
        return;
      }
      // "urged allies to send more arms": with a "to" clause the urged are addressed, not an issue taken a side on.
      const addressed = URGING.has(lemma) && v.kids[k].some((c) => isRel(rel(v, c), "xcomp"));
      // "wants house arrest to replace jail": what is wanted to do something is no one addressed.
      // "wants the budget to be capped" wants a deed done to it, not the thing itself.
      const doneTo = v.kids[k].some((c) => isRel(rel(v, c), "xcomp") && v.kids[c].some((d) => rel(v, d) === "aux:pass" || rel(v, d) === "cop"));
      const wantedThing = (o: number) => /^(?:want|need)$/.test(lemma) && !doneTo && !v.actor[o] && v.p.tokens[o].upos === "NOUN" && !PEOPLE.test(v.p.tokens[o].form);
      if (direct !== undefined) for (const o of objects) {
        if (addressed && !wantedThing(o)) continue;
        // "resisted calls to publish the advice": the side is taken on what is called for, not on the calls.
        const inner = CALL_NOUNS.test(v.p.tokens[o].lemma) ? calledFor(text, v, o, k) : undefined;
        // "criticised the lack of environmental awareness": against the want is for what is wanting.
        const wanting = lackedThing(v, o);
        if (wanting !== undefined && !inner) { say(topicAt(text, v, wanting), flip(direct)); continue; }
        say(inner ?? topicAt(text, v, antecedent(v, o, k)), direct);
      }
      for (const c of viaPrep) {
        say(topicAt(text, v, antecedent(v, c, k)), POLICY_VERBS.get(`${lemma}:${prepositionOf(v.p, c)}`)!);
      }
      if (stranded !== undefined) say(topicAt(text, v, t.head), POLICY_VERBS.get(`${lemma}:${v.p.tokens[stranded].form.toLowerCase()}`)!);
      // "refused to resign", "plans to negotiate": only a deed intended or refused is a side taken ("she resigned" is none).
      const toForm = v.kids[k].some((c) => rel(v, c) === "mark" && /^to$/i.test(v.p.tokens[c].form));
      const meant = refused || toForm || shouldClause(v, k) || CONTROL_VERBS.has(gov) || intentNoun(v, k) >= 0;
      if (deed && !objects.length && meant) {
        const span = { start: t.start, end: t.end };
        say({ name: deed, phrase: t.form, span }, "support");
      }
    });
  });
  for (const add of pending) add();
  return out;
}

/** "the Lib Dem plans to scrap fees", "the decision by the two countries to open a link": a verb modifying a noun
 * takes the noun's possessor, naming compound or "by" agent as holder. */
function possessorHolder(v: View, k: number): string | undefined {
  const t = v.p.tokens[k];
  if (t.deprel === "acl:relcl") return undefined;
  const noun = isRel(t.deprel, "acl") ? t.head : intentNoun(v, k);
  if (noun < 0) return undefined;
  // "the decision by X to abolish …" where the parse hangs "by X" on the deed or on the verb above the noun:
  // between the noun and its deed, it is the noun's agent wherever it hangs.
  const above = v.p.tokens[noun].head;
  for (let c = noun + 1; c < k; c++) {
    const h = v.p.tokens[c].head;
    if (v.actor[c] && (h === noun || h === k || h === above) && prepositionOf(v.p, c) === "by") return v.actor[c]!.id;
  }
  const owner = v.kids[noun].find((c) => (isRel(rel(v, c), "nmod:poss") || isRel(rel(v, c), "compound") || (isRel(rel(v, c), "nmod") && prepositionOf(v.p, c) === "by")) && v.actor[c]);
  return owner !== undefined ? v.actor[owner]!.id : undefined;
}

/** Heads that speak for the party or country an adjective names: "a Tory spokesman", "British officials". */
const SPOKESMEN = /^(?:spokesman|spokeswoman|spokesperson|official|source|minister|diplomat|aide|leader|mp|senator|lawmaker|negotiator|envoy|government|delegation)s?$/i;

type Emit = (holders: string[] | undefined, topic: Topic | null, polarity: Polarity, act: string) => void;
const PRONOUN = /^(?:he|she|they|it|we)$/i;

/** The actors a token names: its own mention and its conjuncts' ("the Tories and the Lib Dems"). */
function actorIds(v: View, k: number): string[] {
  const out: string[] = [];
  // "Rep. Adam Schiff": a title the parse makes the head stands for the name it heads.
  // "Labour MPs", "the party's spokesman": a group or title with no name of its own stands for its party or body.
  const part = (r: RegExp) => v.kids[k].filter((c) => r.test(rel(v, c))).map((c) => v.actor[c]).find(Boolean);
  // "a Conservative spokeswoman", "British officials": a party or country adjective on one who speaks for it
  // ("the Japanese car maker" is no voice of Japan).
  const own = v.actor[k] ?? part(/^flat/) ?? part(/^appos/) ?? part(/^compound/) ?? (SPOKESMEN.test(v.p.tokens[k].lemma) ? part(/^amod/) : undefined);
  if (own) out.push(own.id);
  for (const c of v.kids[k]) if (isRel(rel(v, c), "conj") && v.actor[c]) out.push(v.actor[c]!.id);
  // "Twenty-seven states led by West Virginia": a nameless group speaks through the one leading it.
  if (!out.length && v.p.tokens[k].upos === "NOUN") {
    const led = v.kids[k].find((c) => isRel(rel(v, c), "acl") && /^(?:lead|head|spearhead)$/i.test(v.p.tokens[c].lemma));
    const agent = led !== undefined ? agentOf(v.p, led) : -1;
    if (agent >= 0 && agent !== k) out.push(...actorIds(v, agent));
  }
  return out;
}

/** Who takes the side a verb states: its subject's actors ("I"/"we" the quote's speaker); the urger in "urged the
 * government to scrap fees"; the reporter in "X said they would scrap fees"; "X is among those who called for Y". */
function holdersOf(v: View, k: number, quotes: Quote[]): string[] | undefined {
  const t = v.p.tokens[k];
  const toClause = isRel(t.deprel, "xcomp") || (isRel(t.deprel, "advcl") && v.kids[k].some((c) => rel(v, c) === "mark" && /^to$/i.test(v.p.tokens[c].form)));
  if (toClause && t.head >= 0 && URGING.has(v.p.tokens[t.head].lemma.toLowerCase())) {
    return holdersOf(v, t.head, quotes);
  }
  const rsubj = relativeAsSubject(v, k);
  const subj = rsubj >= 0 ? v.kids[k].find((c) => /^nsubj/.test(rel(v, c)) && !RELATIVE_PRONOUN.test(v.p.tokens[c].form))! : subjectOf(v.p, k);
  if (subj >= 0) {
    const ids = actorIds(v, subj);
    if (ids.length) return ids;
    // "Labour's ambition is tackling idleness": an intention's possessor holds the deed it names.
    const owner = intentOwner(v, subj);
    if (owner !== undefined) return actorIds(v, owner);
    // "My committee welcomes …", "our party wants …": the speaker speaks for the body they call theirs.
    const mine = v.kids[subj].find((c) => isRel(rel(v, c), "nmod:poss") && /^(?:my|our)$/i.test(v.p.tokens[c].form));
    const speaker = mine !== undefined && v.p.tokens[subj].upos === "NOUN" ? speakerAt(quotes, t.start)?.speaker : undefined;
    if (speaker) return [speaker];
    const s = v.p.tokens[subj];
    if (PRONOUN.test(s.form) && !/^we$/i.test(s.form)) return reporterOf(v, k);
    if (/^(?:who|which|that)$/i.test(s.form) && rel(v, k) === "acl:relcl" && t.head >= 0) {
      // "the union, which wants …": the relative clause's subject is its head noun.
      const head = t.head;
      // (A pronoun head is no actor, whatever the parse hangs on it: "those who called for an apology from X".)
      const ids = v.p.tokens[head].upos === "PRON" ? [] : actorIds(v, head);
      if (ids.length) return ids;
      // "X is among those who called for Y"
      if (/^(?:those|people|ones)$/i.test(v.p.tokens[head].form) && prepositionOf(v.p, head) === "among") {
        const top = subjectOf(v.p, head);
        const ids2 = top >= 0 ? actorIds(v, top) : [];
        if (ids2.length) return ids2;
      }
    }
  }
  const h = holderOf(v, subj, t.start, quotes);
  return h ? [h] : undefined;
}

/** "the Tories say they would scrap fees": a pronoun subject of a reported clause stands for the reporter. */
function reporterOf(v: View, k: number): string[] | undefined {
  let c = k;
  for (let i = 0; i < 4 && c >= 0; i++) {
    const t = v.p.tokens[c];
    const by = reportingVerbOf(v, c);
    if (by >= 0) {
      const s = subjectOf(v.p, by);
      const ids = s >= 0 ? actorIds(v, s) : [];
      return ids.length ? ids : undefined;
    }
    if (t.head < 0 || !/^(?:conj|xcomp)/.test(t.deprel)) return undefined;
    c = t.head;
  }
  return undefined;
}

/** "X unveiled plans to scrap fees": a deed modifying an intention noun is held by whoever states the intention;
 * against it when that verb opposes it ("X attacked plans to scrap fees"). */
function intentHolder(v: View, k: number, quotes: Quote[]): { holders: string[]; against: boolean } | undefined {
  const noun = intentNoun(v, k);
  if (noun < 0) return undefined;
  const n = v.p.tokens[noun];
  if (!isRel(n.deprel, "obj") || n.head < 0) return undefined;
  const g = n.head, lemma = v.p.tokens[g].lemma.toLowerCase();
  if (hollow(v, g)) return undefined;
  const pol = POLICY_VERBS.get(lemma);
  if (pol === undefined && !LIGHT_VERBS.has(lemma)) return undefined;
  const holders = holdersOf(v, g, quotes);
  return holders?.length ? { holders, against: pol === "oppose" } : undefined;
}

/** What calls, demands or pressure ask for: "calls for an inquiry", "calls to publish the advice". */
function calledFor(text: string, v: View, o: number, verb: number): Topic | null | undefined {
  const forObj = v.kids[o].find((c) => isRel(rel(v, c), "nmod") && prepositionOf(v.p, c) === "for" && !v.actor[c]);
  if (forObj !== undefined) return topicAt(text, v, forObj);
  const toVerb = (c: number) => v.p.tokens[c].upos === "VERB" && v.kids[c].some((m) => rel(v, m) === "mark" && /^to$/i.test(v.p.tokens[m].form));
  const deed = [...v.kids[o].filter((c) => isRel(rel(v, c), "acl")), ...v.kids[verb].filter((c) => (isRel(rel(v, c), "xcomp") || isRel(rel(v, c), "advcl")) && toVerb(c))][0];
  if (deed === undefined) return undefined;
  const obj = v.kids[deed].find((c) => isRel(rel(v, c), "obj"));
  if (obj === undefined) return undefined;
  const core = topicAt(text, v, obj);
  if (!core) return undefined;
  const span = { start: v.p.tokens[deed].start, end: core.span.end };
  return { name: `${v.p.tokens[deed].lemma.toLowerCase()} ${core.name}`, phrase: text.slice(span.start, span.end), span };
}

/** "Tory opposition to the plans", "X's support for ID cards", "X voiced support for Y", "support for Y among X". */
function nominalStance(text: string, v: View, k: number, quotes: Quote[], emit: Emit): void {
  const t = v.p.tokens[k];
  if (t.upos !== "NOUN") return;
  const lemma = t.lemma.toLowerCase();
  // "voiced support for higher wages": the parse may hang what the noun is about on the light verb.
  const light = isRel(t.deprel, "obj") && t.head >= 0 && LIGHT_VERBS.has(v.p.tokens[t.head].lemma.toLowerCase());
  const about = [...v.kids[k].filter((c) => isRel(rel(v, c), "nmod")), ...(light ? v.kids[t.head].filter((c) => isRel(rel(v, c), "obl")) : [])];
  for (const c of about) {
    if (v.actor[c]) continue;
    const pol = STANCE_NOUNS.get(`${lemma}:${prepositionOf(v.p, c)}`);
    if (pol === undefined) continue;
    if (v.kids[k].some((d) => rel(v, d) === "det" && /^no$/i.test(v.p.tokens[d].form))) return;
    let holders: string[] = [];
    for (const d of v.kids[k]) {
      const r = rel(v, d);
      if ((isRel(r, "nmod:poss") || isRel(r, "compound") || isRel(r, "amod")) && v.actor[d]) holders.push(...actorIds(v, d));
      // "our support for charter schools": the speaker's own.
      else if (isRel(r, "nmod:poss") && /^(?:my|our)$/i.test(v.p.tokens[d].form) && speakerAt(quotes, t.start)?.speaker) holders.push(speakerAt(quotes, t.start)!.speaker!);
      else if (isRel(r, "nmod") && /^(?:from|by|among)$/.test(prepositionOf(v.p, d)) && v.actor[d]) holders.push(...actorIds(v, d));
    }
    if (!holders.length && light && !hollow(v, t.head) && !isNegated(v.p, t.head)) {
      holders = holdersOf(v, t.head, quotes) ?? [];
    }
    if (!holders.length) return;
    emit(holders, topicAt(text, v, c), pol, pol === "support" ? "supports" : "opposes");
    return;
  }
}

/** "the war, which the party opposed": a relative pronoun stands for the noun its clause modifies. */
function antecedent(v: View, k: number, verb: number): number {
  const t = v.p.tokens[verb];
  return /^(?:which|that)$/i.test(v.p.tokens[k].form) && t.deprel === "acl:relcl" && t.head >= 0 ? t.head : k;
}

/** "his planned tax cuts", "the party's proposed reforms": what an actor plans is what it is for. */
function plannedThing(text: string, v: View, k: number, emit: Emit): void {
  const t = v.p.tokens[k];
  if (t.upos !== "NOUN" || v.actor[k]) return;
  // "X set out a scheme of vocational grants": a plan an actor puts forward is for what it is a plan of.
  if (INTENT_NOUNS.test(t.lemma) && (isRel(t.deprel, "obj") || (isRel(t.deprel, "obl") && prepositionOf(v.p, k) === "out")) && t.head >= 0 && LIGHT_VERBS.has(v.p.tokens[t.head].lemma.toLowerCase()) && !hollow(v, t.head)) {
    const of = v.kids[k].find((c) => isRel(rel(v, c), "nmod") && /^(?:of|for)$/.test(prepositionOf(v.p, c)) && !v.actor[c]);
    const g = t.head;
    const subj = subjectOf(v.p, g);
    const holders = subj >= 0 ? actorIds(v, subj) : [];
    if (of !== undefined && holders.length) emit(holders, topicAt(text, v, of), "support", "supports");
  }
  if (!v.kids[k].some((c) => isRel(rel(v, c), "amod") && PLANNED.test(v.p.tokens[c].form))) return;
  const holders = v.kids[k].filter((c) => (isRel(rel(v, c), "nmod:poss") || isRel(rel(v, c), "compound")) && v.actor[c]).flatMap((c) => actorIds(v, c));
  if (holders.length) emit(holders, topicAt(text, v, k), "support", "supports");
}
/** Nouns for people, whom one wants to do things rather than wants: "wants ministers to act". */
const PEOPLE = /^(?:people|ministers|officials|members|voters|leaders|countries|nations|states|governments|parties|politicians|mps|everyone|everybody|others|families|parents|students|workers|staff|police|companies|firms|banks|councils|authorities|allies|citizens|residents|americans|britons|him|her|them|us|me)$/i;

/** Verbs of wishing whose "to see" names what is wished for. */
const SEEING = new Set(["want", "hope", "wish", "like", "love", "expect"]);
const PLANNED = /^(?:planned|proposed|promised|pledged|intended|favoured|favored|preferred|flagship)$/i;

/** The intention noun a deed's "to" clause belongs to: its head ("plans to scrap"), or, where the parse hangs the
 * clause on the verb, the verb's object ("backs the intention | to scrap"). */
function intentNoun(v: View, k: number): number {
  const t = v.p.tokens[k];
  if (t.head < 0) return -1;
  if (isRel(t.deprel, "acl")) return INTENT_NOUNS.test(v.p.tokens[t.head].lemma) ? t.head : -1;
  if (!(isRel(t.deprel, "xcomp") || isRel(t.deprel, "advcl")) || !v.kids[k].some((c) => rel(v, c) === "mark" && /^to$/i.test(v.p.tokens[c].form))) return -1;
  const o = v.kids[t.head].find((c) => isRel(rel(v, c), "obj") && c < k && INTENT_NOUNS.test(v.p.tokens[c].lemma));
  return o ?? -1;
}

/** "cannot afford the risk of accepting refugees": a negation on a word above the verb (within three steps, not
 * across a reported clause) leaves its side unread. */
function negatedAbove(v: View, k: number): boolean {
  let c = k;
  for (let i = 0; i < 3; i++) {
    const t = v.p.tokens[c];
    if (t.head < 0 || /^(?:ccomp|parataxis|conj|root)/.test(t.deprel)) return false;
    c = t.head;
    if (isNegated(v.p, c) || v.kids[c].some((d) => /^(?:cannot|can[’']t|never)$/i.test(v.p.tokens[d].form))) return true;
  }
  return false;
}

/** How a predicate word judges: the policy words first ("unworkable", "pragmatic"), else AFINN, at least 2 either way. */
function valenceOf(v: View, k: number): number {
  const val = judgingWeight(v.p.tokens[k].form);
  return isNegated(v.p, k) ? -val : val;
}

/** How a predicate noun judges through its modifiers: "a big misjudgement", "an example of X's authoritarian
 * response" (the parse may hang the judging word on an "of" phrase, or make it a noun). Two steps down at most. */
function predicateTone(v: View, c: number): number {
  const near = v.kids[c].filter((d) => isRel(rel(v, d), "amod") || (isRel(rel(v, d), "nmod") && prepositionOf(v.p, d) === "of" && !v.actor[d]));
  const words = [...near, ...near.flatMap((d) => v.kids[d].filter((e) => isRel(rel(v, e), "amod") || isRel(rel(v, e), "compound")))];
  const sum = words.reduce((a, d) => a + valenceOf(v, d), 0);
  return Math.sign(sum) * 2 * (isNegated(v.p, c) ? -1 : 1);
}

/** "X said the plans were unworkable", "X called the change pragmatic", "X described the bill as a charade": a
 * reported judgement of a thing that is no actor is the reporter's side on it. */
function evaluatedThing(text: string, v: View, k: number, quotes: Quote[], emit: Emit): void {
  const t = v.p.tokens[k];
  if (t.upos !== "VERB" || hollow(v, k)) return;
  const lemma = t.lemma.toLowerCase();
  const judged: Array<[number, number]> = [];
  if (REPORTING.has(lemma)) {
    for (const c of v.kids[k]) {
      if (!isRel(rel(v, c), "ccomp") && !isRel(rel(v, c), "parataxis")) continue;
      const pt = v.p.tokens[c];
      // "the rebate was 'entirely justified'": a participle the parse makes a passive is a predicate too.
      const nominal = /^(?:ADJ|NOUN)$/.test(pt.upos) && v.kids[c].some((d) => rel(v, d) === "cop");
      const participle = pt.upos === "VERB" && v.kids[c].some((d) => rel(v, d) === "aux:pass") && !v.kids[c].some((d) => isRel(rel(v, d), "obl"));
      if (!nominal && !(participle && judgingWeight(pt.form))) continue;
      // "told MPs the rebate … was justified": the parse may take the judged thing as the reporting verb's object.
      const s = v.kids[c].find((d) => /^nsubj/.test(rel(v, d))) ?? v.kids[k].find((d) => isRel(rel(v, d), "obj") && d < c && !v.actor[d]);
      if (s !== undefined) judged.push([s, c]);
    }
  }
  if (CALLING.has(lemma)) {
    const o = v.kids[k].find((c) => isRel(rel(v, c), "obj"));
    const pred = v.kids[k].find((c) => (isRel(rel(v, c), "xcomp") && /^(?:ADJ|NOUN)$/.test(v.p.tokens[c].upos)) || (isRel(rel(v, c), "obl") && prepositionOf(v.p, c) === "as"));
    // "called the speed limit sensible" parsed with the adjective after its noun as its modifier.
    const after = o !== undefined ? v.kids[o].find((c) => c > o && isRel(rel(v, c), "amod") && v.p.tokens[c].upos === "ADJ") : undefined;
    // The thing comes first whatever the parse calls it: "called climate change a hoax" can come out with the
    // thing as the predicate and the predicate as the object.
    const said = pred ?? after;
    if (o !== undefined && said !== undefined) judged.push(said < o && !isRel(rel(v, said), "obl") ? [said, o] : [o, said]);
    // "called the new speed limit sensible" with the judging word read as the head noun: what it heads is the thing.
    else if (o !== undefined && judgingWeight(v.p.tokens[o].form)) {
      const thing = v.kids[o].filter((c) => c < o && isRel(rel(v, c), "compound")).pop();
      if (thing !== undefined) judged.push([thing, o]);
    }
    // "called climate change a hoax" parsed as two objects or two predicates: the first is the thing, the last what it is called.
    else {
      const both = v.kids[k].filter((c) => c > k && (isRel(rel(v, c), "obj") || isRel(rel(v, c), "xcomp") || isRel(rel(v, c), "iobj")) && /^(?:ADJ|NOUN)$/.test(v.p.tokens[c].upos));
      if (both.length === 2) judged.push([both[0], both[1]]);
    }
  }
  for (const [s, c] of judged) {
    // "warned the war could be illegal": a possibility is no judgement made.
    if (v.kids[c].some((d) => rel(v, d) === "aux" && /^(?:could|might|may)$/i.test(v.p.tokens[d].form))) continue;
    const st = v.p.tokens[s];
    if (v.actor[s] || st.upos !== "NOUN") continue;
    const val = valenceOf(v, c) || predicateTone(v, c);
    if (!val) continue;
    const holders = holdersOf(v, k, quotes);
    const pol: Polarity = val > 0 ? "support" : "oppose";
    emit(holders, topicAt(text, v, s), pol, pol === "support" ? "praises" : "criticizes");
  }
}

/** "X said the government should scrap fees": a clause of what ought to be, reported; the reporter takes the side. */
function shouldClause(v: View, k: number): boolean {
  if (reportingVerbOf(v, k) < 0) return false;
  return v.kids[k].some((c) => rel(v, c) === "aux" && /^(?:should|must|ought)$/i.test(v.p.tokens[c].form)) && !isNegated(v.p, k);
}

/** The reporting verb whose report a clause is: its head when it is the verb's complement, or a reporting verb the
 * parse hangs on it after the report ("People should be protected, the party says"). */
function reportingVerbOf(v: View, k: number): number {
  const t = v.p.tokens[k];
  if (isRel(t.deprel, "ccomp") && t.head >= 0 && REPORTING.has(v.p.tokens[t.head].lemma.toLowerCase())) return t.head;
  const after = v.kids[k].find((c) => c > k && isRel(rel(v, c), "parataxis") && REPORTING.has(v.p.tokens[c].lemma.toLowerCase()));
  return after ?? -1;
}

/** "X accused Y of steamrolling the plans", "X criticised Y for scrapping the grant": the accuser is against the deed. */
function accusedDeed(text: string, v: View, k: number, quotes: Quote[], emit: Emit): void {
  const passive = v.kids[k].some((c) => rel(v, c) === "nsubj:pass" || rel(v, c) === "aux:pass");
  const holders = passive ? (agentOf(v.p, k) >= 0 ? actorIds(v, agentOf(v.p, k)) : []) : holdersOf(v, k, quotes) ?? [];
  if (!holders.length) return;
  for (const c of v.kids[k]) {
    if (!/^(?:advcl|obl)/.test(rel(v, c)) || v.p.tokens[c].upos !== "VERB" || !/^(?:of|for)$/.test(prepositionOf(v.p, c))) continue;
    const objs = v.kids[c].filter((d) => isRel(rel(v, d), "obj"));
    if (objs.length !== 1 || NO_DEED.test(v.p.tokens[c].lemma)) continue;
    const core = topicAt(text, v, objs[0]);
    if (!core) continue;
    const span = { start: v.p.tokens[c].start, end: core.span.end };
    emit(holders, { name: `${v.p.tokens[c].lemma.toLowerCase()} ${core.name}`, phrase: text.slice(span.start, span.end), span }, "oppose", "opposes");
  }
}

const PARTISANS = new Map<string, Polarity>([
  ["critic", "oppose"], ["opponent", "oppose"], ["foe", "oppose"], ["supporter", "support"], ["advocate", "support"],
  ["proponent", "support"], ["champion", "support"], ["backer", "support"], ["defender", "support"],
]);

/** "X, one of the chief critics of the plans", "X is a supporter of ID cards": the one named is for or against it. */
function partisanOf(text: string, v: View, k: number, emit: Emit): void {
  const t = v.p.tokens[k];
  const pol = t.upos === "NOUN" ? PARTISANS.get(t.lemma.toLowerCase()) : undefined;
  if (!pol) return;
  const of = v.kids[k].find((c) => isRel(rel(v, c), "nmod") && prepositionOf(v.p, c) === "of" && !v.actor[c]);
  if (of === undefined || v.kids[k].some((c) => /^(?:no|few)$/i.test(v.p.tokens[c].form))) return;
  // The noun itself, or "one of the critics" standing for it.
  let n = k;
  if (t.head >= 0 && isRel(t.deprel, "nmod") && /^(?:one|some|many|among)$/i.test(v.p.tokens[t.head].form)) n = t.head;
  const nt = v.p.tokens[n];
  let holders: string[] = [];
  if (isRel(nt.deprel, "appos") && nt.head >= 0) holders = actorIds(v, nt.head);
  else if (v.kids[n].some((c) => rel(v, c) === "cop")) {
    const s = v.kids[n].find((c) => /^nsubj/.test(rel(v, c)));
    if (s !== undefined && !isNegated(v.p, n)) holders = actorIds(v, s);
  } else if (/^nsubj/.test(nt.deprel) && nt.head >= 0) {
    // The parse may make an appositive a second subject: "X, one of the critics of Y, said …".
    const other = v.kids[nt.head].find((c) => c < n && /^nsubj/.test(rel(v, c)) && c !== n);
    if (other !== undefined) holders = actorIds(v, other);
  }
  if (holders.length) emit(holders, topicAt(text, v, of), pol, pol === "support" ? "supports" : "opposes");
}

/** Verbs that hand their object to someone: in the passive, the object is what is wished on them. */
const GRANTING = new Set(["give", "afford", "offer", "grant", "provide", "allow", "guarantee"]);

/** Verbs that wish a state of affairs on their object: "want the budget to be capped". */
const WISHING = new Set(["want", "wish", "prefer", "expect"]);

/** "X said the bill should be changed", "X wants the budget to be capped": a deed wished on a thing, with no agent,
 * is the wisher's side: on the thing itself for a policy verb ("the tax should be scrapped": against the tax), else
 * for the deed ("cap budget"). */
function wishedPassive(text: string, v: View, k: number, quotes: Quote[], emit: Emit): void {
  const t = v.p.tokens[k];
  if (t.upos !== "VERB" || !v.kids[k].some((c) => rel(v, c) === "aux:pass") || agentOf(v.p, k) >= 0 || isNegated(v.p, k)) return;
  const lemma = t.lemma.toLowerCase();
  // "should be given greater protection": what a passive still takes is the thing wished for.
  const given = v.kids[k].find((c) => isRel(rel(v, c), "obj") && !v.actor[c]);
  if (NO_DEED.test(lemma) && !(given !== undefined && GRANTING.has(lemma))) return;
  const g = t.head, gov = g >= 0 ? v.p.tokens[g].lemma.toLowerCase() : "";
  let holders: string[] | undefined, subj: number | undefined;
  const ought = v.kids[k].some((c) => rel(v, c) === "aux" && /^(?:should|must|ought)$/i.test(v.p.tokens[c].form));
  if (shouldClause(v, k)) {
    holders = reporterOf(v, k);
    subj = v.kids[k].find((c) => rel(v, c) === "nsubj:pass");
  } else if (ought && !isRel(t.deprel, "ccomp") && speakerAt(quotes, t.start)?.speaker) {
    // "These detainees should be prosecuted", in a speaker's own words.
    holders = [speakerAt(quotes, t.start)!.speaker!];
    subj = v.kids[k].find((c) => rel(v, c) === "nsubj:pass");
  } else if (g >= 0 && isRel(t.deprel, "xcomp") && WISHING.has(gov) && !hollow(v, g) && !isNegated(v.p, g)) {
    holders = holdersOf(v, g, quotes);
    subj = v.kids[g].find((c) => isRel(rel(v, c), "obj") && c < k);
  }
  if (!holders?.length || subj === undefined || v.actor[subj]) return;
  // "Neither X nor Y should be permitted": a subject denied is no wish.
  if ([...v.kids[subj], ...v.kids[k]].some((c) => /^(?:neither|no)$/i.test(v.p.tokens[c].form))) return;
  if (given !== undefined && GRANTING.has(lemma)) { emit(holders, topicAt(text, v, given), "support", "supports"); return; }
  const core = topicAt(text, v, subj);
  if (!core) return;
  const pol = POLICY_VERBS.get(lemma);
  if (pol !== undefined) { emit(holders, core, pol, pol === "support" ? "supports" : "opposes"); return; }
  const span = { start: core.span.start, end: Math.max(core.span.end, t.end) };
  emit(holders, { name: `${lemma} ${core.name}`, phrase: text.slice(span.start, span.end), span, core: core.core }, "support", "supports");
}

const RELATIVE_PRONOUN = /^(?:which|that|who|whom)$/i;

/** "the war, which his party opposed" where the parse gives the relative clause two subjects: the noun the
 * relative pronoun stands for, which is the verb's object; else -1. */
function relativeAsSubject(v: View, k: number): number {
  const t = v.p.tokens[k];
  if (!isRel(t.deprel, "acl:relcl") || t.head < 0) return -1;
  const subjects = v.kids[k].filter((c) => /^nsubj/.test(rel(v, c)));
  if (subjects.length !== 2 || !RELATIVE_PRONOUN.test(v.p.tokens[subjects[0]].form) || RELATIVE_PRONOUN.test(v.p.tokens[subjects[1]].form)) return -1;
  return t.head;
}

/** "is not simply tackling idleness but delivering jobs": "not simply … but" adds, it does not deny. */
function notMerely(v: View, k: number): boolean {
  const kids = v.kids[k];
  return kids.some((c) => rel(v, c) === "advmod" && /^(?:simply|just|only|merely)$/i.test(v.p.tokens[c].form)) &&
    kids.some((c) => isRel(rel(v, c), "conj") && v.kids[c].some((d) => rel(v, d) === "cc" && /^but$/i.test(v.p.tokens[d].form))) &&
    !kids.some((c) => rel(v, c) === "mark" && /^(?:if|unless|whether)$/i.test(v.p.tokens[c].form));
}

/** The actor whose intention a noun is ("Labour's ambition"), if the noun is one. */
function intentOwner(v: View, n: number): number | undefined {
  return INTENT_NOUNS.test(v.p.tokens[n].lemma) ? v.kids[n].find((c) => isRel(rel(v, c), "nmod:poss") && v.actor[c]) : undefined;
}

/** Whether a verb's subject is an actor's intention: "the party's aim is building cycle lanes". */
function intentSubject(v: View, k: number): boolean {
  // Only what the intention is ("the aim is building …"), not what it did ("the decision spread cheer").
  const t = v.p.tokens[k];
  const top = isRel(t.deprel, "conj") && t.head >= 0 ? t.head : k;
  const be = v.kids[top].some((c) => /^(?:aux|cop)$/.test(rel(v, c)) && /^(?:is|was|are|were|be|remains)$/i.test(v.p.tokens[c].form));
  const subj = subjectOf(v.p, k);
  return be && /ing$/i.test(t.form) && subj >= 0 && intentOwner(v, subj) !== undefined;
}

/** Verbs of giving something up: "is surrendering a key veto", "was losing its power of veto". */
const LOSING = new Map<string, RegExp | null>([
  ["lose", null], ["surrender", null], ["sacrifice", null], ["squander", null], ["abandon", null], ["relinquish", null],
  ["forfeit", null], ["give", /^up$/i], ["hand", /^over$/i], ["throw", /^away$/i], ["sign", /^away$/i],
]);

/** "the Tories say he is surrendering a key veto": one who reports another giving a thing up is for the thing. */
function lamentedLoss(text: string, v: View, k: number, quotes: Quote[], emit: Emit): void {
  const t = v.p.tokens[k];
  if (t.upos !== "VERB" || !LOSING.has(t.lemma.toLowerCase()) || hollow(v, k)) return;
  const particle = LOSING.get(t.lemma.toLowerCase());
  if (particle && !v.kids[k].some((c) => rel(v, c) === "compound:prt" && particle.test(v.p.tokens[c].form))) return;
  const by = reportingVerbOf(v, k);
  if (by < 0 || hollow(v, by)) return;
  const reporters = holdersOf(v, by, quotes) ?? [];
  const subj = subjectOf(v.p, k);
  // One's own giving up ("we will give up the veto") is no lament.
  if (!reporters.length || subj < 0 || /^(?:i|we|which|who|that)$/i.test(v.p.tokens[subj].form) || actorIds(v, subj).some((a) => reporters.includes(a))) return;
  // A pronoun that could be the reporter most often is ("the firm said it may lose millions"); "the Tories say he
  // is surrendering" cannot be.
  const person = reporters.some((r) => r.startsWith("person:"));
  const pronoun = v.p.tokens[subj].form.toLowerCase();
  if (!actorIds(v, subj).length && ((/^(?:he|she)$/.test(pronoun) && person) || (/^(?:it|they)$/.test(pronoun) && !person))) return;
  if (v.kids[k].some((c) => rel(v, c) === "aux" && /^(?:could|might|may)$/i.test(v.p.tokens[c].form))) return;
  for (const o of v.kids[k].filter((c) => isRel(rel(v, c), "obj") && !v.actor[c] && !QUANTITIES.test(v.p.tokens[c].form))) emit(reporters, topicAt(text, v, o), "support", "defends");
}

/** What is lost without being a thing one stands for: "lose millions", "lost ground". */
const QUANTITIES = /^(?:millions|billions|thousands|hundreds|money|cash|ground|points?|weight|share|shares|market|value|momentum|patience|interest|time)$/i;

/** Nouns of a thing wanting or lost, whose "of" object is what is valued: "the lack of awareness", "the erosion of rights". */
const LACKING = /^(?:lack|absence|shortage|loss|erosion|disappearance|dearth|neglect|undermining|weakening)$/i;

/** The valued thing a noun of want is "of", if it is one. */
function lackedThing(v: View, o: number): number | undefined {
  if (!LACKING.test(v.p.tokens[o].lemma)) return undefined;
  return v.kids[o].find((c) => isRel(rel(v, c), "nmod") && prepositionOf(v.p, c) === "of" && !v.actor[c] && v.p.tokens[c].upos === "NOUN");
}

/** Nouns that name a deed as a harm: "the risk of accepting", "the danger of rushing". */
const HARM_NOUNS = /^(?:risk|danger|peril|threat|folly|mistake|cost)$/i;

/** Whether a verb is the deed a harm noun is "of": "the security risk of accepting refugees". */
function riskOf(v: View, k: number): boolean {
  const t = v.p.tokens[k];
  return isRel(t.deprel, "acl") && t.head >= 0 && HARM_NOUNS.test(v.p.tokens[t.head].lemma) &&
    v.kids[k].some((c) => (rel(v, c) === "mark" || rel(v, c) === "case") && /^of$/i.test(v.p.tokens[c].form));
}

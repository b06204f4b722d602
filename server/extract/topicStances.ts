// Stances toward issues, read from the parse: an actor for or against what a policy verb takes ("the Lib Dems
// would scrap tuition fees", "called for higher defence spending", "defended measures to allow house arrest"), and
// a deed refused ("has refused to apologise"). The topic is named by the object's core (its compounds and
// adjectives and head: "tuition fees"), or by a known issue's canonical name; the whole phrase is kept as an alias.
import type { Polarity, Quote, Relation, Span } from "./types.ts";
import type { Sentence } from "./sentences.ts";
import type { EntityTable } from "./entities.ts";
import type { ParsedSentence } from "./parse/index.ts";
import { agentOf, prepositionOf, subjectOf, subtree } from "./parse/queries.ts";
import { evidenceOf } from "./clauses.ts";
import { holderOf, hollow, isRel, rel, viewOf, type View } from "./parseView.ts";
import { CONTROL_VERBS, DEED_TOPICS, POLICY_VERBS, REFUSING, VAGUE_OBJECTS } from "./lexicon/policyVerbs.ts";
import { TOPICS, TOPIC_NOISE } from "./lexicon/topics.ts";

const CORE = /^(?:compound|amod|flat|nummod)$/;
const MAX_PHRASE = 10;

export interface Topic {
  name: string;
  phrase: string;
  span: Span;
}

/** The issue an object token names: its core words, a known issue's name, and its whole phrase. */
export function topicAt(text: string, v: View, k: number): Topic | null {
  const t = v.p.tokens[k];
  if (v.actor[k] || !/^(?:NOUN|PROPN|VERB)$/.test(t.upos) || VAGUE_OBJECTS.test(t.form)) return null;
  const core = [k, ...v.kids[k].filter((c) => c < k && CORE.test(rel(v, c).split(":")[0]) && !v.actor[c])]
    .filter((c) => c === k || (!TOPIC_NOISE.has(v.p.tokens[c].form.toLowerCase()) && !/(?:ed|ing)$/i.test(v.p.tokens[c].form)))
    .sort((a, b) => a - b);
  const all = subtree(v.p, k).filter((c) => v.p.tokens[c].upos !== "PUNCT");
  const first = all[0], last = Math.min(all[all.length - 1], first + MAX_PHRASE);
  const span = { start: v.p.tokens[first].start, end: v.p.tokens[last].end };
  const phrase = text.slice(span.start, span.end);
  for (const [re, name] of TOPICS) if (re.test(phrase)) return { name, phrase, span };
  const name = core.map((c) => v.p.tokens[c].form).join(" ").toLowerCase();
  return name.length >= 3 && /[a-z]/.test(name) ? { name, phrase, span } : null;
}

export function extractTopicStances(text: string, parse: ParsedSentence[], sentences: Sentence[], table: EntityTable, quotes: Quote[]): Relation[] {
  const out: Relation[] = [];
  const pending: Array<() => void> = [];
  parse.forEach((p, si) => {
    if (p.tokens.length > 400) return;
    const v = viewOf(p, table);
    const evidence: Span = sentences[si] ?? p;
    const emit = (holder: string | undefined, topic: Topic | null, polarity: Polarity, act: string) => {
      if (!holder || !topic) return;
      const e = table.add("topic", topic.name);
      pending.push(() => table.mention(e, topic.span, "nominal", si, topic.phrase));
      out.push({ source: holder, target: e.id, type: "stance", polarity, attributes: { act }, evidence: [evidenceOf(text, evidence)], confidence: 0.55 });
    };
    p.tokens.forEach((t, k) => {
      if (t.upos !== "VERB") return;
      const lemma = t.lemma.toLowerCase();
      const direct = POLICY_VERBS.get(lemma);
      const viaPrep = [...v.kids[k]].filter((c) => isRel(rel(v, c), "obl") && POLICY_VERBS.has(`${lemma}:${prepositionOf(v.p, c)}`));
      const deed = DEED_TOPICS.get(lemma);
      if (direct === undefined && !viaPrep.length && !deed) return;
      // "refused to back", "has not apologised": the deed's polarity turns.
      const gov = isRel(t.deprel, "xcomp") && t.head >= 0 ? v.p.tokens[t.head].lemma.toLowerCase() : "";
      const refused = REFUSING.has(gov) || (hollow(v, k) && !CONTROL_VERBS.has(gov));
      if (hollow(v, k) && !refused) return;
      const turn = (pol: Polarity): Polarity => (refused ? (pol === "support" ? "oppose" : "support") : pol);
      const passive = v.kids[k].some((c) => rel(v, c) === "nsubj:pass" || rel(v, c) === "aux:pass");
      let holder: string | undefined;
      if (passive) {
        const agent = agentOf(v.p, k);
        holder = agent >= 0 ? v.actor[agent]?.id : undefined;
      } else holder = holderOf(v, subjectOf(v.p, k), t.start, quotes) ?? possessorHolder(v, k);
      const act = (pol: Polarity) => (pol === "support" ? "supports" : "opposes");
      if (passive) {
        const subj = subjectOf(v.p, k);
        if (direct !== undefined && subj >= 0) emit(holder, topicAt(text, v, subj), turn(direct), act(turn(direct)));
        return;
      }
      const objects = v.kids[k].filter((c) => isRel(rel(v, c), "obj"));
      if (direct !== undefined) for (const o of objects) emit(holder, topicAt(text, v, o), turn(direct), act(turn(direct)));
      for (const c of viaPrep) {
        const pol = turn(POLICY_VERBS.get(`${lemma}:${prepositionOf(v.p, c)}`)!);
        emit(holder, topicAt(text, v, c), pol, act(pol));
      }
      if (deed && !objects.length) {
        const span = { start: t.start, end: t.end };
        emit(holder, { name: deed, phrase: t.form, span }, turn("support"), act(turn("support")));
      }
    });
  });
  for (const add of pending) add();
  return out;
}

/** "the Lib Dem plans to scrap fees": a verb modifying a noun takes the noun's possessor or naming compound as holder. */
function possessorHolder(v: View, k: number): string | undefined {
  const t = v.p.tokens[k];
  if (!isRel(t.deprel, "acl") || t.head < 0) return undefined;
  const owner = v.kids[t.head].find((c) => (isRel(rel(v, c), "nmod:poss") || isRel(rel(v, c), "compound")) && v.actor[c]);
  return owner !== undefined ? v.actor[owner]!.id : undefined;
}

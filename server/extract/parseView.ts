// A parsed sentence seen by the stance stages: children lists, the actor mention each token belongs to, and the
// questions both stages ask (who a token stands for, who holds what a verb says, whether the verb is asserted).
import type { Quote, Span } from "./types.ts";
import type { EntityTable, MentionRef } from "./entities.ts";
import type { ParsedSentence } from "./parse/index.ts";
import { tokensCovering } from "./parse/index.ts";
import { isNegated, prepositionOf } from "./parse/queries.ts";
import { speakerAt } from "./clauses.ts";
import { spanAt } from "./text.ts";

/** A run-on of more words than this holds no sentence a reader would judge by: the stages read shorter ones only. */
export const MAX_READ_TOKENS = 400;

export const ACTORS: ReadonlySet<string> = new Set(["person", "organization", "country"]);
const FIRST_PERSON = /^(?:i|we|me|us)$/i;
const HOLLOW = /^(?:refuse|decline|fail|hesitate|reluctant|unwilling|stop|cease|deny)$/;

/** One parsed sentence with its children lists and the actor each token belongs to. */
export interface View {
  p: ParsedSentence;
  kids: number[][];
  actor: (MentionRef | undefined)[];
}

export function viewOf(p: ParsedSentence, table: EntityTable, kinds: ReadonlySet<string> = ACTORS): View {
  const n = p.tokens.length;
  const kids: number[][] = Array.from({ length: n }, () => []);
  p.tokens.forEach((t, k) => { if (t.head >= 0 && t.head < n) kids[t.head].push(k); });
  const actor: (MentionRef | undefined)[] = new Array(n);
  // Longer mentions first, so a name wins over a pronoun or title nested in it.
  const refs = table.within(p).filter((r) => kinds.has(table.get(r.id)!.kind)).sort((a, b) => (b.end - b.start) - (a.end - a.start));
  for (const r of refs) {
    const range = tokensCovering(p, r);
    if (!range) continue;
    for (let k = range.first; k <= range.last; k++) actor[k] ??= r;
  }
  return { p, kids, actor };
}

/** The sentences a parse-reading stage can use: those naming an actor (by name, title or pronoun) or lying in quoted
 * words. Quotes mark the sentences they overlap by binary search, so a document of many quotes stays linear. */
export function sentencesWorthParsing(sentences: readonly Span[], table: EntityTable, quotes: readonly Quote[]): Uint8Array {
  const worth = new Uint8Array(sentences.length);
  for (const q of quotes) {
    // Words no one is known to have said give a holder to no stage (an actor named in them marks the sentence below).
    if (!q.speaker) continue;
    const { hit, before } = spanAt(sentences, q.content.start);
    for (let i = hit ? before : before + 1; i < sentences.length && sentences[i].start < q.content.end; i++) worth[i] = 1;
  }
  sentences.forEach((s, i) => { if (!worth[i] && table.within(s).some((r) => ACTORS.has(table.get(r.id)!.kind))) worth[i] = 1; });
  return worth;
}

export const rel = (v: View, k: number) => v.p.tokens[k].deprel;
export const isRel = (d: string, r: string) => d === r || d.startsWith(r + ":");

/** The actors a token stands for: its own mention, else what it is of / by / whose ("Blair's plan"), and conjuncts. */
export function actorsOf(v: View, k: number, depth = 0): MentionRef[] {
  if (k < 0 || depth > 2) return [];
  const own = v.actor[k];
  const out: MentionRef[] = [];
  if (own) out.push(own);
  else {
    for (const c of v.kids[k]) {
      const d = rel(v, c);
      // "the minister Tom Hart" parsed with the title as head: the name in apposition is who it is.
      if (isRel(d, "nmod:poss") || isRel(d, "appos") || (isRel(d, "nmod") && /^(?:of|by)$/.test(prepositionOf(v.p, c)))) out.push(...actorsOf(v, c, depth + 1));
    }
  }
  for (const c of v.kids[k]) if (isRel(rel(v, c), "conj")) out.push(...actorsOf(v, c, depth + 1));
  return out;
}

/** "which", "that", "who", "whom": a word that may stand for the noun its clause hangs on. */
export const RELATIVE = /^(?:which|that|who|whom)$/i;

/** "the war, which X opposed", "Blair, who backed it": the noun a relative pronoun stands for (the relative
 * clause's head, or, when the parse missed the clause, the noun right before ", which"); else the token itself. */
export function throughRelative(v: View, k: number): number {
  const t = v.p.tokens[k];
  if (k < 0 || !RELATIVE.test(t.form) || t.upos === "SCONJ") return k;
  const verb = v.p.tokens[t.head];
  if (verb && verb.deprel === "acl:relcl" && verb.head >= 0) return verb.head;
  // Only after a comma: "the war, which …" (without one, "co-chaired by Germany that provides" is no antecedent).
  const comma = v.p.tokens[k - 1];
  const noun = v.p.tokens[k - 2];
  return comma?.form === "," && noun && (noun.upos === "NOUN" || noun.upos === "PROPN") ? k - 2 : k;
}

/** The holder behind a subject token: its actor, or the quote's speaker for "I" and "we" (and for no subject). */
export function holderOf(v: View, subj: number, at: number, quotes: Quote[]): string | undefined {
  if (subj >= 0) {
    const a = v.actor[subj] ?? v.actor[throughRelative(v, subj)];
    if (a) return a.id;
    if (!FIRST_PERSON.test(v.p.tokens[subj].form)) return undefined;
  }
  return speakerAt(quotes, at)?.speaker ?? undefined;
}

/** A verb whose stance is not asserted: negated, conditional, or the complement of "refused to". */
export function hollow(v: View, k: number): boolean {
  if (isNegated(v.p, k)) return true;
  if (v.kids[k].some((c) => rel(v, c) === "mark" && /^(?:if|unless|whether)$/i.test(v.p.tokens[c].form))) return true;
  const t = v.p.tokens[k];
  return isRel(t.deprel, "xcomp") && t.head >= 0 && (HOLLOW.test(v.p.tokens[t.head].lemma.toLowerCase()) || isNegated(v.p, t.head));
}


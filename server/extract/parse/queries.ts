// Small named questions over a parsed sentence, for the relation and stance stages: who is the subject,
// object, agent of a verb, what a name's modifiers or appositives are, whether a verb is negated. Tokens
// are indices into sentence.tokens; -1 means none.
import type { ParsedSentence } from "./index.ts";

// A relation matches its own name and its subtypes: "nsubj" matches "nsubj" and "nsubj:pass".
const isRel = (deprel: string, rel: string) => deprel === rel || deprel.startsWith(rel + ":");

/** Dependents of token i, in order, optionally only those with relation rel (subtypes included). */
export function children(s: ParsedSentence, i: number, rel?: string): number[] {
  const out: number[] = [];
  s.tokens.forEach((t, k) => {
    if (t.head === i && (rel === undefined || isRel(t.deprel, rel))) out.push(k);
  });
  return out;
}

const firstChild = (s: ParsedSentence, i: number, rels: readonly string[]) => {
  for (const rel of rels) {
    const c = children(s, i, rel);
    if (c.length) return c[0];
  }
  return -1;
};

// Auxiliaries and copulas stand for the word they attach to: "has" in "has accused", "is" in "is leader".
const predicate = (s: ParsedSentence, i: number) => (i >= 0 && /^(?:aux|cop)/.test(s.tokens[i].deprel) ? s.tokens[i].head : i);

/** "…, warning C": a present participle right after a comma, adverbial to the verb before it. */
function participleAfterComma(s: ParsedSentence, v: number): boolean {
  const t = s.tokens[v];
  return t.xpos === "VBG" && isRel(t.deprel, "advcl") && t.head >= 0 && v > 0 && s.tokens[v - 1].form === ",";
}

/** The subject of a verb (or predicate): nsubj, nsubj:pass or csubj; else the one it inherits as an xcomp
 * (its governor's object if that has one, "persuaded him to resign", else the governor's subject) or as a
 * conjunct without a subject of its own ("she arrived and spoke"). */
export function subjectOf(s: ParsedSentence, verb: number): number {
  const seen = new Set<number>();
  let v = predicate(s, verb);
  while (v >= 0 && !seen.has(v)) {
    seen.add(v);
    const own = firstChild(s, v, ["nsubj", "csubj", "expl"]);
    const t = s.tokens[v];
    // "A defended B, warning C": a participle after a comma takes the main clause's subject; a "subject" the parse
    // finds between the main verb and the comma is that verb's object.
    if (own >= 0 && participleAfterComma(s, v) && t.head < own && own < v) { v = t.head; continue; }
    if (own >= 0) return own;
    if (isRel(t.deprel, "xcomp")) {
      const obj = firstChild(s, t.head, ["obj"]);
      if (obj >= 0) return obj;
      v = t.head;
    } else if (t.deprel === "conj" || isRel(t.deprel, "conj") || participleAfterComma(s, v)) v = t.head;
    else if (isRel(t.deprel, "acl") && !isRel(t.deprel, "acl:relcl")) return -1;
    else if (t.deprel === "acl:relcl") {
      // "the union that called the strike": the relative clause's subject is its head noun.
      return t.head;
    } else return -1;
  }
  return -1;
}

/** Direct and indirect objects of a verb, in order (iobj and obj). */
export function objectsOf(s: ParsedSentence, verb: number): number[] {
  const v = predicate(s, verb);
  return children(s, v).filter((k) => isRel(s.tokens[k].deprel, "obj") || isRel(s.tokens[k].deprel, "iobj"));
}

// The preposition or subordinator of a dependent: its case or mark child ("of", "against", "by").
export function prepositionOf(s: ParsedSentence, i: number): string {
  for (const k of children(s, i)) if (s.tokens[k].deprel === "case" || s.tokens[k].deprel === "mark") return s.tokens[k].lemma.toLowerCase();
  return "";
}

/** The agent of a passive verb: its obl:agent, or an oblique introduced by "by". */
export function agentOf(s: ParsedSentence, verb: number): number {
  const v = predicate(s, verb);
  const agent = children(s, v, "obl:agent");
  if (agent.length) return agent[0];
  return children(s, v, "obl").find((k) => prepositionOf(s, k) === "by") ?? -1;
}

/** Obliques of a verb with their prepositions: nominal (obl, "warn X against Y") and clausal (advcl with a
 * preposition, "accuse X of lying"). A prepositional phrase right after the verb's object may hang on the
 * object in the parse ("the union of lying" as acl or nmod of "union"): the attachment is ambiguous, so
 * those count too, after the verb's own. */
export function obliquesOf(s: ParsedSentence, verb: number): { prep: string; token: number }[] {
  const v = predicate(s, verb);
  const own = children(s, v).filter((k) => /^(?:obl|advcl|nmod)(?::|$)/.test(s.tokens[k].deprel));
  const onObject = objectsOf(s, v).flatMap((o) => children(s, o).filter((k) => k > o && /^(?:acl|nmod)$/.test(s.tokens[k].deprel)));
  return [...own, ...onObject].map((k) => ({ prep: prepositionOf(s, k), token: k })).filter((o) => o.prep);
}

/** The oblique of a verb introduced by the given preposition ("of" in "accused the union of lying"), or -1. */
export function obliqueWith(s: ParsedSentence, verb: number, prep: string): number {
  return obliquesOf(s, verb).find((o) => o.prep === prep.toLowerCase())?.token ?? -1;
}

/** Appositives of a noun ("his deputy, Ruth Kell": Kell for deputy), and the noun an appositive renames. */
export function appositivesOf(s: ParsedSentence, noun: number): number[] {
  const out = children(s, noun, "appos");
  if (isRel(s.tokens[noun].deprel, "appos")) out.unshift(s.tokens[noun].head);
  return out;
}

const MODIFIERS = ["compound", "amod", "nmod:poss", "flat", "nmod", "det:poss"];

/** Tokens of a name's head's subtree that modify it from the left (compound, amod, nmod:poss, flat, with
 * what hangs on them): "Swedish prime minister" for Anna in "Swedish prime minister Anna Lind". In order. */
export function modifierChain(s: ParsedSentence, head: number): number[] {
  // "Green Party leader Tom Hart" may come out with the name as an appositive of the noun just before it:
  // that noun and its own modifiers are the chain.
  const t = s.tokens[head];
  if (isRel(t.deprel, "appos") && t.head === head - 1) return [...modifierChain(s, t.head), t.head];
  // … or as a flat part of the title before it ("prime minister Anna Lind" headed by "minister").
  if (isRel(t.deprel, "flat") && t.head === head - 1 && s.tokens[t.head].upos === "NOUN") return [...modifierChain(s, t.head), t.head];
  const out: number[] = [];
  for (const k of children(s, head)) {
    if (k < head && MODIFIERS.some((r) => isRel(s.tokens[k].deprel, r))) out.push(...subtree(s, k));
  }
  return out.filter((k) => s.tokens[k].upos !== "PUNCT").sort((a, b) => a - b);
}

/** The clause a verb reports or controls: its ccomp or xcomp; for a parenthetical "…, he said" (parataxis),
 * the clause it hangs on. */
export function clausalComplementOf(s: ParsedSentence, verb: number): number {
  const v = predicate(s, verb);
  const c = firstChild(s, v, ["ccomp", "xcomp"]);
  if (c >= 0) return c;
  if (isRel(s.tokens[v].deprel, "parataxis")) return s.tokens[v].head;
  // "…, the chairman said." sometimes parses as a clause hung on a word before the comma: a verb with its
  // own subject, no object, right after a comma, reports the sentence's main clause before it.
  const first = subtree(s, v).find((k) => s.tokens[k].upos !== "PUNCT") ?? v;
  const root = s.tokens.findIndex((t) => t.head === -1);
  const comma = first > 0 && /^[,—–-]$/.test(s.tokens[first - 1].form);
  if (comma && root >= 0 && root < first && root !== v && firstChild(s, v, ["nsubj"]) >= 0 && !objectsOf(s, v).length) return root;
  return -1;
}

const NEGATIONS = new Set(["not", "never", "n't", "no"]);
const MODALS = new Set(["can", "could", "may", "might", "must", "shall", "should", "will", "would", "ought"]);

/** Whether a verb is negated: an advmod (or det of "no") "not", "n't", "never". */
export function isNegated(s: ParsedSentence, verb: number): boolean {
  const v = predicate(s, verb);
  return children(s, v).some((k) => (isRel(s.tokens[k].deprel, "advmod") || s.tokens[k].deprel === "neg") && NEGATIONS.has(s.tokens[k].form.toLowerCase().replace("’", "'")));
}

/** Modal auxiliaries of a verb, lowercased ("could", "would"). */
export function modalsOf(s: ParsedSentence, verb: number): string[] {
  const v = predicate(s, verb);
  return children(s, v, "aux").map((k) => s.tokens[k].form.toLowerCase()).filter((w) => MODALS.has(w));
}

/** A token and the tokens coordinated with it ("Hart and Kell"), in order, itself included. */
export function conjuncts(s: ParsedSentence, i: number): number[] {
  let first = i;
  while (isRel(s.tokens[first].deprel, "conj") && s.tokens[first].head >= 0) first = s.tokens[first].head;
  return [first, ...children(s, first, "conj")].sort((a, b) => a - b);
}

/** Token i and all its descendants, in order. */
export function subtree(s: ParsedSentence, i: number): number[] {
  const out = [i];
  for (let k = 0; k < out.length; k++) for (const c of children(s, out[k])) out.push(c);
  return out.sort((a, b) => a - b);
}

/** The character span of tokens (their first start to their last end). */
export function spanOfTokens(s: ParsedSentence, tokens: readonly number[]): { start: number; end: number } | null {
  if (!tokens.length) return null;
  const sorted = [...tokens].sort((a, b) => a - b);
  return { start: s.tokens[sorted[0]].start, end: s.tokens[sorted[sorted.length - 1]].end };
}

// The syntactic layer: parseDocument(text, sentences) tokenises each sentence the UD way and parses it
// (UPOS, lemma, head, relation), with every token's UTF-16 offsets into the text. The model
// (model.json beside this file) loads once per process, on first use.
import { fileURLToPath } from "node:url";
import type { Span } from "../types.ts";
import { analyseWords, parseTagged, tagAnalysis, type Analysis, type Tagging } from "./analyse.ts";
import { readParseModel, type ParseModel } from "./model.ts";
import { tokenizeText } from "./tokenize.ts";
import { spanAt } from "../text.ts";
import { TITLE_HEADS } from "../lexicon/titles.ts";

export const PARSE_MODEL_PATH = fileURLToPath(new URL("./model.json", import.meta.url));

export interface ParsedToken extends Span {
  form: string;
  upos: string;
  xpos: string;
  lemma: string;
  head: number; // index of the head among the sentence's tokens, -1 for the root
  deprel: string; // UD relation with its subtype: "nsubj:pass", "obl:agent", "nmod:poss", …
}

export interface ParsedSentence extends Span {
  tokens: ParsedToken[];
}

let model: ParseModel | null = null;

export function parseModel(): ParseModel {
  model ??= readParseModel(PARSE_MODEL_PATH);
  return model;
}

// Arc-eager parsing is linear in the sentence's length, so even a 5,000-word run-on parses in bounded time.
export function parseWords(forms: readonly string[]): Analysis {
  return analyseWords(parseModel(), forms);
}

// A sentence tokenised the UD way and tagged (UPOS, XPOS, lemma), not yet parsed.
export interface TaggedToken extends Span {
  form: string;
  upos: string;
  xpos: string;
  lemma: string;
}

export interface TaggedSentence extends Span {
  tokens: TaggedToken[];
  tagging: Tagging; // the tagger's output, kept so the parse need not tag again
}

export function tagSpan(text: string, span: Span): TaggedSentence {
  const words = tokenizeText(text, span.start, span.end);
  const forms = words.map((w) => w.form);
  const m = parseModel();
  let t = tagAnalysis(m, forms);
  const fixed = misreadTags(m, forms, t);
  if (fixed.size) t = tagAnalysis(m, forms, fixed);
  const tokens = words.map((w, i) => ({ start: w.start, end: w.end, form: w.form, upos: t.upos[i], xpos: t.xpos[i], lemma: t.lemma[i] }));
  return { start: span.start, end: span.end, tokens, tagging: t };
}

// Tags the tagger gets wrong in news often enough to undo, fixed by position; tagging again with them fixed lets
// the words after follow.
// - "The premier insisted …" tagged "premier/JJR insisted/VBN": an office word after a determiner, tagged an
//   adjective with no noun after it to modify, is the noun it names.
// - "Clinton apparently disagrees with …" tagged "disagrees/NNS": a plural noun right after an "-ly" adverb that
//   follows a name, noun or pronoun is the verb of that subject (adverbs do not modify nouns).
// - "New European commission president …" tagged "New/DT": a determiner is a closed class; a word tagged one that is
//   none is an adjective, or before a determiner an adverb ("Meanwhile the …", "quite a …").
// - "I very much hope it would be possible …" tagged "much/JJ hope/NN": a noun after a subject pronoun and its
//   adverbs is the pronoun's verb (a subject pronoun sets no noun after it).
// - "lords ruled against the detention measures last week" tagged "measures/VBZ": a verb ending a noun phrase that a
//   preposition after a verb opens is the phrase's plural noun (a preposition takes no clause).
const DETERMINERS = /^(?:the|a|an|this|that|his|her|its|their|our|my|your)$/i;
const DETERMINER_WORDS = new Set(("the a an this that these those some any each every no all both either neither another such what which whatever " +
  "whichever half many much few several enough more most less least own other certain").split(" "));
// The joint tag ids the repairs set, looked up once per model.
const repairIds = new WeakMap<ParseModel, Record<"noun" | "verb" | "plural" | "present" | "adjective" | "adverb", number>>();
function idsOf(m: ParseModel) {
  let ids = repairIds.get(m);
  if (!ids) {
    const id = (t: string) => m.tags.indexOf(t);
    ids = { noun: id("NOUN NN"), verb: id("VERB VBZ"), plural: id("NOUN NNS"), present: id("VERB VBP"), adjective: id("ADJ JJ"), adverb: id("ADV RB") };
    repairIds.set(m, ids);
  }
  return ids;
}

function misreadTags(m: ParseModel, forms: readonly string[], t: Tagging): Map<number, number> {
  const out = new Map<number, number>();
  const { noun, verb, plural, present, adjective, adverb } = idsOf(m);
  for (let i = 0; i < forms.length; i++) {
    if (i > 0 && noun >= 0 && t.upos[i] === "ADJ" && TITLE_HEADS.has(forms[i].toLowerCase()) && DETERMINERS.test(forms[i - 1]) && !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(t.upos[i + 1] ?? "")) out.set(i, noun);
    if (verb >= 0 && i >= 2 && t.xpos[i] === "NNS" && t.upos[i - 1] === "ADV" && /ly$/i.test(forms[i - 1]) && /^(?:NOUN|PROPN|PRON)$/.test(t.upos[i - 2])) out.set(i, verb);
    if (t.upos[i] === "DET" && /^[a-z]+$/i.test(forms[i]) && !DETERMINER_WORDS.has(forms[i].toLowerCase())) {
      const to = t.upos[i + 1] === "DET" ? adverb : adjective;
      if (to >= 0) out.set(i, to);
    }
    const own = pronounVerb(forms, t, i);
    if (own === "VBP" && present >= 0) out.set(i, present);
    if (own === "VBZ" && verb >= 0) out.set(i, verb);
    if (plural >= 0 && t.xpos[i] === "VBZ" && /s$/i.test(forms[i]) && insidePrepositionalPhrase(forms, t, i)) out.set(i, plural);
  }
  return out;
}

// Word i, a noun, after "I/we/they/you/he/she" and one or two adverbs ("very much", "strongly"): the verb form it is.
function pronounVerb(forms: readonly string[], t: Tagging, i: number): "VBP" | "VBZ" | undefined {
  if (!/^NNS?$/.test(t.xpos[i])) return undefined;
  let j = i - 1;
  while (j >= 0 && i - j <= 2 && (t.upos[j] === "ADV" || /^much$/i.test(forms[j]))) j--;
  if (j === i - 1 || j < 0 || i - j > 3) return undefined;
  if (/^(?:I|we|they|you)$/i.test(forms[j]) && t.xpos[i] === "NN") return "VBP";
  if (/^(?:he|she)$/i.test(forms[j]) && t.xpos[i] === "NNS") return "VBZ";
  return undefined;
}

// Word i ends "<verb> <preposition> <determiner> <nouns or adjectives>": "ruled against the detention measures".
// (Not a word that may open a clause: "before a new model hits the streets", "looks like the job situation is".)
const SUBORDINATING = /^(?:before|after|as|like|since|until|till|because|while|if|than|that|whether|once|unless|though|although|where|when)$/i;
function insidePrepositionalPhrase(forms: readonly string[], t: Tagging, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /^(?:NOUN|ADJ)$/.test(t.upos[j])) j--;
  if (j === i - 1 || j < 2 || t.upos[j] !== "DET") return false;
  return t.upos[i] === "VERB" && t.upos[j - 1] === "ADP" && t.xpos[j - 1] === "IN" && !SUBORDINATING.test(forms[j - 1]) && /^(?:VERB|AUX)$/.test(t.upos[j - 2]);
}

export function parseTaggedSentence(s: TaggedSentence): ParsedSentence {
  const a = parseTagged(parseModel(), s.tokens.map((w) => w.form), s.tagging);
  const tokens = s.tokens.map((w, i) => ({ ...w, head: a.head[i] - 1, deprel: a.deprel[i] }));
  return { start: s.start, end: s.end, tokens };
}

export function parseSpan(text: string, span: Span): ParsedSentence {
  return parseTaggedSentence(tagSpan(text, span));
}

// A document is tagged and parsed up to this many characters of sentences (about 30,000 words, a second or
// two); sentences past it come back with no tokens, so a 5 MB input stays bounded in time.
export const MAX_PARSE_CHARS = 200_000;

// Every sentence tagged, within the budget; the rest with no tokens.
export function tagDocument(text: string, sentences: readonly Span[], maxChars = MAX_PARSE_CHARS): TaggedSentence[] {
  let budget = maxChars;
  const none = { tags: new Uint8Array(0), upos: [], xpos: [], lemma: [] };
  return sentences.map((s) => {
    budget -= s.end - s.start;
    return budget >= 0 ? tagSpan(text, s) : { start: s.start, end: s.end, tokens: [], tagging: none };
  });
}

// `wanted` picks the sentences worth parsing; the others come back unparsed (no tokens) and cost nothing.
// `tagged`, when the document has been tagged already, is reused.
export function parseDocument(text: string, sentences: readonly Span[], maxChars = MAX_PARSE_CHARS, wanted: (i: number) => boolean = () => true, tagged?: readonly TaggedSentence[]): ParsedSentence[] {
  let budget = maxChars;
  return sentences.map((s, i) => {
    if (!wanted(i)) return { start: s.start, end: s.end, tokens: [] };
    if (tagged) return parseTaggedSentence(tagged[i]);
    budget -= s.end - s.start;
    return budget >= 0 ? parseSpan(text, s) : { start: s.start, end: s.end, tokens: [] };
  });
}

// The tokens of a sentence that overlap a character span, as an inclusive index range; null when none.
export function tokensCovering(sentence: ParsedSentence, span: Span): { first: number; last: number } | null {
  const t = sentence.tokens;
  let first = -1, last = -1;
  for (let i = 0; i < t.length; i++) {
    if (t[i].end <= span.start || t[i].start >= span.end) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : { first, last };
}

// The syntactic head of tokens first..last: the one whose head lies outside the range (the leftmost such
// one if several do, as in a span that is not a constituent).
export function headOfRange(sentence: ParsedSentence, first: number, last: number): number {
  const t = sentence.tokens;
  for (let i = first; i <= last; i++) if (t[i].head < first || t[i].head > last) return i;
  return first;
}

// Where a character span (an entity mention, say) sits in a parse: its sentence, token range and head token.
// Sentences come in text order, so the first that can hold the span is found by binary search.
export function locateSpan(parse: readonly ParsedSentence[], span: Span): { sentence: number; first: number; last: number; head: number } | null {
  const { hit, before } = spanAt(parse, span.start);
  for (let s = hit ? before : before + 1; s < parse.length && parse[s].start < span.end; s++) {
    if (parse[s].end <= span.start) continue;
    const r = tokensCovering(parse[s], span);
    if (r) return { sentence: s, ...r, head: headOfRange(parse[s], r.first, r.last) };
  }
  return null;
}

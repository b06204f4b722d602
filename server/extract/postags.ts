// Part-of-speech and name tags, keyed by the character offset where each word starts, in compromise's tag names
// (the names every later stage reads). The parts of speech come from the UD tagger, which tags each sentence in
// context (the parse's first step, so the document is tagged once); the name classes (first names, places,
// organisations) come from compromise's lexicon, looked up, without compromise's own tagger (which cost as much
// as the whole parse).
import nlp from "compromise/two";
import { tagDocument, type TaggedSentence } from "./parse/index.ts";
import type { Span } from "./types.ts";

export type TagIndex = Map<number, Set<string>>;

// A tagged word's parts of speech: UD's XPOS (Penn tags) and UPOS in compromise's names.
const BY_XPOS: Record<string, string[]> = {
  NN: ["Noun", "Singular"], NNS: ["Noun", "Plural"], NNP: ["Noun", "ProperNoun", "Singular"], NNPS: ["Noun", "ProperNoun", "Plural"],
  PRP: ["Noun", "Pronoun"], "PRP$": ["Noun", "Pronoun", "Possessive"], WP: ["QuestionWord"], "WP$": ["QuestionWord"],
  VB: ["Verb", "Infinitive"], VBD: ["Verb", "PastTense"], VBG: ["Verb", "PresentTense", "Gerund"], VBN: ["Verb", "Participle"],
  VBP: ["Verb", "PresentTense"], VBZ: ["Verb", "PresentTense"], MD: ["Verb", "Auxiliary", "Modal"],
  JJ: ["Adjective"], JJR: ["Adjective", "Comparative"], JJS: ["Adjective", "Superlative"],
  RB: ["Adverb"], RBR: ["Adverb", "Comparative"], RBS: ["Adverb", "Superlative"], WRB: ["QuestionWord"],
  IN: ["Preposition"], TO: ["Preposition"], DT: ["Determiner"], PDT: ["Determiner"], WDT: ["Determiner"],
  CC: ["Conjunction"], CD: ["Value", "Cardinal"], UH: ["Expression"],
};
const BY_UPOS: Record<string, string[]> = {
  NOUN: ["Noun"], PROPN: ["Noun", "ProperNoun"], PRON: ["Noun", "Pronoun"], VERB: ["Verb"], AUX: ["Verb", "Auxiliary"],
  ADJ: ["Adjective"], ADV: ["Adverb"], ADP: ["Preposition"], DET: ["Determiner"], CCONJ: ["Conjunction"],
  SCONJ: ["Conjunction"], NUM: ["Value", "Cardinal"], INTJ: ["Expression"],
};
// Classes of names the lexicon knows, and the tags under them, kept from its entries (its parts of speech are not:
// the UD tagger reads the word in context).
const NAME_ROOTS = ["Person", "Place", "Organization"];

interface NameLexicon {
  words: Map<string, string[]>; // lowercase word or words -> name tags
  starts: Set<string>; // the first word of every entry
  longest: number; // words in the longest entry
}
let names: NameLexicon | null = null;

function nameLexicon(): NameLexicon {
  if (names) return names;
  const model = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, { parents?: string[] }> } } }).model().one;
  const ancestry = (tag: string) => [tag, ...(model.tagSet[tag]?.parents ?? [])];
  const words = new Map<string, string[]>(), starts = new Set<string>();
  let longest = 1;
  for (const key of Object.keys(model.lexicon)) {
    const tags = ([] as string[]).concat(model.lexicon[key]).flatMap((t) => t.split(","));
    const kept = new Set<string>();
    for (const t of tags) {
      const line = ancestry(t);
      if (line.some((x) => NAME_ROOTS.includes(x))) for (const x of line) if (x !== "Noun" && x !== "Singular") kept.add(x);
    }
    if (!kept.size) continue;
    words.set(key, [...kept]);
    const parts = key.split(" ");
    starts.add(parts[0]);
    longest = Math.max(longest, parts.length);
  }
  names = { words, starts, longest };
  return names;
}

const NOMINAL = new Set(["PROPN", "NOUN", "ADJ", "X", "SYM"]);
const ACRONYM = /^(?:\p{Lu}{2,6}s?|(?:\p{Lu}\.){2,4})$/u;

export function tagIndex(tagged: readonly TaggedSentence[]): TagIndex {
  const index: TagIndex = new Map();
  const lex = nameLexicon();
  for (const s of tagged) {
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      const set = new Set([...(BY_XPOS[t[i].xpos] ?? []), ...(BY_UPOS[t[i].upos] ?? [])]);
      if (ACRONYM.test(t[i].form)) set.add("Acronym");
      // A capitalised noun inside the sentence is a name's word ("the Jewish Chronicle"), as compromise reads it.
      if (i > 0 && set.has("Noun") && /^\p{Lu}/u.test(t[i].form) && !/^["“‘'(\[:—–-]$/.test(t[i - 1].form)) set.add("ProperNoun");
      index.set(t[i].start, set);
    }
    // Names: the longest lexicon entry starting at each capitalised word, its tags on every word it covers.
    const lower = t.map((w) => w.form.toLowerCase());
    for (let i = 0; i < t.length; i++) {
      if (!/^\p{Lu}/u.test(t[i].form) || !lex.starts.has(lower[i])) continue;
      for (let k = Math.min(lex.longest, t.length - i); k >= 1; k--) {
        const found = lex.words.get(k === 1 ? lower[i] : lower.slice(i, i + k).join(" "));
        // A one-word entry names only a word read as a noun or adjective ("May" the month, "Will" the modal are not).
        if (!found || (k === 1 && !NOMINAL.has(t[i].upos))) continue;
        for (let j = i; j < i + k; j++) for (const tag of found) index.get(t[j].start)!.add(tag);
        i += k - 1;
        break;
      }
    }
  }
  return index;
}

// The tags of a text's sentences, tagged here (the extractor tags once and reuses the tagging for the parse).
export function tagText(text: string, sentences: readonly Span[]): TagIndex {
  return tagIndex(tagDocument(text, sentences));
}

// The gender the lexicon gives a first name ("Ruth": female), or null when it gives none or both.
export function firstNameGender(word: string): "m" | "f" | null {
  const tags = nameLexicon().words.get(word.toLowerCase());
  if (!tags) return null;
  const m = tags.includes("MaleName"), f = tags.includes("FemaleName");
  return m === f ? null : m ? "m" : "f";
}

// Words in, a full analysis out: joint UPOS/XPOS tags, lemmas, heads and relations.
import { lemmatize } from "./lemma.ts";
import type { ParseModel } from "./model.ts";
import { parseAtoms } from "./parseFeatures.ts";
import { parseSentence } from "./parser.ts";
import { repunctuate } from "./punct.ts";
import { tagWords } from "./tagger.ts";

export interface Analysis {
  upos: string[];
  xpos: string[];
  lemma: string[];
  head: Int32Array; // by word: 0 for the root, else the 1-based index of the head word
  deprel: string[];
}

export function analyseWords(m: ParseModel, words: readonly string[]): Analysis {
  const n = words.length;
  if (!n) return { upos: [], xpos: [], lemma: [], head: new Int32Array(0), deprel: [] };
  const tags = tagWords(m.tagger, words);
  const lower = words.map((w) => w.toLowerCase());
  const upos = Array.from(tags, (t) => m.upos[t]);
  const xpos = Array.from(tags, (t) => m.xpos[t]);
  const lemma = words.map((w, i) => lemmatize(w, upos[i], xpos[i], m.lemmatizer));
  const atoms = parseAtoms(lower, tags, Array.from(tags, (t) => m.uposId[t]), lemma, m.punctUpos);
  const arcs = parseSentence(m.parser, atoms);
  // The words' arcs back in sentence positions; punctuation by rule.
  const head = new Int32Array(n), deprel = new Array<string>(n).fill("punct");
  const { keep } = atoms;
  for (let j = 0; j < keep.length; j++) {
    const h = arcs.head[j];
    head[keep[j]] = h === 0 ? 0 : keep[h - 1] + 1;
    deprel[keep[j]] = m.labels[arcs.label[j]];
  }
  repunctuate(head, deprel, upos, words);
  return { upos, xpos, lemma, head, deprel };
}

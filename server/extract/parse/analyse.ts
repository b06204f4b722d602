// Words in, a full analysis out: joint UPOS/XPOS tags, lemmas, heads and relations. Tagging and parsing are
// two steps, so a document can be tagged whole and parsed only where a later stage reads the tree.
import { lemmatize } from "./lemma.ts";
import type { ParseModel } from "./model.ts";
import { parseAtoms } from "./parseFeatures.ts";
import { parseSentence } from "./parser.ts";
import { repunctuate } from "./punct.ts";
import { tagWords } from "./tagger.ts";

export interface Tagging {
  tags: Uint8Array; // joint tag ids
  upos: string[];
  xpos: string[];
  lemma: string[];
}

export interface Analysis extends Tagging {
  head: Int32Array; // by word: 0 for the root, else the 1-based index of the head word
  deprel: string[];
}

export function tagAnalysis(m: ParseModel, words: readonly string[], forced?: ReadonlyMap<number, number>): Tagging {
  if (!words.length) return { tags: new Uint8Array(0), upos: [], xpos: [], lemma: [] };
  const tags = tagWords(m.tagger, words, forced);
  const upos = Array.from(tags, (t) => m.upos[t]);
  const xpos = Array.from(tags, (t) => m.xpos[t]);
  const lemma = words.map((w, i) => lemmatize(w, upos[i], xpos[i], m.lemmatizer));
  return { tags, upos, xpos, lemma };
}

export function parseTagged(m: ParseModel, words: readonly string[], t: Tagging): Analysis {
  const n = words.length;
  if (!n) return { ...t, head: new Int32Array(0), deprel: [] };
  const atoms = parseAtoms(words.map((w) => w.toLowerCase()), t.tags, Array.from(t.tags, (x) => m.uposId[x]), t.lemma, m.uposClasses);
  const arcs = parseSentence(m.parser, atoms);
  // The words' arcs back in sentence positions; punctuation by rule.
  const head = new Int32Array(n), deprel = new Array<string>(n).fill("punct");
  const { keep } = atoms;
  for (let j = 0; j < keep.length; j++) {
    const h = arcs.head[j];
    head[keep[j]] = h === 0 ? 0 : keep[h - 1] + 1;
    deprel[keep[j]] = m.labels[arcs.label[j]];
  }
  repunctuate(head, deprel, t.upos, words);
  return { ...t, head, deprel };
}

export function analyseWords(m: ParseModel, words: readonly string[]): Analysis {
  return parseTagged(m, words, tagAnalysis(m, words));
}

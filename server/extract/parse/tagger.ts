// Greedy left-to-right tagging with the tagger's features; the same loop trains (given gold tags and
// training weights, it updates on every mistake). Classes are joint "UPOS XPOS" tags. With a second
// table the sentence is tagged twice: the second pass also reads the first pass's tags of the words to
// the right (lookaheadFeatures), which the first could not see.
import { BOUNDARY, FINITE, historyFeatures, HISTORY, lookaheadFeatures, LOOKAHEAD, sentenceAtoms, type SentenceAtoms, type TaggerContext } from "./tagFeatures.ts";
import type { Scorer, SparsePerceptron } from "./sparse.ts";

export interface TaggerParts extends TaggerContext {
  weights: Scorer;
  second?: Scorer; // the second pass's weights
  classes: number;
  tagDict: Map<string, number>; // frequent unambiguous words -> their tag, decided without the model
}

export interface TaggerTraining {
  gold: ArrayLike<number>;
  weights: SparsePerceptron;
}

let buf = new Int32Array(256);
let scores = new Float64Array(256);

// forced: tags decided before the model (by position), which the words after them then condition on.
export function tagWords(parts: TaggerParts, words: readonly string[], forced?: ReadonlyMap<number, number>): Uint8Array {
  const a = sentenceAtoms(words, parts);
  const first = tagPass(parts, words, a, parts.weights, { forced });
  return parts.second ? tagPass(parts, words, a, parts.second, { first, forced }) : first;
}

export interface PassOptions {
  first?: Uint8Array; // the first pass's tags, when this is the second
  train?: TaggerTraining; // training: weights are the pass's own
  forced?: ReadonlyMap<number, number>;
}

// One pass over the sentence's atoms with the given weights.
export function tagPass(parts: TaggerParts, words: readonly string[], a: SentenceAtoms, weights: Scorer, { first, train, forced }: PassOptions = {}): Uint8Array {
  const tags = new Uint8Array(a.n);
  const C = parts.classes;
  if (scores.length < C) scores = new Float64Array(C);
  const extra = HISTORY + (first ? LOOKAHEAD : 0);
  let finite = 0;
  for (let i = 0; i < a.n; i++) {
    if (i > 0) {
      const c = parts.clause[tags[i - 1]];
      finite = c === FINITE ? 1 : c === BOUNDARY ? 0 : finite;
    }
    const known = forced?.get(i) ?? parts.tagDict.get(words[i]);
    if (known !== undefined) {
      tags[i] = known;
      continue;
    }
    const s0 = a.start[i], len = a.start[i + 1] - s0;
    if (buf.length < len + extra) buf = new Int32Array(2 * (len + extra));
    buf.set(a.feats.subarray(s0, s0 + len));
    const t1 = i > 0 ? tags[i - 1] : -1;
    historyFeatures(a, i, t1, i > 1 ? tags[i - 2] : -1, finite, buf, len);
    if (first) lookaheadFeatures(a, i, first, t1, buf, len + HISTORY);
    const n = len + extra;
    scores.fill(0, 0, C);
    weights.addScores(buf, n, scores);
    let best = 0;
    for (let c = 1; c < C; c++) if (scores[c] > scores[best]) best = c;
    if (train) {
      const gold = train.gold[i];
      if (best !== gold) train.weights.update(buf, n, gold, best);
      train.weights.step++;
    }
    tags[i] = best;
  }
  return tags;
}

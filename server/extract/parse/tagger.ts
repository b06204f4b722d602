// Greedy left-to-right tagging with the tagger's features; the same loop trains (given gold tags and
// training weights, it updates on every mistake). Classes are joint "UPOS XPOS" tags.
import { historyFeatures, HISTORY, sentenceAtoms, type TaggerContext } from "./tagFeatures.ts";
import type { Scorer, SparsePerceptron } from "./sparse.ts";

export interface TaggerParts extends TaggerContext {
  weights: Scorer;
  classes: number;
  tagDict: Map<string, number>; // frequent unambiguous words -> their tag, decided without the model
}

let buf = new Int32Array(256);
let scores = new Float64Array(256);

export function tagWords(parts: TaggerParts, words: readonly string[], train?: { gold: ArrayLike<number>; weights: SparsePerceptron }): Uint8Array {
  const a = sentenceAtoms(words, parts);
  const tags = new Uint8Array(a.n);
  const C = parts.classes;
  if (scores.length < C) scores = new Float64Array(C);
  for (let i = 0; i < a.n; i++) {
    const known = parts.tagDict.get(words[i]);
    if (known !== undefined) {
      tags[i] = known;
      continue;
    }
    const s0 = a.start[i], len = a.start[i + 1] - s0;
    if (buf.length < len + HISTORY) buf = new Int32Array(2 * (len + HISTORY));
    buf.set(a.feats.subarray(s0, s0 + len));
    historyFeatures(a, i, i > 0 ? tags[i - 1] : -1, i > 1 ? tags[i - 2] : -1, buf, len);
    const n = len + HISTORY;
    scores.fill(0, 0, C);
    parts.weights.addScores(buf, n, scores);
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

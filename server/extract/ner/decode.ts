// Greedy left-to-right decoding: each token takes the best tag allowed after the previous one.
import { historyFeatures, type SentenceFeatures } from "./features.ts";
import { ALLOWED as ALLOWED_, NUM_TAGS, TAGS as TAGS_ } from "./tags.ts";
import type { WeightSource } from "./weights.ts";

// Local copies: module-level imports can compile to getters in hot loops.
const N = NUM_TAGS;
const TAGS: readonly string[] = TAGS_;
const ALLOWED = ALLOWED_;

const scores = new Float64Array(N);
const history: number[] = [];

// Scores of token i given the tags before it; the result is valid until the next call.
export function scoreToken(f: SentenceFeatures, i: number, tags: ArrayLike<number>, w: WeightSource): Float64Array {
  scores.fill(0);
  w.addScores(f.hashes[i], scores);
  if (f.extra) w.addScores(f.extra[i], scores);
  const t1 = i > 0 ? TAGS[tags[i - 1]] : "<s>";
  const t2 = i > 1 ? TAGS[tags[i - 2]] : "<s>";
  historyFeatures(f.lower[i], f.short[i], t1, t2, history);
  w.addScores(history, scores);
  return scores;
}

export function historyOf(): readonly number[] {
  return history;
}

export function bestAllowed(scores: Float64Array, prev: number): number {
  const row = (prev < 0 ? 0 : prev) * N;
  let best = 0;
  let bestScore = -Infinity;
  for (let t = 0; t < N; t++) {
    if (!ALLOWED[row + t]) continue;
    if (scores[t] > bestScore) {
      bestScore = scores[t];
      best = t;
    }
  }
  return best;
}

export function decodeGreedy(f: SentenceFeatures, w: WeightSource): Uint8Array {
  const n = f.hashes.length;
  const tags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const s = scoreToken(f, i, tags, w);
    tags[i] = bestAllowed(s, i > 0 ? tags[i - 1] : -1);
  }
  return tags;
}

// Greedy arc-eager parsing with a joint transition+label perceptron. The same loop trains: with gold
// heads it asks the dynamic oracle which moves are still correct, updates when the model's best is not
// one of them, and (when exploring) follows the model's own move, so it learns to recover from mistakes.
import { moveCosts, type MoveCosts } from "./oracle.ts";
import { MAX_FEATURES, parseFeatures, type ParseAtoms } from "./parseFeatures.ts";
import type { Scorer, SparsePerceptron } from "./sparse.ts";
import { labelOf as labelOf_, moveOf as moveOf_, numClasses, RIGHT as RIGHT_, SHIFT as SHIFT_, LEFT as LEFT_, REDUCE as REDUCE_, State } from "./system.ts";

// Local copies: imported bindings can compile to getters in hot loops.
const SHIFT = SHIFT_, REDUCE = REDUCE_, LEFT = LEFT_, RIGHT = RIGHT_, labelOf = labelOf_, moveOf = moveOf_;

export interface ParserParts {
  weights: Scorer;
  numLabels: number;
  rootLabel: number;
}

export interface ParserTraining {
  gold: Int32Array; // gold heads by token 1..n (projective)
  goldLabel: Int32Array;
  weights: SparsePerceptron;
  explore: () => boolean; // whether to follow the model's move when it is wrong
}

export interface Arcs {
  head: Int32Array; // by token 1..n: 0 for the root
  label: Int32Array;
}

const state = new State();
const feats = new Int32Array(MAX_FEATURES);
const costs: MoveCosts = { shift: 0, reduce: 0, left: 0, right: 0, leftLabel: -1, rightLabel: -1 };
let scores = new Float64Array(256);

// Parses the words of atoms (atoms.n of them; punctuation is left out, see parseFeatures.ts).
export function parseSentence(parts: ParserParts, atoms: ParseAtoms, train?: ParserTraining): Arcs {
  const n = atoms.n;
  const { numLabels: L, rootLabel: root } = parts;
  const C = numClasses(L);
  if (scores.length < C) scores = new Float64Array(C);
  const st = state;
  st.reset(n);
  while (!st.terminal) {
    // Forced moves need no scoring: an empty stack can only shift; once the buffer holds only the root,
    // each stack item either has its head (REDUCE) or takes the root (LEFT).
    if (st.sp === 0) { st.apply(SHIFT, -1); continue; }
    if (st.b > n) {
      if (st.canReduce()) st.apply(REDUCE, -1);
      else st.apply(LEFT, root);
      continue;
    }
    const k = parseFeatures(st, atoms, feats);
    scores.fill(0, 0, C);
    parts.weights.addScores(feats, k, scores);
    const canShift = st.canShift(), canReduce = st.canReduce(), canLeft = st.canLeft(), canRight = st.canRight(), rootArc = st.leftIsRoot();
    // Every valid class: keep the best and, when training, the best of the cheapest.
    let best = -1, bestScore = -Infinity;
    let gold = -1, goldScore = -Infinity, goldCost = Infinity;
    if (train) moveCosts(st, train.gold, train.goldLabel, costs);
    for (let c = 0; c < C; c++) {
      const move = c < 2 ? c : c < 2 + L ? LEFT : RIGHT;
      const l = c < 2 ? -1 : c < 2 + L ? c - 2 : c - 2 - L;
      if (move === SHIFT ? !canShift : move === REDUCE ? !canReduce : move === LEFT ? !canLeft || (rootArc ? l !== root : l === root) : !canRight || l === root) continue;
      const s = scores[c];
      if (s > bestScore) { bestScore = s; best = c; }
      if (train) {
        const cost = costOf(c, L);
        if (cost < goldCost || (cost === goldCost && s > goldScore)) { goldCost = cost; goldScore = s; gold = c; }
      }
    }
    let take = best;
    if (train) {
      const bestCost = costOf(best, L);
      if (bestCost > goldCost) {
        train.weights.update(feats, k, gold, best);
        if (!train.explore()) take = gold;
      }
      train.weights.step++;
    }
    st.apply(moveOf(take, L), labelOf(take, L));
  }
  return { head: st.head.slice(1, n + 1), label: st.label.slice(1, n + 1) };
}

// The cost of a class, from the costs of the state just computed.
function costOf(c: number, L: number): number {
  const move = moveOf(c, L), l = labelOf(c, L);
  if (move === SHIFT) return costs.shift;
  if (move === REDUCE) return costs.reduce;
  if (move === LEFT) return costs.left + (costs.leftLabel >= 0 && l !== costs.leftLabel ? 1 : 0);
  if (move === RIGHT) return costs.right + (costs.rightLabel >= 0 && l !== costs.rightLabel ? 1 : 0);
  return Infinity;
}

// The dynamic oracle of arc-eager (Goldberg & Nivre 2012): how many gold arcs, still reachable, each move
// would make unreachable. Zero-cost moves are the correct ones from any state, including states the
// parser reached by its own mistakes, which is what lets training explore them. The gold tree must be
// projective (see projective.ts).
import type { State } from "./system.ts";

export interface MoveCosts {
  shift: number;
  reduce: number;
  left: number; // plus one if the label is not leftLabel (when leftLabel >= 0)
  right: number;
  leftLabel: number; // the gold label of the arc LEFT would add, or -1 when that arc is not gold
  rightLabel: number;
}

// gold[d]: d's gold head (0 for the root); goldLabel[d] its label. Costs of invalid moves are not meaningful.
export function moveCosts(st: State, gold: Int32Array, goldLabel: Int32Array, out: MoveCosts): MoveCosts {
  const { stack, sp, b, n, head } = st;
  const s0 = sp >= 1 ? stack[sp - 1] : -1;
  out.shift = out.reduce = out.left = out.right = 0;
  out.leftLabel = out.rightLabel = -1;
  // Buffer positions: words b..n, then the root at n + 1.
  const pos = (x: number) => (x === 0 ? n + 1 : x);
  // s0's gold dependents in the buffer: lost by LEFT and REDUCE.
  let s0Deps = 0;
  if (s0 > 0) for (let k = b; k <= n; k++) if (gold[k] === s0) s0Deps++;
  out.reduce = s0Deps;
  if (s0 > 0) {
    // LEFT: s0 takes the buffer's front as head; a gold head further in the buffer is lost.
    const h = pos(gold[s0]);
    if (h === b) out.leftLabel = goldLabel[s0];
    else if (h > b) out.left++;
    out.left += s0Deps;
  }
  if (b <= n) {
    const h = gold[b];
    // b's gold dependents on the stack (without a head yet) and its gold head there: lost by SHIFT and
    // RIGHT (RIGHT keeps a head that is s0).
    let bDeps = 0, headAt = -1;
    for (let i = 0; i < sp; i++) {
      const k = stack[i];
      if (head[k] < 0 && gold[k] === b) bDeps++;
      if (k === h) headAt = i;
    }
    out.shift = bDeps + (headAt >= 0 ? 1 : 0);
    if (headAt === sp - 1 && sp > 0) out.rightLabel = goldLabel[b];
    else if (headAt >= 0 || pos(h) > b) out.right++;
    out.right += bDeps;
  }
  return out;
}

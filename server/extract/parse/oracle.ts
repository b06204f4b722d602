// The dynamic oracle of arc-hybrid (Goldberg & Nivre 2013): how many gold arcs, still reachable, each
// move would make unreachable. Zero-cost moves are the correct ones from any state, including states the
// parser reached by its own mistakes, which is what lets training explore them. The gold tree must be
// projective (see projective.ts).
import type { State } from "./system.ts";

export interface MoveCosts {
  shift: number;
  left: number; // plus one if the label is not leftLabel (when leftLabel >= 0)
  right: number;
  leftLabel: number; // the gold label of the arc LEFT would add, or -1 when that arc is not gold
  rightLabel: number;
}

// gold[d]: d's gold head (0 for the root); goldLabel[d] its label. Costs of invalid moves are not meaningful.
export function moveCosts(st: State, gold: Int32Array, goldLabel: Int32Array, out: MoveCosts): MoveCosts {
  const { stack, sp, b, n } = st;
  const s0 = sp >= 2 ? stack[sp - 1] : -1;
  const s1 = sp >= 2 ? stack[sp - 2] : -1;
  // Gold dependents of s0 still in the buffer: lost by LEFT and by RIGHT alike.
  let s0DepsInBuffer = 0;
  if (s0 > 0) for (let k = b; k <= n; k++) if (gold[k] === s0) s0DepsInBuffer++;
  out.left = out.right = out.shift = 0;
  out.leftLabel = out.rightLabel = -1;
  if (s0 > 0) {
    const h = gold[s0];
    // LEFT: s0 takes b as head; its gold head is lost if it is s1 or further in the buffer.
    if (b <= n) {
      if (h === b) out.leftLabel = goldLabel[s0];
      else if (h === s1 || h > b) out.left++;
      out.left += s0DepsInBuffer;
    }
    // RIGHT: s0 takes s1 as head; its gold head in the buffer is lost.
    if (h === s1) out.rightLabel = goldLabel[s0];
    else if (h >= b && h <= n) out.right++;
    out.right += s0DepsInBuffer;
  }
  if (b <= n) {
    // SHIFT: b can no longer take a head deeper in the stack than s0, nor any stack item as dependent.
    const h = gold[b];
    for (let i = 0; i < sp; i++) {
      const k = stack[i];
      if (k === h && i < sp - 1) out.shift++;
      if (k > 0 && gold[k] === b) out.shift++;
    }
  }
  return out;
}

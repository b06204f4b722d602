// Makes a gold tree projective by lifting: while some arc crosses another, the dependent of the shortest
// crossing arc is re-attached to its head's head (labels kept). English UD trees are nearly all
// projective; lifting keeps the few others usable for training with the dynamic oracle.

// heads[d] for d in 1..n (heads[0] unused, 0 is the root). Returns a new array.
export function projectivize(heads: Int32Array): Int32Array {
  const h = heads.slice();
  const n = h.length - 1;
  for (let guard = 0; guard < 4 * n; guard++) {
    let worst = -1, worstLen = Infinity;
    for (let d = 1; d <= n; d++) {
      const len = Math.abs(h[d] - d);
      if (len < worstLen && h[d] > 0 && !projectiveArc(h, h[d], d)) {
        worst = d;
        worstLen = len;
      }
    }
    if (worst < 0) return h;
    h[worst] = h[h[worst]];
  }
  return h;
}

// An arc is projective when its head dominates every word between the two ends.
function projectiveArc(h: Int32Array, head: number, dep: number): boolean {
  const lo = Math.min(head, dep), hi = Math.max(head, dep);
  for (let k = lo + 1; k < hi; k++) {
    let x = k;
    while (x !== head && x !== 0) x = h[x];
    if (x !== head) return false;
  }
  return true;
}

export function isProjective(heads: Int32Array): boolean {
  for (let d = 1; d < heads.length; d++) if (!projectiveArc(heads, heads[d], d)) return false;
  return true;
}

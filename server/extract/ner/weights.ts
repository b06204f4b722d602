// Read-only weight table for tagging: open addressing from feature hash to a row of per-tag weights.
import { NUM_TAGS } from "./tags.ts";

const N = NUM_TAGS; // local copy: module-level imports can compile to getters in hot loops

export interface WeightSource {
  // Adds the weights of `features` to `scores` (length NUM_TAGS).
  addScores(features: ArrayLike<number>, scores: Float64Array): void;
}

// Keys and row numbers side by side in one array: a lookup touches one cache line, not two.
export class WeightTable implements WeightSource {
  private readonly slots: Int32Array; // (key, row) pairs
  private readonly mask: number;

  constructor(keys: Int32Array, private readonly weights: Float32Array) {
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    for (let r = 0; r < keys.length; r++) {
      let s = keys[r] & this.mask;
      while (this.slots[2 * s] !== 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = keys[r];
      this.slots[2 * s + 1] = r;
    }
  }

  addScores(features: ArrayLike<number>, scores: Float64Array): void {
    const { slots, mask, weights } = this;
    for (let i = 0; i < features.length; i++) {
      const key = features[i];
      let s = key & mask;
      for (;;) {
        const k = slots[2 * s];
        if (k === key) {
          const off = slots[2 * s + 1] * N;
          for (let t = 0; t < N; t++) scores[t] += weights[off + t];
          break;
        }
        if (k === 0) break;
        s = (s + 1) & mask;
      }
    }
  }
}

// Read-only weight table for tagging: open addressing from feature hash to a row of per-tag weights.
import { NUM_TAGS } from "./tags.ts";

const N = NUM_TAGS; // local copy: module-level imports can compile to getters in hot loops

export interface WeightSource {
  // Adds the weights of `features` to `scores` (length NUM_TAGS).
  addScores(features: ArrayLike<number>, scores: Float64Array): void;
}

export class WeightTable implements WeightSource {
  private readonly slots: Int32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  constructor(keys: Int32Array, private readonly weights: Float32Array) {
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.slots = new Int32Array(size);
    this.rows = new Int32Array(size);
    this.mask = size - 1;
    for (let r = 0; r < keys.length; r++) {
      let s = keys[r] & this.mask;
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = keys[r];
      this.rows[s] = r;
    }
  }

  addScores(features: ArrayLike<number>, scores: Float64Array): void {
    const { slots, rows, mask, weights } = this;
    for (let i = 0; i < features.length; i++) {
      const key = features[i];
      let s = key & mask;
      for (;;) {
        const k = slots[s];
        if (k === key) {
          const off = rows[s] * N;
          for (let t = 0; t < N; t++) scores[t] += weights[off + t];
          break;
        }
        if (k === 0) break;
        s = (s + 1) & mask;
      }
    }
  }
}

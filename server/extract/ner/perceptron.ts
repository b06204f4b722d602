// Averaged perceptron weights for training (Daume's trick: keep w and the step-weighted sum u; the
// average is w - u / c). Rows are created on first update, in a deterministic order.
import { NUM_TAGS } from "./tags.ts";
import type { WeightSource } from "./weights.ts";

export class PerceptronWeights implements WeightSource {
  private rowOf = new Map<number, number>();
  private keys: number[] = [];
  private w = new Float64Array(1 << 20);
  private u = new Float64Array(1 << 20);
  step = 1;

  addScores(features: ArrayLike<number>, scores: Float64Array): void {
    for (let i = 0; i < features.length; i++) {
      const r = this.rowOf.get(features[i]);
      if (r === undefined) continue;
      const off = r * NUM_TAGS;
      for (let t = 0; t < NUM_TAGS; t++) scores[t] += this.w[off + t];
    }
  }

  private row(key: number): number {
    let r = this.rowOf.get(key);
    if (r === undefined) {
      r = this.keys.length;
      this.keys.push(key);
      this.rowOf.set(key, r);
      if ((r + 1) * NUM_TAGS > this.w.length) {
        const grow = (a: Float64Array) => {
          const b = new Float64Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.w = grow(this.w);
        this.u = grow(this.u);
      }
    }
    return r;
  }

  update(features: ArrayLike<number>, gold: number, guess: number): void {
    for (let i = 0; i < features.length; i++) {
      const off = this.row(features[i]) * NUM_TAGS;
      this.w[off + gold] += 1;
      this.u[off + gold] += this.step;
      this.w[off + guess] -= 1;
      this.u[off + guess] -= this.step;
    }
  }

  // Averaged weights of rows whose largest magnitude reaches `minWeight`, sorted by key.
  averaged(minWeight: number): { keys: Int32Array; weights: Float32Array } {
    const kept: number[] = [];
    const avg = new Float64Array(NUM_TAGS);
    const all: Float64Array[] = [];
    for (let r = 0; r < this.keys.length; r++) {
      let max = 0;
      for (let t = 0; t < NUM_TAGS; t++) {
        const off = r * NUM_TAGS + t;
        avg[t] = this.w[off] - this.u[off] / this.step;
        max = Math.max(max, Math.abs(avg[t]));
      }
      if (max >= minWeight) {
        kept.push(r);
        all.push(avg.slice());
      }
    }
    const order = kept.map((_, i) => i).sort((a, b) => this.keys[kept[a]] - this.keys[kept[b]]);
    const keys = new Int32Array(order.length);
    const weights = new Float32Array(order.length * NUM_TAGS);
    order.forEach((i, j) => {
      keys[j] = this.keys[kept[i]];
      weights.set(all[i], j * NUM_TAGS);
    });
    return { keys, weights };
  }

  get size(): number {
    return this.keys.length;
  }
}

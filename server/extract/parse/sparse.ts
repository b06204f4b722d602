// Averaged perceptron with sparse rows: a feature keeps weights only for the classes it was ever updated
// on. The parser has ~100 joint transition+label classes and millions of features, where dense rows (as
// the NER tagger's) would take gigabytes; most features touch a handful of classes.
import { fromBase64, toBase64 } from "../ner/model.ts";

export interface Scorer {
  // Adds the weights of features[0..n) to scores (one slot per class).
  addScores(features: Int32Array, n: number, scores: Float64Array): void;
}

// Open-addressing map from a non-zero int key to a row index, (key, row) pairs side by side; grows by doubling.
class KeyIndex {
  slots = new Int32Array(2 << 16);
  size = 0;

  get(key: number): number {
    const { slots } = this;
    const mask = (slots.length >> 1) - 1;
    let s = (Math.imul(key, 0x9e3779b1) >>> 8) & mask;
    for (;;) {
      const k = slots[2 * s];
      if (k === key) return slots[2 * s + 1];
      if (k === 0) return -1;
      s = (s + 1) & mask;
    }
  }

  add(key: number, row: number): void {
    if ((this.size + 1) * 4 > this.slots.length) this.grow();
    this.put(key, row);
    this.size++;
  }

  private put(key: number, row: number): void {
    const { slots } = this;
    const mask = (slots.length >> 1) - 1;
    let s = (Math.imul(key, 0x9e3779b1) >>> 8) & mask;
    while (slots[2 * s] !== 0) s = (s + 1) & mask;
    slots[2 * s] = key;
    slots[2 * s + 1] = row;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.put(old[i], old[i + 1]);
  }
}

function grown<T extends Float64Array | Int32Array | Uint8Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

// Training weights. Each row is a linked list of (class, w, u) entries; u is the step-weighted sum of
// updates, so the average is w - u / step (Daume's trick) without touching every weight every step.
export class SparsePerceptron implements Scorer {
  private index = new KeyIndex();
  private keys = new Int32Array(1 << 16);
  private head = new Int32Array(1 << 16);
  private rows = 0;
  private cls = new Uint8Array(1 << 20);
  private next = new Int32Array(1 << 20);
  private w = new Float64Array(1 << 20);
  private u = new Float64Array(1 << 20);
  private entries = 0;
  private compacted = 0; // entries at the last compaction
  step = 1;

  constructor(readonly classes: number) {
    if (classes > 256) throw new Error("SparsePerceptron: at most 256 classes");
  }

  addScores(features: Int32Array, n: number, scores: Float64Array): void {
    for (let i = 0; i < n; i++) {
      const r = this.index.get(features[i]);
      if (r < 0) continue;
      for (let e = this.head[r]; e >= 0; e = this.next[e]) scores[this.cls[e]] += this.w[e];
    }
  }

  private entry(key: number, c: number): number {
    let r = this.index.get(key);
    if (r < 0) {
      r = this.rows++;
      this.keys = grown(this.keys, this.rows);
      this.head = grown(this.head, this.rows);
      this.keys[r] = key;
      this.head[r] = -1;
      this.index.add(key, r);
    }
    let last = -1;
    for (let e = this.head[r]; e >= 0; e = this.next[e]) {
      if (this.cls[e] === c) return e;
      last = e;
    }
    const e = this.entries++;
    if (e >= this.w.length) {
      this.cls = grown(this.cls, e + 1);
      this.next = grown(this.next, e + 1);
      this.w = grown(this.w, e + 1);
      this.u = grown(this.u, e + 1);
    }
    this.cls[e] = c;
    this.next[e] = -1;
    this.w[e] = 0;
    this.u[e] = 0;
    if (last < 0) this.head[r] = e;
    else this.next[last] = e;
    return e;
  }

  update(features: Int32Array, n: number, gold: number, guess: number): void {
    if (this.entries - this.compacted > (this.compacted >> 2) + (1 << 18)) this.compact();
    for (let i = 0; i < n; i++) {
      const key = features[i];
      const g = this.entry(key, gold);
      this.w[g] += 1;
      this.u[g] += this.step;
      const b = this.entry(key, guess);
      this.w[b] -= 1;
      this.u[b] -= this.step;
    }
  }

  // Lays each row's entries out side by side, in row order (lists grow scattered as updates come).
  private compact(): void {
    const cls = new Uint8Array(this.cls.length), next = new Int32Array(this.next.length);
    const w = new Float64Array(this.w.length), u = new Float64Array(this.u.length);
    let k = 0;
    for (let r = 0; r < this.rows; r++) {
      let e = this.head[r];
      if (e < 0) continue;
      this.head[r] = k;
      for (; e >= 0; e = this.next[e]) {
        cls[k] = this.cls[e];
        w[k] = this.w[e];
        u[k] = this.u[e];
        next[k] = this.next[e] >= 0 ? k + 1 : -1;
        k++;
      }
    }
    this.cls = cls; this.next = next; this.w = w; this.u = u;
    this.compacted = this.entries;
  }

  // Averaged weights of at least `minWeight` magnitude, rows sorted by key, classes ascending within a row.
  averaged(minWeight: number): SparseRows {
    const order = Array.from({ length: this.rows }, (_, r) => r).sort((a, b) => this.keys[a] - this.keys[b]);
    const keys: number[] = [];
    const start: number[] = [0];
    const cls: number[] = [];
    const val: number[] = [];
    const row: [number, number][] = [];
    for (const r of order) {
      row.length = 0;
      for (let e = this.head[r]; e >= 0; e = this.next[e]) {
        const v = this.w[e] - this.u[e] / this.step;
        if (Math.abs(v) >= minWeight && v !== 0) row.push([this.cls[e], v]);
      }
      if (!row.length) continue;
      row.sort((a, b) => a[0] - b[0]);
      for (const [c, v] of row) {
        cls.push(c);
        val.push(v);
      }
      keys.push(this.keys[r]);
      start.push(cls.length);
    }
    return { classes: this.classes, keys: Int32Array.from(keys), start: Int32Array.from(start), cls: Uint8Array.from(cls), val: Float32Array.from(val) };
  }

  get size(): number {
    return this.rows;
  }
}

export interface SparseRows {
  classes: number;
  keys: Int32Array; // sorted
  start: Int32Array; // row r's entries are start[r]..start[r+1)
  cls: Uint8Array;
  val: Float32Array;
}

// Parameter mixing (McDonald, Hall & Mann 2010): the mean of several runs' averaged weights, a missing
// entry counting as 0, then only entries of at least `minWeight` magnitude. Runs that saw the data in
// different orders make different mistakes; their mean generalises better than any one of them.
export function mixRows(runs: readonly SparseRows[], minWeight: number): SparseRows {
  const classes = runs[0].classes;
  if (runs.some((r) => r.classes !== classes)) throw new Error("mixRows: runs disagree on the classes");
  // Each run's keys are sorted: a k-way merge, one key at a time.
  const at = runs.map(() => 0);
  const sum = new Float64Array(classes);
  const keys: number[] = [], start: number[] = [0], cls: number[] = [], val: number[] = [];
  for (;;) {
    let key = Infinity;
    runs.forEach((r, k) => { if (at[k] < r.keys.length && r.keys[at[k]] < key) key = r.keys[at[k]]; });
    if (key === Infinity) break;
    sum.fill(0);
    runs.forEach((r, k) => {
      if (at[k] >= r.keys.length || r.keys[at[k]] !== key) return;
      for (let e = r.start[at[k]]; e < r.start[at[k] + 1]; e++) sum[r.cls[e]] += r.val[e];
      at[k]++;
    });
    const before = cls.length;
    for (let c = 0; c < classes; c++) {
      const v = sum[c] / runs.length;
      if (v !== 0 && Math.abs(v) >= minWeight) { cls.push(c); val.push(v); }
    }
    if (cls.length === before) continue;
    keys.push(key);
    start.push(cls.length);
  }
  return { classes, keys: Int32Array.from(keys), start: Int32Array.from(start), cls: Uint8Array.from(cls), val: Float32Array.from(val) };
}

// Read-only weights for decoding, laid out for few cache misses: one open-addressing array of
// (key, first entry << 8 | entry count) pairs, and entries packed as class << 16 | int16 weight, rows with
// the most entries (the features that fire on every decision) first and side by side, slots up to 0.8
// full (8-byte slots: shorter probes than 12-byte triples at half full; 7% less scoring time on BBC text).
// Scores come out in units of the table's scale, which no argmax needs undone.
// A bit set in front (one bit per key, hashed; small enough for the L2 cache) answers most lookups of
// features the model never kept without touching the big table.
export class SparseTable implements Scorer {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly bits: Int32Array;
  private readonly bitMask: number;
  private readonly packed: Int32Array;

  constructor(readonly keys: Int32Array, start: Int32Array, entries: Int32Array, readonly scale: number) {
    const rows = keys.length;
    if (entries.length >= 1 << 23) throw new Error("SparseTable: too many entries");
    let size = 1;
    while (size * 0.8 < rows) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    let bitCount = 1 << 10;
    while (bitCount < rows * 8) bitCount <<= 1;
    this.bits = new Int32Array(bitCount >>> 5);
    this.bitMask = bitCount - 1;
    const count = (r: number) => start[r + 1] - start[r];
    // Rows by entry count, most first, in key order within a count: a counting sort (a comparison sort
    // of 800k rows doubled the model's load time).
    const first = new Int32Array(257);
    for (let r = 0; r < rows; r++) first[255 - Math.min(count(r), 255) + 1]++;
    for (let c = 1; c <= 256; c++) first[c] += first[c - 1];
    const order = new Int32Array(rows);
    for (let r = 0; r < rows; r++) order[first[255 - Math.min(count(r), 255)]++] = r;
    this.packed = new Int32Array(entries.length);
    let at = 0;
    for (const r of order) {
      const c = count(r);
      if (c > 255) throw new Error("SparseTable: a row has more than 255 entries");
      for (let e = 0; e < c; e++) this.packed[at + e] = entries[start[r] + e];
      const b = (Math.imul(keys[r], 0x85ebca6b) >>> 7) & this.bitMask;
      this.bits[b >>> 5] |= 1 << (b & 31);
      let s = (Math.imul(keys[r], 0x9e3779b1) >>> 8) & this.mask;
      while (this.slots[s * 2] !== 0) s = (s + 1) & this.mask;
      this.slots[s * 2] = keys[r];
      this.slots[s * 2 + 1] = (at << 8) | c;
      at += c;
    }
  }

  addScores(features: Int32Array, n: number, scores: Float64Array): void {
    const { slots, mask, packed, bits, bitMask } = this;
    for (let i = 0; i < n; i++) {
      const key = features[i];
      const b = (Math.imul(key, 0x85ebca6b) >>> 7) & bitMask;
      if ((bits[b >> 5] & (1 << (b & 31))) === 0) continue;
      let s = (Math.imul(key, 0x9e3779b1) >>> 8) & mask;
      for (;;) {
        const k = slots[2 * s];
        if (k === key) {
          const row = slots[2 * s + 1];
          for (let e = row >>> 8, end = e + (row & 255); e < end; e++) {
            const v = packed[e];
            scores[(v >> 16) & 255] += (v << 16) >> 16;
          }
          break;
        }
        if (k === 0) break;
        s = (s + 1) & mask;
      }
    }
  }

  get size(): number {
    return this.keys.length;
  }
}

// The model file's form of a weight table: int16 weights times one scale, base64 arrays.
export interface SparseFile {
  classes: number;
  scale: number;
  keys: string; // Int32Array
  counts: string; // Uint8Array: entries per row
  cls: string; // Uint8Array
  weights: string; // Int16Array
}

export function encodeSparse(rows: SparseRows): SparseFile {
  let max = 0;
  for (const v of rows.val) max = Math.max(max, Math.abs(v));
  const scale = max / 32767 || 1;
  const keys: number[] = [], counts: number[] = [], cls: number[] = [], weights: number[] = [];
  for (let r = 0; r < rows.keys.length; r++) {
    let n = 0;
    for (let e = rows.start[r]; e < rows.start[r + 1]; e++) {
      const q = Math.round(rows.val[e] / scale);
      if (q === 0) continue;
      cls.push(rows.cls[e]);
      weights.push(q);
      n++;
    }
    if (!n) continue;
    keys.push(rows.keys[r]);
    counts.push(n);
  }
  return {
    classes: rows.classes,
    scale,
    keys: toBase64(Int32Array.from(keys)),
    counts: toBase64(Uint8Array.from(counts)),
    cls: toBase64(Uint8Array.from(cls)),
    weights: toBase64(Int16Array.from(weights)),
  };
}

export function decodeSparse(file: SparseFile): SparseTable {
  const keys = fromBase64(file.keys, (n) => new Int32Array(n), 4);
  const counts = fromBase64(file.counts, (n) => new Uint8Array(n), 1);
  const cls = fromBase64(file.cls, (n) => new Uint8Array(n), 1);
  const q = fromBase64(file.weights, (n) => new Int16Array(n), 2);
  if (counts.length !== keys.length || cls.length !== q.length) throw new Error("parser model: weight arrays disagree");
  const start = new Int32Array(keys.length + 1);
  for (let r = 0; r < keys.length; r++) start[r + 1] = start[r] + counts[r];
  if (start[keys.length] !== q.length) throw new Error("parser model: row counts disagree");
  const entries = new Int32Array(q.length);
  for (let i = 0; i < q.length; i++) entries[i] = (cls[i] << 16) | (q[i] & 0xffff);
  return new SparseTable(keys, start, entries, file.scale);
}

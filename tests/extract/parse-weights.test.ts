// The parser's weight tables: what decoding reads (the compiled, pruned, int16 table) must score as the
// training weights do, and the shipped tables as their file says, whatever the layout.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromBase64 } from "../../server/extract/ner/model.ts";
import { parseModel, PARSE_MODEL_PATH, parseWords } from "../../server/extract/parse/index.ts";
import { decodeSparse, encodeSparse, SparsePerceptron, type Scorer, type SparseFile } from "../../server/extract/parse/sparse.ts";
import { mulberry32 } from "../../scripts/random.ts";

// A perceptron trained on random updates over a few hundred features.
function trained(classes: number): SparsePerceptron {
  const p = new SparsePerceptron(classes);
  const random = mulberry32(7);
  const f = new Int32Array(6);
  for (let step = 0; step < 3000; step++) {
    for (let i = 0; i < f.length; i++) f[i] = 1 + Math.floor(random() * 400);
    const gold = Math.floor(random() * classes), guess = Math.floor(random() * classes);
    if (gold !== guess) p.update(f, f.length, gold, guess);
    p.step++;
  }
  return p;
}

// The averaged weights' scores of features, from the rows the perceptron exports.
function averagedScores(p: SparsePerceptron, features: Int32Array): Float64Array {
  const rows = p.averaged(0);
  const out = new Float64Array(rows.classes);
  for (const key of features) {
    const r = rows.keys.indexOf(key);
    if (r < 0) continue;
    for (let e = rows.start[r]; e < rows.start[r + 1]; e++) out[rows.cls[e]] += rows.val[e];
  }
  return out;
}

// The file's rows read the plainest way: a Map from key to (class, weight) pairs.
function reference(file: SparseFile): Scorer {
  const keys = fromBase64(file.keys, (n) => new Int32Array(n), 4);
  const counts = fromBase64(file.counts, (n) => new Uint8Array(n), 1);
  const cls = fromBase64(file.cls, (n) => new Uint8Array(n), 1);
  const q = fromBase64(file.weights, (n) => new Int16Array(n), 2);
  const rows = new Map<number, [number, number][]>();
  let e = 0;
  keys.forEach((k, r) => rows.set(k, Array.from({ length: counts[r] }, () => [cls[e], q[e++]] as [number, number])));
  return {
    addScores(features, n, scores) {
      for (let i = 0; i < n; i++) for (const [c, w] of rows.get(features[i]) ?? []) scores[c] += w;
    },
  };
}

describe("parser weight tables", () => {
  it("a decoded table scores as the averaged training weights, to int16 rounding", () => {
    for (const classes of [4, 104]) {
      const p = trained(classes);
      const table = decodeSparse(encodeSparse(p.averaged(0)));
      const features = Int32Array.from([3, 17, 250, 399, 1000, 42]);
      const got = new Float64Array(classes);
      table.addScores(features, features.length, got);
      const want = averagedScores(p, features);
      for (let c = 0; c < classes; c++) expect(Math.abs(got[c] * table.scale - want[c])).toBeLessThanOrEqual(features.length * table.scale);
    }
  });

  it("the shipped tables score every stored key (and absent ones) as the file says, and parse the same", () => {
    const file = JSON.parse(readFileSync(PARSE_MODEL_PATH, "utf8")) as { parser: SparseFile };
    const m = parseModel();
    const compiled = m.parser.weights, plain = reference(file.parser);
    const keys = fromBase64(file.parser.keys, (n) => new Int32Array(n), 4);
    const C = file.parser.classes;
    for (let from = 0; from < keys.length; from += 50_000) {
      const features = Int32Array.from([...keys.subarray(from, from + 150), 12345, -7, 99]);
      const a = new Float64Array(C), b = new Float64Array(C);
      compiled.addScores(features, features.length, a);
      plain.addScores(features, features.length, b);
      expect([...a]).toEqual([...b]);
    }
    const words = "The minister accused the union of blocking the deal , officials said .".split(" ");
    const viaCompiled = parseWords(words);
    m.parser.weights = plain;
    try {
      expect(parseWords(words)).toEqual(viaCompiled);
    } finally {
      m.parser.weights = compiled;
    }
  });
});

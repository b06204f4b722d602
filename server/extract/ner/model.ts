// The shipped model file: pruned averaged weights quantized to int16, keys and weights as base64, plus the
// name lists and word-class lexicon the features use.
import { readFileSync } from "node:fs";
import { buildGazetteer, type Gazetteer, type GazetteerData } from "./gazetteer.ts";
import { NUM_TAGS, TAGS } from "./tags.ts";
import { WeightTable } from "./weights.ts";

export const MODEL_FORMAT = "stancegraph-ner/3";

// Sparse rows: most tags of most features have no weight.
export interface StageFile {
  scale: number; // weight = int16 value * scale
  keys: string; // base64 Int32Array, little-endian, sorted
  masks: string; // base64 Uint16Array: bit t set when the row has a weight for tag t
  weights: string; // base64 Int16Array: the set weights, row after row, in tag order
}

export interface ModelFile {
  format: string;
  tags: string[];
  stages: StageFile[];
  gazetteer: GazetteerData;
  lexicon: Record<string, string[]>; // word class -> lowercased words
}

export interface LoadedModel {
  stages: WeightTable[];
  gazetteer: Gazetteer;
  lexicon: Map<string, string>;
}

// `minWeight`: weights of smaller magnitude are dropped (they rarely change a decision).
export function encodeModel(
  stages: { keys: Int32Array; weights: Float32Array }[],
  gazetteer: GazetteerData,
  lexicon: Record<string, string[]>,
  minWeight = 0,
): ModelFile {
  const encoded = stages.map((s) => encodeStage(s.keys, s.weights, minWeight));
  return { format: MODEL_FORMAT, tags: [...TAGS], stages: encoded, gazetteer, lexicon };
}

export const toBase64 = (a: ArrayBufferView): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");

function encodeStage(keys: Int32Array, weights: Float32Array, minWeight: number): StageFile {
  let max = 0;
  for (const v of weights) max = Math.max(max, Math.abs(v));
  const scale = max / 32767 || 1;
  const keptKeys: number[] = [];
  const masks: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < keys.length; r++) {
    let mask = 0;
    const row: number[] = [];
    for (let t = 0; t < NUM_TAGS; t++) {
      const w = weights[r * NUM_TAGS + t];
      const q = Math.round(w / scale);
      if (Math.abs(w) < minWeight || q === 0) continue;
      mask |= 1 << t;
      row.push(q);
    }
    if (!mask) continue;
    keptKeys.push(keys[r]);
    masks.push(mask);
    values.push(...row);
  }
  return {
    scale,
    keys: toBase64(Int32Array.from(keptKeys)),
    masks: toBase64(Uint16Array.from(masks)),
    weights: toBase64(Int16Array.from(values)),
  };
}

export function fromBase64<T>(text: string, make: (n: number) => T & { buffer: ArrayBufferLike }, bytes: number): T {
  const b = Buffer.from(text, "base64");
  // Copy into an aligned buffer: a Buffer may start at an odd offset.
  const out = make(b.byteLength / bytes);
  new Uint8Array(out.buffer).set(b);
  return out;
}

export function lexiconMap(lexicon: Record<string, string[]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const cls of Object.keys(lexicon).sort()) for (const w of lexicon[cls]) map.set(w, cls);
  return map;
}

export function decodeModel(file: ModelFile): LoadedModel {
  if (file.format !== MODEL_FORMAT) throw new Error(`unsupported NER model format ${file.format}`);
  if (file.tags.join() !== TAGS.join()) throw new Error("NER model tag set differs from the code's");
  return {
    stages: file.stages.map(decodeStage),
    gazetteer: buildGazetteer(file.gazetteer),
    lexicon: lexiconMap(file.lexicon),
  };
}

function decodeStage(file: StageFile): WeightTable {
  const keys = fromBase64(file.keys, (n) => new Int32Array(n), 4);
  const masks = fromBase64(file.masks, (n) => new Uint16Array(n), 2);
  const values = fromBase64(file.weights, (n) => new Int16Array(n), 2);
  if (masks.length !== keys.length) throw new Error("NER model keys and masks disagree");
  const weights = new Float32Array(keys.length * NUM_TAGS);
  let v = 0;
  for (let r = 0; r < keys.length; r++) {
    for (let t = 0; t < NUM_TAGS; t++) if (masks[r] & (1 << t)) weights[r * NUM_TAGS + t] = values[v++] * file.scale;
  }
  if (v !== values.length) throw new Error("NER model weights and masks disagree");
  return new WeightTable(keys, weights);
}

export function readModel(path: string): LoadedModel {
  return decodeModel(JSON.parse(readFileSync(path, "utf8")) as ModelFile);
}

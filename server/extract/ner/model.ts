// The shipped model file: pruned averaged weights quantized to int16, keys and weights as base64, plus the
// name lists and word-class lexicon the features use.
import { readFileSync } from "node:fs";
import { buildGazetteer, type Gazetteer, type GazetteerData } from "./gazetteer.ts";
import { NUM_TAGS, TAGS } from "./tags.ts";
import { WeightTable } from "./weights.ts";

export const MODEL_FORMAT = "stancegraph-ner/2";

export interface StageFile {
  scale: number; // weight = int16 value * scale
  keys: string; // base64 Int32Array, little-endian, sorted
  weights: string; // base64 Int16Array, NUM_TAGS per key
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

export function encodeModel(
  stages: { keys: Int32Array; weights: Float32Array }[],
  gazetteer: GazetteerData,
  lexicon: Record<string, string[]>,
): ModelFile {
  return { format: MODEL_FORMAT, tags: [...TAGS], stages: stages.map((s) => encodeStage(s.keys, s.weights)), gazetteer, lexicon };
}

function encodeStage(keys: Int32Array, weights: Float32Array): StageFile {
  let max = 0;
  for (const v of weights) max = Math.max(max, Math.abs(v));
  const scale = max / 32767 || 1;
  const q = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i] / scale);
  return {
    scale,
    keys: Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength).toString("base64"),
    weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString("base64"),
  };
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
  const kb = Buffer.from(file.keys, "base64");
  const wb = Buffer.from(file.weights, "base64");
  // Copy into aligned buffers: Buffer slices may start at odd offsets.
  const keys = new Int32Array(kb.byteLength / 4);
  new Uint8Array(keys.buffer).set(kb);
  const q = new Int16Array(wb.byteLength / 2);
  new Uint8Array(q.buffer).set(wb);
  if (q.length !== keys.length * NUM_TAGS) throw new Error("NER model weights and keys disagree");
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i] * file.scale;
  return new WeightTable(keys, weights);
}

export function readModel(path: string): LoadedModel {
  return decodeModel(JSON.parse(readFileSync(path, "utf8")) as ModelFile);
}

// The shipped model file (model.json beside this file): tag and label sets, the tagger's and the parser's
// pruned weights as int16 (see sparse.ts), the tag dictionary, the lexicon classes and the lemma exceptions.
import { readFileSync } from "node:fs";
import { lexiconMap } from "../ner/model.ts";
import type { Lemmatizer } from "./lemma.ts";
import { decodeSparse, type SparseFile } from "./sparse.ts";
import type { TaggerParts } from "./tagger.ts";
import type { ParserParts } from "./parser.ts";
import { uposClasses, type UposClasses } from "./parseFeatures.ts";
import { clauseClasses } from "./tagFeatures.ts";

// /3: the tagger's clause features and second pass, the parser's next-verb features (a /2 file would misparse).
export const MODEL_FORMAT = "stancegraph-parse/3";

export interface ParseModelFile {
  format: string;
  tags: string[]; // joint "UPOS XPOS"
  labels: string[]; // UD relations with subtypes
  tagDict: Record<string, number>;
  lexicon: Record<string, string[]>; // word class -> lowercase words
  lemmas: string[]; // "word\tXPOS\tlemma": where the rules are wrong
  bases: string[]; // base forms the rules check stems against
  tagger: SparseFile;
  tagger2?: SparseFile; // the tagger's second pass (tagger.ts)
  parser: SparseFile;
}

export interface ParseModel {
  tagger: TaggerParts;
  parser: ParserParts;
  tags: string[];
  upos: string[]; // by tag id
  xpos: string[];
  uposId: Uint8Array; // by tag id: index of its UPOS among the distinct ones
  uposClasses: UposClasses; // which uposIds are punctuation and verbs
  labels: string[];
  lemmatizer: Lemmatizer;
}

export function decodeParseModel(file: ParseModelFile): ParseModel {
  if (file.format !== MODEL_FORMAT) throw new Error(`unsupported parser model format ${file.format}`);
  const upos = file.tags.map((t) => t.split(" ")[0]);
  const xpos = file.tags.map((t) => t.split(" ")[1] ?? "_");
  const distinct = [...new Set(upos)].sort();
  const rootLabel = file.labels.indexOf("root");
  if (rootLabel < 0) throw new Error("parser model has no root label");
  const exceptions = new Map<string, string>();
  for (const line of file.lemmas) {
    const [w, x, l] = line.split("\t");
    exceptions.set(w + "\t" + x, l);
  }
  return {
    tagger: {
      weights: decodeSparse(file.tagger),
      ...(file.tagger2 ? { second: decodeSparse(file.tagger2) } : {}),
      classes: file.tags.length,
      tagDict: new Map(Object.entries(file.tagDict)),
      lexicon: lexiconMap(file.lexicon),
      clause: clauseClasses(file.tags),
    },
    parser: { weights: decodeSparse(file.parser), numLabels: file.labels.length, rootLabel },
    tags: file.tags,
    upos,
    xpos,
    uposId: Uint8Array.from(upos, (u) => distinct.indexOf(u)),
    uposClasses: uposClasses(distinct),
    labels: file.labels,
    lemmatizer: { exceptions, bases: new Set(file.bases) },
  };
}

export function readParseModel(path: string): ParseModel {
  return decodeParseModel(JSON.parse(readFileSync(path, "utf8")) as ParseModelFile);
}

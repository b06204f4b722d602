// Feature extraction for the tagger: static features of each token (word, shape, affixes, neighbours, lists,
// document evidence), hashed once per sentence, and the few features that depend on the tags already chosen.
import { hashFeature, hashJoin } from "./hash.ts";
import { matchGazetteer, type Gazetteer } from "./gazetteer.ts";

export function shapeOf(w: string): string {
  let s = "";
  for (let i = 0; i < w.length && i < 16; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) s += "X";
    else if (c >= 97 && c <= 122) s += "x";
    else if (c >= 48 && c <= 57) s += "d";
    else if (c > 127) {
      const ch = w[i];
      s += ch.toLowerCase() !== ch ? "X" : ch.toUpperCase() !== ch ? "x" : "o";
    } else s += w[i];
  }
  return s;
}

// Runs of one class collapsed: "Xxxxx" -> "Xx", "dd-dd" -> "d-d".
export function shortShape(shape: string): string {
  let s = "";
  for (let i = 0; i < shape.length; i++) if (i === 0 || shape[i] !== shape[i - 1]) s += shape[i];
  return s;
}

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;

function isUpperInitial(w: string): boolean {
  return UPPER.test(w);
}

const MINOR = new Set(["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by", "from", "as", "vs", "is", "over", "up"]);

// Casing style of a sentence: "C" for capitals (headlines, datelines), "T" for Title Case headlines, "c"
// otherwise. Capitalization means less in the first two.
export function sentenceCase(words: string[]): "C" | "T" | "c" {
  let letters = 0, caps = 0, upperInitial = 0, lowerMajor = 0;
  for (const w of words) {
    if (!HAS_LETTER.test(w)) continue;
    letters++;
    if (!HAS_LOWER.test(w)) caps++;
    if (isUpperInitial(w)) upperInitial++;
    else if (!MINOR.has(w)) lowerMajor++;
  }
  if (letters > 0 && caps / letters > 0.6) return "C";
  if (letters >= 4 && lowerMajor === 0 && upperInitial >= 3 && upperInitial > caps) return "T";
  return "c";
}

// Casing evidence for a word across the whole document: seen starting lowercase (1), seen capitalized
// mid-sentence in a normally cased sentence (2). Helps headlines and sentence-initial words.
export type DocCasing = Map<string, number>;

export function documentCasing(sentences: string[][]): DocCasing {
  const map: DocCasing = new Map();
  for (const words of sentences) {
    const plain = sentenceCase(words) === "c";
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const lw = w.toLowerCase();
      let bits = 0;
      if (LOWER.test(w)) bits |= 1;
      else if (plain && i > 0 && isUpperInitial(w) && HAS_LOWER.test(w)) bits |= 2;
      if (bits) map.set(lw, (map.get(lw) ?? 0) | bits);
    }
  }
  return map;
}

export interface FeatureContext {
  gazetteer: Gazetteer;
  lexicon: Map<string, string>; // lowercased word -> word-class label from a general lexicon
  casing: DocCasing;
}

const BIAS = hashFeature("b");
const PREFIX = ["", "p1=", "p2=", "p3=", "p4="];
const SUFFIX = ["", "x1=", "x2=", "x3=", "x4="];
const CASING = ["0", "1", "2", "3"];
const PAD_BEFORE = ["<s>", "<s2>"];
const PAD_AFTER = ["</s>", "</s2>"];

export interface SentenceFeatures {
  lower: string[];
  short: string[];
  hashes: Int32Array[]; // static feature hashes per token
  extra?: Int32Array[]; // second-stage document features per token, when present
}

export function sentenceFeatures(words: string[], ctx: FeatureContext): SentenceFeatures {
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shapeOf);
  const short = shapes.map(shortShape);
  const gaz = matchGazetteer(ctx.gazetteer, lower);
  const lex = lower.map((w) => ctx.lexicon.get(w) ?? "-");
  const caps = sentenceCase(words);
  const lw = (i: number) => (i < 0 ? PAD_BEFORE[-i - 1] : i >= n ? PAD_AFTER[i - n] : lower[i]);
  const sh = (i: number) => (i < 0 ? PAD_BEFORE[-i - 1] : i >= n ? PAD_AFTER[i - n] : short[i]);
  const lx = (i: number) => (i < 0 || i >= n ? "#" : lex[i]);
  const out: Int32Array[] = [];
  const f: number[] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const l = lower[i];
    const ss = short[i];
    f.length = 0;
    f.push(
      BIAS,
      hashJoin("w=", l),
      hashJoin("W=", w),
      hashJoin("s=", shapes[i]),
      hashJoin("ss=", ss),
      hashJoin("ss|C=", ss, caps),
      hashJoin("lx=", lex[i]),
      hashJoin("lx|ss=", lex[i], "|", ss),
      hashJoin("w-1=", lw(i - 1)),
      hashJoin("w+1=", lw(i + 1)),
      hashJoin("w-2=", lw(i - 2)),
      hashJoin("w+2=", lw(i + 2)),
      hashJoin("w-1|w=", lw(i - 1), "|", l),
      hashJoin("w|w+1=", l, "|", lw(i + 1)),
      hashJoin("ss-1=", sh(i - 1)),
      hashJoin("ss+1=", sh(i + 1)),
      hashJoin("ss-1|ss|ss+1=", sh(i - 1), "|", ss, "|", sh(i + 1)),
      hashJoin("ss-2|ss-1|ss=", sh(i - 2), "|", sh(i - 1), "|", ss),
      hashJoin("ss|ss+1|ss+2=", ss, "|", sh(i + 1), "|", sh(i + 2)),
      hashJoin("lx-1=", lx(i - 1)),
      hashJoin("lx+1=", lx(i + 1)),
      hashJoin("w-1|ss=", lw(i - 1), "|", ss),
      hashJoin("ss|w+1=", ss, "|", lw(i + 1)),
    );
    for (let k = 1; k <= 4 && k < l.length; k++) {
      f.push(hashJoin(PREFIX[k], l.slice(0, k)));
      f.push(hashJoin(SUFFIX[k], l.slice(-k)));
    }
    if (i === 0) f.push(hashJoin("first|ss=", ss, caps));
    const casing = ctx.casing.get(l) ?? 0;
    f.push(hashJoin("dc=", CASING[casing] ?? String(casing), "|", ss, i === 0 ? "F" : "", caps));
    for (const g of gaz[i]) {
      f.push(hashJoin("g=", g));
      f.push(hashJoin("g|ss=", g, "|", ss));
    }
    if (i > 0) for (const g of gaz[i - 1]) f.push(hashJoin("g-1=", g));
    if (i + 1 < n) for (const g of gaz[i + 1]) f.push(hashJoin("g+1=", g));
    out.push(Int32Array.from(f));
  }
  return { lower, short, hashes: out };
}

// Features that depend on the previous two tags; `lower` and `short` are the token's lowercased word and
// collapsed shape.
export function historyFeatures(lower: string, short: string, t1: string, t2: string, out: number[]): void {
  out.length = 0;
  out.push(hashJoin("t-1=", t1));
  out.push(hashJoin("t-2|t-1=", t2, "|", t1));
  out.push(hashJoin("t-1|w=", t1, "|", lower));
  out.push(hashJoin("t-1|ss=", t1, "|", short));
}

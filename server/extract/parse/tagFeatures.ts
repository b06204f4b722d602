// Features of the part-of-speech tagger, after Honnibal's averaged-perceptron tagger: the word, its
// affixes and shape, its neighbours, a general lexicon's class, and the two tags chosen before it.
// Static features are hashed once per sentence; only the few history features are made per decision.
import { hashFeature } from "../ner/hash.ts";
import { shapeOf, shortShape } from "../ner/features.ts";
import { key1, key2, key3 } from "./mix.ts";

export interface TaggerContext {
  lexicon: Map<string, string>; // lowercase word -> word class
  clause: Uint8Array; // by tag id: FINITE, BOUNDARY or 0 (clauseClasses)
}

export const FINITE = 1, BOUNDARY = 2;

// Which joint "UPOS XPOS" tags are finite verbs and which open a new clause or phrase (conjunctions,
// relatives, "to", commas and the like): a clause seldom holds two finite verbs, so "the detention measures"
// after "ruled against" is a noun, not a verb.
export function clauseClasses(tags: readonly string[]): Uint8Array {
  return Uint8Array.from(tags, (t) => {
    const [u, x] = t.split(" ");
    if (/^(?:VBD|VBZ|VBP|MD)$/.test(x)) return FINITE;
    if (u === "CCONJ" || u === "SCONJ" || /^(?:WDT|WP|WRB|TO|,|:|-LRB-|-RRB-|``|'')$/.test(x)) return BOUNDARY;
    return 0;
  });
}

export interface SentenceAtoms {
  n: number;
  lower: Int32Array; // hash of each lowercase word
  suffix3: Int32Array;
  lex: Int32Array;
  feats: Int32Array; // static features, token after token
  start: Int32Array; // token i's static features are feats[start[i]..start[i+1])
}

const NONE = hashFeature("<none>");
const BOS = [hashFeature("<s>"), hashFeature("<s2>")];
const EOS = [hashFeature("</s>"), hashFeature("</s2>")];
export const HISTORY = 7; // number of history features

export function sentenceAtoms(words: readonly string[], ctx: TaggerContext): SentenceAtoms {
  const n = words.length;
  const lowerS = words.map((w) => w.toLowerCase());
  const lower = Int32Array.from(lowerS, hashFeature);
  const form = Int32Array.from(words, hashFeature);
  const shapes = words.map(shapeOf);
  const shape = Int32Array.from(shapes, hashFeature);
  const short = Int32Array.from(shapes, (s) => hashFeature(shortShape(s)));
  const suffix3 = Int32Array.from(lowerS, (w) => hashFeature(w.slice(-3)));
  const lex = Int32Array.from(lowerS, (w) => hashFeature(ctx.lexicon.get(w) ?? "-"));
  const at = (a: Int32Array, i: number) => (i < 0 ? BOS[-i - 1] ?? BOS[1] : i >= n ? EOS[i - n] ?? EOS[1] : a[i]);
  const feats: number[] = [];
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const l = lowerS[i];
    const w = lower[i];
    feats.push(
      key1(1, 0),
      key1(2, w),
      key1(3, form[i]),
      key1(4, shape[i]),
      key1(5, short[i]),
      key1(6, lex[i]),
      key2(7, lex[i], suffix3[i]),
      key1(8, at(lower, i - 1)),
      key1(9, at(lower, i + 1)),
      key1(10, at(lower, i - 2)),
      key1(11, at(lower, i + 2)),
      key2(12, at(lower, i - 1), w),
      key2(13, w, at(lower, i + 1)),
      key1(14, at(suffix3, i - 1)),
      key1(15, at(suffix3, i + 1)),
      key1(16, at(lex, i - 1)),
      key1(17, at(lex, i + 1)),
      key3(18, at(short, i - 1), short[i], at(short, i + 1)),
      key2(19, at(lex, i - 1), lex[i]),
      key2(20, lex[i], at(lex, i + 1)),
      key2(21, i === 0 ? 1 : 0, short[i]),
    );
    for (let k = 1; k <= 4; k++) {
      if (k > l.length) break;
      feats.push(key2(22, k, hashFeature(l.slice(0, k))), key2(23, k, hashFeature(l.slice(-k))));
    }
    start[i + 1] = feats.length;
  }
  return { n, lower, suffix3, lex, feats: Int32Array.from(feats), start };
}

// Writes the history features of token i into out[from..from+HISTORY); t1, t2: the previous two tags
// (-1 before the sentence); finite: 1 when a finite verb came since the last clause boundary.
export function historyFeatures(a: SentenceAtoms, i: number, t1: number, t2: number, finite: number, out: Int32Array, from: number): void {
  out[from] = key1(30, t1);
  out[from + 1] = key2(31, t1, t2);
  out[from + 2] = key2(32, t1, a.lower[i]);
  out[from + 3] = key2(33, t1, a.suffix3[i]);
  out[from + 4] = key3(34, t1, a.lex[i], i + 1 < a.n ? a.lower[i + 1] : NONE);
  out[from + 5] = key3(35, finite, t1, a.suffix3[i]);
  out[from + 6] = key2(36, finite, a.lower[i]);
}

export const LOOKAHEAD = 10; // number of features a second pass reads from the first pass's tags

// The second pass's extra features of token i (after Toutanova et al. 2003, by stacking): the tags the
// first pass gave the token and the words after it, which a left-to-right tagger has not decided yet.
// first: the first pass's tags; t1: the tag this pass chose for the word before (-1 at the start).
export function lookaheadFeatures(a: SentenceAtoms, i: number, first: Uint8Array, t1: number, out: Int32Array, from: number): void {
  const f0 = first[i], f1 = i + 1 < a.n ? first[i + 1] : -1, f2 = i + 2 < a.n ? first[i + 2] : -1;
  out[from] = key1(40, f0);
  out[from + 1] = key1(41, f1);
  out[from + 2] = key2(42, f1, f2);
  out[from + 3] = key2(43, f1, a.lower[i]);
  out[from + 4] = key3(44, t1, f0, f1);
  out[from + 5] = key2(45, f0, a.lower[i]);
  out[from + 6] = key2(46, f1, a.suffix3[i]);
  out[from + 7] = key3(47, f1, f2, a.lower[i]);
  out[from + 8] = key2(48, f2, a.lower[i]);
  out[from + 9] = key3(49, f0, f1, a.suffix3[i]);
}

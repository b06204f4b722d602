// The parser's features, in the style of Zhang & Nivre (2011): words and tags of the
// top three stack items and the first three buffer words, their leftmost and rightmost dependents and
// labels, valency, distance, and the label sets of dependents, alone and in combination.
import { hashFeature } from "../ner/hash.ts";
import { key1 as k1, key2 as k2, key3 as k3, key4 as k4 } from "./mix.ts";
import type { State } from "./system.ts";

// Atoms of the words the parser sees, indexed 0..n (0 is the root), with the punctuation around each word
// as a property of it (Ma, Zhang & Zhu 2014): the marks between two items, the mark right before and after.
// (Parsing without the marks, attached by rule afterwards, measured a point of UAS worse on gum-dev: the
// parser keeps them; punct.ts re-attaches them by rule.)
export interface ParseAtoms {
  n: number;
  keep: Int32Array; // the sentence index of each word the parser sees (0-based), in order
  word: Int32Array; // lowercase word hashes
  tag: Int32Array; // joint tag ids
  upos: Int32Array; // coarse tag ids
  lemma: Int32Array; // lemma hashes
  punct: Int32Array; // punct[x]: punctuation marks before word x
  before: Int32Array; // the mark right before word x (the root: the sentence's last mark), else NONE_WORD
  after: Int32Array; // the mark right after word x, else NONE_WORD
  nextVerb: Int32Array; // nextVerb[x]: the first verb or auxiliary after word x (0 when none)
}

// The coarse tags the atoms single out, by coarse tag id.
export interface UposClasses {
  punct: number;
  verb: Uint8Array; // 1 for VERB and AUX
}

// distinct: the coarse tags in id order.
export function uposClasses(distinct: readonly string[]): UposClasses {
  return { punct: distinct.indexOf("PUNCT"), verb: Uint8Array.from(distinct, (u) => +(u === "VERB" || u === "AUX")) };
}

const NONE_WORD = hashFeature("<none>");
const ROOT_WORD = hashFeature("<root>");
const NONE = -1, ROOT = -2; // tag and label atoms for a missing item and the root

// Sentence arrays in (0-based).
export function parseAtoms(lowerWords: readonly string[], tags: ArrayLike<number>, upos: ArrayLike<number>, lemmas: readonly string[], classes: UposClasses): ParseAtoms {
  const punctUpos = classes.punct;
  const all = lowerWords.length;
  const keep = Int32Array.from({ length: all }, (_, i) => i);
  const n = keep.length;
  const isPunct = (i: number) => i >= 0 && i < all && upos[i] === punctUpos;
  const word = new Int32Array(n + 1), tag = new Int32Array(n + 1), up = new Int32Array(n + 1), lemma = new Int32Array(n + 1);
  const punct = new Int32Array(n + 1), before = new Int32Array(n + 1).fill(NONE_WORD), after = new Int32Array(n + 1).fill(NONE_WORD);
  word[0] = ROOT_WORD; tag[0] = ROOT; up[0] = ROOT; lemma[0] = ROOT_WORD;
  for (let j = 1; j <= n; j++) {
    const i = keep[j - 1];
    word[j] = hashFeature(lowerWords[i]);
    tag[j] = tags[i];
    up[j] = upos[i];
    lemma[j] = hashFeature(lemmas[i]);
    if (j < n) punct[j + 1] = punct[j] + (isPunct(i) ? 1 : 0);
    if (isPunct(i - 1)) before[j] = hashFeature(lowerWords[i - 1]);
    if (isPunct(i + 1)) after[j] = hashFeature(lowerWords[i + 1]);
  }
  if (isPunct(all - 1)) before[0] = hashFeature(lowerWords[all - 1]);
  const nextVerb = new Int32Array(n + 2);
  for (let j = n - 1; j >= 0; j--) nextVerb[j] = classes.verb[up[j + 1]] ? j + 1 : nextVerb[j + 1];
  return { n, keep, word, tag, upos: up, lemma, punct, before, after, nextVerb };
}

// Local copies: imported bindings can compile to getters in hot loops.
const key1 = k1, key2 = k2, key3 = k3, key4 = k4;

const dist = (d: number) => (d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7);
const cap = (v: number) => (v < 4 ? v : 4);
const wordAt = (word: Int32Array, x: number) => (x < 0 ? NONE_WORD : word[x]);
// A tag or label: NONE for a missing item; the root's label slot is -1 (no head), read as NONE too.
const at = (a: Int32Array, x: number) => (x < 0 ? NONE : x === 0 && a[0] === -1 ? NONE : a[x]);
const bufAt = (p: number, n: number) => (p <= n ? p : p === n + 1 ? 0 : -1);
const child = (arr: Int32Array, x: number) => (x < 0 || arr[x] === 0 ? -1 : arr[x]);

// Writes the features of the state into out; returns how many.
export function parseFeatures(st: State, a: ParseAtoms, out: Int32Array): number {
  const { stack, sp, b, n, label, lc1, lc2, rc1, rc2, nl, nr, lset, rset } = st;
  const { word, tag, upos } = a;
  const s0 = sp >= 1 ? stack[sp - 1] : -1;
  const s1 = sp >= 2 ? stack[sp - 2] : -1;
  const s2 = sp >= 3 ? stack[sp - 3] : -1;
  // The buffer: words b..n, then the root (0).
  const b0 = bufAt(b, n), b1 = bufAt(b + 1, n), b2 = bufAt(b + 2, n);
  const s0w = wordAt(word, s0), s0p = at(tag, s0), s1w = wordAt(word, s1), s1p = at(tag, s1), s2p = at(tag, s2);
  const b0w = wordAt(word, b0), b0p = at(tag, b0), b1w = wordAt(word, b1), b1p = at(tag, b1), b2w = wordAt(word, b2), b2p = at(tag, b2);
  const s0l1 = child(lc1, s0), s0l2 = child(lc2, s0), s0r1 = child(rc1, s0), s0r2 = child(rc2, s0);
  const s1l1 = child(lc1, s1), s1r1 = child(rc1, s1), s1r2 = child(rc2, s1);
  const b0l1 = child(lc1, b0), b0l2 = child(lc2, b0);
  const s0l1p = at(tag, s0l1), s0l2p = at(tag, s0l2), s0r1p = at(tag, s0r1), s0r2p = at(tag, s0r2), s1r1p = at(tag, s1r1), s1r2p = at(tag, s1r2), s1l1p = at(tag, s1l1);
  const b0l1p = at(tag, b0l1), b0l2p = at(tag, b0l2);
  const d = s0 > 0 && b0 > 0 ? dist(b0 - s0) : 0;
  const d1 = s0 > 0 && s1 > 0 ? dist(s0 - s1) : 0;
  const s0vl = s0 >= 0 ? cap(nl[s0]) : 5, s0vr = s0 >= 0 ? cap(nr[s0]) : 5;
  const s1vr = s1 >= 0 ? cap(nr[s1]) : 5, s1vl = s1 >= 0 ? cap(nl[s1]) : 5, b0vl = b0 >= 0 ? cap(nl[b0]) : 5;
  const s0ls = s0 >= 0 ? lset[s0] : -1, s0rs = s0 >= 0 ? rset[s0] : -1, b0ls = b0 >= 0 ? lset[b0] : -1, s1rs = s1 >= 0 ? rset[s1] : -1;

  let k = 0;
  // single items
  out[k++] = key1(1, s0w); out[k++] = key1(2, s0p); out[k++] = key2(3, s0w, s0p);
  out[k++] = key1(4, s1w); out[k++] = key1(5, s1p); out[k++] = key2(6, s1w, s1p);
  out[k++] = key1(7, b0w); out[k++] = key1(8, b0p); out[k++] = key2(9, b0w, b0p);
  out[k++] = key1(10, b1w); out[k++] = key1(11, b1p); out[k++] = key2(12, b1w, b1p);
  out[k++] = key1(13, b2w); out[k++] = key1(14, b2p); out[k++] = key1(15, s2p);
  // pairs
  out[k++] = key4(20, s0w, s0p, b0w, b0p); out[k++] = key3(21, s0w, s0p, b0w); out[k++] = key3(22, s0w, b0w, b0p);
  out[k++] = key3(23, s0w, s0p, b0p); out[k++] = key3(24, s0p, b0w, b0p); out[k++] = key2(25, s0w, b0w);
  out[k++] = key2(26, s0p, b0p); out[k++] = key2(27, b0p, b1p);
  out[k++] = key4(28, s1w, s1p, s0w, s0p); out[k++] = key2(29, s1w, s0w); out[k++] = key2(30, s1p, s0p);
  out[k++] = key3(31, s1w, s1p, s0p); out[k++] = key3(32, s1p, s0w, s0p); out[k++] = key2(34, s1p, b0p);
  // tag trigrams
  out[k++] = key3(40, b0p, b1p, b2p); out[k++] = key3(41, s0p, b0p, b1p); out[k++] = key3(42, s1p, s0p, b0p);
  out[k++] = key3(43, s2p, s1p, s0p); out[k++] = key3(44, s0p, s0l1p, b0p); out[k++] = key3(45, s0p, s0r1p, b0p);
  out[k++] = key3(46, s0p, b0p, b0l1p); out[k++] = key3(47, s1p, s0p, s0l1p); out[k++] = key3(48, s1p, s1r1p, s0p);
  out[k++] = key3(49, s1p, s0p, s0r1p); out[k++] = key3(50, s1p, s1l1p, s0p); out[k++] = key4(51, s1p, s0p, b0p, b1p);
  // distance
  out[k++] = key2(60, s0w, d); out[k++] = key2(61, s0p, d); out[k++] = key2(62, b0w, d); out[k++] = key2(63, b0p, d);
  out[k++] = key3(64, s0w, b0w, d); out[k++] = key3(65, s0p, b0p, d);
  out[k++] = key3(66, s1p, s0p, d1);
  // valency
  out[k++] = key2(70, s0w, s0vr); out[k++] = key2(71, s0p, s0vr); out[k++] = key2(72, s0w, s0vl); out[k++] = key2(73, s0p, s0vl);
  out[k++] = key2(74, b0w, b0vl); out[k++] = key2(75, b0p, b0vl); out[k++] = key2(76, s1w, s1vr); out[k++] = key2(77, s1p, s1vr);
  out[k++] = key2(78, s1p, s1vl);
  // dependents: words, tags, labels
  out[k++] = key1(80, wordAt(word, s0l1)); out[k++] = key1(81, s0l1p); out[k++] = key1(82, at(label, s0l1));
  out[k++] = key1(83, wordAt(word, s0r1)); out[k++] = key1(84, s0r1p); out[k++] = key1(85, at(label, s0r1));
  out[k++] = key1(86, wordAt(word, b0l1)); out[k++] = key1(87, b0l1p); out[k++] = key1(88, at(label, b0l1));
  out[k++] = key1(89, wordAt(word, s1r1)); out[k++] = key1(90, s1r1p); out[k++] = key1(91, at(label, s1r1));
  out[k++] = key1(92, s1l1p); out[k++] = key1(93, at(label, s1l1));
  out[k++] = key1(94, s0l2p); out[k++] = key1(95, at(label, s0l2)); out[k++] = key1(96, s0r2p); out[k++] = key1(97, at(label, s0r2));
  out[k++] = key1(98, b0l2p); out[k++] = key1(99, at(label, b0l2)); out[k++] = key1(100, s1r2p); out[k++] = key1(101, at(label, s1r2));
  out[k++] = key3(102, s0p, s0l1p, s0l2p); out[k++] = key3(103, s0p, s0r1p, s0r2p); out[k++] = key3(104, b0p, b0l1p, b0l2p);
  out[k++] = key3(105, s1p, s1r1p, s1r2p);
  out[k++] = key3(106, s0p, at(label, s0l1), at(label, s0l2)); out[k++] = key3(107, s0p, at(label, s0r1), at(label, s0r2)); out[k++] = key3(108, b0p, at(label, b0l1), at(label, b0l2));
  out[k++] = key3(109, s1p, at(label, s1r1), at(label, s1r2));
  // label sets
  out[k++] = key2(120, s0w, s0ls); out[k++] = key2(121, s0p, s0ls); out[k++] = key2(122, s0w, s0rs); out[k++] = key2(123, s0p, s0rs);
  out[k++] = key2(124, b0w, b0ls); out[k++] = key2(125, b0p, b0ls); out[k++] = key2(126, s1p, s1rs);
  // coarse tags for sparse contexts
  out[k++] = key4(130, at(upos, s1), at(upos, s0), at(upos, b0), at(upos, b1)); out[k++] = key3(131, at(upos, s0), at(upos, b0), d);
  out[k++] = key3(132, at(upos, s2), at(upos, s1), at(upos, s0));
  // lemmas: inflected forms share evidence
  const { lemma, punct, before, after } = a;
  const s0m = wordAt(lemma, s0), b0m = wordAt(lemma, b0);
  out[k++] = key2(140, s0m, s0p); out[k++] = key2(141, b0m, b0p);
  // punctuation between the items: clause boundaries
  const pb = s0 > 0 && b0 > 0 ? cap(punct[b0] - punct[s0]) : 5;
  const ps = s0 > 0 && s1 > 0 ? cap(punct[s0] - punct[s1]) : 5;
  const s0a = s0 >= 0 ? after[s0] : NONE, b0b = b0 >= 0 ? before[b0] : NONE, s0b = s0 >= 0 ? before[s0] : NONE;
  out[k++] = key3(170, s0p, s0a, b0p); out[k++] = key3(171, s0p, b0b, b0p); out[k++] = key2(172, s0a, b0b);
  out[k++] = key3(173, s0b, s0p, b0p); out[k++] = key3(174, s1p, s0b, s0p);
  // s0's head, once it has one (arc-eager)
  const { head } = st;
  const s0h = s0 > 0 ? head[s0] : -1;
  const s0hp = at(tag, s0h), s0lab = at(label, s0);
  out[k++] = key2(160, wordAt(word, s0h), s0hp); out[k++] = key1(161, s0hp); out[k++] = key1(162, s0lab);
  out[k++] = key3(163, s0p, s0lab, b0p); out[k++] = key3(164, s0hp, s0p, b0p);
  out[k++] = key2(166, s0hp, b0w); out[k++] = key3(167, s0lab, s0hp, b0p);
  const s0h2 = s0h > 0 ? head[s0h] : -1;
  out[k++] = key3(168, at(tag, s0h2), s0hp, s0p); out[k++] = key2(169, at(label, s0h), s0lab);
  // more word features: they cost time (mostly cache misses on rare rows) but gave half a point of UAS
  const s1m = wordAt(lemma, s1), s0r1l = at(label, s0r1);
  out[k++] = key2(16, wordAt(word, s2), s2p); out[k++] = key2(33, s1w, b0w); out[k++] = key3(52, s0w, b0p, b1p);
  out[k++] = key3(53, s1p, s0w, b0p); out[k++] = key2(67, s1w, d1); out[k++] = key2(68, s0w, d1); out[k++] = key3(69, s1w, s0w, d1);
  out[k++] = key3(110, s0w, at(label, s0l1), b0p); out[k++] = key3(111, s0w, s0r1l, b0p); out[k++] = key3(112, s0p, s0r1l, b0w);
  out[k++] = key2(133, s0w, b1w); out[k++] = key3(134, s0p, b1w, b0p);
  out[k++] = key2(142, s1m, s1p); out[k++] = key2(143, s0m, b0m); out[k++] = key2(144, s1m, s0m); out[k++] = key3(145, s0m, b0p, b1p);
  out[k++] = key3(146, s0p, b0m, s1p); out[k++] = key2(147, s1m, b0m); out[k++] = key3(165, s0w, s0lab, b0w);
  out[k++] = key3(150, s0p, b0p, pb); out[k++] = key3(151, s1p, s0p, ps); out[k++] = key4(152, s0p, b0p, pb, d);
  // further right: the fourth buffer word, and the next verb after b0 (is a noun before it its subject?)
  {
    const b3 = bufAt(b + 3, n), b3p = at(tag, b3);
    out[k++] = key1(200, b3p); out[k++] = key3(201, b1p, b2p, b3p);
    const { nextVerb } = a;
    const v = b0 > 0 ? nextVerb[b0] : 0, vp = v > 0 ? tag[v] : NONE, vd = v > 0 ? dist(v - b0) : 0;
    out[k++] = key2(202, vp, vd); out[k++] = key3(203, s0p, b0p, vp); out[k++] = key4(204, s0p, b0p, vp, vd);
    const sv = s0 > 0 ? nextVerb[s0] : 0;
    out[k++] = key3(205, s0p, sv > 0 && sv < (b0 > 0 ? b0 : n + 1) ? 1 : 0, b0p);
  }
  return k;
}

export const MAX_FEATURES = 200;

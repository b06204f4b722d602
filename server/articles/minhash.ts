// Near-duplicate detection's arithmetic: an article's text as the set of its 5-word shingles, summarised by a
// MinHash signature of 128 32-bit values (the fraction of equal values estimates the Jaccard similarity of two
// shingle sets), cut into 32 bands of 4 for locality-sensitive lookup (two articles whose signatures agree on a whole
// band are candidates: at a similarity of 0.7 that happens with probability 0.9998, at 0.6 with 0.99, at 0.3 with 0.23). Deterministic:
// fixed seeds, no randomness.

export const SHINGLE_WORDS = 5;
export const PERMUTATIONS = 128;
export const BANDS = 32;
const ROWS = PERMUTATIONS / BANDS;

/** Articles whose estimated shingle similarity reaches this are near-duplicates: the same story lightly edited. */
export const NEAR_DUPLICATE_SIMILARITY = 0.7;

/** murmur3's 32-bit finaliser: a cheap, well-mixed hash of a 32-bit value. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over a string's UTF-16 code units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const SEEDS = Uint32Array.from({ length: PERMUTATIONS }, (_, i) => fmix32((i + 1) * 0x9e3779b9));

/** The text's words, lower-cased, letters and digits only (punctuation and spacing edits do not count). */
function words(text: string): string[] {
  return text.toLowerCase().normalize("NFKD").match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The hashes of the text's distinct shingles (a text shorter than a shingle is one shingle). */
export function shingleHashes(text: string): Uint32Array {
  const w = words(text);
  const set = new Set<number>();
  if (w.length < SHINGLE_WORDS) set.add(fnv1a(w.join(" ")));
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) set.add(fnv1a(w.slice(i, i + SHINGLE_WORDS).join(" ")));
  return Uint32Array.from(set);
}

/** The text's MinHash signature. */
export function signature(text: string): Uint32Array {
  const hashes = shingleHashes(text);
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (let p = 0; p < PERMUTATIONS; p++) {
    const seed = SEEDS[p];
    let min = 0xffffffff;
    for (let i = 0; i < hashes.length; i++) {
      const h = fmix32(hashes[i] ^ seed);
      if (h < min) min = h;
    }
    sig[p] = min;
  }
  return sig;
}

/** Each band's key: its 4 values hashed into one 32-bit number, the band's index mixed in. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = fmix32(b + 1);
    for (let r = 0; r < ROWS; r++) h = fmix32(h ^ sig[b * ROWS + r]);
    keys.push(h);
  }
  return keys;
}

/** The estimated Jaccard similarity of the texts behind two signatures, to two decimals. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[i]) same++;
  return Math.round((same / PERMUTATIONS) * 100) / 100;
}

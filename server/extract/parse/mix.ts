// Feature keys as integer hashes of a template number and a few integer atoms (word hashes, tag and label
// ids), so the hot loops build no strings. 0 is never returned: lookup tables use it as the empty slot.
const SEED = 0x2545f491;

function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x9e3779b1);
  return h ^ (h >>> 15);
}

function done(h: number): number {
  h = Math.imul(h ^ (h >>> 13), 0x85ebca6b);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

export const key1 = (t: number, a: number): number => done(mix(mix(SEED, t), a));
export const key2 = (t: number, a: number, b: number): number => done(mix(mix(mix(SEED, t), a), b));
export const key3 = (t: number, a: number, b: number, c: number): number => done(mix(mix(mix(mix(SEED, t), a), b), c));
export const key4 = (t: number, a: number, b: number, c: number, d: number): number =>
  done(mix(mix(mix(mix(mix(SEED, t), a), b), c), d));

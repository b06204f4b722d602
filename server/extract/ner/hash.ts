// Features are strings hashed to 32-bit ints (FNV-1a); 0 is kept free as the empty slot of lookup tables.
// hashJoin hashes the concatenation of its parts without building it (same value as hashFeature(a + b + ...)).
const SEED = 0x811c9dc5;

function step(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

function finish(h: number): number {
  return h === 0 ? 1 : h | 0;
}

export function hashFeature(s: string): number {
  return finish(step(SEED, s));
}

export function hashJoin(a: string, b: string, c = "", d = "", e = "", f = ""): number {
  return finish(step(step(step(step(step(step(SEED, a), b), c), d), e), f));
}

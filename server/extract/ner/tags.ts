// BIO tag set and the transition rule: I-X only continues B-X or I-X.
export const TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"] as const;
export type Tag = (typeof TAGS)[number];
export type EntityType = "PER" | "ORG" | "LOC" | "MISC";
export const NUM_TAGS = TAGS.length;

export function tagIndex(tag: string): number {
  const i = (TAGS as readonly string[]).indexOf(tag);
  if (i < 0) throw new Error(`unknown tag ${tag}`);
  return i;
}

// allowed[prev * NUM_TAGS + next]; prev = -1 (sentence start) uses row 0 (after "O").
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array(NUM_TAGS * NUM_TAGS);
  for (let p = 0; p < NUM_TAGS; p++) {
    for (let n = 0; n < NUM_TAGS; n++) {
      const next = TAGS[n];
      const prev = TAGS[p];
      a[p * NUM_TAGS + n] = !next.startsWith("I-") || (prev !== "O" && prev.slice(2) === next.slice(2)) ? 1 : 0;
    }
  }
  return a;
})();

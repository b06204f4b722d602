// Part-of-speech and name tags from compromise, keyed by the character offset where each term starts.
import nlp from "compromise";

export type TagIndex = Map<number, Set<string>>;

// compromise gets slow and memory-hungry on huge inputs; beyond this the lexicon rules work alone.
const MAX_TAGGED = 200_000;

export function tagText(text: string): TagIndex {
  const index: TagIndex = new Map();
  if (text.length > MAX_TAGGED) return index;
  const json = nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{ terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }> }>;
  for (const sentence of json) {
    for (const term of sentence.terms) {
      const { start, length } = term.offset;
      // Only trust offsets that point at the term's own text.
      if (text.slice(start, start + length) === term.text) index.set(start, new Set(term.tags));
    }
  }
  return index;
}

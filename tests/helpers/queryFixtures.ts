// A third article, dated apart from the other two, whose evidence carries quotes, backslashes and a newline; and
// the state of all three for the query tests. Offsets computed from the text, never typed.
import type { Relation } from "../../server/extract/types.ts";
import type { ExtractedArticle } from "../../server/graph/build.ts";
import { buildState } from "../../server/graph/build.ts";
import { layoutGraph } from "../../server/graph/layout.ts";
import type { GraphState } from "../../server/api/state.ts";
import { article, articleA, articleB } from "./fixtures.ts";

const C = `President Ines Moor of Sylvania backed Omar Vale, saying "it's a 'new' day" \\ C:\\temp\nfor all.\nMoor joined the Lakeside Accord.`;
const STANCE_SENTENCE = `President Ines Moor of Sylvania backed Omar Vale, saying "it's a 'new' day" \\ C:\\temp\nfor all.`;

function span(sentence: string) {
  const start = C.indexOf(sentence);
  if (start < 0) throw new Error("fixture: sentence not in text");
  return { start, end: start + sentence.length, text: sentence };
}

function mentions(name: string) {
  const out = [];
  for (let i = C.indexOf(name); i >= 0; i = C.indexOf(name, i + 1)) out.push({ start: i, end: i + name.length, form: "name" as const });
  return out;
}

const rel = (source: string, target: string, type: Relation["type"], sentence: string, extra: Partial<Relation> = {}): Relation => ({
  source,
  target,
  type,
  attributes: {},
  evidence: [span(sentence)],
  confidence: 0.7,
  ...extra,
});

const c = article(
  C,
  {
    entities: [
      { id: "person:ines-moor", kind: "person", name: "Ines Moor", aliases: ["Moor"], mentions: [...mentions("Ines Moor"), ...mentions("Moor j")] },
      { id: "country:sylvania", kind: "country", name: "Sylvania", aliases: [], mentions: mentions("Sylvania") },
      { id: "person:omar-vale", kind: "person", name: "Omar Vale", aliases: [], mentions: mentions("Omar Vale") },
      { id: "event:lakeside-accord", kind: "event", name: "Lakeside Accord", aliases: [], mentions: mentions("Lakeside Accord") },
    ],
    relations: [
      rel("person:ines-moor", "country:sylvania", "holds_position", STANCE_SENTENCE, { attributes: { title: "President" } }),
      rel("person:ines-moor", "person:omar-vale", "stance", STANCE_SENTENCE, { polarity: "support", attributes: { act: "backs" } }),
      rel("person:ines-moor", "event:lakeside-accord", "participates_in", "Moor joined the Lakeside Accord."),
    ],
  },
  "Moor backs Vale",
);

export const articleC: ExtractedArticle = { ...c, record: { ...c.record, date: "2024-03-10" }, extraction: { ...c.extraction, article: { ...c.extraction.article, date: "2024-03-10" } } };
export const STANCE_TEXT = STANCE_SENTENCE;

/** A fresh, laid-out state of articles A, B (2025-01-02) and C (2024-03-10). */
export function threeArticleState(): GraphState {
  const all = [articleA, articleB, articleC];
  const state = buildState(all);
  layoutGraph(state.graph, 20);
  return state;
}

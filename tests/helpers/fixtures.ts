// Small hand-written articles and extractions for graph and API tests: offsets computed from the text, never typed.
import type { Entity, Extraction, Relation } from "../../server/extract/types.ts";
import type { ExtractedArticle } from "../../server/graph/build.ts";
import { articleId } from "../../server/graph/articleId.ts";

function spansOf(text: string, needle: string) {
  const out = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push({ start: i, end: i + needle.length, form: "name" as const });
  if (!out.length) throw new Error(`fixture: "${needle}" not in text`);
  return out;
}

function entity(text: string, id: string, name: string, kind: Entity["kind"], aliases: string[] = []): Entity {
  return { id, kind, name, aliases, mentions: [name, ...aliases].flatMap((n) => (text.includes(n) ? spansOf(text, n) : [])) };
}

function relation(text: string, source: string, target: string, type: Relation["type"], sentence: string, extra: Partial<Relation> = {}): Relation {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture: sentence not in text`);
  return { source, target, type, attributes: {}, evidence: [{ start, end: start + sentence.length, text: sentence }], confidence: 0.8, ...extra };
}

export function article(text: string, extraction: Omit<Extraction, "article" | "quotes">, title = "A test article"): ExtractedArticle {
  const meta = { title, date: "2025-01-02", source: "Test Wire" };
  return { record: { id: articleId(text), ...meta, text }, extraction: { article: meta, quotes: [], ...extraction } };
}

const A = "Chancellor Anna Berg of Freedonia urged Sylvania to stop attacks. Berg spoke at the Harbour Summit.";
const B = "Sylvanian leader Omar Vale rejected the demand. Anna Berg, the chancellor, met Vale in Lakeside.";

export const articleA = article(A, {
  entities: [
    entity(A, "person:anna-berg", "Anna Berg", "person", ["Berg"]),
    entity(A, "country:freedonia", "Freedonia", "country"),
    entity(A, "country:sylvania", "Sylvania", "country"),
    entity(A, "event:harbour-summit", "Harbour Summit", "event"),
  ],
  relations: [
    relation(A, "person:anna-berg", "country:freedonia", "holds_position", "Chancellor Anna Berg of Freedonia urged Sylvania to stop attacks.", { attributes: { title: "Chancellor" } }),
    relation(A, "person:anna-berg", "country:sylvania", "stance", "Chancellor Anna Berg of Freedonia urged Sylvania to stop attacks.", { polarity: "oppose", attributes: { act: "urges" } }),
    relation(A, "person:anna-berg", "event:harbour-summit", "participates_in", "Berg spoke at the Harbour Summit."),
  ],
}, "Berg urges Sylvania");

export const articleB = article(B, {
  entities: [
    entity(B, "person:omar-vale", "Omar Vale", "person", ["Vale"]),
    entity(B, "country:sylvania", "Sylvania", "country", ["Sylvanian"]),
    entity(B, "person:anna-berg", "Anna Berg", "person"),
    entity(B, "location:lakeside", "Lakeside", "location"),
  ],
  relations: [
    relation(B, "person:omar-vale", "country:sylvania", "holds_position", "Sylvanian leader Omar Vale rejected the demand.", { attributes: { title: "leader" } }),
    relation(B, "person:anna-berg", "country:sylvania", "stance", "Anna Berg, the chancellor, met Vale in Lakeside.", { polarity: "oppose", attributes: { act: "urges" } }),
  ],
}, "Vale rejects demand");

// A later article names Anna Berg by her surname alone, beside her full name's id: "Berg" resolves into her node.
const D = "Berg criticised Sylvania on Friday. Anna Berg thanked Berg's staff.";
const sentence1 = "Berg criticised Sylvania on Friday.";
const sentence2 = "Anna Berg thanked Berg's staff.";
const at = (s: string) => ({ start: D.indexOf(s), end: D.indexOf(s) + s.length, text: s });
export const articleD = article(
  D,
  {
    entities: [
      { id: "person:berg", kind: "person", name: "Berg", aliases: [], mentions: [{ start: 0, end: 4, form: "name" }] },
      { id: "country:sylvania", kind: "country", name: "Sylvania", aliases: [], mentions: [{ start: 16, end: 24, form: "name" }] },
      { id: "person:anna-berg", kind: "person", name: "Anna Berg", aliases: [], mentions: [{ start: D.indexOf("Anna"), end: D.indexOf("Anna") + 9, form: "name" }] },
    ],
    relations: [
      { source: "person:berg", target: "country:sylvania", type: "stance", polarity: "oppose", attributes: { act: "criticizes" }, evidence: [at(sentence1)], confidence: 0.7 },
      // Both ends resolve into one node: the graph has no such edge.
      { source: "person:anna-berg", target: "person:berg", type: "stance", polarity: "support", attributes: { act: "praises" }, evidence: [at(sentence2)], confidence: 0.6 },
    ],
  },
  "Berg criticises Sylvania",
);

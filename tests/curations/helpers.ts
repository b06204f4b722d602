// Curation tests' stores: the hand-written fixture articles (and later ones that name the same entities) through a
// fake extractor, and curations made as the API makes them.
import { join } from "node:path";
import type { GraphStore } from "../../server/store/graphStore.ts";
import { CurationLog } from "../../server/store/curations.ts";
import { curationSpec, readCurationBody } from "../../server/api/curationBody.ts";
import { article, articleA, articleB, articleD } from "../helpers/fixtures.ts";
import { fakeExtractor, openTempStore, tempDir } from "../store/helpers.ts";
import type { ExtractedArticle } from "../../server/graph/build.ts";

// A later article that names Omar Vale and Lakeside again, Lakeside now as an organisation.
const E = "Omar Vale thanked Lakeside. Anna Berg urged Sylvania to talk.";
const at = (s: string) => ({ start: E.indexOf(s), end: E.indexOf(s) + s.length, text: s });
const mention = (name: string) => [{ start: E.indexOf(name), end: E.indexOf(name) + name.length, form: "name" as const }];
export const articleE = article(
  E,
  {
    entities: [
      { id: "person:omar-vale", kind: "person", name: "Omar Vale", aliases: [], mentions: mention("Omar Vale") },
      { id: "organization:lakeside", kind: "organization", name: "Lakeside", aliases: [], mentions: mention("Lakeside") },
      { id: "person:anna-berg", kind: "person", name: "Anna Berg", aliases: [], mentions: mention("Anna Berg") },
      { id: "country:sylvania", kind: "country", name: "Sylvania", aliases: [], mentions: mention("Sylvania") },
    ],
    relations: [
      { source: "person:omar-vale", target: "organization:lakeside", type: "stance", polarity: "support", attributes: { act: "praises" }, evidence: [at("Omar Vale thanked Lakeside.")], confidence: 0.7 },
      { source: "person:anna-berg", target: "country:sylvania", type: "stance", polarity: "oppose", attributes: { act: "urges" }, evidence: [at("Anna Berg urged Sylvania to talk.")], confidence: 0.9 },
    ],
  },
  "Vale thanks Lakeside",
);

// A later article that names Berg by her surname alone again.
const F = "Berg warned Lakeside.";
export const articleF = article(
  F,
  {
    entities: [
      { id: "person:berg", kind: "person", name: "Berg", aliases: [], mentions: [{ start: 0, end: 4, form: "name" }] },
      { id: "location:lakeside", kind: "location", name: "Lakeside", aliases: [], mentions: [{ start: 12, end: 20, form: "name" }] },
    ],
    relations: [{ source: "person:berg", target: "location:lakeside", type: "stance", polarity: "oppose", attributes: { act: "warns" }, evidence: [{ start: 0, end: F.length, text: F }], confidence: 0.6 }],
  },
  "Berg warns Lakeside",
);

const FIXTURES = new Map<string, ExtractedArticle>([articleA, articleB, articleD, articleE, articleF].map((a) => [a.record.text, a]));

export const fixtureExtractor: typeof fakeExtractor = (text, given) => {
  const known = FIXTURES.get(text);
  return known ? structuredClone(known) : fakeExtractor(text, given);
};

export const input = (a: ExtractedArticle) => ({ text: a.record.text, title: a.record.title, date: a.record.date, source: a.record.source });

export function openCurationStore(path = join(tempDir(), "store.db"), layout: "off" | "sync" = "off"): GraphStore {
  return openTempStore({ extract: fixtureExtractor, layout }, path);
}

export async function storeWith(articles: ExtractedArticle[], path?: string, layout: "off" | "sync" = "off"): Promise<GraphStore> {
  const store = openCurationStore(path, layout);
  for (const a of articles) await store.ingest(input(a));
  return store;
}

/** Makes a curation as POST /api/curations does; its id. */
export async function curate(store: GraphStore, body: Record<string, unknown>): Promise<number> {
  const log = new CurationLog(store.db);
  const parsed = readCurationBody(body);
  const id = await store.change(() => log.add(curationSpec(store.current(), parsed), parsed.note ?? null));
  return id!;
}

export async function undo(store: GraphStore, id: number): Promise<void> {
  const log = new CurationLog(store.db);
  await store.change(() => (log.remove(id) ? true : null));
}

export const exported = (store: GraphStore) => JSON.stringify(store.current().graph.export());

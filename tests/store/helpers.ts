// Temp stores for tests: each in its own folder, never data/stancegraph.db.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { GraphStore, type GraphStoreOptions } from "../../server/store/graphStore.ts";
import { prepareArticle } from "../../server/articles/prepare.ts";
import { extract } from "../ingest/fakeExtract.ts";
import type { ArticleMeta } from "../../server/extract/types.ts";
import type { ExtractedArticle } from "../../server/graph/build.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "stancegraph-test-"));
  dirs.push(dir);
  return dir;
}

export const fakeExtractor = (text: string, given: Partial<ArticleMeta>): ExtractedArticle => prepareArticle(extract, text, given);

export function openTempStore(options: Partial<GraphStoreOptions> = {}, path = join(tempDir(), "store.db")): GraphStore {
  return GraphStore.open(path, { extract: fakeExtractor, ...options });
}

/** Row counts of every table: a store that is "exactly as it was" has the same counts and generation. */
export function tableCounts(store: GraphStore): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of ["articles", "entities", "article_entities", "aliases", "mentions", "relations", "evidence", "meta"]) {
    out[t] = store.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
  }
  out.generation = Number(store.db.prepare("SELECT value FROM meta WHERE key = 'generation'").pluck().get());
  return out;
}

/** Generated news-like texts that share some names, so that articles merge. */
export function generatedText(i: number): string {
  const names = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hassan", "Ingrid", "Jonas", "Karim", "Lotte"];
  const places = ["Freedonia", "Sylvania", "Lakeside", "Harbour", "Northland", "Eastport"];
  const pick = (list: string[], k: number) => list[(i * 7 + k * 3) % list.length];
  return [
    `Report number ${i} from ${pick(places, 0)}.`,
    `${pick(names, 1)} met ${pick(names, 2)} in ${pick(places, 3)} on day ${i}.`,
    `${pick(names, 4)} urged ${pick(places, 5)} and ${pick(names, 6)} to talk.`,
    `Observers in ${pick(places, 7)} said ${pick(names, 8)} agreed.`,
  ].join(" ");
}

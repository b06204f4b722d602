// The store's near-duplicate index: found whatever the order, removed with its article, rebuilt for articles stored
// before it existed.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { openDatabase } from "../../server/store/schema.ts";
import { NearDuplicateIndex } from "../../server/store/nearDuplicates.ts";
import { signature } from "../../server/articles/minhash.ts";
import { openTempStore, tempDir } from "./helpers.ts";
import { lightlyEdited, storyParagraphs } from "../helpers/newsPages.ts";

const story = storyParagraphs(20).join("\n\n");
const rows = (db: ReturnType<typeof openDatabase>) => ({
  signatures: db.prepare("SELECT count(*) FROM article_signatures").pluck().get(),
  bands: db.prepare("SELECT count(*) FROM signature_bands").pluck().get(),
});

describe("near-duplicate index", () => {
  it("finds the stored near-duplicate, and forgets an article removed", async () => {
    const store = openTempStore();
    const first = await store.ingest({ text: story });
    expect(await store.ingest({ text: lightlyEdited(story) })).toMatchObject({ duplicate: true, duplicateOf: first.article.id });
    expect(rows(store.db)).toEqual({ signatures: 1, bands: 32 });
    await store.remove(first.article.id);
    expect(rows(store.db)).toEqual({ signatures: 0, bands: 0 });
    expect(await store.ingest({ text: lightlyEdited(story) })).toMatchObject({ duplicate: false });
    expect((await store.ingest({ text: story })).duplicateOf).toBeDefined();
    await store.close();
  });

  it("signs the articles a store held before the index existed, once, when opened", async () => {
    const path = join(tempDir(), "store.db");
    const store = openTempStore({}, path);
    await store.ingest({ text: story });
    await store.ingest({ text: storyParagraphs(21).join("\n\n") });
    await store.close();
    const db = openDatabase(path);
    db.exec("DELETE FROM article_signatures; DELETE FROM signature_bands");
    const index = new NearDuplicateIndex(db);
    expect(rows(db)).toEqual({ signatures: 2, bands: 64 });
    expect(index.nearest(signature(lightlyEdited(story)))?.similarity).toBeGreaterThan(0.7);
    expect(index.nearest(signature(storyParagraphs(22).join("\n\n")))).toBeNull();
    db.close();
  });
});

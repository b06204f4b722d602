// kill -9 in the middle of `npm run ingest`: every article is then wholly in the store or absent, and the store
// builds a consistent graph.
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { openDatabase } from "../../server/store/schema.ts";
import { ArticleReader } from "../../server/store/read.ts";
import { loadState } from "../../server/store/load.ts";
import { buildGraph } from "../../server/graph/build.ts";
import { articleId } from "../../server/graph/articleId.ts";
import { fakeExtractor, generatedText, tempDir } from "../store/helpers.ts";

const ROOT = join(import.meta.dirname, "../..");
const TOTAL = 1500;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function storedCount(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return d.prepare("SELECT count(*) FROM articles").pluck().get() as number;
    } finally {
      d.close();
    }
  } catch {
    return 0; // not created yet, or its schema not yet written
  }
}

describe("kill -9 during ingest", () => {
  it("leaves each article whole or absent, and the next start builds a consistent graph", async () => {
    const dir = tempDir();
    const db = join(dir, "store.db");
    const texts = Array.from({ length: TOTAL }, (_, i) => `${generatedText(i)} Extra paragraph ${i} about Brussels and Geneva.`);
    writeFileSync(join(dir, "many.jsonl"), texts.map((text, i) => JSON.stringify({ text, title: `Article ${i}` })).join("\n"));

    // node itself with tsx's loader, not the tsx wrapper: SIGKILL must hit the process that writes.
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "server/ingest/cli.ts", "--db", db, "--workers", "2", "--extractor", "tests/ingest/fakeExtract.ts", join(dir, "many.jsonl")],
      { cwd: ROOT, env: { ...process.env, FAKE_EXTRACT_DELAY_MS: "4" }, stdio: "ignore" },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    const deadline = Date.now() + 90_000;
    while (storedCount(db) < 40 && Date.now() < deadline) await sleep(10);
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    const store = openDatabase(db);
    const reader = new ArticleReader(store);
    const stored = reader.list(TOTAL, 0);
    expect(stored.length).toBeGreaterThanOrEqual(40);
    expect(stored.length).toBeLessThan(TOTAL); // it was killed half-way

    // Every stored article has exactly what a fresh extraction of its text gives, nothing missing, nothing extra.
    const fresh = stored.map((a) => {
      const detail = reader.get(a.id)!;
      const expected = fakeExtractor(detail.text, { title: detail.title });
      expect(detail.entities).toEqual(expected.extraction.entities);
      expect(detail.relations.map(({ edge: _edge, ...r }) => r)).toEqual(expected.extraction.relations);
      expect(a.counts).toEqual({ entities: expected.extraction.entities.length, relations: expected.extraction.relations.length });
      return expected;
    });
    // No rows belong to an article that is not stored.
    for (const table of ["article_entities", "aliases", "mentions", "relations", "evidence"]) {
      const orphans = store.prepare(`SELECT count(*) FROM ${table} WHERE article NOT IN (SELECT id FROM articles)`).pluck().get();
      expect(orphans, table).toBe(0);
    }
    // The graph builds, and is the graph of the stored articles.
    expect(JSON.stringify(loadState(store).graph.export())).toBe(JSON.stringify(buildGraph(fresh).export()));
    store.close();

    // Running the ingest again completes the job: the stored articles count as duplicates.
    const ids = new Set(stored.map((a) => a.id));
    expect(texts.filter((t) => ids.has(articleId(t)))).toHaveLength(stored.length);
  });
});

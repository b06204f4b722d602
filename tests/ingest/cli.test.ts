import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openDatabase } from "../../server/store/schema.ts";
import { ArticleReader } from "../../server/store/read.ts";
import { loadState } from "../../server/store/load.ts";
import { buildGraph } from "../../server/graph/build.ts";
import { articleId } from "../../server/graph/articleId.ts";
import { fakeExtractor, generatedText, tempDir } from "../store/helpers.ts";

const ROOT = join(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");

function runIngest(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(TSX, ["server/ingest/cli.ts", "--extractor", "tests/ingest/fakeExtract.ts", "--json", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  const last = r.stdout.trim().split("\n").pop() ?? "";
  return { status: r.status, stderr: r.stderr, summary: last.startsWith("{") ? JSON.parse(last) : null };
}

describe("npm run ingest", () => {
  it("takes folders of .txt and .jsonl files through worker threads into the store, with metadata", () => {
    const dir = tempDir();
    const input = join(dir, "in");
    mkdirSync(join(input, "nested"), { recursive: true });
    for (let i = 0; i < 6; i++) writeFileSync(join(input, `a${i}.txt`), generatedText(i));
    writeFileSync(join(input, "nested", "dup.txt"), generatedText(0));
    writeFileSync(join(input, "ignored.md"), "not an article");
    const lines = [
      JSON.stringify({ text: generatedText(10), title: "Ten", date: "2025-03-01", source: "Wire", url: "https://example.org/10" }),
      "{ not json",
      JSON.stringify({ title: "no text" }),
      JSON.stringify({ text: "   " }),
      JSON.stringify({ text: `${generatedText(11)} FAIL-EXTRACTION` }),
      "",
      JSON.stringify({ text: generatedText(12) }),
    ];
    writeFileSync(join(input, "batch.jsonl"), lines.join("\n"));
    const db = join(dir, "store.db");

    const first = runIngest(["--db", db, "--workers", "2", input]);
    expect(first.status).toBe(2); // some lines failed
    expect(first.summary).toMatchObject({ articles: 13, added: 8, duplicates: 1, failures: 4 });
    expect(first.stderr).toMatch(/batch\.jsonl:2: not valid JSON/);
    expect(first.stderr).toMatch(/batch\.jsonl:5: extraction failed: fake extractor refuses/);
    // Not a terminal: plain progress lines, no bar.
    expect(first.stderr).toMatch(/^ingest: \d+\/13/m);
    expect(first.stderr).not.toContain("\r");

    const store = openDatabase(db);
    const reader = new ArticleReader(store);
    expect(reader.count()).toBe(8);
    expect(reader.get(articleId(generatedText(10)))).toMatchObject({ title: "Ten", date: "2025-03-01", source: "Wire", url: "https://example.org/10" });
    // Stored in input order (folder entries by name, lines in order).
    expect(reader.list(100, 0).map((a) => a.id)).toEqual(
      [0, 1, 2, 3, 4, 5, 10, 12].map((i) => articleId(generatedText(i))),
    );
    // The store's graph is the graph of these articles.
    const expected = buildGraph([0, 1, 2, 3, 4, 5, 10, 12].map((i) => fakeExtractor(generatedText(i), {})));
    expect(JSON.stringify(loadState(store).graph.export())).toBe(JSON.stringify(expected.export()));
    store.close();

    const again = runIngest(["--db", db, join(input, "a0.txt"), join(input, "a1.txt")]);
    expect(again.status).toBe(0);
    expect(again.summary).toMatchObject({ articles: 2, added: 0, duplicates: 2, failures: 0 });
  });

  it("exits 1 with usage on bad arguments", () => {
    const r = runIngest(["--workers", "zero", "x"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--workers must be/);
    expect(runIngest([]).stderr).toMatch(/usage: npm run ingest/);
  });
});

// `npm run ingest` with saved pages, feed files and links (to the test's own site on 127.0.0.1), and the same story
// twice: near-duplicates reported and not stored unless --keep-near-duplicates.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { tempDir } from "../store/helpers.ts";
import { send, startSite, type Site } from "../helpers/siteServer.ts";
import { atomFeed, frontPage, lightlyEdited, newsPage, paragraphsHtml, storyParagraphs } from "../helpers/newsPages.ts";

const ROOT = join(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");

function ingest(args: string[]): Promise<{ status: number | null; stderr: string; summary: Record<string, number> | null }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, ["server/ingest/cli.ts", "--extractor", "tests/ingest/fakeExtract.ts", "--workers", "1", "--json", ...args], {
      cwd: ROOT,
      env: { ...process.env, STANCEGRAPH_FETCH_PRIVATE: "1" },
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (status) => {
      const last = out.trim().split("\n").pop() ?? "";
      resolve({ status, stderr: err, summary: last.startsWith("{") ? JSON.parse(last) : null });
    });
  });
}

const rows = (db: string) => {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare("SELECT title, date, source, url, text FROM articles ORDER BY seq").all() as Record<string, string>[];
  } finally {
    d.close();
  }
};

let site: Site;
beforeAll(async () => {
  site = await startSite({ "/story": send(newsPage({ title: "Linked story", date: "2025-04-01", outlet: "Link Times", paragraphs: storyParagraphs(600), meta: "og" })) });
});
afterAll(() => site.close());

describe("npm run ingest with pages, feeds and links", { timeout: 120_000 }, () => {
  it("stores a saved page, a feed file's items and a linked page with their metadata; a page with no article fails alone", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "saved.html"), newsPage({ title: "Saved page", date: "2025-03-02", outlet: "Saved Herald", paragraphs: storyParagraphs(601) }));
    writeFileSync(join(dir, "front.htm"), frontPage());
    const entries = [0, 1].map((i) => ({ title: `Atom ${i}`, link: `https://news.example/atom/${i}`, date: "2025-03-03", html: paragraphsHtml(storyParagraphs(602 + i)) }));
    writeFileSync(join(dir, "wire.atom"), atomFeed("Atom Wire", entries));
    const db = join(dir, "store.db");
    const r = await ingest(["--db", db, join(dir, "saved.html"), join(dir, "front.htm"), join(dir, "wire.atom"), `${site.url}/story`]);
    expect(r.status).toBe(2);
    expect(r.summary).toMatchObject({ articles: 5, added: 4, failures: 1 });
    expect(r.stderr).toMatch(/front\.htm: The page has no article in it/);
    expect(rows(db).map(({ title, date, source, url }) => ({ title, date, source, url }))).toEqual([
      { title: "Saved page", date: "2025-03-02", source: "Saved Herald", url: null },
      { title: "Atom 0", date: "2025-03-03", source: "Atom Wire", url: "https://news.example/atom/0" },
      { title: "Atom 1", date: "2025-03-03", source: "Atom Wire", url: "https://news.example/atom/1" },
      { title: "Linked story", date: "2025-04-01", source: "Link Times", url: `${site.url}/story` },
    ]);
  });

  it("reports a near-duplicate and stores it only with --keep-near-duplicates; a dead link is a clear failure", async () => {
    const dir = tempDir();
    const story = storyParagraphs(610).join("\n\n");
    writeFileSync(join(dir, "a.txt"), story);
    writeFileSync(join(dir, "b.txt"), lightlyEdited(story));
    const db = join(dir, "store.db");
    const first = await ingest(["--db", db, dir]);
    expect(first.summary).toMatchObject({ added: 1, nearDuplicates: 1 });
    expect(first.stderr).toMatch(/b\.txt: a near-duplicate of article [0-9a-f]{16} \(similarity 0\.\d+\): not stored/);
    const kept = await ingest(["--db", db, "--keep-near-duplicates", dir]);
    expect(kept.summary).toMatchObject({ added: 1, duplicates: 1, nearDuplicates: 0 });
    expect(rows(db)).toHaveLength(2);
    const dead = await ingest(["--db", db, "http://127.0.0.1:9/nothing-here"]);
    expect(dead.status).toBe(2);
    expect(dead.stderr).toMatch(/Could not fetch http:\/\/127\.0\.0\.1:9\/nothing-here: the connection was refused/);
  });
});

// `npm run ingest -- --watch FOLDER` and `--follow FEED_URL --every …`: files taken once complete, a feed's items
// once, and Ctrl-C stopping cleanly between articles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { tempDir } from "../store/helpers.ts";
import { startSite, type Site } from "../helpers/siteServer.ts";
import { newsPage, paragraphsHtml, rssFeed, storyParagraphs } from "../helpers/newsPages.ts";

const ROOT = join(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Run {
  child: ChildProcess;
  stderr(): string;
  exit: Promise<{ code: number | null; stdout: string }>;
}

function ingest(args: string[]): Run {
  const child = spawn(TSX, ["server/ingest/cli.ts", "--extractor", "tests/ingest/fakeExtract.ts", "--workers", "1", "--json", ...args], {
    cwd: ROOT,
    // The test's own site on 127.0.0.1 is the only address fetched.
    env: { ...process.env, STANCEGRAPH_FETCH_PRIVATE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (err += d));
  const exit = new Promise<{ code: number | null; stdout: string }>((resolve) => child.on("exit", (code) => resolve({ code, stdout: out })));
  return { child, stderr: () => err, exit };
}

function stored(db: string): { text: string; title: string | null }[] {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return d.prepare("SELECT text, title FROM articles ORDER BY seq").all() as { text: string; title: string | null }[];
    } finally {
      d.close();
    }
  } catch {
    return [];
  }
}

async function until<T>(what: string, probe: () => T | null | undefined | false, run: Run, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${run.stderr()}`);
    await sleep(100);
  }
}

let site: Site;
beforeAll(async () => {
  const entries = Array.from({ length: 20 }, (_, i) => ({ title: `Item ${i}`, link: `https://news.example/item/${i}`, date: "2025-06-02", html: paragraphsHtml(storyParagraphs(400 + i)) }));
  site = await startSite({
    "/feed.xml": (req, res) => {
      if (req.headers["if-none-match"] === '"v1"') {
        res.writeHead(304);
        return res.end();
      }
      res.writeHead(200, { "Content-Type": "application/rss+xml", ETag: '"v1"' });
      res.end(rssFeed("Follow Wire", entries));
    },
  });
});
afterAll(() => site.close());

describe("npm run ingest, kept at it", { timeout: 120_000 }, () => {
  it("--watch takes a file written in two parts whole, once complete, and a dropped page; Ctrl-C stops cleanly", async () => {
    const dir = tempDir();
    const inbox = join(dir, "inbox");
    mkdirSync(inbox);
    const db = join(dir, "store.db");
    const run = ingest(["--db", db, "--watch", inbox, "--settle", "1500ms"]);
    await until("the watcher to start", () => run.stderr().includes("watching"), run);
    const [first, second] = [storyParagraphs(500).slice(0, 2).join("\n\n"), `\n\n${storyParagraphs(500).slice(2).join("\n\n")}`];
    writeFileSync(join(inbox, "story.txt"), first);
    await sleep(500);
    appendFileSync(join(inbox, "story.txt"), second);
    writeFileSync(join(inbox, "page.html.part"), "still downloading"); // a partial download is passed over
    writeFileSync(join(inbox, "page.html"), newsPage({ title: "Dropped page", date: "2025-06-05", outlet: "Herald", paragraphs: storyParagraphs(501) }));
    const rows = await until("both files stored", () => (stored(db).length >= 2 ? stored(db) : null), run);
    expect(rows.find((r) => r.text.startsWith(first))!.text).toBe(first + second);
    expect(rows.find((r) => r.title === "Dropped page")!.text.endsWith(storyParagraphs(501).join("\n\n"))).toBe(true);
    await sleep(2000); // another look at the folder: nothing is taken twice
    run.child.kill("SIGINT");
    const { code, stdout } = await run.exit;
    expect(code).toBe(0);
    expect(JSON.parse(stdout.trim().split("\n").pop()!)).toMatchObject({ added: 2, duplicates: 0, failures: 0 });
    expect(run.stderr()).toMatch(/stopping after the article in hand/);
    expect(stored(db)).toHaveLength(2);
  });

  it("--follow ingests a feed of 20 items once; the next polls (conditional GETs) add nothing", async () => {
    const db = join(tempDir(), "store.db");
    const run = ingest(["--db", db, "--follow", `${site.url}/feed.xml`, "--every", "1s"]);
    await until("20 articles", () => stored(db).length === 20, run);
    await until("two more polls", () => site.requests.filter((r) => r.headers["if-none-match"] === '"v1"').length >= 2, run);
    run.child.kill("SIGINT");
    const { code, stdout } = await run.exit;
    expect(code).toBe(0);
    expect(JSON.parse(stdout.trim().split("\n").pop()!)).toMatchObject({ added: 20, duplicates: 0, failures: 0 });
    expect(run.stderr()).toMatch(/not modified/);
    expect(stored(db)).toHaveLength(20);
  });
});

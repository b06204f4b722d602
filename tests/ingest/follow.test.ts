// Following a feed, against a local site on 127.0.0.1: a conditional GET every poll, only new items ingested, and
// items that carry no article fetched from their links.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { Ingester } from "../../server/ingest/run.ts";
import { FeedFollower } from "../../server/ingest/follow.ts";
import { addressPolicy } from "../../server/articles/addressPolicy.ts";
import { openDatabase } from "../../server/store/schema.ts";
import { ArticleReader } from "../../server/store/read.ts";
import { tempDir } from "../store/helpers.ts";
import { send, startSite, type Site } from "../helpers/siteServer.ts";
import { newsPage, paragraphsHtml, rssFeed, storyParagraphs, type FeedEntry } from "../helpers/newsPages.ts";

const EXTRACTOR = join(import.meta.dirname, "fakeExtract.ts");
const fetchOptions = { policy: addressPolicy("127.0.0.1") };
let site: Site;
let entries: FeedEntry[];

const withContent = (i: number): FeedEntry => ({ title: `Item ${i}`, link: `https://news.example/item/${i}`, date: "2025-06-02", html: paragraphsHtml(storyParagraphs(200 + i)) });

beforeAll(async () => {
  entries = Array.from({ length: 20 }, (_, i) => withContent(i));
  site = await startSite({
    // Answers 304 to the ETag it gave, as a feed server should.
    "/etag.xml": (req, res) => {
      const etag = `"${entries.length}"`;
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304);
        return res.end();
      }
      res.writeHead(200, { "Content-Type": "application/rss+xml", ETag: etag });
      res.end(rssFeed("Etag Wire", entries));
    },
    // Ignores conditional requests: the follower must tell new items from old ones itself.
    "/plain.xml": (_req, res) => send(rssFeed("Plain Wire", entries), "application/rss+xml")(_req, res),
  });
});
afterAll(() => site.close());

function open() {
  const db = join(tempDir(), "store.db");
  return { db, ingester: new Ingester({ dbPath: db, workers: 1, extractorModule: EXTRACTOR }) };
}

const storedTitles = (db: string) => {
  const d = openDatabase(db);
  try {
    return new ArticleReader(d).list(100, 0).map((a) => a.title);
  } finally {
    d.close();
  }
};

describe("following a feed", () => {
  it("ingests a feed of 20 items once; the second poll is a 304 and adds nothing", async () => {
    const { db, ingester } = open();
    try {
      const follower = new FeedFollower(`${site.url}/etag.xml`, ingester, fetchOptions);
      const first = await follower.poll();
      expect(first).toMatchObject({ notModified: false, items: 20, fresh: 20, counts: { added: 20, failures: 0 } });
      const second = await follower.poll();
      expect(second).toMatchObject({ notModified: true, counts: null });
      expect(site.requests.filter((r) => r.path === "/etag.xml").at(-1)!.headers["if-none-match"]).toBe('"20"');
    } finally {
      await ingester.close();
    }
    const titles = storedTitles(db);
    expect(titles).toHaveLength(20);
    expect(titles[0]).toBe("Item 0");
  });

  it("passes over items seen before when the server ignores conditional GET, and takes only the new one", async () => {
    const { db, ingester } = open();
    try {
      const follower = new FeedFollower(`${site.url}/plain.xml`, ingester, fetchOptions);
      expect((await follower.poll()).counts).toMatchObject({ added: 20 });
      expect(await follower.poll()).toMatchObject({ notModified: false, items: 20, fresh: 0, counts: { articles: 0 } });
      // A new item linking to its page (no content in the feed): its page is fetched.
      site.route("/new-story", send(newsPage({ title: "Page title", date: "2025-06-03", outlet: "Herald", paragraphs: storyParagraphs(300) })));
      entries = [{ title: "Item new", link: `${site.url}/new-story`, date: "2025-06-03", summary: "Short teaser." }, ...entries];
      expect(await follower.poll()).toMatchObject({ fresh: 1, counts: { added: 1 } });
      expect(site.hits.get("/new-story")).toBe(1);
    } finally {
      await ingester.close();
      entries = entries.slice(1);
    }
    const d = openDatabase(db);
    const reader = new ArticleReader(d);
    const newest = reader.list(100, 0).at(-1)!;
    // The item's title and date, the feed's title as source, the link as URL; the page's text.
    expect(newest).toMatchObject({ title: "Item new", date: "2025-06-03", source: "Plain Wire", url: `${site.url}/new-story` });
    const text = reader.get(newest.id)!.text;
    expect(text.endsWith(storyParagraphs(300).join("\n\n"))).toBe(true);
    expect(text).not.toMatch(/cookies|Subscribe|Copyright/);
    d.close();
  });
});

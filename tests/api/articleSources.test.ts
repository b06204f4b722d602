// POST /api/articles with web pages, links and feeds, against a local site on 127.0.0.1: what is stored, what the
// page's metadata gives, near-duplicates, the same URL twice, and every bad input a 400 that stores nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createApp } from "../../server/api/app.ts";
import { responses, schemas } from "../../server/api/openapi.ts";
import { articleId } from "../../server/graph/articleId.ts";
import { openTempStore, tableCounts } from "../store/helpers.ts";
import { freePort } from "../helpers/browser.ts";
import { send, startSite, type Site } from "../helpers/siteServer.ts";
import { BOILERPLATE_WORDS, frontPage, lightlyEdited, newsPage, paragraphsHtml, rssFeed, storyParagraphs } from "../helpers/newsPages.ts";

let site: Site;
const savedEnv = process.env.STANCEGRAPH_FETCH_PRIVATE;
const page = (i: number, meta: "jsonld" | "og" = "jsonld", url?: string) =>
  newsPage({ title: `Story ${i}`, date: `2025-05-${String(10 + i).padStart(2, "0")}`, outlet: "Lakeside Herald", url, paragraphs: storyParagraphs(i), meta });
const feedEntries = Array.from({ length: 20 }, (_, i) => ({ title: `Item ${i}`, link: `https://news.example/item/${i}`, date: "2025-06-01", html: paragraphsHtml(storyParagraphs(100 + i)) }));

beforeAll(async () => {
  site = await startSite({
    "/story": send(page(1, "og")),
    "/front": send(frontPage()),
    "/feed.xml": send(rssFeed("Lakeside Herald: World", feedEntries), "application/rss+xml"),
    "/huge": send(`<html><body><p>${"word ".repeat(1_200_000)}</p></body></html>`),
    "/to-private": (_req, res) => {
      res.writeHead(302, { Location: "http://10.1.2.3/internal" });
      res.end();
    },
  });
  // The tests fetch from their own site on 127.0.0.1, and nothing else.
  process.env.STANCEGRAPH_FETCH_PRIVATE = "127.0.0.1";
});
afterAll(async () => {
  if (savedEnv === undefined) delete process.env.STANCEGRAPH_FETCH_PRIVATE;
  else process.env.STANCEGRAPH_FETCH_PRIVATE = savedEnv;
  await site.close();
});

function setup() {
  const store = openTempStore();
  return { store, app: createApp(store, { store }) };
}

describe("POST /api/articles: pages, links, feeds", () => {
  it("stores a page's main text, without its menu, cookie banner or footer, under the page's own metadata", async () => {
    const { app } = setup();
    const res = await request(app).post("/api/articles").set("Content-Type", "text/html").send(page(2, "jsonld", "https://news.example/2")).expect(201);
    expect(res.body.article).toMatchObject({ title: "Story 2", date: "2025-05-12", source: "Lakeside Herald" });
    const stored = await request(app).get(`/api/articles/${res.body.article.id}`).expect(200);
    const { text, url, relations } = stored.body.article;
    expect(url).toBe("https://news.example/2");
    expect(text.endsWith(storyParagraphs(2).join("\n\n"))).toBe(true);
    for (const word of BOILERPLATE_WORDS) expect(text).not.toContain(word);
    // Evidence offsets count in the stored text.
    for (const r of relations) for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(res.body.article.id).toBe(articleId(text));
  });

  it("takes a pasted page as JSON html, the caller's fields winning over the page's", async () => {
    const { app } = setup();
    const res = await request(app).post("/api/articles").send({ html: page(3), title: "Given title", source: "Given desk" }).expect(201);
    expect(res.body.article).toMatchObject({ title: "Given title", date: "2025-05-13", source: "Given desk" });
  });

  it("fetches a link, and the same URL twice is one article", async () => {
    const { app, store } = setup();
    const first = await request(app).post("/api/articles").send({ url: `${site.url}/story` }).expect(201);
    expect(first.body.article).toMatchObject({ title: "Story 1", date: "2025-05-11", source: "Lakeside Herald" });
    const again = await request(app).post("/api/articles").send({ url: `${site.url}/story#comments` }).expect(200);
    expect(again.body).toMatchObject({ duplicate: true, article: { id: first.body.article.id } });
    // The same URL given beside another text is the same article too.
    const sameUrl = await request(app).post("/api/articles").send({ text: storyParagraphs(40).join("\n\n"), url: `${site.url}/story` }).expect(200);
    expect(sameUrl.body).toMatchObject({ duplicate: true, article: { id: first.body.article.id } });
    expect(store.reader.count()).toBe(1);
  });

  it("ingests a feed of 20 items once; posting it again adds nothing", async () => {
    const { app, store } = setup();
    const res = await request(app).post("/api/articles").send({ url: `${site.url}/feed.xml` }).expect(201);
    expect(res.body.feed).toEqual({ title: "Lakeside Herald: World", url: `${site.url}/feed.xml`, items: 20 });
    expect(res.body.results.filter((r: { duplicate?: boolean }) => r.duplicate === false)).toHaveLength(20);
    expect(res.body.results[4]).toMatchObject({ origin: "https://news.example/item/4", article: { title: "Item 4", date: "2025-06-01", source: "Lakeside Herald: World" } });
    expect(responses.feedIngest.safeParse(res.body).success).toBe(true);
    const again = await request(app).post("/api/articles").send({ url: `${site.url}/feed.xml` }).expect(200);
    expect(again.body.results.every((r: { duplicate?: boolean }) => r.duplicate === true)).toBe(true);
    expect(store.reader.count()).toBe(20);
    // The feed posted as the body: the same items, nothing new.
    const posted = await request(app).post("/api/articles").set("Content-Type", "application/rss+xml").send(rssFeed("Lakeside Herald: World", feedEntries)).expect(200);
    expect(posted.body.results).toHaveLength(20);
    expect(store.reader.count()).toBe(20);
  });

  it("reports a near-duplicate with duplicateOf and similarity and keeps it out, unless asked to keep it", async () => {
    const { app, store } = setup();
    const story = storyParagraphs(7).join("\n\n");
    const first = await request(app).post("/api/articles").send({ text: story, source: "Wire A" }).expect(201);
    const near = await request(app).post("/api/articles").send({ text: lightlyEdited(story), source: "Wire B" }).expect(200);
    expect(near.body).toMatchObject({ duplicate: true, duplicateOf: first.body.article.id, added: { nodes: [], edges: [] } });
    expect(responses.ingest.safeParse(near.body).success).toBe(true);
    expect(near.body.similarity).toBeGreaterThanOrEqual(0.7);
    expect(near.body.similarity).toBeLessThan(1);
    expect(store.reader.count()).toBe(1);
    expect(store.current().articles.size).toBe(1);
    const kept = await request(app).post("/api/articles?keepNearDuplicates=true").send({ text: lightlyEdited(story) }).expect(201);
    expect(kept.body).toMatchObject({ duplicate: false, duplicateOf: first.body.article.id });
    expect(store.current().articles.size).toBe(2);
    const listed = await request(app).get("/api/articles").expect(200);
    expect(responses.articleList.safeParse(listed.body).success).toBe(true);
    expect(listed.body.articles.map((a: { duplicateOf: string | null }) => a.duplicateOf)).toEqual([null, first.body.article.id]);
    const detail = await request(app).get(`/api/articles/${kept.body.article.id}`).expect(200);
    expect(detail.body.article).toMatchObject({ duplicateOf: first.body.article.id, similarity: kept.body.similarity });
  });

  it("previews what a link holds without storing it", async () => {
    const { app, store } = setup();
    const res = await request(app).post("/api/articles/preview").send({ url: `${site.url}/story` }).expect(200);
    expect(res.body).toMatchObject({ kind: "article", article: { title: "Story 1", date: "2025-05-11", source: "Lakeside Herald", url: `${site.url}/story` } });
    expect(res.body.article.excerpt).toBe(storyParagraphs(1).join("\n\n").slice(0, 400));
    const feed = await request(app).post("/api/articles/preview").send({ url: `${site.url}/feed.xml` }).expect(200);
    expect(feed.body.feed.items).toHaveLength(20);
    for (const body of [res.body, feed.body]) expect(responses.preview.safeParse(body).success).toBe(true);
    expect(store.reader.count()).toBe(0);
  });

  it("answers bad input with a 400 that says what is wrong, and stores nothing", async () => {
    const { app, store } = setup();
    const before = tableCounts(store);
    const closed = await freePort();
    const cases: [object | string, string, string][] = [
      [{ url: `${site.url}/front` }, "not_an_article", "no article"],
      [{ html: frontPage() }, "not_an_article", "no article"],
      [{ url: `${site.url}/to-private` }, "fetch_refused", "10.1.2.3"],
      [{ url: `${site.url}/huge` }, "too_large", "larger than"],
      [{ url: `http://127.0.0.1:${closed}/gone` }, "fetch_failed", "connection was refused"],
      [{ url: `${site.url}/missing` }, "fetch_failed", "answered 404"],
      [{ text: "x", html: "<p>y</p>" }, "bad_request", "not both"],
    ];
    for (const [body, code, words] of cases) {
      const res = await request(app).post("/api/articles").send(body).expect(400);
      expect(res.body.error.code, JSON.stringify(body).slice(0, 60)).toBe(code);
      expect(res.body.error.message).toContain(words);
      expect(schemas.Error.safeParse(res.body).success).toBe(true);
    }
    const binary = await request(app).post("/api/articles").set("Content-Type", "text/html").send("\u0000\u0001\u0002PNG\u0000").expect(400);
    expect(binary.body.error.message).toMatch(/binary/);
    const malformed = await request(app).post("/api/articles").set("Content-Type", "text/html").send("<html><body><div><p>Too short</span></b>").expect(400);
    expect(malformed.body.error.code).toBe("not_an_article");
    expect(tableCounts(store)).toEqual(before);
  });
});

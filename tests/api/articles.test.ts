import { describe, expect, it, vi } from "vitest";
import request from "supertest";
import { join } from "node:path";
import { createApp } from "../../server/api/app.ts";
import { exposureWarning, tokenMatches } from "../../server/api/auth.ts";
import { GraphStore } from "../../server/store/graphStore.ts";
import { buildGraph } from "../../server/graph/build.ts";
import { layoutGraph } from "../../server/graph/layout.ts";
import { articleA, articleB } from "../helpers/fixtures.ts";
import { fakeExtractor, generatedText, openTempStore, tableCounts, tempDir } from "../store/helpers.ts";

function setup(options: { token?: string; bodyLimit?: string; store?: GraphStore } = {}) {
  const store = options.store ?? openTempStore();
  return { store, app: createApp(store, { store, token: options.token, bodyLimit: options.bodyLimit }) };
}

const json = (a: typeof articleA) => ({ text: a.record.text, title: a.record.title, date: a.record.date, source: a.record.source });

describe("POST /api/articles", () => {
  it("takes text/plain, answers 201 with the article and what it added, and the graph shows it", async () => {
    const { app } = setup();
    const res = await request(app).post("/api/articles").set("Content-Type", "text/plain").send(articleA.record.text).expect(201);
    expect(res.body).toMatchObject({ article: { id: articleA.record.id }, duplicate: false });
    expect(res.body.added.nodes.sort()).toEqual(articleA.extraction.entities.map((e) => e.id).sort());
    expect(res.body.added.edges).toHaveLength(3);
    const graph = await request(app).get("/api/graph").expect(200);
    expect(graph.body.nodes.map((n: { key: string }) => n.key).sort()).toEqual(res.body.added.nodes.sort());
  });

  it("takes JSON with metadata; a second article merges into the shared nodes", async () => {
    const { app } = setup();
    await request(app).post("/api/articles").send(json(articleA)).expect(201);
    const res = await request(app).post("/api/articles").send({ ...json(articleB), url: "https://example.org/b" }).expect(201);
    expect(res.body.article).toEqual({ id: articleB.record.id, title: "Vale rejects demand", date: "2025-01-02", source: "Test Wire" });
    expect(res.body.added.nodes.sort()).toEqual(["location:lakeside", "person:omar-vale"]);
    const node = await request(app).get("/api/nodes/person:anna-berg").expect(200);
    expect(node.body.node.articles).toEqual([articleA.record.id, articleB.record.id].sort());
  });

  it("answers the same text twice with 200 and duplicate: true, storing it once", async () => {
    const { app, store } = setup();
    const first = await request(app).post("/api/articles").set("Content-Type", "text/plain").send(generatedText(1)).expect(201);
    const again = await request(app).post("/api/articles").send({ text: generatedText(1), title: "Another" }).expect(200);
    expect(again.body).toEqual({ article: first.body.article, added: { nodes: [], edges: [] }, duplicate: true });
    expect(store.reader.count()).toBe(1);
  });

  it("rejects bad fields with 400 naming the field", async () => {
    const { app, store } = setup();
    const cases: [unknown, string][] = [
      [{}, "text"],
      [{ text: 42 }, "text"],
      [{ text: "Some text here.", date: "yesterday" }, "date"],
      [{ text: "Some text here.", date: "2025-02-30x" }, "date"],
      // Days Date.parse rolls over into the next month (was stored as given, and no from/to could name it).
      [{ text: "Some text here.", date: "2025-02-30" }, "date"],
      [{ text: "Some text here.", date: "2025-02-29T12:00:00Z" }, "date"],
      [{ text: "Some text here.", date: "2025-04-31" }, "date"],
      [{ text: "Some text here.", url: "javascript:alert(1)" }, "url"],
      [{ text: "Some text here.", title: 7 }, "title"],
      [{ text: "Some text here.", colour: "red" }, "colour"],
    ];
    for (const [body, field] of cases) {
      const res = await request(app).post("/api/articles").send(body as object).expect(400);
      expect(res.body.error).toMatchObject({ code: "bad_request", field });
    }
    expect(store.reader.count()).toBe(0);
    const leap = await request(app).post("/api/articles").send({ text: "Some text here.", date: "2024-02-29T23:30:00-05:00" }).expect(201);
    expect(leap.body.article.date).toBe("2024-02-29T23:30:00-05:00");
  });

  it("rejects empty, whitespace-only and binary text with a clear message", async () => {
    const { app, store } = setup();
    const cases: [string, RegExp][] = [
      ["", /empty/],
      [" \n\t  ", /empty/],
      ["Hello\u0000world", /NUL/],
      ["\u0001\u0002\u0003\u0004\u0005 abc", /binary/],
    ];
    for (const [text, message] of cases) {
      for (const send of [(r: request.Test) => r.send({ text }), (r: request.Test) => r.set("Content-Type", "text/plain").send(text)]) {
        const res = await send(request(app).post("/api/articles")).expect(400);
        expect(res.body.error.field).toBe("text");
        expect(res.body.error.message).toMatch(message);
      }
    }
    expect(store.reader.count()).toBe(0);
  });

  it("answers 413 for a body over the limit (5 MB by default)", async () => {
    const { app } = setup();
    const big = "word ".repeat(1_100_000);
    const res = await request(app).post("/api/articles").set("Content-Type", "text/plain").send(big).expect(413);
    expect(res.body.error.code).toBe("payload_too_large");
    const small = setup({ bodyLimit: "1kb" });
    await request(small.app).post("/api/articles").send({ text: "x ".repeat(1000) }).expect(413);
    expect(small.store.reader.count()).toBe(0);
  });

  it("answers 400 for malformed JSON and 415 for other content types", async () => {
    const { app } = setup();
    const bad = await request(app).post("/api/articles").set("Content-Type", "application/json").send('{"text": "abc"').expect(400);
    expect(bad.body.error.code).toBe("malformed_json");
    const other = await request(app).post("/api/articles").set("Content-Type", "application/octet-stream").send(Buffer.from("abc")).expect(415);
    expect(other.body.error.code).toBe("unsupported_media_type");
  });

  it("a failing extractor answers 500 and leaves the store and the graph as they were", async () => {
    let fail = false;
    const store = openTempStore({ extract: (t, g) => { if (fail) throw new Error("boom"); return fakeExtractor(t, g); } });
    const { app } = setup({ store });
    await request(app).post("/api/articles").send(json(articleA)).expect(201);
    const graphBefore = (await request(app).get("/api/graph")).body;
    const counts = tableCounts(store);
    fail = true;
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = await request(app).post("/api/articles").send(json(articleB)).expect(500);
    expect(res.body.error.code).toBe("ingest_failed");
    expect(String(logged.mock.calls[0]?.[1])).toContain("boom"); // the cause is logged for the operator
    logged.mockRestore();
    expect(tableCounts(store)).toEqual(counts);
    expect((await request(app).get("/api/graph")).body).toEqual(graphBefore);
    // The server goes on serving, and the next ingest works.
    fail = false;
    await request(app).post("/api/articles").send(json(articleB)).expect(201);
  });

  it("loses nothing when ten different articles arrive at once", async () => {
    const { app, store } = setup();
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => request(app).post("/api/articles").set("Content-Type", "text/plain").send(generatedText(200 + i))),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(store.reader.count()).toBe(10);
    const list = await request(app).get("/api/articles").query({ limit: 1000 }).expect(200);
    expect(list.body.articles).toHaveLength(10);
  });
});

describe("GET /api/articles", () => {
  it("lists articles in the order they were added, with counts, and pages", async () => {
    const { app } = setup();
    await request(app).post("/api/articles").send(json(articleB)).expect(201);
    await request(app).post("/api/articles").send(json(articleA)).expect(201);
    const res = await request(app).get("/api/articles").expect(200);
    expect(res.body.total).toBe(2);
    expect(res.body.articles.map((a: { id: string }) => a.id)).toEqual([articleB.record.id, articleA.record.id]);
    expect(res.body.articles[1]).toMatchObject({ title: "Berg urges Sylvania", counts: { entities: 4, relations: 3 } });
    const page = await request(app).get("/api/articles").query({ limit: 1, offset: 1 }).expect(200);
    expect(page.body.articles.map((a: { id: string }) => a.id)).toEqual([articleA.record.id]);
    const bad = await request(app).get("/api/articles").query({ limit: 0 }).expect(400);
    expect(bad.body.error.field).toBe("limit");
  });

  it("gives one article's text, metadata, entities and relations; 404 for an unknown id", async () => {
    const { app } = setup();
    await request(app).post("/api/articles").send({ ...json(articleA), url: "https://example.org/a" }).expect(201);
    const res = await request(app).get(`/api/articles/${articleA.record.id}`).expect(200);
    expect(res.body.article).toMatchObject({ id: articleA.record.id, text: articleA.record.text, url: "https://example.org/a", date: "2025-01-02" });
    expect(res.body.article.entities).toEqual(articleA.extraction.entities);
    expect(res.body.article.relations.map((r: { edge: string }) => r.edge)).toContain("person:anna-berg|holds_position|country:freedonia");
    for (const id of ["0123456789abcdef", "not-an-id"]) {
      const missing = await request(app).get(`/api/articles/${id}`).expect(404);
      expect(missing.body.error.code).toBe("not_found");
    }
  });
});

describe("DELETE /api/articles/:id", () => {
  it("removes the article and what only it supported: the graph equals the graph built without it", async () => {
    const { app, store } = setup();
    await request(app).post("/api/articles").send(json(articleA)).expect(201);
    await request(app).post("/api/articles").send(json(articleB)).expect(201);
    const res = await request(app).delete(`/api/articles/${articleB.record.id}`).expect(200);
    expect(res.body.removed.nodes.sort()).toEqual(["location:lakeside", "person:omar-vale"]);
    const expected = buildGraph([articleA]);
    layoutGraph(expected);
    await store.settled();
    const { articles, resolved, ...graph } = (await request(app).get("/api/graph")).body;
    expect(graph).toEqual(JSON.parse(JSON.stringify(expected.export())));
    expect(Object.keys(articles)).toEqual([articleA.record.id]);
    expect(resolved).toEqual({});
    await request(app).get(`/api/articles/${articleB.record.id}`).expect(404);
    await request(app).delete(`/api/articles/${articleB.record.id}`).expect(404);
  });
});

describe("restart", () => {
  it("a store reopened on the same file serves the same graph and articles", async () => {
    const path = join(tempDir(), "restart.db");
    const first = GraphStore.open(path, { extract: fakeExtractor });
    const app1 = createApp(first, { store: first });
    await request(app1).post("/api/articles").send(json(articleA)).expect(201);
    await request(app1).post("/api/articles").set("Content-Type", "text/plain").send(generatedText(5)).expect(201);
    await first.settled();
    const graph = (await request(app1).get("/api/graph")).body;
    const list = (await request(app1).get("/api/articles")).body;
    await first.close();

    const second = GraphStore.open(path, { extract: fakeExtractor });
    const app2 = createApp(second, { store: second });
    expect((await request(app2).get("/api/graph")).body).toEqual(graph);
    expect((await request(app2).get("/api/articles")).body).toEqual(list);
    await second.close();
  });
});

describe("auth", () => {
  it("needs the bearer token for writes when one is set; reads stay open", async () => {
    const { app, store } = setup({ token: "s3cret-token" });
    for (const headers of [{}, { Authorization: "Bearer wrong" }, { Authorization: "Basic czNjcmV0LXRva2Vu" }]) {
      const res = await request(app).post("/api/articles").set(headers).send(json(articleA)).expect(401);
      expect(res.body.error.code).toBe("unauthorized");
      expect(res.headers["www-authenticate"]).toMatch(/^Bearer/);
    }
    expect(store.reader.count()).toBe(0);
    await request(app).post("/api/articles").set("Authorization", "Bearer s3cret-token").send(json(articleA)).expect(201);
    await request(app).get("/api/articles").expect(200);
    await request(app).get("/api/graph").expect(200);
    await request(app).delete(`/api/articles/${articleA.record.id}`).expect(401);
    await request(app).delete(`/api/articles/${articleA.record.id}`).set("Authorization", "Bearer s3cret-token").expect(200);
  });

  it("compares tokens exactly and warns about an exposed server without one", () => {
    expect(tokenMatches("abc", "abc")).toBe(true);
    expect(tokenMatches("abc", "abcd")).toBe(false);
    expect(exposureWarning("0.0.0.0", null)).toMatch(/STANCEGRAPH_TOKEN/);
    expect(exposureWarning("192.168.1.4", null)).toMatch(/without/);
    expect(exposureWarning("0.0.0.0", "t")).toBeNull();
    for (const host of ["127.0.0.1", "localhost", "::1", "[::1]"]) expect(exposureWarning(host, null)).toBeNull();
  });
});

describe("security headers", () => {
  it("sends a Content-Security-Policy that fits the client, and helmet's other headers", async () => {
    const { app } = setup();
    const res = await request(app).get("/api/articles").expect(200);
    const csp = res.headers["content-security-policy"];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("connect-src 'self'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
  });
});

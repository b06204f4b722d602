import { describe, expect, it } from "vitest";
import request from "supertest";
import { createApp } from "../../server/api/app.ts";
import { buildState } from "../../server/graph/build.ts";
import { layoutGraph } from "../../server/graph/layout.ts";
import type { GraphState } from "../../server/api/state.ts";
import { articleA, articleB } from "../helpers/fixtures.ts";
import { generatedText, openTempStore } from "../store/helpers.ts";
import { extractArticle } from "../../server/graph/article.ts";
import { readArticleFolder } from "../../server/graph/folder.ts";
import { responses } from "../../server/api/openapi.ts";
import { fileURLToPath } from "node:url";

const state: GraphState = buildState([articleA, articleB]);
const { graph } = state;
layoutGraph(graph);
const app = createApp({ current: () => state });

describe("while the store is first read", () => {
  it("answers reads 503 loading with Retry-After, and the OpenAPI document at once", async () => {
    let loading = true;
    const starting = createApp({ current: () => state, loading: () => loading });
    for (const url of ["/api/graph", "/api/nodes?q=berg", `/api/nodes/${encodeURIComponent("person:anna-berg")}`, "/api/stats"]) {
      const res = await request(starting).get(url).expect(503);
      expect(res.body.error.code).toBe("loading");
      expect(res.headers["retry-after"]).toBe("2");
    }
    await request(starting).get("/api/openapi.json").expect(200);
    loading = false;
    expect((await request(starting).get("/api/graph").expect(200)).body.nodes.length).toBe(graph.order);
  });
});

describe("GET /api/graph", () => {
  it("answers the whole graph in graphology's serialized form with positions", async () => {
    const res = await request(app).get("/api/graph").expect(200);
    expect(res.body.nodes).toHaveLength(graph.order);
    expect(res.body.edges).toHaveLength(graph.size);
    const berg = res.body.nodes.find((n: { key: string }) => n.key === "person:anna-berg");
    expect(berg.attributes).toMatchObject({ kind: "person", label: "Anna Berg" });
    expect(typeof berg.attributes.x).toBe("number");
  });
  it("carries every article's date beside the graph", async () => {
    const res = await request(app).get("/api/graph").expect(200);
    expect(res.body.articles).toEqual({ [articleA.record.id]: articleA.record.date, [articleB.record.id]: articleB.record.date });
  });
  it("carries the dates of more articles than one page of /api/articles holds", async () => {
    const store = openTempStore({ layout: "off" });
    try {
      const n = 1005;
      const texts = Array.from({ length: n }, (_, i) => ({ text: generatedText(i), date: `2020-01-${String((i % 28) + 1).padStart(2, "0")}` }));
      await store.ingestMany(texts);
      const res = await request(createApp(store, { store })).get("/api/graph").expect(200);
      const dates = res.body.articles as Record<string, string | null>;
      expect(Object.keys(dates)).toHaveLength(store.current().articles.size);
      expect(Object.keys(dates).length).toBeGreaterThan(1000);
      for (const [id, a] of store.current().articles) expect(dates[id]).toBe(a.date);
      // Every article an edge cites has its date: the client's date filter needs nothing else.
      for (const e of res.body.edges as { attributes: { articles: string[] } }[]) for (const a of e.attributes.articles) expect(dates[a]).toMatch(/^2020-01-/);
    } finally {
      await store.close();
    }
  });
});

describe("GET /api/nodes?q=", () => {
  it("finds by alias, case- and accent-insensitively", async () => {
    const res = await request(app).get("/api/nodes").query({ q: "VÀLE" }).expect(200);
    expect(res.body.results[0]).toMatchObject({ id: "person:omar-vale", kind: "person" });
  });
  it("filters by kind and limits", async () => {
    const res = await request(app).get("/api/nodes").query({ q: "a", kind: "country", limit: 1 }).expect(200);
    expect(res.body.results).toHaveLength(1);
    expect(res.body.results[0].kind).toBe("country");
  });
  it("rejects a bad limit, kind or an over-long query with 400 naming the field", async () => {
    const bad = [{ q: "a", limit: "0" }, { q: "a", limit: "x" }, { q: "a", kind: "planet" }, { q: "x".repeat(201) }];
    for (const query of bad) {
      const res = await request(app).get("/api/nodes").query(query).expect(400);
      expect(res.body.error.code).toBe("bad_request");
      expect(typeof res.body.error.field).toBe("string");
    }
  });
  it("rejects a repeated parameter with 400", async () => {
    const res = await request(app).get("/api/nodes?q=a&q=b").expect(400);
    expect(res.body.error.field).toBe("q");
  });
});

describe("GET /api/nodes/:id", () => {
  it("gives the node, its edges with evidence, its mentions in their sentences and the articles cited", async () => {
    const res = await request(app).get(`/api/nodes/${encodeURIComponent("person:anna-berg")}`).expect(200);
    expect(res.body.node).toMatchObject({ id: "person:anna-berg", kind: "person", label: "Anna Berg" });
    const held = res.body.edges.find((e: { type: string }) => e.type === "holds_position");
    expect(held).toMatchObject({ target: "country:freedonia", targetLabel: "Freedonia", title: "Chancellor" });
    for (const m of res.body.mentions) {
      const text = state.articles.get(m.article)!.text;
      expect(m.sentence.text).toBe(text.slice(m.sentence.start, m.sentence.end));
      expect(m.sentence.start <= m.start && m.end <= m.sentence.end).toBe(true);
    }
    expect(Object.keys(res.body.articles).sort()).toEqual([articleA.record.id, articleB.record.id].sort());
    expect(res.body.articles[articleA.record.id].title).toBe("Berg urges Sylvania");
  });
  it("stops each list at limit, keeping the strongest edges, and says how many there are", async () => {
    const id = "person:anna-berg";
    const all = (await request(app).get(`/api/nodes/${encodeURIComponent(id)}`).expect(200)).body;
    expect(all.truncated).toBe(false);
    expect(all.totals).toEqual({ edges: graph.edges(id).length, mentions: all.mentions.length, quotes: 0 });
    expect(all.mentions.length).toBe(graph.getNodeAttribute(id, "mentionCount"));
    expect(all.edges.length).toBeGreaterThan(1);
    const res = await request(app).get(`/api/nodes/${encodeURIComponent(id)}?limit=1`).expect(200);
    expect(res.body.truncated).toBe(true);
    expect(res.body.totals).toEqual(all.totals);
    expect(res.body.mentions).toEqual(all.mentions.slice(0, 1));
    const strongest = Math.max(...all.edges.map((e: { evidence: unknown[] }) => e.evidence.length));
    expect(res.body.edges).toHaveLength(1);
    expect(res.body.edges[0]).toEqual(all.edges.find((e: { evidence: unknown[] }) => e.evidence.length === strongest));
    const bad = await request(app).get(`/api/nodes/${encodeURIComponent(id)}?limit=0`).expect(400);
    expect(bad.body.error.field).toBe("limit");
  });
  it("answers no quotes for a state built without a store", async () => {
    const res = await request(app).get(`/api/nodes/${encodeURIComponent("person:anna-berg")}`).expect(200);
    expect(res.body.quotes).toEqual([]);
  });
  it("answers 404 as JSON for an unknown node", async () => {
    const res = await request(app).get("/api/nodes/person:nobody").expect(404);
    expect(res.body.error.code).toBe("not_found");
  });
});

describe("GET /api/nodes/:id/neighbors", () => {
  it("gives the ego subgraph to the asked depth", async () => {
    const one = await request(app).get("/api/nodes/person:omar-vale/neighbors").expect(200);
    expect(one.body.graph.nodes.map((n: { key: string }) => n.key).sort()).toEqual(["country:sylvania", "person:omar-vale"]);
    const two = await request(app).get("/api/nodes/person:omar-vale/neighbors?depth=2").expect(200);
    expect(two.body.depth).toBe(2);
    expect(two.body.graph.nodes.some((n: { key: string }) => n.key === "person:anna-berg")).toBe(true);
  });
  it("rejects a depth outside 1..3 and an unknown node", async () => {
    expect((await request(app).get("/api/nodes/person:omar-vale/neighbors?depth=4").expect(400)).body.error.field).toBe("depth");
    await request(app).get("/api/nodes/nobody/neighbors").expect(404);
  });
});

describe("quotes", { timeout: 60_000 }, () => {
  // The embedded seed article through the real extractor and the store: Zelensky is quoted in it.
  const seed = readArticleFolder(fileURLToPath(new URL("../../data/articles", import.meta.url)))[0];
  const ZELENSKY = "person:volodymyr-zelensky";

  async function seededApp() {
    const store = openTempStore({ extract: extractArticle, layout: "off" });
    const { article } = await store.ingest({ text: seed.text });
    return { store, article, app: createApp(store, { store }) };
  }

  it("lists every quote whose speaker is the node, with its words, sentence and article", async () => {
    const { store, article, app } = await seededApp();
    try {
      const res = await request(app).get(`/api/nodes/${encodeURIComponent(ZELENSKY)}`).expect(200);
      const expected = store.reader.get(article.id)!.quotes.filter((q) => q.speaker === ZELENSKY);
      expect(expected.length).toBeGreaterThan(0);
      expect(res.body.quotes).toHaveLength(expected.length);
      for (const q of res.body.quotes) {
        expect(q.article).toBe(article.id);
        expect(q.text).toBe(seed.text.slice(q.start, q.end));
        expect(expected.some((e) => e.content.start === q.start && e.content.end === q.end && e.direct === q.direct)).toBe(true);
        expect(q.cue.text).toBe(seed.text.slice(q.cue.start, q.cue.end));
        expect(q.sentence.text).toBe(seed.text.slice(q.sentence.start, q.sentence.end));
        expect(q.sentence.start <= q.start && q.end <= q.sentence.end).toBe(true);
      }
      expect(res.body.quotes.some((q: { direct: boolean }) => q.direct)).toBe(true);
      expect(responses.node.safeParse(res.body).success).toBe(true);
      expect(res.body.articles[article.id]).toMatchObject({ id: article.id, date: article.date, source: article.source });
      // Someone else's quotes are not his.
      const other = store.reader.get(article.id)!.quotes.find((q) => q.speaker && q.speaker !== ZELENSKY)!;
      expect(res.body.quotes.some((q: { start: number }) => q.start === other.content.start)).toBe(false);
    } finally {
      await store.close();
    }
  });

  it("answers each stance with the holder's quotes that lie in its evidence", async () => {
    const { store, app } = await seededApp();
    try {
      const res = await request(app).get("/api/stances").query({ holder: ZELENSKY }).expect(200);
      const quoted = res.body.stances.filter((s: { quotes: unknown[] }) => s.quotes.length > 0);
      expect(quoted.length).toBeGreaterThan(0);
      expect(responses.stances.safeParse(res.body).success).toBe(true);
      for (const s of res.body.stances as { evidence: { article: string; start: number; end: number }[]; quotes: { article: string; start: number; end: number }[] }[]) {
        for (const q of s.quotes) {
          expect(s.evidence.some((e) => e.article === q.article && q.start < e.end && e.start < q.end)).toBe(true);
        }
      }
    } finally {
      await store.close();
    }
  });

  it("takes quotes from a lookup when the state has no store", async () => {
    const text = articleA.record.text;
    const at = text.indexOf("stop attacks");
    const cue = text.indexOf("urged");
    const lookup = (id: string) =>
      id === articleA.record.id
        ? [
            { speaker: "person:anna-berg", speakerSpan: null, cue: { start: cue, end: cue + 5 }, content: { start: at, end: at + 12 }, direct: false },
            { speaker: "country:sylvania", speakerSpan: null, cue: { start: cue, end: cue + 5 }, content: { start: 0, end: 10 }, direct: true },
          ]
        : [];
    const withQuotes = createApp({ current: () => state }, { quotes: lookup });
    const res = await request(withQuotes).get(`/api/nodes/${encodeURIComponent("person:anna-berg")}`).expect(200);
    expect(res.body.quotes).toEqual([
      {
        article: articleA.record.id,
        text: "stop attacks",
        start: at,
        end: at + 12,
        direct: false,
        cue: { start: cue, end: cue + 5, text: "urged" },
        sentence: { article: articleA.record.id, start: 0, end: text.indexOf(" Berg spoke"), text: "Chancellor Anna Berg of Freedonia urged Sylvania to stop attacks." },
      },
    ]);
    const stances = await request(withQuotes).get("/api/stances").query({ holder: "person:anna-berg" }).expect(200);
    expect(stances.body.stances[0].quotes.map((q: { text: string }) => q.text)).toEqual(["stop attacks"]);
  });
});

describe("unknown routes", () => {
  it("answers JSON 404 under /api and elsewhere", async () => {
    // A distinct code from an unknown node, so that clients can tell a missing route (an older server) apart.
    expect((await request(app).get("/api/nope").expect(404)).body.error.code).toBe("no_route");
    expect((await request(app).post("/api/graph").expect(404)).body.error.code).toBe("no_route");
  });
});

describe("an entity resolved into another article's", { timeout: 60_000 }, () => {
  const full = "Kyiv asks for air defense\n\nUkrainian President Volodymyr Zelensky urged allies to send more air defense systems on Tuesday.";
  const surname = 'Summit ends\n\nZelensky left the NATO summit in Brussels early on Wednesday. "The talks helped us a great deal," Zelensky said.';

  it("moves its old id to the node (308) and credits the node with its quotes", async () => {
    const store = openTempStore({ extract: extractArticle, layout: "off" });
    try {
      await store.ingest({ text: surname });
      const app = createApp(store, { store });
      // Alone, the surname is a node of its own.
      await request(app).get("/api/nodes/person:zelensky").expect(200);
      await store.ingest({ text: full });
      const whole = await request(app).get("/api/graph").expect(200);
      expect(whole.body.resolved).toEqual({ "person:zelensky": "person:volodymyr-zelensky" });
      const moved = await request(app).get("/api/nodes/person:zelensky").expect(308);
      expect(moved.headers.location).toBe("/api/nodes/person%3Avolodymyr-zelensky");
      const hood = await request(app).get("/api/nodes/person:zelensky/neighbors?depth=2&limit=10").expect(308);
      expect(hood.headers.location).toBe("/api/nodes/person%3Avolodymyr-zelensky/neighbors?depth=2&limit=10");
      const node = await request(app).get(moved.headers.location).expect(200);
      expect(node.body.quotes.map((q: { text: string }) => q.text)).toContain('"The talks helped us a great deal,"');
      await request(app).get("/api/nodes/person:nobody").expect(404);
      // Queries that take node ids as parameters read the old id as the node it resolved into.
      const stances = await request(app).get("/api/stances").query({ holder: "person:zelensky" }).expect(200);
      expect(stances.body.stances.length).toBeGreaterThan(0);
      expect(stances.body.stances.every((x: { holder: { id: string } }) => x.holder.id === "person:volodymyr-zelensky")).toBe(true);
      const paths = await request(app).get("/api/paths").query({ from: "person:zelensky", to: "country:ukraine" }).expect(200);
      expect(paths.body.paths[0].nodes).toEqual(["person:volodymyr-zelensky", "country:ukraine"]);
    } finally {
      await store.close();
    }
  });
});

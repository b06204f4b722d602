import { describe, expect, it } from "vitest";
import request from "supertest";
import { createApp } from "../../server/api/app.ts";
import { buildGraph } from "../../server/graph/build.ts";
import { layoutGraph } from "../../server/graph/layout.ts";
import type { GraphState } from "../../server/api/state.ts";
import { articleA, articleB } from "../helpers/fixtures.ts";

const graph = buildGraph([articleA, articleB]);
layoutGraph(graph);
const state: GraphState = { graph, articles: new Map([articleA, articleB].map((a) => [a.record.id, a.record])) };
const app = createApp({ current: () => state });

describe("GET /api/graph", () => {
  it("answers the whole graph in graphology's serialized form with positions", async () => {
    const res = await request(app).get("/api/graph").expect(200);
    expect(res.body.nodes).toHaveLength(graph.order);
    expect(res.body.edges).toHaveLength(graph.size);
    const berg = res.body.nodes.find((n: { key: string }) => n.key === "person:anna-berg");
    expect(berg.attributes).toMatchObject({ kind: "person", label: "Anna Berg" });
    expect(typeof berg.attributes.x).toBe("number");
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

describe("unknown routes", () => {
  it("answers JSON 404 under /api and elsewhere", async () => {
    // A distinct code from an unknown node, so that clients can tell a missing route (an older server) apart.
    expect((await request(app).get("/api/nope").expect(404)).body.error.code).toBe("no_route");
    expect((await request(app).post("/api/graph").expect(404)).body.error.code).toBe("no_route");
  });
});

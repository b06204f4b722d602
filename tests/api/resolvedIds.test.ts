// An entity id that resolved into another node (graph/resolveAcross.ts) must mean that node in every route that
// takes or gives node and edge ids, not only in some.
import { describe, expect, it } from "vitest";
import request from "supertest";
import { createApp } from "../../server/api/app.ts";
import type { ExtractedArticle } from "../../server/graph/build.ts";
import { articleA, articleD } from "../helpers/fixtures.ts";
import { openTempStore } from "../store/helpers.ts";

const fixtures = new Map<string, ExtractedArticle>([articleA, articleD].map((a) => [a.record.text, a]));

async function setup() {
  const store = openTempStore({ extract: (text) => structuredClone(fixtures.get(text)!), layout: "off" });
  const app = createApp(store, { store });
  await request(app).post("/api/articles").type("text/plain").send(articleA.record.text).expect(201);
  await request(app).post("/api/articles").type("text/plain").send(articleD.record.text).expect(201);
  await store.settled();
  expect((await request(app).get("/api/graph").expect(200)).body.resolved).toEqual({ "person:berg": "person:anna-berg" });
  return { store, app };
}

describe("an id that resolved into another node", () => {
  it("exports that node's neighbourhood, as /api/paths and /api/stances read it (was 404)", async () => {
    const { store, app } = await setup();
    try {
      const byOld = await request(app).get("/api/export").query({ format: "json", node: "person:berg" }).expect(200);
      const byNode = await request(app).get("/api/export").query({ format: "json", node: "person:anna-berg" }).expect(200);
      expect(JSON.parse(byOld.text)).toEqual(JSON.parse(byNode.text));
      expect(JSON.parse(byOld.text).nodes.map((n: { key: string }) => n.key)).toContain("person:anna-berg");
      expect(byOld.headers["content-disposition"]).toBe(byNode.headers["content-disposition"]);
      await request(app).get("/api/export").query({ node: "person:nobody" }).expect(404);
    } finally {
      await store.close();
    }
  });

  it("is answered in /api/paths as the node the paths name, so that `nodes[from]` finds it", async () => {
    const { store, app } = await setup();
    try {
      const res = await request(app).get("/api/paths").query({ from: "person:berg", to: "country:sylvania" }).expect(200);
      expect(res.body).toMatchObject({ from: "person:anna-berg", to: "country:sylvania", length: 1 });
      expect(res.body.paths[0].nodes[0]).toBe(res.body.from);
      expect(res.body.nodes[res.body.from]).toMatchObject({ label: "Anna Berg" });
    } finally {
      await store.close();
    }
  });

  it("gives an article's relations the edge ids the graph has (/api/edges/:id finds them), null for one it dropped", async () => {
    const { store, app } = await setup();
    try {
      const res = await request(app).get(`/api/articles/${articleD.record.id}`).expect(200);
      // The article keeps its own entity ids; its edges are the graph's.
      expect(res.body.article.relations.map((r: { source: string }) => r.source)).toEqual(["person:berg", "person:anna-berg"]);
      const [criticises, selfLoop] = res.body.article.relations;
      expect(criticises.edge).toBe("person:anna-berg|stance:criticizes:oppose|country:sylvania");
      const edge = await request(app).get(`/api/edges/${encodeURIComponent(criticises.edge)}`).expect(200);
      expect(edge.body.edge.evidence.map((e: { article: string }) => e.article)).toEqual([articleD.record.id]);
      expect(selfLoop.edge).toBeNull();
      // An article without resolved ids keeps the store's keys, each of which the graph has.
      const a = await request(app).get(`/api/articles/${articleA.record.id}`).expect(200);
      for (const r of a.body.article.relations) await request(app).get(`/api/edges/${encodeURIComponent(r.edge)}`).expect(200);
    } finally {
      await store.close();
    }
  });
});

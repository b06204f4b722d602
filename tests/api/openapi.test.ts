import { describe, expect, it } from "vitest";
import request from "supertest";
import type { Express } from "express";
import type { z } from "zod";
import { createApp } from "../../server/api/app.ts";
import { openapiDocument, responses, schemas } from "../../server/api/openapi.ts";
import { openTempStore } from "../store/helpers.ts";
import { articleA, articleB } from "../helpers/fixtures.ts";

const store = openTempStore();
await store.ingest({ text: articleA.record.text, title: articleA.record.title, date: articleA.record.date });
await store.ingest({ text: articleB.record.text, date: articleB.record.date });
const app = createApp(store, { store });
const doc = openapiDocument();

interface Layer {
  rawPath?: string;
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every "METHOD /path" the express app routes, with :params written as OpenAPI {params}. */
function routedOperations(app: Express): string[] {
  const out: string[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        const path = (prefix + (layer.route.path === "/" && prefix ? "" : layer.route.path)).replace(/:(\w+)/g, "{$1}");
        for (const [method, on] of Object.entries(layer.route.methods)) if (on && method !== "_all") out.push(`${method.toUpperCase()} ${path}`);
      } else if (layer.handle?.stack) walk(layer.handle.stack, prefix + (layer.rawPath ?? ""));
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, "");
  return out.filter((op) => op.split(" ")[1].startsWith("/api/")).sort();
}

function documentedOperations(): string[] {
  return Object.entries(doc.paths)
    .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
    .sort();
}

function conforms(schema: z.ZodType, body: unknown) {
  const r = schema.safeParse(body);
  expect(r.success, r.success ? "" : JSON.stringify(r.error.issues.slice(0, 3))).toBe(true);
}

describe("/api/openapi.json", () => {
  it("is served as an OpenAPI 3 document", async () => {
    const res = await request(app).get("/api/openapi.json").expect(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(res.body).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it("documents exactly the routes the app serves", () => {
    const routed = routedOperations(app);
    expect(routed).toContain("POST /api/articles");
    expect(routed).toContain("GET /api/nodes/{id}/neighbors");
    expect(documentedOperations()).toEqual(routed);
  });

  it("documents every path parameter and each query parameter once", () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const op of Object.values(ops)) {
        const params = (op.parameters ?? []) as { name: string; in: string }[];
        const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(params.filter((p) => p.in === "path").map((p) => p.name), path).toEqual(inPath);
        const names = params.map((p) => `${p.in}:${p.name}`);
        expect(new Set(names).size, path).toBe(names.length);
      }
    }
  });

  it("rejects the query parameters it documents as bounded when they are out of bounds", async () => {
    const limit = doc.paths["/api/nodes/{id}/neighbors"].get.parameters!.find((p) => p.name === "limit") as unknown as { schema: { maximum: number } };
    const id = encodeURIComponent("person:anna-berg");
    await request(app).get(`/api/nodes/${id}/neighbors?limit=${limit.schema.maximum}`).expect(200);
    const res = await request(app).get(`/api/nodes/${id}/neighbors?limit=${limit.schema.maximum + 1}`).expect(400);
    expect(res.body.error.field).toBe("limit");
  });

  it("answers the documented shapes", async () => {
    const id = encodeURIComponent("person:anna-berg");
    const edge = encodeURIComponent("person:anna-berg|stance:urges:oppose|country:sylvania");
    const checks: [string, z.ZodType][] = [
      ["/api/graph", responses.graph],
      ["/api/nodes?q=berg", responses.search],
      [`/api/nodes/${id}`, responses.node],
      [`/api/nodes/${id}/neighbors?depth=2`, responses.neighbors],
      ["/api/paths?from=person:omar-vale&to=person:anna-berg", responses.paths],
      ["/api/stances", responses.stances],
      [`/api/edges/${edge}`, responses.edge],
      [`/api/edges?id=${edge}&id=nope`, responses.edges],
      ["/api/stats", responses.stats],
      ["/api/articles", responses.articleList],
      [`/api/articles/${articleA.record.id}`, responses.article],
    ];
    for (const [url, schema] of checks) {
      const res = await request(app).get(url).expect(200);
      conforms(schema, res.body);
    }
    const paths = await request(app).get("/api/paths?from=person:omar-vale&to=person:anna-berg").expect(200);
    expect(paths.body.paths.length).toBeGreaterThan(0);
  });

  it("answers errors in the documented error shape", async () => {
    const res = await request(app).get("/api/paths?from=x").expect(400);
    conforms(schemas.Error, res.body);
    conforms(schemas.Error, (await request(app).get("/api/edges/nope").expect(404)).body);
  });
});

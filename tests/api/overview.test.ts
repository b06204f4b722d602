import { describe, expect, it } from "vitest";
import request from "supertest";
import { createApp } from "../../server/api/app.ts";
import { responses } from "../../server/api/openapi.ts";
import { syntheticState } from "../../bench/synthetic.ts";
import { buildState } from "../../server/graph/build.ts";
import { articleA, articleB } from "../helpers/fixtures.ts";

const big = syntheticState({ edges: 2000, seed: 5 });
const app = createApp({ current: () => big });
const small = buildState([articleA, articleB]);
const smallApp = createApp({ current: () => small });

describe("GET /api/overview", () => {
  it("answers a large graph's best-connected nodes and the edges among them, lean, with the whole graph's totals", async () => {
    const res = await request(app).get("/api/overview?limit=40&edgeLimit=60").expect(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(responses.overview.safeParse(res.body).success).toBe(true);
    expect(res.body.totals).toEqual({ nodes: big.graph.order, edges: big.graph.size });
    expect(res.body.truncated).toBe(true);
    expect(res.body.graph.nodes).toHaveLength(40);
    expect(res.body.graph.edges.length).toBeLessThanOrEqual(60);
    const kept = new Set(res.body.graph.nodes.map((n: { key: string }) => n.key));
    for (const e of res.body.graph.edges) {
      expect(kept.has(e.source) && kept.has(e.target)).toBe(true);
      expect(e.attributes.evidenceCount).toBe(big.graph.getEdgeAttribute(e.key, "evidence").length);
    }
    // Best-connected first.
    const degrees = res.body.graph.nodes.map((n: { key: string }) => big.graph.degreeWithoutSelfLoops(n.key) + (big.graph.hasEdge(n.key, n.key) ? 1 : 0));
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
  });

  it("answers only the asked kinds", async () => {
    const res = await request(app).get("/api/overview?kind=organization,country&limit=20").expect(200);
    expect(res.body.graph.nodes.length).toBe(20);
    expect(res.body.graph.nodes.every((n: { attributes: { kind: string } }) => ["organization", "country"].includes(n.attributes.kind))).toBe(true);
  });

  it("answers the whole of a small graph, not truncated", async () => {
    const res = await request(smallApp).get("/api/overview").expect(200);
    expect(res.body.truncated).toBe(false);
    expect(res.body.graph.nodes).toHaveLength(small.graph.order);
    expect(res.body.graph.edges).toHaveLength(small.graph.size);
  });

  it("answers 400 naming the parameter at fault", async () => {
    for (const [query, field] of [
      ["limit=0", "limit"],
      ["limit=10001", "limit"],
      ["limit=ten", "limit"],
      ["edgeLimit=50001", "edgeLimit"],
      ["kind=planet", "kind"],
      ["limit=5&limit=6", "limit"],
    ]) {
      const res = await request(app).get(`/api/overview?${query}`).expect(400);
      expect(res.body.error.field, query).toBe(field);
    }
  });
});

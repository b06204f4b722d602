import { describe, expect, it } from "vitest";
import { syntheticState } from "../../bench/synthetic.ts";
import { queryIndexFor } from "../../server/graph/queryIndex.ts";
import { overview } from "../../server/graph/overview.ts";
import type { EntityKind } from "../../server/extract/types.ts";

const state = syntheticState({ edges: 3000, seed: 3 });
const { graph } = state;
const ix = queryIndexFor(state);

// Expectations from graphology itself: a node's degree counts each edge once (a self-loop too), ties go to the node
// added later, as the index's rank orders them.
const order = graph.nodes();
const degree = new Map(order.map((n) => [n, 0]));
graph.forEachEdge((_e, _a, s, t) => {
  degree.set(s, degree.get(s)! + 1);
  if (t !== s) degree.set(t, degree.get(t)! + 1);
});
const position = new Map(order.map((n, i) => [n, i]));
const byConnection = [...order].sort((a, b) => degree.get(b)! - degree.get(a)! || position.get(b)! - position.get(a)!);
const ids = (nodes: number[]) => nodes.map((u) => ix.nodeIds[u]);
const edgeIds = (edges: number[]) => edges.map((e) => ix.edgeIds[e]);
const among = (nodes: Set<string>) => graph.filterEdges((_e, _a, s, t) => nodes.has(s) && nodes.has(t));

describe("overview", () => {
  it("answers the best-connected nodes, best first, and every edge among them", () => {
    const view = overview(ix, { limit: 60, edgeLimit: 100_000 });
    expect(ids(view.nodes)).toEqual(byConnection.slice(0, 60));
    expect(view.truncated).toBe(true);
    const edges = edgeIds(view.edges);
    expect(new Set(edges).size).toBe(edges.length);
    expect(new Set(edges)).toEqual(new Set(among(new Set(byConnection.slice(0, 60)))));
    expect(edges.length).toBeGreaterThan(0);
  });

  it("keeps the strongest edges past edgeLimit", () => {
    const all = new Set(among(new Set(byConnection.slice(0, 200))));
    const limit = Math.floor(all.size / 3);
    const view = overview(ix, { limit: 200, edgeLimit: limit });
    const kept = new Set(edgeIds(view.edges));
    expect(kept.size).toBe(limit);
    expect([...kept].every((e) => all.has(e))).toBe(true);
    const weight = (e: string) => graph.getEdgeAttribute(e, "evidence").length;
    expect(new Set([...all].map(weight)).size).toBeGreaterThan(1);
    const weakestKept = Math.min(...[...kept].map(weight));
    const strongestLeft = Math.max(...[...all].filter((e) => !kept.has(e)).map(weight));
    expect(weakestKept).toBeGreaterThanOrEqual(strongestLeft);
    expect(view.truncated).toBe(true);
  });

  it("answers only nodes of the asked kinds", () => {
    const kinds: EntityKind[] = ["organization", "country"];
    const view = overview(ix, { limit: 25, edgeLimit: 100_000, kinds });
    expect(ids(view.nodes)).toEqual(byConnection.filter((n) => kinds.includes(graph.getNodeAttribute(n, "kind"))).slice(0, 25));
    expect(new Set(edgeIds(view.edges))).toEqual(new Set(among(new Set(ids(view.nodes)))));
  });

  it("answers the whole graph, not truncated, when it fits", () => {
    const view = overview(ix, { limit: graph.order, edgeLimit: graph.size });
    expect(view.truncated).toBe(false);
    expect(new Set(ids(view.nodes))).toEqual(new Set(order));
    expect(view.edges).toHaveLength(graph.size);
    expect(overview(ix, { limit: graph.order, edgeLimit: graph.size - 1 }).truncated).toBe(true);
  });

  it("gives the same answer every time", () => {
    const a = overview(ix, { limit: 100, edgeLimit: 150 });
    overview(ix, { limit: 7, edgeLimit: 3, kinds: ["person"] });
    expect(overview(ix, { limit: 100, edgeLimit: 150 })).toEqual(a);
  });
});

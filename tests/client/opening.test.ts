import { describe, expect, it } from "vitest";
import { openingGraph, OVERVIEW_EDGES, OVERVIEW_NODES } from "../../client/src/opening.ts";
import type { OverviewResponse, WholeGraph } from "../../client/src/apiTypes.ts";

const node = (key: string) => ({ key, attributes: { kind: "person" as const, label: key } });
const whole: WholeGraph = { nodes: [node("a"), node("b")], edges: [], articles: {}, resolved: {} } as unknown as WholeGraph;

function source(overview: OverviewResponse) {
  const asked: string[] = [];
  return {
    asked,
    overview: async (limit: number, edgeLimit: number) => (asked.push(`overview ${limit} ${edgeLimit}`), overview),
    graph: async () => (asked.push("graph"), whole),
  };
}

describe("openingGraph", () => {
  it("opens on the whole graph when the overview holds all of it", async () => {
    const s = source({ truncated: false, totals: { nodes: 2, edges: 0 }, graph: { nodes: [node("a"), node("b")], edges: [] } as never });
    const opening = await openingGraph(s);
    expect(opening).toEqual({ graph: whole, totals: null });
    expect(s.asked).toEqual([`overview ${OVERVIEW_NODES} ${OVERVIEW_EDGES}`, "graph"]);
  });

  it("opens on the overview of a graph too large to draw whole, with the whole graph's counts, and never asks for all of it", async () => {
    const graph = { nodes: [node("hub")], edges: [] } as never;
    const s = source({ truncated: true, totals: { nodes: 322_189, edges: 999_846 }, graph });
    const opening = await openingGraph(s);
    expect(opening).toEqual({ graph, totals: { nodes: 322_189, edges: 999_846 } });
    expect(s.asked).toEqual([`overview ${OVERVIEW_NODES} ${OVERVIEW_EDGES}`]);
  });
});

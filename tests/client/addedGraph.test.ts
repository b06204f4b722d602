import { describe, expect, it } from "vitest";
import { addedGraph, MOST_ADDED_FETCHED } from "../../client/src/addedGraph.ts";
import type { NeighborsResponse, SerializedGraph, WholeGraph } from "../../client/src/apiTypes.ts";

const node = (key: string) => ({ key, attributes: { kind: "person" as const, label: key } });
const edge = (source: string, target: string) => ({ key: `${source}|stance|${target}`, source, target, attributes: { type: "stance" as const } });
const graphOf = (nodes: string[], edges: [string, string][]): SerializedGraph => ({ nodes: nodes.map(node), edges: edges.map(([s, t]) => edge(s, t)) }) as unknown as SerializedGraph;

// The whole graph: a, b on screen; n1, n2 new; far is neither.
const whole = graphOf(["a", "b", "n1", "n2", "far"], [["n1", "a"], ["n2", "n1"], ["n2", "far"], ["a", "b"], ["far", "b"]]);
const hoods: Record<string, SerializedGraph> = {
  n1: graphOf(["n1", "a", "n2"], [["n1", "a"], ["n2", "n1"]]),
  n2: graphOf(["n2", "n1", "far"], [["n2", "n1"], ["n2", "far"]]),
};

function source() {
  const asked: string[] = [];
  return {
    asked,
    graph: async () => (asked.push("graph"), whole as WholeGraph),
    neighbors: async (id: string, depth: number) => (asked.push(`neighbors ${id} ${depth}`), { center: id, depth, truncated: false, graph: hoods[id] ?? graphOf([id], []) } as NeighborsResponse),
  };
}
const onScreen = (id: string) => id === "a" || id === "b";
const keys = (g: SerializedGraph) => ({ nodes: g.nodes.map((n) => n.key).sort(), edges: g.edges.map((e) => e.key).sort() });

describe("addedGraph", () => {
  it("takes the new nodes and their ties to the view from the whole graph when the view is the whole graph", async () => {
    const s = source();
    const g = await addedGraph(["n1", "n2"], onScreen, false, s);
    expect(s.asked).toEqual(["graph"]);
    expect(keys(g)).toEqual({ nodes: ["a", "b", "n1", "n2"], edges: ["a|stance|b", "n1|stance|a", "n2|stance|n1"] });
  });

  it("takes them from each new node's neighbourhood when the view is an overview, never asking for the whole graph", async () => {
    const s = source();
    const g = await addedGraph(["n1", "n2"], onScreen, true, s);
    expect(s.asked.sort()).toEqual(["neighbors n1 1", "neighbors n2 1"]);
    // The same ties among the new nodes and the view, each once; nothing beyond them (far).
    expect(keys(g)).toEqual({ nodes: ["a", "n1", "n2"], edges: ["n1|stance|a", "n2|stance|n1"] });
  });

  it("fetches at most MOST_ADDED_FETCHED neighbourhoods", async () => {
    const s = source();
    const many = Array.from({ length: MOST_ADDED_FETCHED + 25 }, (_, i) => `x${i}`);
    await addedGraph(many, onScreen, true, s);
    expect(s.asked).toHaveLength(MOST_ADDED_FETCHED);
  });
});

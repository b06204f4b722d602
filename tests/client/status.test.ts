// The status line's counts: the view's, and the selection's neighbourhood's inside an expanded view.
import { describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import { countsText } from "../../client/src/status.ts";
import { countVisible } from "../../client/src/visibility.ts";
import { defaultViewState } from "../../client/src/viewState.ts";
import type { ViewEdge, ViewGraph, ViewNode } from "../../client/src/graphModel.ts";

describe("countsText", () => {
  it("names the selection's neighbourhood before the view's counts", () => {
    expect(countsText(886, 221, null)).toBe("886 nodes, 221 relations shown");
    expect(countsText(886, 221, { label: "Donald Trump", depth: 1, nodes: 33, edges: 47 })).toBe("Donald Trump and 33 neighbours: 47 relations · 886 nodes, 221 relations shown");
    expect(countsText(1, 1, { label: "A", depth: 2, nodes: 1, edges: 1 })).toBe("A and 1 neighbour within 2 steps: 1 relation · 1 node, 1 relation shown");
  });
});

describe("countVisible within a neighbourhood", () => {
  it("counts only the neighbourhood's nodes and edges that the filters let through", () => {
    const node = (kind: ViewNode["kind"]): ViewNode => ({ kind, label: kind, aliases: [], mentionCount: 1, articles: [], articleCount: 0, x: 0, y: 0, size: 5, color: "" });
    const g = new MultiDirectedGraph() as unknown as ViewGraph;
    for (const [k, kind] of [["a", "person"], ["b", "topic"], ["c", "person"], ["far", "person"]] as const) g.addNode(k, node(kind));
    const edge = (): ViewEdge => ({ relation: "stance", polarity: "support", confidence: 1, evidence: [], evidenceCount: 1, articles: [], articleCount: 0, dates: null, label: "", color: "", size: 1, type: "straight" });
    g.addDirectedEdgeWithKey("ab", "a", "b", edge());
    g.addDirectedEdgeWithKey("ac", "a", "c", edge());
    g.addDirectedEdgeWithKey("cf", "c", "far", edge());
    const within = { nodes: new Set(["a", "b", "c"]), edges: new Set(["ab", "ac"]) };
    expect(countVisible(g, defaultViewState(), new Map(), within)).toEqual({ nodes: 3, edges: 2 });
    expect(countVisible(g, { ...defaultViewState(), hiddenKinds: ["topic"] }, new Map(), within)).toEqual({ nodes: 2, edges: 1 });
    expect(countVisible(g, defaultViewState(), new Map())).toEqual({ nodes: 4, edges: 3 });
  });
});

describe("countsText on an overview", () => {
  it("says how much more a large graph holds when the view is its overview", () => {
    expect(countsText(2000, 7412, null, { nodes: 322189, edges: 999846 })).toBe(
      "2000 nodes, 7412 relations shown of 322189 nodes and 999846 relations: the best-connected; search a name or click a node to see more",
    );
  });
});

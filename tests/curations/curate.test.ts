// The curator on a graph built in memory (no store): order, keys that last, idle curations, determinism.
import { describe, expect, it } from "vitest";
import { buildState } from "../../server/graph/build.ts";
import { Curator } from "../../server/graph/curate.ts";
import { sortedUnion } from "../../server/graph/curateEdges.ts";
import type { CurationSpec, NodeRef } from "../../server/graph/curationTypes.ts";
import { articleA, articleB } from "../helpers/fixtures.ts";

const ref = (id: string, label: string, kind: NodeRef["kind"] = "person"): NodeRef => ({ id, label, kind, name: label.toLowerCase() });

function curated(specs: CurationSpec[]) {
  const state = buildState([articleA, articleB]);
  const curator = new Curator(state.graph, state.canonical, null);
  specs.forEach((spec, i) => curator.apply({ id: i + 1, spec, note: null, createdAt: "" }));
  return { ...state, curator };
}

describe("Curator", () => {
  it("applies in the order made: an edge rejected before a merge stays out, the merged node's own edge stays in", () => {
    const sylvania = ref("country:sylvania", "Sylvania", "country");
    const stance = { source: "person:anna-berg", target: "country:sylvania", type: "stance" as const, act: "urges", polarity: "oppose" as const, label: "Anna Berg urges Sylvania" };
    const { graph, curator } = curated([
      { op: "reject", edge: { ...stance, source: "person:omar-vale", act: null, polarity: null, type: "holds_position", label: "Omar Vale leader Sylvania" } },
      { op: "merge", node: ref("person:omar-vale", "Omar Vale"), into: ref("person:anna-berg", "Anna Berg") },
      { op: "repolarize", edge: stance, polarity: "neutral" },
      { op: "retype", node: sylvania, kind: "location" },
    ]);
    expect(graph.hasEdge("person:anna-berg|holds_position|country:sylvania")).toBe(false);
    expect(graph.hasEdge("person:anna-berg|holds_position|country:freedonia")).toBe(true);
    expect(graph.getEdgeAttributes("person:anna-berg|stance:urges:neutral|country:sylvania").curated).toEqual([3]);
    expect(graph.getNodeAttribute("country:sylvania", "kind")).toBe("location");
    expect([...curator.effects.values()].map((e) => e.idle)).toEqual([false, false, false, false]);
  });

  it("finds a rejected name under another kind's id, and is idle for what is not there", () => {
    const { graph, curator } = curated([
      { op: "reject", node: ref("person:lakeside", "Lakeside") },
      { op: "rename", node: ref("person:nobody", "Nobody"), label: "Somebody" },
      { op: "split", node: ref("person:anna-berg", "Anna Berg"), name: "Berg" },
    ]);
    expect(graph.hasNode("location:lakeside")).toBe(false);
    expect(curator.effects.get(2)).toMatchObject({ idle: true, nodes: [] });
    // Without the store, a split has nothing to read: idle, not an error.
    expect(curator.effects.get(3)?.idle).toBe(true);
  });

  it("merges sorted id lists in one pass", () => {
    expect(sortedUnion(["a", "c", "e"], ["b", "c", "f"])).toEqual(["a", "b", "c", "e", "f"]);
    expect(sortedUnion([], ["x"])).toEqual(["x"]);
    expect(sortedUnion(["x"], [])).toEqual(["x"]);
  });
});

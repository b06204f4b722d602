// The view graph's display attributes: parallel edges numbered as @sigma/edge-curve numbers them, edges thinned
// only in dense graphs.
import { beforeAll, describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";

// @sigma/edge-curve and sigma read WebGL constants when loaded: Node has none, and these tests draw nothing.
beforeAll(() => {
  const g = globalThis as Record<string, unknown>;
  g.WebGLRenderingContext ??= { UNSIGNED_BYTE: 5121, FLOAT: 5126, TRIANGLES: 4 };
  g.WebGL2RenderingContext ??= g.WebGLRenderingContext;
});

const load = async () => ({ ...(await import("../../client/src/graphModel.ts")), ...(await import("@sigma/edge-curve")) });

function randomMultigraph(seed: number) {
  let s = seed;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  const g = new MultiDirectedGraph();
  for (let i = 0; i < 12; i++) g.addNode(`n${i}`, { x: 0, y: 0 });
  for (let i = 0; i < 120; i++) g.addDirectedEdgeWithKey(`e${i}`, `n${Math.floor(rand() * 12)}`, `n${Math.floor(rand() * 12)}`, { relation: "member_of" });
  return g;
}

describe("parallelEdgeIndex", () => {
  it("numbers parallel edges as indexParallelEdgesIndex does, in both directions and for lone edges", async () => {
    const { parallelEdgeIndex, indexParallelEdgesIndex } = await load();
    for (const seed of [1, 2, 3]) {
      const g = randomMultigraph(seed);
      indexParallelEdgesIndex(g as never, { edgeIndexAttribute: "i", edgeMinIndexAttribute: "min", edgeMaxIndexAttribute: "max" });
      const ours = parallelEdgeIndex(g as never);
      // The same numbers for each ordered pair of nodes (which edge of a pair gets which number may differ).
      const theirs = new Map<string, string[]>();
      const mine = new Map<string, string[]>();
      const kinds = new Set<string>();
      g.forEachEdge((edge, a, source, target) => {
        const pair = `${source}>${target}`;
        const p = ours.get(edge) ?? { index: null, min: null, max: null };
        theirs.set(pair, [...(theirs.get(pair) ?? []), JSON.stringify([a.i, a.min ?? null, a.max])]);
        mine.set(pair, [...(mine.get(pair) ?? []), JSON.stringify([p.index, p.min, p.max])]);
        kinds.add(a.i === null ? "alone" : typeof a.min === "number" ? "all one way" : "both ways");
      });
      for (const [pair, list] of theirs) expect([pair, ...mine.get(pair)!.sort()]).toEqual([pair, ...list.sort()]);
      expect([...kinds].sort()).toEqual(["all one way", "alone", "both ways"]);
    }
  });
});

describe("deriveDisplay", () => {
  it("curves only parallel edges and thins edges once the graph is dense", async () => {
    const { createViewGraph, deriveDisplay, mergeSerialized } = await load();
    const small = createViewGraph();
    const edges = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `e${i}`, source: `a${i % 50}`, target: `a${(i * 7 + 1) % 50}`, attributes: { type: (i % 2 ? "stance" : "member_of") as "stance" | "member_of", polarity: "support" as const } }));
    const nodes = Array.from({ length: 50 }, (_, i) => ({ key: `a${i}`, attributes: { kind: "person" as const, label: `A${i}` } }));
    mergeSerialized(small, { nodes, edges: edges(40) } as never);
    deriveDisplay(small);
    expect(small.mapEdges((_e, a) => a.size).sort()).toEqual([...Array(20).fill(2), ...Array(20).fill(3)].sort());
    const dense = createViewGraph();
    mergeSerialized(dense, { nodes, edges: edges(20000) } as never);
    deriveDisplay(dense);
    expect(dense.getEdgeAttribute("e0", "size")).toBe(1);
    expect(dense.getEdgeAttribute("e1", "size")).toBe(1.5);
    // 20000 edges over 50 nodes: every pair carries several, so every edge but the middle one of a pair bends.
    expect(dense.filterEdges((_e, a) => a.type === "curved").length).toBeGreaterThan(19000);
    expect(small.mapNodes((n, a) => a.size - (5 + 2.4 * Math.sqrt(small.degree(n)))).every((d) => Math.abs(d) < 1e-9)).toBe(true);
  });
});

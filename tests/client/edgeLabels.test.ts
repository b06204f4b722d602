// Edge labels: the few-node walk picks exactly the edges sigma's whole-graph walk would.
import { describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import { edgeLabelCandidates } from "../../client/src/edgeLabels.ts";

describe("edgeLabelCandidates", () => {
  it("matches sigma's rule: an end hovered or highlighted, or both ends labelled, plus forced labels", () => {
    let s = 7;
    const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
    const g = new MultiDirectedGraph();
    for (let i = 0; i < 40; i++) g.addNode(`n${i}`);
    for (let i = 0; i < 300; i++) g.addEdgeWithKey(`e${i}`, `n${Math.floor(rand() * 40)}`, `n${Math.floor(rand() * 40)}`);
    for (let round = 0; round < 20; round++) {
      const pick = (p: number) => new Set(g.filterNodes(() => rand() < p));
      const displayed = pick(0.3);
      const highlighted = pick(0.05);
      const hovered = round % 3 ? `n${Math.floor(rand() * 40)}` : null;
      const forced = new Set(g.filterEdges(() => rand() < 0.02));
      // sigma 3.0's edgeLabelsToDisplayFromNodes, then its forced labels.
      const expected = new Set(
        g.filterEdges((_e, _a, src, tgt) => src === hovered || tgt === hovered || highlighted.has(src) || highlighted.has(tgt) || (displayed.has(src) && displayed.has(tgt))),
      );
      forced.forEach((e) => expected.add(e));
      const got = edgeLabelCandidates(g, displayed, highlighted, hovered, forced);
      expect(got.length).toBe(new Set(got).size);
      expect(new Set(got)).toEqual(expected);
    }
  });
});

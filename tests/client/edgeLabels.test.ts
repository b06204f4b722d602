// Edge labels: the few-node walk picks exactly the edges sigma's whole-graph walk would.
import { describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import { edgeLabelBox, edgeLabelCandidates } from "../../client/src/edgeLabels.ts";
import { chooseLabels } from "../../client/src/nodeLabels.ts";

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

describe("edgeLabelBox", () => {
  const node = (x: number, y: number) => ({ x, y, size: 10 });
  it("sits between the discs, just off the line, as wide as the text or the room between them", () => {
    // Left to right: the text reads along the line, below it in screen space (sigma's offset is positive y).
    const box = edgeLabelBox("e", node(0, 100), node(200, 100), 60, 11, 2, false)!;
    expect(box.x).toBeCloseTo(70);
    expect(box.width).toBeCloseTo(60);
    expect(box.y + box.height / 2).toBeGreaterThan(100);
    expect(box.height).toBeCloseTo(11);
    // Right to left: sigma turns the text over, so it lands on the same side.
    const back = edgeLabelBox("e", node(200, 100), node(0, 100), 60, 11, 2, false)!;
    expect(back.y).toBeCloseTo(box.y);
    // Vertical: the box stands upright, as tall as the text is long.
    const up = edgeLabelBox("e", node(0, 0), node(0, 200), 60, 11, 2, false)!;
    expect(up.height).toBeCloseTo(60);
    expect(up.width).toBeCloseTo(11);
    // A label longer than the room is cut to it; discs that touch leave no room at all.
    expect(edgeLabelBox("e", node(0, 0), node(50, 0), 200, 11, 2, false)!.width).toBeCloseTo(30);
    expect(edgeLabelBox("e", node(0, 0), node(15, 0), 60, 11, 2, false)).toBeNull();
  });

  it("moves a curved edge's label to the middle of its curve", () => {
    const straight = edgeLabelBox("e", node(0, 100), node(200, 100), 60, 11, 2, false)!;
    const bent = edgeLabelBox("e", node(0, 100), node(200, 100), 60, 11, 2, false, 0.25)!;
    // (dy, -dx) * curvature / 2 = (0, -25): 25 px up.
    expect(bent.y).toBeCloseTo(straight.y - 25);
    expect(chooseLabels([straight, bent]).sort()).toEqual(["e", "e"]);
  });

  it("two parallel edges' labels at the same place: one is left out, unless both must show", () => {
    const a = edgeLabelBox("a", node(0, 0), node(200, 0), 60, 11, 2, false)!;
    const b = edgeLabelBox("b", node(0, 0), node(200, 0), 50, 11, 3, false)!;
    expect(chooseLabels([a, b])).toEqual(["b"]);
    expect(chooseLabels([{ ...a, forced: true }, { ...b, forced: true }]).sort()).toEqual(["a", "b"]);
  });
});

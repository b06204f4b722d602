// Which node labels the explorer draws: none on top of another, forced ones always, bigger nodes first.
import { describe, expect, it } from "vitest";
import { chooseLabels, type LabelBox } from "../../client/src/nodeLabels.ts";

const box = (key: string, x: number, y: number, width: number, size = 5, forced = false): LabelBox => ({ key, x, y, width, height: 15, forced, size });

describe("chooseLabels", () => {
  it("leaves out a label that would overlap one already placed, the bigger node's first", () => {
    // "Ukraine Defense Contact Group" runs 200 px to the right, over "United States" two cells along.
    const chosen = chooseLabels([box("us", 150, 100, 80, 6), box("udcg", 0, 105, 200, 9), box("far", 400, 100, 50, 5)]);
    expect(chosen).toEqual(["udcg", "far"]);
  });

  it("draws forced labels (the selection, a path) even where they overlap, before any other", () => {
    const chosen = chooseLabels([box("big", 0, 0, 200, 20), box("sel", 50, 5, 60, 5, true), box("path", 60, 8, 60, 5, true)]);
    expect(chosen).toEqual(["sel", "path"]);
  });

  it("keeps labels that only come near each other", () => {
    expect(chooseLabels([box("a", 0, 0, 50), box("b", 0, 20, 50), box("c", 60, 0, 50)])).toEqual(["a", "b", "c"]);
  });
});

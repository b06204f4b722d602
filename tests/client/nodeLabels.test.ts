// Which node labels the explorer draws: none on top of another, forced ones always, bigger nodes first.
import { describe, expect, it } from "vitest";
import { chooseLabels, drawLabelWithHalo, type LabelBox } from "../../client/src/nodeLabels.ts";
import type { Settings } from "sigma/settings";

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

  it("keeps two names on one line apart by more than a space, so that they do not read as one", () => {
    // "Universe" ends 4 px before "Alicia Machado" starts.
    expect(chooseLabels([box("universe", 0, 0, 56, 8), box("alicia", 60, 2, 90, 5)])).toEqual(["universe"]);
  });

  it("keeps labels that only come near each other", () => {
    expect(chooseLabels([box("a", 0, 0, 50), box("b", 0, 20, 50), box("c", 60, 0, 50)])).toEqual(["a", "b", "c"]);
  });
});

describe("drawLabelWithHalo", () => {
  it("writes the label over a white halo, where sigma writes it, and nothing for a node without one", () => {
    const calls: string[] = [];
    const ctx = {
      set font(v: string) { calls.push(`font ${v}`); },
      set lineWidth(v: number) { calls.push(`lineWidth ${v}`); },
      set strokeStyle(v: string) { calls.push(`strokeStyle ${v}`); },
      set fillStyle(v: string) { calls.push(`fillStyle ${v}`); },
      set lineJoin(v: string) {},
      strokeText: (t: string, x: number, y: number) => calls.push(`stroke ${t} ${x} ${y}`),
      fillText: (t: string, x: number, y: number) => calls.push(`fill ${t} ${x} ${y}`),
    } as unknown as CanvasRenderingContext2D;
    const settings = { labelSize: 12, labelFont: "sans", labelWeight: "500", labelColor: { color: "#111" } } as unknown as Settings;
    drawLabelWithHalo(ctx, { x: 100, y: 50, size: 10, label: "Hillary Clinton" }, settings);
    // As drawDiscNodeLabel: x + size + 3, y + labelSize / 3; the halo first, the text over it.
    expect(calls.filter((c) => /^(stroke|fill) /.test(c))).toEqual(["stroke Hillary Clinton 113 54", "fill Hillary Clinton 113 54"]);
    expect(calls).toContain("strokeStyle rgba(255, 255, 255, 0.9)");
    expect(calls).toContain("fillStyle #111");
    calls.length = 0;
    drawLabelWithHalo(ctx, { x: 0, y: 0, size: 5, label: null }, settings);
    expect(calls).toEqual([]);
  });
});

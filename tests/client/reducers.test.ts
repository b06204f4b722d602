// The node reducer: what a faded node, a selection and a long name look like to sigma.
import { describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import { canvasLabel, makeNodeReducer, MAX_CANVAS_LABEL } from "../../client/src/reducers.ts";
import { Emphasis } from "../../client/src/emphasis.ts";
import { defaultViewState } from "../../client/src/viewState.ts";
import type { ViewGraph, ViewNode } from "../../client/src/graphModel.ts";

const node = (label: string): ViewNode => ({ kind: "person", label, aliases: [], mentionCount: 1, articles: [], articleCount: 0, x: 0, y: 0, size: 5, color: "#1f77b4" });

function setup() {
  const graph = new MultiDirectedGraph() as unknown as ViewGraph;
  const emphasis = new Emphasis();
  const reduce = makeNodeReducer({ graph, state: defaultViewState, emphasis, dates: new Map() });
  // Sigma hands the reducer a copy of the attributes each time.
  return { emphasis, reduce: (id: string, label = id) => reduce(id, node(label)) };
}

describe("node reducer", () => {
  it("gives faded nodes no label at all, so that they never take a label-grid cell from the selection's neighbours", () => {
    const { emphasis, reduce } = setup();
    emphasis.selected = "a";
    emphasis.focusNodes = new Set(["a", "b"]);
    expect(reduce("far").label).toBeNull();
    // Sigma's label grid takes every node whose label is a string, "" included.
    expect(typeof reduce("b").label).toBe("string");
    expect(reduce("b").label).toBe("b");
  });

  it("does not highlight a freshly added node once it is faded behind another selection", () => {
    const { emphasis, reduce } = setup();
    emphasis.added = new Set(["new"]);
    expect(reduce("new")).toMatchObject({ highlighted: true, forceLabel: true });
    emphasis.selected = "a";
    emphasis.focusNodes = new Set(["a"]);
    const faded = reduce("new");
    expect(faded.highlighted).toBeUndefined();
    expect(faded.forceLabel).toBeUndefined();
    expect(faded.label).toBeNull();
  });

  it("keeps the selected node labelled and highlighted while another node is hovered", () => {
    const { emphasis, reduce } = setup();
    emphasis.selected = "a";
    emphasis.focusNodes = new Set(["a"]);
    emphasis.hovered = "z";
    emphasis.hoverNodes = new Set(["z"]);
    expect(reduce("a")).toMatchObject({ label: "a", highlighted: true, forceLabel: true });
  });

  it("shortens a very long name on the canvas, on a word, and leaves short ones alone", () => {
    const long = "The Extraordinarily Long Named International Association For The Promotion Of Very Long Names";
    const { reduce } = setup();
    const shown = reduce("x", long).label!;
    expect(shown.length).toBeLessThanOrEqual(MAX_CANVAS_LABEL);
    expect(shown).toBe("The Extraordinarily Long Named…");
    expect(canvasLabel("Volodymyr Zelensky")).toBe("Volodymyr Zelensky");
    // One long word is cut inside it.
    expect(canvasLabel("x".repeat(100))).toBe(`${"x".repeat(MAX_CANVAS_LABEL - 1)}…`);
  });
});

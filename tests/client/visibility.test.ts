import { describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import { countByKind, daysInRange, inDateRange, invertedRange } from "../../client/src/visibility.ts";
import { defaultViewState } from "../../client/src/viewState.ts";
import type { ViewGraph, ViewNode } from "../../client/src/graphModel.ts";

describe("the date filter in the view", () => {
  const dates = new Map<string, string | null>([
    ["a2020", "2020-03-01"],
    ["a2025", "2025-06-04T09:00:00Z"],
    ["undated", null],
  ]);

  it("keeps what one of its articles dates inside the range, bounds included", () => {
    expect(inDateRange(["a2020", "a2025"], dates, "2025-06-04", null)).toBe(true);
    expect(inDateRange(["a2020"], dates, "2025-01-01", "2025-12-31")).toBe(false);
    expect(inDateRange(["a2020"], dates, null, "2020-03-01")).toBe(true);
  });

  it("drops what only undated articles support once a range is set, as the server does, but keeps it without one", () => {
    expect(inDateRange(["undated"], dates, "2020-01-01", null)).toBe(false);
    expect(inDateRange(["undated"], dates, null, null)).toBe(true);
  });

  it("keeps what only articles not known yet support", () => {
    expect(inDateRange(["not-loaded"], dates, "2020-01-01", "2020-12-31")).toBe(true);
  });
});

describe("a reversed date range", () => {
  const dates = new Map<string, string | null>([["a", "2016-09-25"]]);
  it("shows nothing: not the nodes with articles not loaded yet, not an edge whose days straddle it", () => {
    expect(invertedRange("2016-10-01", "2016-09-27")).toBe(true);
    expect(invertedRange("2016-09-27", "2016-09-27")).toBe(false);
    // A hub from a neighbourhood: 19 articles, 3 of them known.
    expect(inDateRange(["a", "b", "c"], dates, "2016-10-01", "2016-09-27", 19)).toBe(false);
    expect(inDateRange(["a", "b", "c"], dates, "2016-09-01", "2016-09-27", 19)).toBe(true);
    expect(daysInRange(["2016-09-20/2016-10-05"], "2016-10-01", "2016-09-27")).toBe(false);
  });
});

describe("the legend's counts", () => {
  const node = (kind: ViewNode["kind"], articles: string[]): ViewNode => ({ kind, label: kind, aliases: [], mentionCount: 1, articles, articleCount: articles.length, x: 0, y: 0, size: 5, color: "" });
  it("count what the date filter lets through, and a hidden kind's nodes all the same", () => {
    const g = new MultiDirectedGraph() as unknown as ViewGraph;
    g.addNode("p1", node("person", ["sep"]));
    g.addNode("p2", node("person", ["oct"]));
    g.addNode("t1", node("topic", ["sep"]));
    const dates = new Map<string, string | null>([["sep", "2016-09-20"], ["oct", "2016-10-07"]]);
    const state = { ...defaultViewState(), from: "2016-09-01", to: "2016-09-30", hiddenKinds: ["topic" as const] };
    expect(Object.fromEntries(countByKind(g, state, dates))).toEqual({ person: 1, topic: 1 });
    expect(Object.fromEntries(countByKind(g, defaultViewState(), dates))).toEqual({ person: 2, topic: 1 });
  });
});

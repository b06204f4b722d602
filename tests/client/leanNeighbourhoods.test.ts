// Neighbourhood answers are lean (counts, an edge's days, a node's first article ids): the view graph keeps what
// they give, the date filter stays exact for their edges, and the GEXF export fetches the evidence they leave out.
import { beforeAll, describe, expect, it } from "vitest";
import type { SerializedGraph } from "../../client/src/apiTypes.ts";
import { defaultViewState } from "../../client/src/viewState.ts";

// sigma's helpers read WebGL constants when loaded: Node has none, and these tests draw nothing.
beforeAll(() => {
  const g = globalThis as Record<string, unknown>;
  g.WebGLRenderingContext ??= { UNSIGNED_BYTE: 5121, FLOAT: 5126, TRIANGLES: 4 };
  g.WebGL2RenderingContext ??= g.WebGLRenderingContext;
});

const load = async () => ({ ...(await import("../../client/src/graphModel.ts")), ...(await import("../../client/src/visibility.ts")), ...(await import("../../client/src/exportEvidence.ts")) });

const lean: SerializedGraph = {
  nodes: [
    { key: "person:a", attributes: { kind: "person", label: "A", aliases: [], mentionCount: 9, articleCount: 5, articles: ["x1", "x2", "x3"], x: 1, y: 2, size: 3 } },
    { key: "country:b", attributes: { kind: "country", label: "B", aliases: [], mentionCount: 1, articleCount: 1, articles: ["x1"], x: 0, y: 0, size: 1 } },
  ],
  edges: [
    {
      key: "person:a|stance:urges:support|country:b",
      source: "person:a",
      target: "country:b",
      attributes: { type: "stance", polarity: "support", act: "urges", confidence: 0.8, evidenceCount: 2, articleCount: 3, dates: ["2024-12-30/2025-01-02", "2025-03-01"] },
    },
  ],
};

describe("lean neighbourhoods in the view", () => {
  it("keep the counts and days they carry", async () => {
    const { createViewGraph, mergeSerialized } = await load();
    const g = createViewGraph();
    mergeSerialized(g, lean);
    expect(g.getNodeAttributes("person:a")).toMatchObject({ articles: ["x1", "x2", "x3"], articleCount: 5 });
    expect(g.getEdgeAttributes(lean.edges[0].key!)).toMatchObject({ evidence: [], evidenceCount: 2, articles: [], articleCount: 3, dates: ["2024-12-30/2025-01-02", "2025-03-01"] });
  });

  it("filter an edge by its days exactly: inside a run, at its ends, and not between runs", async () => {
    const { daysInRange, createViewGraph, mergeSerialized, edgeVisible } = await load();
    const days = ["2024-12-30/2025-01-02", "2025-03-01"];
    expect(daysInRange(days, "2025-01-01", "2025-01-01")).toBe(true);
    expect(daysInRange(days, null, "2024-12-30")).toBe(true);
    expect(daysInRange(days, "2025-03-01", null)).toBe(true);
    expect(daysInRange(days, "2025-01-03", "2025-02-28")).toBe(false);
    expect(daysInRange(days, "2025-03-02", null)).toBe(false);
    expect(daysInRange([], "2020-01-01", null)).toBe(false);
    expect(daysInRange([], null, null)).toBe(true);
    const g = createViewGraph();
    mergeSerialized(g, lean);
    const edge = g.getEdgeAttributes(lean.edges[0].key!);
    // No article dates known at all: the days decide.
    expect(edgeVisible(edge, { ...defaultViewState(), from: "2025-01-03", to: "2025-02-28" }, new Map())).toBe(false);
    expect(edgeVisible(edge, { ...defaultViewState(), from: "2025-02-01" }, new Map())).toBe(true);
  });

  it("keep a node whose article list was cut, since the articles left out may be in range", async () => {
    const { inDateRange } = await load();
    const dates = new Map([["x1", "2020-01-01"], ["x2", "2020-01-02"], ["x3", "2020-01-03"]]);
    expect(inDateRange(["x1", "x2", "x3"], dates, "2025-01-01", null)).toBe(false);
    expect(inDateRange(["x1", "x2", "x3"], dates, "2025-01-01", null, 5)).toBe(true);
  });

  it("fetch the evidence an export needs, once per edge that lacks it, and count what failed", async () => {
    const { createViewGraph, mergeSerialized, fetchMissingEvidence } = await load();
    const g = createViewGraph();
    mergeSerialized(g, lean);
    mergeSerialized(g, {
      nodes: [],
      edges: [
        { key: "full", source: "country:b", target: "person:a", attributes: { type: "member_of", evidence: [{ article: "x1", start: 0, end: 3, text: "Had" }], articles: ["x1"] } },
        { key: "gone", source: "country:b", target: "person:a", attributes: { type: "part_of", evidenceCount: 1, articleCount: 1, dates: [] } },
      ],
    });
    const asked: string[][] = [];
    // One edge per batch here, so that a failing request loses only its own.
    const failed = await fetchMissingEvidence(
      g,
      async (ids) => {
        asked.push(ids);
        if (ids.includes("gone")) throw new Error("500");
        return new Map(ids.map((id) => [id, [{ article: "x1", start: 0, end: 4, text: "Said" }]]));
      },
      2,
      1,
    );
    expect(asked.flat().sort()).toEqual(["gone", lean.edges[0].key!].sort());
    expect(failed).toBe(1);
    // In batches: one request for both, and an edge the server no longer has counts as failed.
    const g2 = createViewGraph();
    mergeSerialized(g2, lean);
    mergeSerialized(g2, { nodes: [], edges: [{ key: "gone", source: "country:b", target: "person:a", attributes: { type: "part_of", evidenceCount: 1, articleCount: 1, dates: [] } }] });
    const batches: string[][] = [];
    const failed2 = await fetchMissingEvidence(g2, async (ids) => {
      batches.push(ids);
      return new Map(ids.filter((id) => id !== "gone").map((id) => [id, [{ article: "x1", start: 0, end: 4, text: "Said" }]]));
    });
    expect(batches).toHaveLength(1);
    expect(failed2).toBe(1);
    expect(g2.getEdgeAttribute(lean.edges[0].key!, "evidence")[0].text).toBe("Said");
    expect(g.getEdgeAttribute(lean.edges[0].key!, "evidence")[0].text).toBe("Said");
    expect(g.getEdgeAttribute("full", "evidence")[0].text).toBe("Had");
  });
});

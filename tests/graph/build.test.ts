import { describe, expect, it } from "vitest";
import { buildGraph } from "../../server/graph/build.ts";
import { layoutGraph } from "../../server/graph/layout.ts";
import { egoNodes } from "../../server/graph/neighborhood.ts";
import { searchNodes } from "../../server/graph/search.ts";
import { articleA, articleB } from "../helpers/fixtures.ts";
import { extractArticle } from "../../server/graph/article.ts";

describe("buildGraph", () => {
  it("turns entities into nodes and relations into typed edges with evidence", () => {
    const g = buildGraph([articleA]);
    expect(g.order).toBe(4);
    expect(g.getNodeAttributes("person:anna-berg")).toMatchObject({ kind: "person", label: "Anna Berg", aliases: ["Berg"] });
    const held = g.outEdges("person:anna-berg", "country:freedonia");
    expect(held).toHaveLength(1);
    const e = g.getEdgeAttributes(held[0]);
    expect(e).toMatchObject({ type: "holds_position", title: "Chancellor" });
    expect(articleA.record.text.slice(e.evidence[0].start, e.evidence[0].end)).toBe(e.evidence[0].text);
  });

  it("merges the same entity across articles into one node that knows both articles", () => {
    const g = buildGraph([articleA, articleB]);
    expect(g.order).toBe(6);
    const berg = g.getNodeAttributes("person:anna-berg");
    expect(berg.articles).toEqual([articleA.record.id, articleB.record.id].sort());
    expect(berg.mentionCount).toBe(articleA.extraction.entities[0].mentions.length + articleB.extraction.entities[2].mentions.length);
    expect(g.getNodeAttributes("country:sylvania").aliases).toContain("Sylvanian");
  });

  it("merges the same stance from two articles into one edge with both evidence items", () => {
    const g = buildGraph([articleA, articleB]);
    const stances = g.outEdges("person:anna-berg", "country:sylvania").filter((k) => g.getEdgeAttribute(k, "type") === "stance");
    expect(stances).toHaveLength(1);
    expect(g.getEdgeAttributes(stances[0]).evidence.map((e) => e.article).sort()).toEqual([articleA.record.id, articleB.record.id].sort());
  });

  it("resolves the same person named differently in different articles into one node, in any order", () => {
    const full = extractArticle("Kyiv asks for air defense\n\nUkrainian President Volodymyr Zelensky urged allies to send more air defense systems on Tuesday.");
    const variant = extractArticle("Talks in Berlin\n\nVolodymyr Zelenskyy met Chancellor Olaf Scholz in Berlin on Friday.");
    const surname = extractArticle("Summit ends\n\nZelensky left the NATO summit in Brussels early on Wednesday.");
    expect(surname.extraction.entities.map((e) => e.id)).toContain("person:zelensky");
    const graph = buildGraph([surname, variant, full]);
    const people = graph.filterNodes((_n, a) => a.kind === "person" && /zelensk/i.test(a.label));
    expect(people).toHaveLength(1);
    const node = graph.getNodeAttributes(people[0]);
    expect(node.articles).toEqual([full.record.id, surname.record.id, variant.record.id].sort());
    expect(node.aliases).toEqual(expect.arrayContaining(["Zelensky", "Volodymyr Zelenskyy"]));
    // Every article's edges hang on the one node.
    expect(node.label).toBe("Volodymyr Zelensky");
    expect(graph.edges(people[0]).length).toBe(2);
    expect(graph.export()).toEqual(buildGraph([full, surname, variant]).export());
  });

  it("does not depend on the order articles come in, layout included", () => {
    const g1 = buildGraph([articleA, articleB]);
    const g2 = buildGraph([articleB, articleA]);
    layoutGraph(g1);
    layoutGraph(g2);
    expect(JSON.stringify(g2.export())).toBe(JSON.stringify(g1.export()));
    g1.forEachNode((_, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
  });
});

describe("graph queries", () => {
  const g = buildGraph([articleA, articleB]);
  it("finds nodes by name prefix and alias, ignoring case and accents", () => {
    expect(searchNodes(g, "anna")[0].id).toBe("person:anna-berg");
    expect(searchNodes(g, "BÉRG")[0].id).toBe("person:anna-berg");
    expect(searchNodes(g, "sylvanian")[0].id).toBe("country:sylvania");
    expect(searchNodes(g, "zzz")).toEqual([]);
  });
  it("finds a name asked for in the possessive", () => {
    expect(searchNodes(g, "Berg's")[0].id).toBe("person:anna-berg");
    expect(searchNodes(g, "Anna Berg\u2019s")[0].id).toBe("person:anna-berg");
    expect(searchNodes(g, "zzz's")).toEqual([]);
  });
  it("finds a name spelt with one or two other final letters, scored below a match", () => {
    const exact = searchNodes(g, "Sylvania")[0];
    const near = searchNodes(g, "Sylvaniya")[0];
    expect(near.id).toBe("country:sylvania");
    expect(near.score).toBeLessThan(exact.score);
    expect(searchNodes(g, "Sylvaniaxx")[0].id).toBe("country:sylvania");
    expect(searchNodes(g, "Sylvaniaxxx")).toEqual([]);
    // Never down to fewer than four letters: "Omaxy" is not cut to "Oma" (which would find Omar Vale).
    expect(searchNodes(g, "Omaxy")).toEqual([]);
  });
  it("collects neighbours to the asked depth in both directions", () => {
    expect([...egoNodes(g, "person:omar-vale", 1)].sort()).toEqual(["country:sylvania", "person:omar-vale"]);
    expect(egoNodes(g, "person:omar-vale", 2).has("person:anna-berg")).toBe(true);
    expect(egoNodes(g, "person:omar-vale", 2).has("event:harbour-summit")).toBe(false);
  });
});

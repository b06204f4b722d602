// The chunked writers: the same bytes as the string writers they replaced (tests/export/reference.ts), whatever the
// graph; chunks of bounded size; and one layout throughout, though positions change in place mid-document.
import { describe, expect, it } from "vitest";
import { threeArticleState } from "../helpers/queryFixtures.ts";
import { syntheticState } from "../../bench/synthetic.ts";
import { emptyGraph } from "../../server/graph/build.ts";
import type { KnowledgeGraph, NodeAttributes } from "../../server/graph/types.ts";
import { FORMATS, type ExportFormat, type ExportOptions } from "../../server/export/formats.ts";
import { CHUNK_CHARS, joinChunks } from "../../server/export/chunks.ts";
import { neighborhoodGraph } from "../../server/export/subgraph.ts";
import { queryIndexFor } from "../../server/graph/queryIndex.ts";
import { refCsv, refCypher, refGexf, refGraphml, refJson } from "./reference.ts";

const CASES: [string, ExportFormat, ExportOptions, (g: KnowledgeGraph) => string][] = [
  ["gexf", "gexf", {}, refGexf],
  ["graphml", "graphml", {}, refGraphml],
  ["json", "json", {}, refJson],
  ["csv nodes", "csv", { table: "nodes" }, (g) => refCsv(g, "nodes")],
  ["csv edges", "csv", { table: "edges" }, (g) => refCsv(g, "edges")],
  ["cypher", "cypher", {}, refCypher],
];

const three = threeArticleState();
const synthetic = syntheticState({ edges: 2000, seed: 7 }).graph;
const hoodIx = queryIndexFor(three);

/** Strings every escaping has to get right: quotes of both kinds, markup, whitespace that XML attributes normalise,
 * control characters XML cannot carry, a lone surrogate, an astral character, a separator that looks like a list. */
const NASTY = `O'Brien & "Sons" <b>x</b>\ta\nb\r\nc \u0001\u001f\u2028 \uD800 🙂 a | b`;

/** A graph whose attribute model depends on order: the first node has no aliases (so the aliases column comes after
 * mentionCount), an integer confidence on every edge but one (a double wins), empty and missing values. */
function awkwardGraph(): KnowledgeGraph {
  const g = emptyGraph();
  const node = (id: string, a: Partial<NodeAttributes>) =>
    g.addNode(id, { kind: "person", label: id, aliases: [], mentionCount: 1, articles: [], x: 0, y: -0, size: 1, ...a });
  node("a", { label: NASTY, articles: ["art-1", "art-2"] });
  node(`b ${NASTY}`, { kind: "organization", aliases: [NASTY, "B"], mentionCount: 2 ** 40, x: 1e-7, y: -123.456, size: 0.1 + 0.2 });
  node("c", { label: "", kind: "topic", x: NaN, y: Infinity, size: 0 });
  node("d", { kind: "event" });
  g.addDirectedEdgeWithKey("e1", "a", `b ${NASTY}`, { type: "stance", polarity: "oppose", act: "urges", confidence: 1, articles: ["art-1"], evidence: [{ article: "art-1", start: 0, end: 5, text: NASTY }] });
  g.addDirectedEdgeWithKey(`e2 ${NASTY}`, `b ${NASTY}`, "c", { type: "member_of", title: "", confidence: 0.75, articles: [], evidence: [] });
  g.addDirectedEdgeWithKey("e3", "c", "a", { type: "holds_position", title: NASTY, confidence: 0, articles: ["x"], evidence: [{ article: "x", start: 1, end: 2, text: "" }] });
  g.addDirectedEdgeWithKey("e4", "a", "a", { type: "part_of", confidence: 2, articles: [], evidence: [] });
  return g;
}

const graphs: [string, () => KnowledgeGraph][] = [
  ["the three-article graph", () => three.graph],
  ["a neighbourhood of it", () => neighborhoodGraph(hoodIx, hoodIx.nodeIndex.get("person:omar-vale")!, 2)],
  ["a synthetic 2,000-edge graph", () => synthetic],
  ["an awkward graph", awkwardGraph],
  ["an empty graph", emptyGraph],
];

describe("chunked export writers", () => {
  for (const [graphName, make] of graphs) {
    it(`write ${graphName} byte for byte as the string writers did, in every format`, () => {
      const g = make();
      for (const [name, format, opts, ref] of CASES) {
        const expected = ref(g);
        expect(FORMATS[format].write(g, opts), name).toBe(expected);
        expect(joinChunks(FORMATS[format].chunks(g, opts)), name).toBe(expected);
      }
    });
  }

  it("hand over a large document in chunks of about CHUNK_CHARS, not in one piece", () => {
    for (const [name, format, opts] of CASES) {
      const chunks = [...FORMATS[format].chunks(synthetic, opts)];
      const total = chunks.reduce((n, c) => n + c.length, 0);
      expect(chunks.filter((c) => c.length > 0).length, name).toBeGreaterThanOrEqual(Math.floor(total / (2 * CHUNK_CHARS)));
      // A chunk is full once it passes CHUNK_CHARS: it exceeds it by at most one node or edge.
      expect(Math.max(...chunks.map((c) => c.length)), name).toBeLessThan(CHUNK_CHARS + 20_000);
    }
  });

  it("GEXF escapes graph metadata as graphology-gexf did", () => {
    const g = awkwardGraph();
    g.setAttribute("creator", NASTY);
    g.setAttribute("lastModifiedDate", "2025-01-02");
    g.setAttribute("weird name", 3);
    expect(FORMATS.gexf.write(g, {})).toBe(refGexf(g));
  });

  it("keep the layout a document began with when positions change in place mid-document, as the store lays a graph out", () => {
    const g = syntheticState({ edges: 2000, seed: 3 }).graph;
    for (const [name, format, opts, ref] of CASES) {
      const before = ref(g);
      const saved = g.mapNodes((_, a) => [a.x, a.y, a.size]);
      const chunks = FORMATS[format].chunks(g, opts);
      let text = chunks.next().value ?? "";
      // What store/layouter.ts applyPositions does when the layout worker is done: every node moved, in place.
      g.forEachNode((_, a) => {
        a.x += 1000;
        a.y -= 1000;
        a.size *= 2;
      });
      text += joinChunks(chunks);
      expect(text, name).toBe(before);
      // The change was one the document would have shown (the edge table has no positions).
      if (name !== "csv edges") expect(ref(g), name).not.toBe(before);
      let i = 0;
      g.forEachNode((_, a) => ([a.x, a.y, a.size] = saved[i++]));
    }
  });
});

// graphology's own share of a store reload, in a fresh process: the nodes and edges a reload made (their keys and
// ends, written by `bench/reload.ts --floor`) added to an empty graph, with nothing read from SQLite and nothing
// resolved. `bare`: keys and ends only. `shaped`: attributes of the shapes the rebuild gives (an evidence object per
// evidence sentence, its text a slice of the article's), made as they are added.
//   node --max-old-space-size=8192 --import tsx bench/graphFloor.ts FILE bare|shaped
// Each mode runs in a process of its own: a graph left from the other would make the garbage collector's work larger.
import { readFileSync } from "node:fs";
import { emptyGraph } from "../server/graph/build.ts";
import { prepareAdjacency } from "../server/store/adjacency.ts";
import type { EdgeAttributes, NodeAttributes } from "../server/graph/types.ts";

const [file, mode] = process.argv.slice(2);
if (!file || (mode !== "bare" && mode !== "shaped")) throw new Error("usage: graphFloor.ts FILE bare|shaped");

// The file: a line with the node count, the node ids a line each, then an edge a line: key, source index, target
// index and evidence count, tab-separated.
const lines = readFileSync(file, "utf8").split("\n");
const nodeCount = Number(lines[0]);
const nodes = lines.slice(1, 1 + nodeCount);
const edges = lines
  .slice(1 + nodeCount)
  .filter(Boolean)
  .map((line) => {
    const [key, s, t, evidence] = line.split("\t");
    return { key, source: nodes[Number(s)], target: nodes[Number(t)], evidence: Number(evidence) };
  });
// Article texts to slice evidence from, as the rebuild slices the stored article's text.
const texts = Array.from({ length: 1000 }, (_, i) => `Report ${i}. ` + "Someone spoke about someone else on a day, officials said. ".repeat(40));

const t0 = performance.now();
const c0 = process.cpuUsage();
const graph = emptyGraph();
for (let i = 0; i < nodes.length; i++) {
  const attributes = mode === "bare" ? ({} as NodeAttributes) : { kind: "person" as const, label: nodes[i], aliases: [], mentionCount: 1, articles: [String(i % 1000)], x: 0, y: 0, size: 1 };
  graph.addNode(nodes[i], attributes);
  prepareAdjacency(graph, nodes[i]);
}
for (let i = 0; i < edges.length; i++) {
  const e = edges[i];
  let attributes = {} as EdgeAttributes;
  if (mode === "shaped") {
    const article = String(i % 1000);
    const text = texts[i % 1000];
    const evidence = Array.from({ length: e.evidence }, (_, k) => ({ article, start: 10 + k, end: 60 + k, text: text.slice(10 + k, 60 + k) }));
    attributes = { type: "stance", confidence: 0.5, evidence, articles: [article], polarity: "support", act: "urges" };
  }
  graph.addDirectedEdgeWithKey(e.key, e.source, e.target, attributes);
}
const cpu = process.cpuUsage(c0);
const wall = (performance.now() - t0) / 1000;
console.log(
  `  graphology alone, ${mode === "bare" ? "keys and ends only" : "attributes of the rebuild's shapes"}, fresh process: ${graph.order} nodes, ${graph.size} edges in ${wall.toFixed(2)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s)`,
);

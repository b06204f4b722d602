// What a neighbourhood answer is made of, on the synthetic graph bench/http.ts serves: bytes by part (node and edge
// article lists, evidence previews, keys, numbers…), averaged over the same centres the HTTP bench cycles.
// Usage: npx tsx bench/answerSize.ts [--edges 100k] [--seed 1] [--samples 200] [--depth 2] [--limit 500] [--edge-limit 1000]
import { parseArgs } from "node:util";
import { syntheticState, parseSize, sampleCenters } from "./synthetic.ts";
import { queryIndexFor } from "../server/graph/queryIndex.ts";
import { neighborhood, neighborhoodBody } from "../server/graph/neighborhood.ts";

const { values } = parseArgs({
  options: {
    edges: { type: "string", default: "100k" },
    seed: { type: "string", default: "1" },
    samples: { type: "string", default: "200" },
    depth: { type: "string", default: "2" },
    limit: { type: "string", default: "500" },
    "edge-limit": { type: "string", default: "1000" },
  },
});

const state = syntheticState({ edges: parseSize(values.edges!), seed: Number(values.seed) });
const ix = queryIndexFor(state);
const centers = sampleCenters(ix, Number(values.seed), Number(values.samples));

const parts = new Map<string, number>();
const add = (part: string, bytes: number) => parts.set(part, (parts.get(part) ?? 0) + bytes);
const len = (v: unknown) => Buffer.byteLength(JSON.stringify(v));
let total = 0;
let nodeCount = 0;
let edgeCount = 0;

for (const c of centers) {
  const hood = neighborhood(ix, c, { depth: Number(values.depth), limit: Number(values.limit), edgeLimit: Number(values["edge-limit"]) });
  const body = JSON.parse(neighborhoodBody(ix, hood, Number(values.depth)).toString("utf8")) as {
    graph: { nodes: { key: string; attributes: Record<string, unknown> }[]; edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[] };
  };
  total += len(body);
  nodeCount += body.graph.nodes.length;
  edgeCount += body.graph.edges.length;
  for (const n of body.graph.nodes) {
    add("node key", len(n.key) + 7);
    for (const [k, v] of Object.entries(n.attributes)) add(`node ${k}`, len(k) + 1 + len(v));
  }
  for (const e of body.graph.edges) {
    add("edge key", len(e.key) + 7);
    add("edge source, target", len(e.source) + len(e.target) + 18);
    for (const [k, v] of Object.entries(e.attributes)) add(`edge ${k}`, len(k) + 1 + len(v));
  }
}

const n = centers.length;
console.log(`${state.graph.order} nodes, ${state.graph.size} edges; depth ${values.depth}, limit ${values.limit}, edgeLimit ${values["edge-limit"]}, ${n} centres`);
console.log(`mean answer ${(total / n / 1024).toFixed(1)} KB: ${(nodeCount / n).toFixed(0)} nodes, ${(edgeCount / n).toFixed(0)} edges`);
const rest = total - [...parts.values()].reduce((a, b) => a + b, 0);
for (const [part, bytes] of [...parts, ["punctuation (braces, commas, attribute wrappers)", rest] as const].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${part.padEnd(48)} ${(bytes / n / 1024).toFixed(1).padStart(7)} KB   ${((100 * bytes) / total).toFixed(1).padStart(5)} %`);
}

// The explorer's opening on a large graph: GET /api/overview's answer (the best-connected nodes and the ties among
// them) against the whole graph's, on the synthetic graphs: bytes and CPU time, the first call (fragments encoded)
// and the next ones.
//   NODE_OPTIONS=--max-old-space-size=8192 npx tsx bench/overview.ts [--sizes 100k,1M] [--limit 2000] [--edge-limit 8000]
import { parseArgs } from "node:util";
import { loadavg } from "node:os";
import { syntheticState, parseSize } from "./synthetic.ts";
import { queryIndexFor } from "../server/graph/queryIndex.ts";
import { overview } from "../server/graph/overview.ts";
import { subgraphBody } from "../server/graph/subgraphBody.ts";
import { graphViewChunks } from "../server/api/serialize.ts";

const { values } = parseArgs({
  options: { sizes: { type: "string", default: "100k" }, limit: { type: "string", default: "2000" }, "edge-limit": { type: "string", default: "8000" } },
});
const limit = Number(values.limit);
const edgeLimit = Number(values["edge-limit"]);
const cpuMs = (f: () => void) => {
  const c = process.cpuUsage();
  f();
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000;
};

console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
for (const size of values.sizes!.split(",").map(parseSize)) {
  const state = syntheticState({ edges: size, seed: 1 });
  const ix = queryIndexFor(state);
  let bytes = 0;
  let nodes = 0;
  let edges = 0;
  const answer = () => {
    const view = overview(ix, { limit, edgeLimit });
    const body = subgraphBody(ix, `{"truncated":${view.truncated},"graph":{"nodes":[`, view.nodes, view.edges);
    bytes = body.length;
    nodes = view.nodes.length;
    edges = view.edges.length;
  };
  const first = cpuMs(answer);
  const next = Array.from({ length: 5 }, () => cpuMs(answer)).sort((a, b) => a - b)[2];
  let wholeBytes = 0;
  const whole = cpuMs(() => {
    for (const chunk of graphViewChunks(state)) wholeBytes += Buffer.byteLength(chunk);
  });
  console.log(
    `${state.graph.order} nodes, ${state.graph.size} edges: overview of ${nodes} nodes, ${edges} edges = ${(bytes / 2 ** 20).toFixed(2)} MiB, CPU ${first.toFixed(0)} ms the first time, ${next.toFixed(1)} ms after (median of 5); the whole graph ${(wholeBytes / 2 ** 20).toFixed(1)} MiB, CPU ${whole.toFixed(0)} ms`,
  );
}

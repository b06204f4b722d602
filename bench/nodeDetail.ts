// Node detail of the biggest hub in the reload bench's store (run bench/reload.ts first to build it): answer size and
// CPU time of GET /api/nodes/:id's body, with the default limit and without one.
//   npx tsx bench/nodeDetail.ts [100k|1M] [--samples 20]
import { copyFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseSize } from "./synthetic.ts";
import { GraphStore } from "../server/store/graphStore.ts";
import { nodeView } from "../server/api/serialize.ts";
import { memoized } from "../server/api/quotes.ts";
import { nodeQuery } from "../server/api/querySchemas.ts";

const args = process.argv.slice(2);
const edges = parseSize(args.find((a) => !a.startsWith("--")) ?? "100k");
const samples = Number(args[args.indexOf("--samples") + 1] || 20) || 20;
const source = join(tmpdir(), "stancegraph-bench", `reload-v3-${edges}.db`);
if (!existsSync(source)) throw new Error(`${source} is missing: run bench/reload.ts ${args[0] ?? "100k"} first`);
// A copy: opening migrates the store, and the bench's own store stays as bench/reload.ts made it.
const path = join(tmpdir(), `stancegraph-node-detail-${process.pid}.db`);
copyFileSync(source, path);
const store = GraphStore.open(path, { extract: () => Promise.reject(new Error("read only")), layout: "off" });
const state = store.current();
const { graph } = state;
let hub = "";
graph.forEachNode((n) => {
  if (!hub || graph.degree(n) > graph.degree(hub)) hub = n;
});
const quotes = (id: string) => store.reader.quotes(id);
const defaultLimit = nodeQuery.parse({}).limit;
console.log(`hub ${hub}: ${graph.degree(hub)} edges, ${graph.getNodeAttribute(hub, "articles").length} articles`);
for (const [name, limit] of [[`limit ${defaultLimit} (default)`, defaultLimit], ["no limit", Infinity]] as const) {
  const cpu: number[] = [];
  let bytes = 0;
  for (let i = 0; i < samples; i++) {
    const c = process.cpuUsage();
    bytes = Buffer.byteLength(JSON.stringify(nodeView(state, hub, memoized(quotes), limit)));
    const u = process.cpuUsage(c);
    cpu.push((u.user + u.system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  console.log(`  ${name}: ${(bytes / 1e6).toFixed(2)} MB, CPU p50 ${cpu[Math.floor(samples / 2)].toFixed(1)} ms, max ${cpu[samples - 1].toFixed(1)} ms`);
}
await store.close();
rmSync(path, { force: true });
for (const suffix of ["-wal", "-shm"]) rmSync(path + suffix, { force: true });

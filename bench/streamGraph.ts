// GET /api/graph on a synthetic graph: the whole graph as one string (res.json of graphView, as before streaming)
// against the streamed answer (streamBody of graphViewChunks, the route as it is). For each: the bytes, the time to
// the client's last byte, the server's CPU, the longest event-loop block while the answer was made and sent
// (perf_hooks monitorEventLoopDelay, 1 ms resolution), and how long small requests (/api/stats, sent one after the
// other by the same client during the download) waited: what everyone else sees while a big answer goes out.
// The client is a child process (Node's http), so its reading and parsing do not count against the server's loop.
// Usage: node --expose-gc --import tsx bench/streamGraph.ts [--edges 100k] [--rounds 3] [--seed 1] [--modes one-string,streamed]
// (--expose-gc: a full collection before each download, outside the figures.) At 1M edges give Node a bigger heap
// (NODE_OPTIONS=--max-old-space-size=12000); the one-string answer there (516 MB) is just under V8's string limit
// (2^29 - 24 characters), so a somewhat bigger graph cannot be answered that way at all.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { loadavg } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import express from "express";
import { syntheticState, parseSize } from "./synthetic.ts";
import { createApp } from "../server/api/app.ts";
import { graphView } from "../server/api/serialize.ts";
import { queryIndexFor } from "../server/graph/queryIndex.ts";

const { values } = parseArgs({
  options: {
    edges: { type: "string", default: "100k" },
    rounds: { type: "string", default: "3" },
    seed: { type: "string", default: "1" },
    modes: { type: "string", default: "one-string,streamed" },
  },
});
const modes = values.modes!.split(",");
const load = () => loadavg().map((x) => x.toFixed(1)).join(" ");

const state = syntheticState({ edges: parseSize(values.edges!), seed: Number(values.seed) });
queryIndexFor(state); // the probes' /api/stats answers from the index: built before, not during, the download
const app = express();
// Before: the one-string answer the route gave until it streamed.
app.get("/before/graph", (_req, res) => {
  res.json(graphView(state));
});
app.use(createApp({ current: () => state }));
const server = createServer(app);
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// The client: downloads `big`, counting bytes, and meanwhile asks `probe` one request at a time until it is done.
const CLIENT = `
const http = require("node:http");
const [big, probe] = process.argv.slice(1);
const t0 = performance.now();
let done = false;
const probes = [];
const ask = () => {
  if (done) return;
  const t = performance.now();
  http.get(probe, (r) => { r.resume(); r.on("end", () => { if (!done) probes.push(performance.now() - t); setTimeout(ask, 20); }); });
};
http.get(big, (res) => {
  let bytes = 0;
  res.on("data", (c) => (bytes += c.length));
  res.on("end", () => {
    done = true;
    console.log(JSON.stringify({ status: res.statusCode, bytes, ms: performance.now() - t0, probes }));
    process.exit(0);
  });
});
setTimeout(ask, 5);
`;

function download(path: string): Promise<{ status: number; bytes: number; ms: number; probes: number[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", CLIENT, `${base}${path}`, `${base}/api/stats`], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`client exited ${code}`))));
  });
}

async function measure(name: string, path: string) {
  (globalThis as { gc?: () => void }).gc?.();
  const eld = monitorEventLoopDelay({ resolution: 1 });
  eld.enable();
  const c0 = process.cpuUsage();
  const r = await download(path);
  const c = process.cpuUsage(c0);
  eld.disable();
  const p = [...r.probes].sort((a, b) => a - b);
  const probeText = p.length ? `${p.length} answered, p50 ${p[Math.floor(p.length / 2)].toFixed(1)} / max ${p[p.length - 1].toFixed(1)} ms` : "none answered before the end";
  console.log(
    `  ${name.padEnd(10)} ${r.status} ${r.bytes} bytes (${(r.bytes / 2 ** 20).toFixed(1)} MiB) in ${r.ms.toFixed(0).padStart(5)} ms, server CPU ${((c.user + c.system) / 1000).toFixed(0).padStart(5)} ms, ` +
      `longest event-loop block ${(eld.max / 1e6).toFixed(1).padStart(6)} ms (p99 ${(eld.percentile(99) / 1e6).toFixed(1)}), ` +
      `/api/stats meanwhile: ${probeText}  (load ${load()})`,
  );
}

console.log(`${state.graph.order} nodes, ${state.graph.size} edges, ${state.articles.size} articles; node ${process.version}; load average ${load()}`);
for (let round = 1; round <= Number(values.rounds); round++) {
  console.log(`round ${round}`);
  if (modes.includes("one-string")) await measure("one string", "/before/graph");
  if (modes.includes("streamed")) await measure("streamed", "/api/graph");
}
server.close();

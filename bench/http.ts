// Neighbourhood requests over loopback with autocannon: the real express app beside bare node:http handlers on the
// same synthetic graph, in a child process (one core serves, the other runs autocannon).
// Usage: npx tsx bench/http.ts [--edges 100k] [--connections 50] [--duration 10] [--seed 1] [--depths 1,2] [--edge-limit 1000]
//        npx tsx bench/http.ts --bodies 150,200,230,245,300,372 [--connections 50] [--duration 10]
// --edge-limit sets the answers' edgeLimit (the route's default is 1000): answer size against throughput and p99.
// The app runs again last, since the first run after start can pay for garbage collections of the build.
// A fourth server answers a constant body of the mean answer's size, no query: what loopback HTTP alone allows at
// that size and concurrency (on the development machine throughput falls off a cliff once some 10 MB are in flight,
// 50 answers of 200 KB; see README). --bodies runs only such servers, a body of each size in KB: where that cliff is.
import { fork, type ChildProcess } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { syntheticState, parseSize, sampleCenters } from "./synthetic.ts";
import { bareNeighborhoodJson } from "./bare.ts";
import { createApp } from "../server/api/app.ts";
import { queryIndexFor } from "../server/graph/queryIndex.ts";
import { neighborhood, neighborhoodBody } from "../server/graph/neighborhood.ts";
import { AnswerBuffers } from "../server/api/answerBuffers.ts";

const { values } = parseArgs({
  options: {
    edges: { type: "string", default: "100k" },
    connections: { type: "string", default: "50" },
    duration: { type: "string", default: "10" },
    seed: { type: "string", default: "1" },
    samples: { type: "string", default: "200" },
    depths: { type: "string", default: "1,2" },
    "edge-limit": { type: "string", default: "1000" },
    bodies: { type: "string" },
    serve: { type: "boolean", default: false },
  },
});

interface Ready {
  app: number;
  constant: number;
  bareGraphology: number;
  bareIndex: number;
  centers: string[];
  nodes: number;
  edges: number;
}

function listen(server: { listen(port: number, host: string, cb: () => void): unknown; address(): AddressInfo | string | null }): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

/** A server that answers a constant body of the size `sizeOf` gives a request's URL, and runs no query: loopback HTTP
 * alone. */
function constantBodyServer(sizeOf: (url: string) => number | undefined) {
  const bodies = new Map<number, Buffer>();
  return createServer((req, res) => {
    const size = sizeOf(req.url ?? "");
    if (size === undefined) return void res.writeHead(404).end();
    let body = bodies.get(size);
    if (!body) bodies.set(size, (body = Buffer.alloc(size, 0x20)));
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": body.length }).end(body);
  });
}

/** `/bytes/N` answers N bytes. */
async function serveBodies() {
  const server = constantBodyServer((url) => {
    const size = Number(/^\/bytes\/(\d+)$/.exec(url)?.[1] ?? NaN);
    return Number.isSafeInteger(size) ? size : undefined;
  });
  process.on("message", () => process.send!(process.cpuUsage()));
  process.send!({ port: await listen(server) });
}

async function mainBodies() {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [...process.argv.slice(2), "--serve"], { execArgv: ["--import", "tsx"] });
  const { port } = await new Promise<{ port: number }>((resolve) => child.once("message", (m) => resolve(m as { port: number })));
  const duration = Number(values.duration);
  console.log(`a constant body, no query; ${values.connections} connections, ${duration} s per run; load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  try {
    for (const kb of values.bodies!.split(",").map(Number)) {
      const path = `/bytes/${kb * 1024}`;
      await run(port, [path], Math.min(3, duration));
      const before = await serverCpu(child);
      const r = await run(port, [path], duration);
      const cpu = ((await serverCpu(child)) - before) / r.requests.total;
      console.log(`  ${String(kb).padStart(5)} KB ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   server CPU ${cpu.toFixed(2)} ms/req   ${r.errors} errors`);
    }
    console.log(`load average at the end ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  } finally {
    child.kill();
  }
}

async function serve() {
  const state = syntheticState({ edges: parseSize(values.edges!), seed: Number(values.seed) });
  const ix = queryIndexFor(state);
  const centers = sampleCenters(ix, Number(values.seed), Number(values.samples)).map((u) => ix.nodeIds[u]);
  const app = createApp({ current: () => state });
  const appServer = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => appServer.once("listening", resolve));

  const parse = (url: string) => {
    const u = new URL(url, "http://x");
    const m = /^\/api\/nodes\/([^/]+)\/neighbors$/.exec(u.pathname);
    return m ? { id: decodeURIComponent(m[1]), depth: Number(u.searchParams.get("depth") ?? 1), limit: Number(u.searchParams.get("limit") ?? 500) } : null;
  };
  // Bare node:http + bare graphology traversal and one JSON.stringify.
  const bareGraphology = createServer((req, res) => {
    const q = parse(req.url ?? "");
    if (!q || !state.graph.hasNode(q.id)) return void res.writeHead(404).end();
    const body = bareNeighborhoodJson(state.graph, q.id, q.depth, q.limit, Number(values["edge-limit"]), state.articles);
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) }).end(body);
  });
  // Bare node:http + the app's own query code: what express adds on top.
  const answers = new AnswerBuffers();
  const bareIndex = createServer((req, res) => {
    const q = parse(req.url ?? "");
    const center = q ? ix.nodeIndex.get(q.id) : undefined;
    if (!q || center === undefined) return void res.writeHead(404).end();
    const hood = neighborhood(ix, center, { depth: q.depth, limit: q.limit, edgeLimit: Number(values["edge-limit"]) });
    const body = neighborhoodBody(ix, hood, q.depth, (size) => answers.take(size));
    res.once("close", () => answers.give(body));
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": body.length }).end(body);
  });
  // The mean answer size at each depth (this also encodes the fragments those answers use).
  const meanSize = new Map<number, number>();
  for (const depth of values.depths!.split(",").map(Number)) {
    let total = 0;
    for (const id of centers) total += neighborhoodBody(ix, neighborhood(ix, ix.nodeIndex.get(id)!, { depth, limit: 500, edgeLimit: Number(values["edge-limit"]) }), depth).length;
    meanSize.set(depth, Math.round(total / centers.length));
  }
  const constant = constantBodyServer((url) => {
    const q = parse(url);
    return q ? meanSize.get(q.depth) : undefined;
  });
  const ready: Ready = {
    app: (appServer.address() as AddressInfo).port,
    constant: await listen(constant),
    bareGraphology: await listen(bareGraphology),
    bareIndex: await listen(bareIndex),
    centers,
    nodes: state.graph.order,
    edges: state.graph.size,
  };
  // The server's CPU time (all its threads, GC included) on request, so that each run can give CPU per request.
  process.on("message", () => process.send!(process.cpuUsage()));
  process.send!(ready);
}

function serverCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once("message", (m) => resolve(((m as NodeJS.CpuUsage).user + (m as NodeJS.CpuUsage).system) / 1000));
    child.send("cpu");
  });
}

function run(port: number, paths: string[], duration: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url: `http://127.0.0.1:${port}`, connections: Number(values.connections), duration, timeout: 30, requests: paths.map((path) => ({ method: "GET", path })) },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

async function main() {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [...process.argv.slice(2), "--serve"], { execArgv: ["--import", "tsx"] });
  const ready = await new Promise<Ready>((resolve) => child.once("message", (m) => resolve(m as Ready)));
  const duration = Number(values.duration);
  console.log(`${ready.nodes} nodes, ${ready.edges} edges; ${values.connections} connections, ${duration} s per run, ${ready.centers.length} centres cycled; load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  try {
    for (const depth of values.depths!.split(",").map(Number)) {
      const paths = ready.centers.map((id) => `/api/nodes/${encodeURIComponent(id)}/neighbors?depth=${depth}&limit=500&edgeLimit=${values["edge-limit"]}`);
      const results: Record<string, autocannon.Result> = {};
      const cpu: Record<string, number> = {};
      for (const [name, port] of [["express app", ready.app], ["bare http + same query code", ready.bareIndex], ["bare http + graphology", ready.bareGraphology], ["bare http, constant body", ready.constant], ["express app, again", ready.app]] as const) {
        // Warm-up: every path once (the JSON fragment caches), then a short run (the JIT).
        for (const path of paths) await (await fetch(`http://127.0.0.1:${port}${path}`)).arrayBuffer();
        await run(port, paths, Math.min(3, duration));
        const before = await serverCpu(child);
        const r = await run(port, paths, duration);
        cpu[name] = ((await serverCpu(child)) - before) / r.requests.total;
        if (r.non2xx) throw new Error(`${name}: ${r.non2xx} answers were not 2xx`);
        results[name] = r;
      }
      const app = results["express app"];
      const bytes = (r: autocannon.Result) => Math.round(r.throughput.total / Math.max(1, r.requests.total) / 1024);
      console.log(`\ndepth ${depth}, limit 500, edgeLimit ${values["edge-limit"]}: ${bytes(app)} KB an answer`);
      for (const [name, r] of Object.entries(results)) {
        const ratio = name.startsWith("express app") ? "" : `   app/this req/s ${(app.requests.average / r.requests.average).toFixed(2)}`;
        console.log(`  ${name.padEnd(30)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   server CPU ${cpu[name].toFixed(2)} ms/req   ${r.errors} errors (${r.timeouts} timeouts)${ratio}`);
      }
    }
    console.log(`\nload average at the end ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  } finally {
    child.kill();
  }
}

if (values.serve) await (values.bodies ? serveBodies() : serve());
else await (values.bodies ? mainBodies() : main());

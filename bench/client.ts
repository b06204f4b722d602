// Client bench: the explorer in headless Chromium at 1k, 10k and 50k synthetic nodes (5 edges a node).
// Prints time to first pixels (explorer and a bare sigma page, same graph, same run), main-thread ms per frame
// while the camera moves, and ForceAtlas2 iterations per second in the page beside the same layout in Node.
// Run: npx tsx bench/client.ts [--client DIR] [--profile DIR] [sizes...]   (software WebGL here: frame rates are a floor)
//   --client DIR   the built client to serve (default dist/client, built when missing)
//   --profile DIR  also writes CPU profiles of the page's main thread (load, camera, FA2) for each size
import { createServer, type Server } from "node:http";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "vite";
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { CDPSession, Page } from "playwright-core";
import { ROOT, launchBrowser } from "../tests/helpers/browser.ts";

const KINDS = ["person", "organization", "country", "location", "event", "topic"] as const;
const TYPES = ["holds_position", "member_of", "participates_in", "located_in", "part_of", "stance", "stance", "stance"] as const;
const POLARITIES = ["support", "oppose", "neutral"] as const;

/** A deterministic scale-free-ish graph: 5 edges a node, targets drawn towards earlier, busier nodes. */
export function syntheticGraph(order: number, seed = 42) {
  let s = seed >>> 0;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  const nodes = [];
  for (let i = 0; i < order; i++) {
    const kind = KINDS[i % KINDS.length];
    nodes.push({ key: `${kind}:n${i}`, attributes: { kind, label: `Node ${i}`, aliases: [], mentionCount: 1, articles: ["a1"], x: (rand() - 0.5) * 1000, y: (rand() - 0.5) * 1000, size: 5 } });
  }
  const edges = [];
  for (let i = 0; i < order; i++) {
    for (let k = 0; k < 5; k++) {
      let j = Math.floor(Math.pow(rand(), 2) * order);
      if (j === i) j = (j + 1) % order;
      const type = TYPES[Math.floor(rand() * TYPES.length)];
      edges.push({
        key: `e${i}-${k}`,
        source: nodes[i].key,
        target: nodes[j].key,
        attributes: {
          type,
          ...(type === "stance" ? { polarity: POLARITIES[Math.floor(rand() * 3)], act: "supports" } : {}),
          confidence: 0.8,
          evidence: [{ article: "a1", start: 0, end: 10, text: "A sentence." }],
          articles: ["a1"],
        },
      });
    }
  }
  return { attributes: {}, options: { type: "directed", multi: true, allowSelfLoops: false }, nodes, edges };
}

const MIME: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };

export function serve(dirs: { prefix: string; dir: string }[], graphJson: () => string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/api/graph") {
      res.writeHead(200, { "content-type": "application/json" });
      return void res.end(graphJson());
    }
    if (path.startsWith("/api/articles")) {
      res.writeHead(200, { "content-type": "application/json" });
      return void res.end(JSON.stringify({ total: 1, articles: [{ id: "a1", title: "Synthetic", date: "2025-06-04", source: "bench" }] }));
    }
    if (path.startsWith("/api/")) {
      res.writeHead(404, { "content-type": "application/json" });
      return void res.end(JSON.stringify({ error: { code: "not_found", message: `No route for GET ${path}` } }));
    }
    const root = dirs.find((d) => path.startsWith(d.prefix))!;
    let file = normalize(join(root.dir, path.slice(root.prefix.length)));
    if (!file.startsWith(root.dir)) return void res.writeHead(403).end();
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root.dir, "index.html");
    res.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    const a = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}` });
  }));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] : NaN;
};

/** Moves the camera every animation frame for `ms` and measures sigma's render work and the frame interval. */
async function cameraFrames(page: Page, ms: number): Promise<{ renderMs: number[]; intervals: number[] }> {
  return page.evaluate(
    (duration) =>
      new Promise<{ renderMs: number[]; intervals: number[] }>((resolve) => {
        // The explorer's renderer, or the bare page's.
        const r = (window.__stancegraph?.renderer ?? window.__bareRenderer)!;
        const cam = r.getCamera();
        const renderMs: number[] = [];
        const intervals: number[] = [];
        let began = 0;
        r.on("beforeRender", () => (began = performance.now()));
        r.on("afterRender", () => renderMs.push(performance.now() - began));
        const start = performance.now();
        let last = start;
        const step = (now: number) => {
          intervals.push(now - last);
          last = now;
          const t = (now - start) / 1000;
          cam.setState({ x: 0.5 + 0.2 * Math.cos(t * 2), y: 0.5 + 0.2 * Math.sin(t * 2), ratio: 0.6 + 0.3 * Math.sin(t) });
          if (now - start < duration) requestAnimationFrame(step);
          else setTimeout(() => resolve({ renderMs, intervals: intervals.slice(1) }), 100);
        };
        requestAnimationFrame(step);
      }),
    ms,
  );
}

/** Main-thread task time (CDP Performance.TaskDuration, in ms) spent while `work` runs. */
async function taskMs<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const read = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    return (metrics.find((m) => m.name === "TaskDuration")?.value ?? 0) * 1000;
  };
  const before = await read();
  const result = await work();
  return { result, ms: (await read()) - before };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Runs `work` under the V8 sampling profiler; writes the profile and prints its busiest functions (self time). */
async function profiled<T>(cdp: CDPSession, dir: string | null, name: string, work: () => Promise<T>): Promise<T> {
  if (!dir) return work();
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
  await cdp.send("Profiler.start");
  const result = await work();
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: CpuProfile };
  writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byName = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    const f = node.callFrame;
    const label = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop() ?? ""}:${f.lineNumber + 1}`;
    byName.set(label, (byName.get(label) ?? 0) + ms);
    if (f.functionName !== "(idle)") busy += ms;
  }
  const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 14);
  process.stderr.write(`  profile ${name}: ${busy.toFixed(0)} ms busy of ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms\n`);
  for (const [label, ms] of top) process.stderr.write(`    ${ms.toFixed(0).padStart(7)} ms  ${label}\n`);
  return result;
}

async function fa2InPage(page: Page, ms: number): Promise<number> {
  const before = await page.evaluate(() => window.__stancegraph!.layoutIterations());
  const t0 = Date.now();
  // Clicked from inside the page: a busy page would fail the driver's "stable element" wait, not the user's click.
  await page.evaluate(() => document.getElementById("layout-toggle")!.click());
  await page.waitForTimeout(ms);
  await page.evaluate(() => document.getElementById("layout-toggle")!.click());
  const elapsed = (Date.now() - t0) / 1000;
  await page.waitForFunction(() => !window.__stancegraph!.layoutRunning, null, { timeout: 300_000 });
  const after = await page.evaluate(() => window.__stancegraph!.layoutIterations());
  return (after - before) / elapsed;
}

function fa2InNode(data: ReturnType<typeof syntheticGraph>, budgetMs: number): number {
  const g = new Graph({ multi: true, type: "directed" });
  g.import(data as never);
  const settings = forceAtlas2.inferSettings(g);
  let t = performance.now();
  forceAtlas2.assign(g, { iterations: 1, settings, getEdgeWeight: null });
  const one = performance.now() - t;
  const n = Math.max(3, Math.min(500, Math.floor(budgetMs / Math.max(one, 0.01))));
  t = performance.now();
  forceAtlas2.assign(g, { iterations: n, settings, getEdgeWeight: null });
  return n / ((performance.now() - t) / 1000);
}

/** Reads `--client DIR`, `--profile DIR` and the sizes from the command line. */
function parseArgs(argv: string[]): { clientDir: string; profileDir: string | null; orders: number[] } {
  let clientDir = join(ROOT, "dist/client");
  let profileDir: string | null = null;
  const orders: number[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--client") clientDir = resolve(argv[++i] ?? "");
    else if (argv[i] === "--profile") profileDir = resolve(argv[++i] ?? "");
    else if (Number(argv[i]) > 0) orders.push(Number(argv[i]));
    else throw new Error(`Unknown argument ${argv[i]}: expected --client DIR, --profile DIR or node counts`);
  }
  return { clientDir, profileDir, orders: orders.length ? orders : [1000, 10000, 50000] };
}

async function main(): Promise<void> {
  const { clientDir, profileDir, orders } = parseArgs(process.argv.slice(2));
  if (!existsSync(join(clientDir, "index.html"))) {
    if (clientDir !== join(ROOT, "dist/client")) throw new Error(`No built client in ${clientDir}: run npx vite build --outDir ${clientDir}`);
    await build({ configFile: join(ROOT, "vite.config.ts"), logLevel: "warn" });
  }
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const bareDir = mkdtempSync(join(tmpdir(), "stancegraph-bare-"));
  await build({ configFile: false, root: join(ROOT, "bench/client-bare"), base: "/bare/", logLevel: "warn", build: { outDir: bareDir, emptyOutDir: true, chunkSizeWarningLimit: 5000 } });

  let json = "";
  const { server, url } = await serve([{ prefix: "/bare/", dir: bareDir }, { prefix: "/", dir: clientDir }], () => json);
  const browser = await launchBrowser({ width: 1280, height: 800 });
  // Each size prints as soon as it is measured: the biggest one takes minutes.
  const head = ["nodes", "edges", "explorer first px ms", "bare sigma first px ms", "JSON parsed ms (expl/bare)", "explorer settled ms", "render ms/frame med/p95", "main-thread ms/frame (expl/bare)", "fps while moving (expl/bare)", "FA2 it/s page", "FA2 it/s bare worker", "FA2 it/s node"];
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(head[i].length)).join("  ");
  console.log(line(head));
  try {
    for (const order of orders) {
      const data = syntheticGraph(order);
      json = JSON.stringify(data);
      const mb = (json.length / 1e6).toFixed(1);
      process.stderr.write(`${order} nodes, ${data.edges.length} edges, ${mb} MB of JSON…\n`);
      const fa2Ms = order >= 50000 ? 8000 : 4000;

      const bare = await browser.context.newPage();
      await bare.goto(`${url}/bare/`);
      await bare.waitForFunction(() => window.__bare !== undefined, null, { timeout: 600_000 });
      const bareT = await bare.evaluate(() => window.__bare!);
      const bareCdp = await bare.context().newCDPSession(bare);
      await bareCdp.send("Performance.enable");
      const { result: bareFrames, ms: bareTaskMs } = await taskMs(bareCdp, () => cameraFrames(bare, 4000));
      await bareCdp.detach();
      // The worker alone, sigma not listening: what the page could reach without the explorer around it.
      const bareIts = await bare.evaluate((ms) => window.__bareFa2!(ms), fa2Ms);
      await bare.close();

      const page = await browser.context.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Performance.enable");
      await profiled(cdp, profileDir, `${order}-load`, async () => {
        await page.goto(url);
        await page.waitForFunction(() => window.__stancegraph?.ready === true, null, { timeout: 600_000 });
      });
      const t = await page.evaluate(() => window.__stancegraph!.timings);
      await page.waitForFunction(() => window.__stancegraph!.pending === 0 && !window.__stancegraph!.layoutRunning, null, { timeout: 600_000 });
      const idle = await page.evaluate(() => performance.now());
      const { result: frames, ms: frameTaskMs } = await profiled(cdp, profileDir, `${order}-camera`, () => taskMs(cdp, () => cameraFrames(page, 4000)));
      const pageIts = await profiled(cdp, profileDir, `${order}-fa2`, () => fa2InPage(page, fa2Ms));
      await cdp.detach();
      await page.close();
      const nodeIts = fa2InNode(data, 3000);

      console.log(line([
        String(order),
        String(data.edges.length),
        `${Math.round(t.firstPixels)}`,
        `${Math.round(bareT.firstPixels)}`,
        `${Math.round(t.graphLoaded)} / ${Math.round(bareT.graphLoaded)}`,
        `${Math.round(idle)}`,
        `${median(frames.renderMs).toFixed(1)} / ${p95(frames.renderMs).toFixed(1)}`,
        `${(frameTaskMs / Math.max(1, frames.intervals.length)).toFixed(1)} / ${(bareTaskMs / Math.max(1, bareFrames.intervals.length)).toFixed(1)}`,
        `${(1000 / median(frames.intervals)).toFixed(1)} / ${(1000 / median(bareFrames.intervals)).toFixed(1)}`,
        pageIts.toFixed(1),
        bareIts.toFixed(1),
        nodeIts.toFixed(1),
      ]));
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(bareDir, { recursive: true, force: true });
  }
  console.log("Times are from navigation start in the page. main-thread ms/frame: CDP TaskDuration while the camera moves, over frames shown.");
  console.log("Headless Chromium with software WebGL: frame figures are a floor.");
}

// Runs when started as a script, not when imported for its helpers.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

// The query index build after a state swap, synchronous against sliced: total CPU, and how long the event loop is held
// at a time (the longest slice as the driver times it, and the longest gap an independent 1 ms timer sees, which
// counts garbage collection and anything else that holds the thread).
// Usage: node --max-old-space-size=8192 [--expose-gc] --import tsx bench/warm.ts [--sizes 100k,1M] [--seed 1] [--rounds 2]
// Rounds alternate synchronous and sliced builds of fresh indexes; the first round also pays for compiling the code.
// With --expose-gc a full collection runs before each build (outside the figures), so that a build does not also pay
// for marking what came before it (the graph just generated): on a loaded machine V8's marker threads get little CPU
// and the main thread does most of the marking of a 1M-edge graph's heap (over a GB) in steps of up to a second.
import { parseArgs } from "node:util";
import { loadavg } from "node:os";
import { syntheticState, parseSize } from "./synthetic.ts";
import { queryIndexSteps } from "../server/graph/queryIndex.ts";
import { searchIndexSteps } from "../server/graph/querySearch.ts";
import { runSliced, runSteps, SLICE_MS } from "../server/graph/steps.ts";
import { summary } from "./stats.ts";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "100k,1M" }, seed: { type: "string", default: "1" }, rounds: { type: "string", default: "2" } } });
const load = () => loadavg().map((x) => x.toFixed(1)).join(" ");

/** Runs fn while a 1 ms interval timer notes the longest gap between its ticks; answers CPU, wall and that gap. */
async function watched(fn: (onSlice: (ms: number) => void) => unknown) {
  (globalThis as { gc?: () => void }).gc?.();
  let last = performance.now();
  let gap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 1);
  const slices: number[] = [];
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn((ms) => slices.push(ms));
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  // The last tick before the end: a synchronous run is one gap from start to end.
  await new Promise((resolve) => setImmediate(resolve));
  gap = Math.max(gap, performance.now() - last);
  clearInterval(timer);
  return { cpu: (c.user + c.system) / 1000, wall, gap, slices };
}

function line(name: string, r: Awaited<ReturnType<typeof watched>>) {
  let out = `  ${name.padEnd(16)} CPU ${r.cpu.toFixed(0).padStart(6)} ms   wall ${r.wall.toFixed(0).padStart(6)} ms   longest event-loop gap ${r.gap.toFixed(1).padStart(7)} ms`;
  if (r.slices.length > 1) {
    const s = summary(r.slices);
    out += `   ${r.slices.length} slices: longest ${Math.max(...r.slices).toFixed(1)} ms, p99 ${s.p99.toFixed(1)}, p50 ${s.p50.toFixed(1)}`;
  }
  console.log(out);
}

const gcFirst = typeof (globalThis as { gc?: unknown }).gc === "function";
console.log(`node ${process.version}, slices of ${SLICE_MS} ms, ${gcFirst ? "a full GC before each build" : "no GC forced"}; load average ${load()}`);
for (const size of values.sizes!.split(",").map(parseSize)) {
  const state = syntheticState({ edges: size, seed: Number(values.seed) });
  const { graph, articles } = state;
  console.log(`\n${graph.order} nodes, ${graph.size} edges (load ${load()})`);
  for (let round = 1; round <= Number(values.rounds); round++) {
    const sync = await watched(() => runSteps(queryIndexSteps(graph, articles)));
    line(`index, at once`, sync);
    let nodeIds: string[] = [];
    const sliced = await watched(async (onSlice) => (nodeIds = (await runSliced(queryIndexSteps(graph, articles), { onSlice })).nodeIds));
    line(`index, sliced`, sliced);
    line(`search, at once`, await watched(() => runSteps(searchIndexSteps(graph, nodeIds))));
    line(`search, sliced`, await watched((onSlice) => runSliced(searchIndexSteps(graph, nodeIds), { onSlice })));
    console.log(`  round ${round}: sliced index CPU ${(sliced.cpu / sync.cpu).toFixed(2)}x of at once (load ${load()})`);
  }
}
console.log(`\nload average at the end ${load()}`);

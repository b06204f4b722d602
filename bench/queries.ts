// In-process query latency on synthetic graphs, beside a bare graphology traversal of the same graph in the same run.
// Usage: npx tsx bench/queries.ts [--sizes 10k,100k,1M] [--samples 400] [--seed 1] [--repeat 1]
// --repeat N times each query N times and keeps the fastest: on a shared, loaded machine this removes the time the
// process spent descheduled, which otherwise dominates the p99 of sub-millisecond queries. The neighbourhood rows are
// also given in CPU time (process.cpuUsage), which other processes on the machine do not inflate.
import { parseArgs } from "node:util";
import { loadavg } from "node:os";
import { syntheticState, parseSize, rng } from "./synthetic.ts";
import { bareNeighborhoodJson } from "./bare.ts";
import { summary, ms, time, cpuTime } from "./stats.ts";
import { queryIndexFor, warmQueryIndex } from "../server/graph/queryIndex.ts";
import { AnswerBuffers } from "../server/api/answerBuffers.ts";
import { neighborhood, neighborhoodBody } from "../server/graph/neighborhood.ts";
import { shortestPaths } from "../server/graph/paths.ts";
import { searchIndexed } from "../server/graph/search.ts";
import { fold } from "../server/graph/normalize.ts";
import type { KnowledgeGraph } from "../server/graph/types.ts";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "10k,100k,1M" }, samples: { type: "string", default: "400" }, seed: { type: "string", default: "1" }, repeat: { type: "string", default: "1" } } });
const samples = Number(values.samples);
const seed = Number(values.seed);
const repeat = Math.max(1, Number(values.repeat));
const best = (fn: () => unknown) => {
  let t = Infinity;
  for (let i = 0; i < repeat; i++) t = Math.min(t, time(fn));
  return t;
};

/** Shortest-path length by a bare undirected BFS over graphology's forEachNeighbor. */
function bareDistance(graph: KnowledgeGraph, from: string, to: string, maxLength: number): number {
  const seen = new Set([from]);
  let frontier = [from];
  for (let d = 1; d <= maxLength && frontier.length; d++) {
    const next: string[] = [];
    for (const u of frontier) {
      let found = false;
      graph.forEachNeighbor(u, (v) => {
        if (v === to) found = true;
        if (!seen.has(v)) {
          seen.add(v);
          next.push(v);
        }
      });
      if (found) return d;
    }
    frontier = next;
  }
  return -1;
}

/** The plain linear search: every name of every node folded and scored per query. */
function bareSearch(graph: KnowledgeGraph, query: string, limit: number): number {
  const q = fold(query);
  const hits: [string, number, number][] = [];
  graph.forEachNode((id, a) => {
    let best = 0;
    for (const name of [a.label, ...a.aliases]) {
      const n = fold(name);
      const s = n === q ? 100 : n.startsWith(q) ? 80 : ` ${n}`.includes(` ${q}`) ? 60 : n.includes(q) ? 20 : 0;
      if (s > best) best = s;
    }
    if (best) hits.push([id, best, a.mentionCount]);
  });
  hits.sort((x, y) => y[1] - x[1] || y[2] - x[2]);
  return hits.slice(0, limit).length;
}

function row(name: string, times: number[], base?: number[]) {
  const s = summary(times);
  let line = `  ${name.padEnd(34)} p50 ${ms(s.p50)} ms   p99 ${ms(s.p99)} ms`;
  if (base) {
    const b = summary(base);
    line += `   (bare p50 ${ms(b.p50)}  p99 ${ms(b.p99)};  p99 ratio ${(s.p99 / b.p99).toFixed(2)}x)`;
  }
  console.log(line);
}

console.log(`node ${process.version}, ${samples} samples per query, seed ${seed}, best of ${repeat} per sample; load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
for (const size of values.sizes!.split(",").map(parseSize)) {
  let t = performance.now();
  const state = syntheticState({ edges: size, seed });
  const buildMs = performance.now() - t;
  t = performance.now();
  const c0 = process.cpuUsage();
  const ix = queryIndexFor(state);
  const indexMs = performance.now() - t;
  const indexCpu = process.cpuUsage(c0);
  const { graph } = state;
  console.log(`\n${graph.order} nodes, ${graph.size} edges: synthetic graph ${buildMs.toFixed(0)} ms, query index ${indexMs.toFixed(0)} ms (CPU ${((indexCpu.user + indexCpu.system) / 1000).toFixed(0)} ms)`);

  // Centres drawn as edge endpoints: degree-biased, so hubs are queried as often as news readers would click them.
  const r = rng(seed + 17);
  const centers = Array.from({ length: samples }, () => {
    const e = Math.floor(r() * ix.edgeIds.length);
    return r() < 0.5 ? ix.edgeSource[e] : ix.edgeTarget[e];
  });
  // As the route does: answer buffers reused once the answer is gone (here at once).
  const answers = new AnswerBuffers();
  const ours = (u: number, depth: number) => {
    const hood = neighborhood(ix, u, { depth, limit: 500, edgeLimit: 1000 });
    answers.give(neighborhoodBody(ix, hood, depth, (size) => answers.take(size)));
  };
  // First calls (fragments not yet encoded), then warm calls; ours and the bare traversal in separate loops, so
  // that the garbage one makes is not collected (on other threads, in CPU time) while the other is timed.
  for (const depth of [1, 2]) {
    const cold: number[] = [];
    for (const u of centers) cold.push(time(() => ours(u, depth)));
    const warm = centers.map((u) => best(() => ours(u, depth)));
    const cpu = centers.map((u) => cpuTime(() => ours(u, depth)));
    const bare = centers.map((u) => best(() => bareNeighborhoodJson(graph, ix.nodeIds[u], depth, 500)));
    const bareCpu = centers.map((u) => cpuTime(() => bareNeighborhoodJson(graph, ix.nodeIds[u], depth, 500)));
    row(`depth-${depth} limit 500 (first call)`, cold, bare);
    row(`depth-${depth} limit 500`, warm, bare);
    row(`depth-${depth} limit 500, CPU time`, cpu, bareCpu);
  }
  {
    // What a state swap can start in the background (on a fresh index, so that it encodes from scratch).
    const fresh = { graph, articles: new Map(state.articles) };
    queryIndexFor(fresh);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const encoded = await warmQueryIndex(fresh);
    const c = process.cpuUsage(c0);
    console.log(`  warmQueryIndex (fresh index; search index and ${encoded} fragments) in ${(performance.now() - t0).toFixed(0)} ms wall, ${((c.user + c.system) / 1000).toFixed(0)} ms CPU`);
  }

  const pairs = Array.from({ length: Math.min(samples, 200) }, () => [centers[Math.floor(r() * centers.length)], Math.floor(r() * ix.nodeIds.length)]);
  const pathTimes: number[] = [];
  const barePath: number[] = [];
  let agree = 0;
  for (const [a, b] of pairs) {
    let len = -1;
    let bareLen = -1;
    pathTimes.push(best(() => (len = shortestPaths(ix, a, b, { maxLength: 4, maxPaths: 10 })[0]?.edges.length ?? -1)));
    barePath.push(best(() => (bareLen = bareDistance(graph, ix.nodeIds[a], ix.nodeIds[b], 4))));
    if (len === bareLen) agree++;
  }
  row(`paths maxLength 4 (${agree}/${pairs.length} agree)`, pathTimes, barePath);

  const queries = Array.from({ length: Math.min(samples, 200) }, () => {
    const label = ix.search.labels[Math.floor(r() * ix.nodeIds.length)];
    return label.slice(0, 1 + Math.floor(r() * 4));
  });
  const searchTimes: number[] = [];
  const bareTimes: number[] = [];
  for (const q of queries.slice(0, size >= 1e6 ? 20 : queries.length)) bareTimes.push(time(() => bareSearch(graph, q, 20)));
  for (const q of queries) searchTimes.push(best(() => searchIndexed(ix, q, { limit: 20 })));
  row("search prefix 1-4 chars, limit 20", searchTimes, bareTimes);
}
console.log(`\nload average at the end ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);

// Store reload benchmark: builds a synthetic store (per-article extractions, evidence as exact sentences of the
// article text, as the extractor gives), then times the rebuild of the graph from it and the heap it takes.
//   node --max-old-space-size=8192 --import tsx bench/reload.ts [--layout] [--sliced] [--floor] [--curations N] 100k 1M
// --curations N times the rebuild with N curations of every kind (bench/curations.ts) beside the same rebuild without
// them, alternating, in one rolled-back transaction (the cached store keeps none).
// Stores are cached in $TMPDIR/stancegraph-bench/ (deterministic: same size, same store).
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { PerformanceObserver } from "node:perf_hooks";
import { rng, parseSize } from "./synthetic.ts";
import { openDatabase } from "../server/store/schema.ts";
import { ArticleWriter } from "../server/store/write.ts";
import { loadState, loadStateSliced, type LoadedState } from "../server/store/load.ts";
import { curationSteps } from "../server/store/curatedLoad.ts";
import { runSteps } from "../server/graph/steps.ts";
import { layoutGraph } from "../server/graph/layout.ts";
import { applySavedLayout, generation, saveLayout } from "../server/store/layoutCache.ts";
import type { Entity, EntityKind, Relation, RelationType } from "../server/extract/types.ts";
import type { ExtractedArticle } from "../server/graph/build.ts";
import type { DB } from "../server/store/schema.ts";
import { CurationLog } from "../server/store/curations.ts";
import { syntheticCurations } from "./curations.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const RELATIONS_PER_ARTICLE = 40;
const KINDS: EntityKind[] = ["person", "person", "person", "organization", "organization", "country", "location", "event", "topic"];
const TYPES: RelationType[] = ["stance", "stance", "stance", "member_of", "holds_position", "participates_in", "located_in", "part_of"];
const ACTS = ["urges", "supports", "criticizes", "warns", "praises", "opposes"];
const POLARITIES = ["support", "oppose", "neutral"] as const;
const SYL = ["an", "ber", "ca", "dor", "el", "fa", "gun", "ir", "jo", "ka", "lin", "mor", "na", "os", "ri", "sol", "ta", "ul", "ve", "zen"];

function entityPool(n: number, r: () => number) {
  const word = () => {
    let w = "";
    for (let i = 0, k = 2 + Math.floor(r() * 2); i < k; i++) w += SYL[Math.floor(r() * SYL.length)];
    return w[0].toUpperCase() + w.slice(1);
  };
  // A syllable spelling of i: distinct entities have distinct names and ids (kind:slug, as the extractor makes them),
  // as in real text; the store resolves entities across articles by name, so look-alike names would merge.
  const own = (i: number) => {
    let w = "";
    do {
      w += SYL[i % SYL.length];
      i = Math.floor(i / SYL.length);
    } while (i > 0);
    return w[0].toUpperCase() + w.slice(1);
  };
  return Array.from({ length: n }, (_, i) => {
    const kind = KINDS[Math.floor(r() * KINDS.length)];
    const name = kind === "person" ? `${word()} ${own(i)}` : kind === "organization" ? `${own(i)} Council` : own(i);
    return { id: `${kind}:${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`, kind, name, alias: kind === "person" ? name.split(" ")[1] : null };
  });
}

/** One synthetic article: relation sentences between skewed-random entities, with exact spans. */
function syntheticArticle(i: number, pool: ReturnType<typeof entityPool>, r: () => number): ExtractedArticle {
  const pickEntity = () => pool[Math.floor(pool.length * Math.pow(r(), 2.5))];
  let text = `Synthetic report ${i}\n\n`;
  const entities = new Map<string, Entity>();
  const relations: Relation[] = [];
  const mention = (e: (typeof pool)[number], start: number) => {
    let entity = entities.get(e.id);
    if (!entity) entities.set(e.id, (entity = { id: e.id, kind: e.kind, name: e.name, aliases: e.alias ? [e.alias] : [], mentions: [] }));
    entity.mentions.push({ start, end: start + e.name.length, form: "name" });
  };
  for (let k = 0; k < RELATIONS_PER_ARTICLE; k++) {
    const a = pickEntity();
    let b = pickEntity();
    if (b === a) b = pool[(pool.indexOf(a) + 1) % pool.length];
    const type = TYPES[Math.floor(r() * TYPES.length)];
    const start = text.length;
    const sentence = `${a.name} ${type === "stance" ? "spoke about" : "is linked to"} ${b.name} on day ${Math.floor(r() * 2000)}, officials said.`;
    text += sentence + " ";
    mention(a, start);
    mention(b, start + sentence.indexOf(b.name, a.name.length));
    const relation: Relation = { source: a.id, target: b.id, type, attributes: {}, evidence: [{ start, end: start + sentence.length, text: sentence }], confidence: 0.5 + Math.floor(r() * 50) / 100 };
    if (type === "stance") {
      relation.polarity = POLARITIES[Math.floor(r() * 3)];
      relation.attributes.act = ACTS[Math.floor(r() * ACTS.length)];
    }
    if (type === "holds_position") relation.attributes.title = "Minister";
    relations.push(relation);
  }
  const id = (BigInt(i) * 0x9e3779b97f4a7c15n & 0xffffffffffffffffn).toString(16).padStart(16, "0");
  const meta = { title: `Synthetic report ${i}`, date: "2025-01-01", source: "Synthetic Wire" };
  return { record: { id, ...meta, text }, extraction: { article: meta, entities: [...entities.values()], relations, quotes: [] } };
}

function buildStore(path: string, edges: number): void {
  const r = rng(7);
  const pool = entityPool(Math.round(edges / 3), r);
  const db = openDatabase(path);
  const writer = new ArticleWriter(db);
  const articles = Math.ceil(edges / RELATIONS_PER_ARTICLE);
  const t = performance.now();
  // Many articles per outer transaction: each add() is then a savepoint; only the build speed changes.
  for (let i = 0; i < articles; i += 500) {
    db.transaction(() => {
      for (let j = i; j < Math.min(articles, i + 500); j++) writer.add({ ...syntheticArticle(j, pool, r), url: null });
    })();
  }
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  console.log(`built store: ${articles} articles in ${((performance.now() - t) / 1000).toFixed(1)} s -> ${path}`);
}

const args = process.argv.slice(2);
const withLayout = args.includes("--layout");
const sliced = args.includes("--sliced");
const floor = args.includes("--floor");
const curationsAt = args.indexOf("--curations");
const curationCount = curationsAt >= 0 ? Number(args[curationsAt + 1]) : 0;
const sizes = args.filter((a, i) => !a.startsWith("--") && i !== curationsAt + 1).map(parseSize);

/** CPU and wall seconds of one rebuild, after a full collection; what the curations did, when there were any. */
function timedLoad(db: DB): { cpu: number; wall: number; active: number; idle: number } {
  gc();
  const t = performance.now();
  const c = process.cpuUsage();
  const { curations } = loadState(db);
  const u = process.cpuUsage(c);
  const effects = [...curations.values()];
  return { cpu: (u.user + u.system) / 1e6, wall: (performance.now() - t) / 1000, active: effects.filter((e) => !e.idle).length, idle: effects.filter((e) => e.idle).length };
}

/** The rebuild without curations and with `count` of them, alternating, `rounds` times each (CPU seconds: the machine
 * is shared, wall time is a floor), and the curation stage alone on a graph already read. */
function curationCost(db: DB, state: LoadedState, count: number, rounds = 5): void {
  const t = performance.now();
  const specs = syntheticCurations(state, count);
  const made = (performance.now() - t) / 1000;
  const log = new CurationLog(db);
  const plain: ReturnType<typeof timedLoad>[] = [];
  const curated: ReturnType<typeof timedLoad>[] = [];
  const stage: number[] = [];
  for (let i = 0; i < rounds; i++) {
    plain.push(timedLoad(db));
    db.exec("BEGIN");
    try {
      for (const spec of specs) log.add(spec, null);
      curated.push(timedLoad(db));
    } finally {
      db.exec("ROLLBACK");
    }
  }
  for (let i = 0; i < 3; i++) {
    // The stage alone: a graph read without curations, then the curations applied to it.
    const fresh = loadState(db);
    db.exec("BEGIN");
    try {
      for (const spec of specs) log.add(spec, null);
      const c = process.cpuUsage();
      runSteps(curationSteps(db, fresh.graph, fresh.canonical, fresh.articles));
      const u = process.cpuUsage(c);
      stage.push((u.user + u.system) / 1000);
    } finally {
      db.exec("ROLLBACK");
    }
  }
  const cpu = (list: ReturnType<typeof timedLoad>[]) => list.map((x) => x.cpu);
  const best = (xs: number[]) => Math.min(...xs);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const fmt = (xs: number[], digits = 2) => xs.map((x) => x.toFixed(digits)).join(", ");
  const last = curated[curated.length - 1];
  console.log(
    `  ${count} curations (${last.active} active, ${last.idle} idle; made in ${made.toFixed(1)} s): rebuild CPU without ${fmt(cpu(plain))} s, with ${fmt(cpu(curated))} s ` +
      `(wall ${fmt(plain.map((x) => x.wall))} and ${fmt(curated.map((x) => x.wall))} s); best ${best(cpu(plain)).toFixed(2)} against ${best(cpu(curated)).toFixed(2)} s = ${(best(cpu(curated)) / best(cpu(plain))).toFixed(3)}x, ` +
      `median ${median(cpu(plain)).toFixed(2)} against ${median(cpu(curated)).toFixed(2)} s = ${(median(cpu(curated)) / median(cpu(plain))).toFixed(3)}x; the curation stage alone ${fmt(stage, 0)} ms of CPU`,
  );
}

const dir = join(tmpdir(), "stancegraph-bench");
mkdirSync(dir, { recursive: true });

for (const edges of sizes.length ? sizes : [100_000]) {
  // The version in the name drops stores an older generator made.
  const path = join(dir, `reload-v3-${edges}.db`);
  if (!existsSync(path)) buildStore(path, edges);
  gc();
  // Main-thread GC pauses during the load (wall time): the share of the load that is the heap growing.
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  });
  observer.observe({ entryTypes: ["gc"] });
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const db = openDatabase(path);
  const state = loadState(db);
  const textBytes = [...state.articles.values()].reduce((n, a) => n + a.text.length, 0);
  const loadSeconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  // GC entries arrive on a later turn of the event loop.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  gc();
  const heap = process.memoryUsage().heapUsed - heapBefore;
  const { graph } = state;
  console.log(
    `reload ${edges}: ${state.articles.size} articles, ${graph.order} nodes, ${graph.size} edges in ${loadSeconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)} s, GC pauses ${(gcMs / 1000).toFixed(2)} s); heap ${(heap / 2 ** 20).toFixed(0)} MiB = ${(heap / graph.size).toFixed(0)} B/edge (article texts: ${(textBytes / graph.size).toFixed(0)} B/edge of it; ${(graph.reduceNodes((n, _k, a) => n + a.mentionCount, 0) / graph.size).toFixed(1)} mentions/edge)`,
  );
  if (curationCount > 0) curationCost(db, state, curationCount);
  if (floor) {
    // graphology's own share: the same nodes and edges (keys, ends) added to an empty graph in a fresh process each
    // way (bench/graphFloor.ts), not beside the loaded graph, whose heap every major collection would mark again.
    const index = new Map(graph.nodes().map((n, i) => [n, i]));
    const lines = [String(graph.order), ...graph.nodes()];
    graph.forEachEdge((key, a, source, target) => lines.push(`${key}\t${index.get(source)}\t${index.get(target)}\t${a.evidence.length}`));
    const file = join(dir, `floor-${edges}.tsv`);
    writeFileSync(file, lines.join("\n"));
    for (const mode of ["bare", "shaped"]) {
      const run = spawnSync(process.execPath, ["--max-old-space-size=8192", "--import", "tsx", fileURLToPath(new URL("./graphFloor.ts", import.meta.url)), file, mode], { encoding: "utf8" });
      process.stdout.write(run.stdout + run.stderr);
    }
    rmSync(file, { force: true });
  }
  if (sliced) {
    // The rebuild a write triggers in a running server: in slices on a connection of its own.
    const loader = openDatabase(path, { readonly: true });
    let longest = 0;
    let slices = 0;
    const t = performance.now();
    const c = process.cpuUsage();
    await loadStateSliced(loader, db, { onSlice: (ms) => ((longest = Math.max(longest, ms)), slices++) });
    const u = process.cpuUsage(c);
    console.log(
      `  in slices: ${((performance.now() - t) / 1000).toFixed(2)} s (CPU ${((u.user + u.system) / 1e6).toFixed(2)} s), ${slices} slices, the longest ${longest.toFixed(0)} ms`,
    );
    loader.close();
  }
  if (withLayout) {
    const gen = generation(db);
    let t = performance.now();
    if (!applySavedLayout(db, graph, gen)) {
      layoutGraph(graph);
      console.log(`  layout computed in ${((performance.now() - t) / 1000).toFixed(2)} s`);
      t = performance.now();
      saveLayout(db, graph, gen);
      console.log(`  layout saved in ${((performance.now() - t) / 1000).toFixed(2)} s`);
    } else console.log(`  saved layout applied in ${((performance.now() - t) / 1000).toFixed(2)} s`);
  }
  db.close();
  if (process.env.BENCH_CLEAN) rmSync(path, { force: true });
}

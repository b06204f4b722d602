// Ingest benchmark: the bulk-ingest path (worker threads extract, the main thread writes one transaction per
// article) over a corpus folder into a fresh temp store. Prints articles/s overall and once the workers are up.
//   npx tsx bench/ingest.ts [FOLDER=../shared/corpus/bbc-business] [--workers N]
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { ingestPaths } from "../server/ingest/run.ts";
import { openDatabase } from "../server/store/schema.ts";
import { loadState } from "../server/store/load.ts";

const args = process.argv.slice(2);
const w = args.indexOf("--workers");
const workers = w >= 0 ? Number(args[w + 1]) : availableParallelism();
const folder = resolve(args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--workers") ?? "../shared/corpus/bbc-business");

const dir = mkdtempSync(join(tmpdir(), "stancegraph-bench-ingest-"));
try {
  const dbPath = join(dir, "store.db");
  const cpu0 = process.cpuUsage();
  const s = await ingestPaths({ dbPath, paths: [folder], workers });
  const cpu = process.cpuUsage(cpu0);
  const steady = s.articles / (s.seconds - s.workerStartSeconds);
  console.log(`ingest ${folder}: ${s.articles} articles (${s.added} added, ${s.duplicates} duplicates, ${s.nearDuplicates} near-duplicates not stored, ${s.failures} failures) with ${workers} workers`);
  console.log(`  ${s.seconds.toFixed(1)} s total = ${s.articlesPerSecond.toFixed(1)} articles/s; workers ready after ${s.workerStartSeconds.toFixed(1)} s, then ${steady.toFixed(1)} articles/s`);
  console.log(`  process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (all threads); load average at end ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  const db = openDatabase(dbPath);
  const t = performance.now();
  const { graph } = loadState(db);
  console.log(`  store reload: ${graph.order} nodes, ${graph.size} edges in ${((performance.now() - t) / 1000).toFixed(2)} s`);
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

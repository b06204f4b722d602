// The near-duplicate check's cost per article with N articles in the store (default 100k): the store's signature
// index is filled with N signatures (the 510 BBC business articles' own, the rest of unrelated texts), then each BBC
// article, and a lightly edited copy of it, is checked as a new article would be (MinHash signature, band lookups,
// candidates compared). Prints milliseconds per article (signature and lookup apart), CPU, what was found, and the
// index's size per article.
//   npx tsx bench/nearDuplicates.ts [--stored 100k] [FOLDER=../shared/corpus/bbc-business]
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadavg, tmpdir } from "node:os";
import { openDatabase } from "../server/store/schema.ts";
import { NearDuplicateIndex } from "../server/store/nearDuplicates.ts";
import { PERMUTATIONS, signature } from "../server/articles/minhash.ts";
import { lightlyEdited } from "../tests/helpers/newsPages.ts";

const args = process.argv.slice(2);
const s = args.indexOf("--stored");
const stored = s >= 0 ? Number(args[s + 1].replace(/k$/i, "000")) : 100_000;
const folder = resolve(args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--stored") ?? "../shared/corpus/bbc-business");
const texts = readdirSync(folder).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(folder, f), "utf8"));

/** A deterministic stand-in for an unrelated article's signature: 128 values from a seeded xorshift. */
function unrelated(seed: number): Uint32Array {
  let x = (seed * 2654435761) >>> 0 || 1;
  const sig = new Uint32Array(PERMUTATIONS);
  for (let i = 0; i < PERMUTATIONS; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    sig[i] = x >>> 0;
  }
  return sig;
}

const dir = mkdtempSync(join(tmpdir(), "stancegraph-bench-neardup-"));
try {
  const path = join(dir, "store.db");
  const db = openDatabase(path);
  const index = new NearDuplicateIndex(db);
  let t = performance.now();
  db.transaction(() => {
    texts.forEach((text, i) => index.add(`bbc${String(i).padStart(13, "0")}`, signature(text)));
    for (let i = texts.length; i < stored; i++) index.add(i.toString(16).padStart(16, "0"), unrelated(i));
  })();
  const fillS = (performance.now() - t) / 1000;
  db.pragma("wal_checkpoint(TRUNCATE)");
  const bytes = statSync(path).size;
  console.log(`near-duplicates bench: ${stored.toLocaleString("en")} articles indexed in ${fillS.toFixed(1)} s (${((fillS / stored) * 1000).toFixed(3)} ms each); index ${(bytes / 1024 / 1024).toFixed(1)} MB, ${Math.round(bytes / stored)} bytes an article; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);

  for (const [label, queries, expectFound] of [
    ["a new article (none stored)", texts.map((x) => `${x}\n\nUnrelated: ${x.split(" ").reverse().join(" ")}`), false],
    ["a lightly edited copy of a stored one", texts.map(lightlyEdited), true],
  ] as const) {
    let sigMs = 0;
    let lookMs = 0;
    let found = 0;
    const cpu0 = process.cpuUsage();
    for (const q of queries) {
      t = performance.now();
      const sig = signature(q);
      const t2 = performance.now();
      const match = index.nearest(sig);
      lookMs += performance.now() - t2;
      sigMs += t2 - t;
      if (match) found++;
    }
    const cpu = process.cpuUsage(cpu0);
    const n = queries.length;
    console.log(
      `  ${label}: ${n} checked, ${found} found ${expectFound ? "(all expected)" : "(none expected)"}: signature ${(sigMs / n).toFixed(3)} ms + lookup ${(lookMs / n).toFixed(3)} ms = ${((sigMs + lookMs) / n).toFixed(3)} ms an article; CPU ${(((cpu.user + cpu.system) / 1e3) / n).toFixed(3)} ms an article`,
    );
  }
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

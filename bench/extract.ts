// Extractor throughput over the BBC business corpus, beside compromise's bare parse of the same texts, with heap
// use before and after to show memory stays flat.   npx tsx bench/extract.ts [DIR] [--rounds N]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";
import nlpTwo from "compromise/two";
import { extract } from "../server/extract/index.ts";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--")) ?? "../shared/corpus/bbc-business";
const rounds = Number(args[args.indexOf("--rounds") + 1]) || 1;
const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8"));
const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

const heapMb = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1e6;
};
// Wall time, and this process's CPU time: on a busy machine the CPU figure is the one-core throughput.
function time(label: string, run: (t: string) => unknown): void {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const t of texts) run(t);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const n = texts.length * rounds;
  const rate = (x: number, s: number, d: number) => (x / s).toFixed(d).padStart(7);
  console.log(`${label.padEnd(22)} wall ${rate(n, seconds, 1)} articles/s ${rate(megabytes * rounds, seconds, 3)} MB/s | cpu ${rate(n, cpuSeconds, 1)} articles/s ${rate(megabytes * rounds, cpuSeconds, 3)} MB/s  (${n} articles, ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s cpu)`);
}

console.log(`${texts.length} articles, ${megabytes.toFixed(2)} MB from ${dir}, ${rounds} round(s), one core`);
extract(texts[0]); // warm up lexicons and compromise
nlp(texts[0]);
nlpTwo(texts[0]);
const before = heapMb();
time("compromise nlp(text)", (t) => nlp(t));
time("compromise/two (tagger)", (t) => nlpTwo(t));
time("extract(text)", (t) => extract(t));
const after = heapMb();
console.log(`heap used: ${before.toFixed(1)} MB before, ${after.toFixed(1)} MB after${globalThis.gc ? "" : " (run with node --expose-gc for exact figures)"}`);

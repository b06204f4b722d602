// The kinds of misses and extras on a gold set, counted: what `score.mjs` lists per article, tallied by entity
// kind, relation type and stance polarity, as the markdown table docs/errors.md keeps.
//
//   npx tsx scripts/dev-errors.ts [GOLD_DIR]        (default ../shared/eval/dev; texts read relative to its ../..)
//   npx tsx scripts/dev-errors.ts --scores DIR      (tallies score.mjs reports saved as DIR/*.score instead)
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { extract } from "../server/extract/index.ts";

const args = process.argv.slice(2);
const scoresAt = args.indexOf("--scores");
const scoresDir = scoresAt >= 0 ? args[scoresAt + 1] : null;
const goldDir = resolve(args.find((a, i) => !a.startsWith("--") && i !== scoresAt + 1) ?? "../shared/eval/dev");
const root = resolve(goldDir, "..", "..");
const scorer = join(root, "eval", "score.mjs");
const tmp = mkdtempSync(join(tmpdir(), "dev-errors-"));
const counts = new Map<string, number>();
const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);

function tally(report: string): void {
  let section = "";
  for (const line of report.split("\n")) {
    const head = /^(entities|relations|stances|topic stances):/.exec(line);
    if (head) { section = head[1]; continue; }
    const list = /^ {2}(missed|extra|duplicate): (.*)$/.exec(line);
    if (!list) continue;
    for (const item of list[2].split("; ")) {
      if (section === "entities") bump(`entities | ${list[1]} | ${item.split(":")[0]}`);
      else if (section === "relations") bump(`relations | ${list[1]} | ${/-(\w+)->/.exec(item)?.[1] ?? "?"}`);
      else if (section === "stances") bump(`stances | ${list[1]} | ${/\((\w+)\)$/.exec(item)?.[1] ?? /-(\w+)->/.exec(item)?.[1] ?? "?"}`);
      else if (section === "topic stances") bump(`topic stances | ${list[1]} | ${/-(\w+)->/.exec(item)?.[1] ?? "?"}`);
    }
  }
}

if (scoresDir) {
  for (const f of readdirSync(scoresDir).filter((x) => x.endsWith(".score")).sort()) tally(readFileSync(join(scoresDir, f), "utf8"));
} else {
  for (const f of readdirSync(goldDir).filter((x) => x.endsWith(".json")).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), "utf8"));
    const textPath = join(root, gold.article.file);
    const out = join(tmp, f);
    writeFileSync(out, JSON.stringify(extract(readFileSync(textPath, "utf8"))));
    tally(spawnSync(process.execPath, [scorer, out, join(goldDir, f), "--text", textPath], { encoding: "utf8" }).stdout);
  }
}
console.log("| layer | what | kind | count |\n|---|---|---|---|");
for (const [k, n] of [...counts].sort()) console.log(`| ${k} | ${n} |`);

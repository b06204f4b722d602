// Entity resolution across articles on a real corpus: how many entity ids merge into how many nodes, the merges
// themselves (to read for false ones), and the time resolution takes beside extraction.
//   npx tsx bench/resolve.ts [DIR] [--list]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extractArticle } from "../server/graph/article.ts";
import { entityRefs } from "../server/graph/build.ts";
import { canonicalIds } from "../server/graph/resolveAcross.ts";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--")) ?? "../shared/corpus/bbc-business";
const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
const articles = files.map((f) => extractArticle(readFileSync(join(dir, f), "utf8")));
const refs = entityRefs(articles);
const started = process.cpuUsage();
const canonical = canonicalIds(refs);
const cpuMs = (process.cpuUsage(started).user + process.cpuUsage(started).system) / 1000;

const byId = new Map(refs.map((r) => [r.id, r]));
const into = new Map<string, string[]>();
for (const [from, to] of canonical) into.set(to, [...(into.get(to) ?? []), from]);
console.log(`${articles.length} articles, ${refs.length} entity ids: ${canonical.size} merged into ${into.size} nodes; resolution ${cpuMs.toFixed(1)} ms of CPU`);
if (args.includes("--list")) {
  const name = (id: string) => `${byId.get(id)!.names[0]} (${byId.get(id)!.support})`;
  for (const [to, from] of [...into].sort()) console.log(`  ${name(to)} <= ${from.map(name).join(", ")}`);
}

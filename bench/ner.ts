// Tagger speed: model load time, then tokens/s and articles/s over news-like text. Prints wall time and
// CPU time of this process: on a shared machine the second is the steadier figure.
//   npx tsx bench/ner.ts [FILES...]   (plain-text articles; without files, a generated article is used)
import { readFileSync } from "node:fs";
import { loadNerModel, recognizeNames } from "../server/extract/ner/index.ts";
import { tokenize } from "../server/extract/ner/tokenize.ts";

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};

const c0 = process.cpuUsage();
const t0 = performance.now();
loadNerModel();
const loadMs = performance.now() - t0;
const loadCpuMs = cpuSeconds(c0) * 1000;

const files = process.argv.slice(2);
const generated = () => {
  const parts = [
    "LONDON, March 3 (Staff) - Prime Minister Helen Carter said on Monday that Britain would press the European Union",
    "for new talks, while officials at Barclays Plc and the Bank of England declined to comment.",
    '"We are not going to accept that," Mr Carter told reporters in Manchester, adding that France and Germany agreed.',
    "Shares in Vodafone rose 2.5 percent to 310 pence, according to analysts at Goldman Sachs in New York.",
  ];
  let text = "";
  while (text.split(/\s+/).length < 500) text += parts.join(" ") + "\n";
  return [text];
};
const articles = files.length ? files.map((f) => readFileSync(f, "utf8")) : generated();
const tokens = articles.reduce((n, a) => n + tokenize(a).length, 0);

for (const a of articles) recognizeNames(a); // warm up
const rounds = files.length ? 3 : 200;
const c1 = process.cpuUsage();
const t1 = performance.now();
let spans = 0;
for (let r = 0; r < rounds; r++) for (const a of articles) spans += recognizeNames(a).length;
const wall = (performance.now() - t1) / 1000;
const cpu = cpuSeconds(c1);
const n = rounds * articles.length;
console.log(`model load: ${loadMs.toFixed(0)} ms wall, ${loadCpuMs.toFixed(0)} ms CPU`);
console.log(`${n} articles, ${rounds * tokens} tokens, ${spans} names`);
console.log(`wall: ${Math.round((rounds * tokens) / wall)} tokens/s, ${(n / wall).toFixed(1)} articles/s`);
console.log(`CPU:  ${Math.round((rounds * tokens) / cpu)} tokens/s, ${(n / cpu).toFixed(1)} articles/s`);

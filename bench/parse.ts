// Dependency parser speed over the BBC business corpus: model load time, words/s and ms per article of
// the parse alone (UD tokenising, tagging, parsing, from the extractor's own sentence split), then the
// extractor's articles/s (which includes the parse) beside compromise's bare parse of the same texts, in
// the same run. CPU time of this process: on a shared machine the steadier figure.
//   npx tsx bench/parse.ts [DIR] [--rounds N]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";
import { extract } from "../server/extract/index.ts";
import { parseDocument, parseModel } from "../server/extract/parse/index.ts";
import { splitSentences } from "../server/extract/sentences.ts";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--")) ?? "../shared/corpus/bbc-business";
const rounds = Number(args[args.indexOf("--rounds") + 1]) || 1;
const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8"));

const cpu = (run: () => void): number => {
  const c = process.cpuUsage();
  run();
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1e6;
};

const loadMs = cpu(() => parseModel()) * 1000;
console.log(`${texts.length} articles from ${dir}, ${rounds} round(s); parser model loaded in ${loadMs.toFixed(0)} ms (cpu)`);

const sentences = texts.map((t) => splitSentences(t));
let words = 0;
for (let k = 0; k < texts.length; k++) for (const s of parseDocument(texts[k], sentences[k])) words += s.tokens.length;
const parseS = cpu(() => {
  for (let r = 0; r < rounds; r++) for (let k = 0; k < texts.length; k++) parseDocument(texts[k], sentences[k]);
});
const n = texts.length * rounds;
console.log(`parse alone:          ${Math.round((words * rounds) / parseS)} words/s, ${((parseS * 1000) / n).toFixed(2)} ms per article (${words} tokens a round)`);

extract(texts[0]);
nlp(texts[0]);
const bareS = cpu(() => { for (let r = 0; r < rounds; r++) for (const t of texts) nlp(t); });
const extractS = cpu(() => { for (let r = 0; r < rounds; r++) for (const t of texts) extract(t); });
console.log(`compromise nlp(text): ${(n / bareS).toFixed(1)} articles/s`);
console.log(`extract(text):        ${(n / extractS).toFixed(1)} articles/s, with the parse: ${(bareS / extractS).toFixed(2)}x compromise's bare parse`);

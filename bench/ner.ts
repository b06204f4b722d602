// Tagger speed: model load time, then tokens/s and articles/s over generated news-like text.
//   npx tsx bench/ner.ts [FILES...]   (plain-text articles; without files, a generated article is used)
import { readFileSync } from "node:fs";
import { loadNerModel, recognizeNames } from "../server/extract/ner/index.ts";
import { tokenize } from "../server/extract/ner/tokenize.ts";

const t0 = performance.now();
loadNerModel();
const loadMs = performance.now() - t0;

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
const t1 = performance.now();
let spans = 0;
for (let r = 0; r < rounds; r++) for (const a of articles) spans += recognizeNames(a).length;
const sec = (performance.now() - t1) / 1000;
console.log(`model load: ${loadMs.toFixed(0)} ms`);
console.log(`${rounds * articles.length} articles, ${rounds * tokens} tokens, ${spans} names in ${sec.toFixed(2)} s`);
console.log(`${Math.round((rounds * tokens) / sec)} tokens/s, ${((rounds * articles.length) / sec).toFixed(1)} articles/s`);

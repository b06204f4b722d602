// Trains the named-entity tagger (averaged perceptron, greedy BIO decoding) on CoNLL-2003 train and writes
// server/extract/ner/model.json; then scores it on the dev split. Deterministic: fixed seed and order.
//
//   npx tsx scripts/train-ner.ts [--train FILE] [--dev FILE] [--epochs N] [--min-weight W] [--out FILE]
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { documentCasing, sentenceFeatures, type FeatureContext, type SentenceFeatures } from "../server/extract/ner/features.ts";
import { buildGazetteer } from "../server/extract/ner/gazetteer.ts";
import { buildLexicons } from "../server/extract/ner/lexicons.ts";
import { bestAllowed, historyOf, scoreToken } from "../server/extract/ner/decode.ts";
import { PerceptronWeights } from "../server/extract/ner/perceptron.ts";
import { encodeModel, decodeModel, lexiconMap } from "../server/extract/ner/model.ts";
import { readConll, evaluate } from "../server/extract/ner/conll.ts";
import { recognizeWith } from "../server/extract/ner/tagger.ts";
import { tagIndex } from "../server/extract/ner/tags.ts";

const args = process.argv.slice(2);
const flag = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
};
const root = fileURLToPath(new URL("..", import.meta.url));
const trainPath = flag("--train", root + "../shared/corpus/conll2003/eng.train.iob2");
const devPath = flag("--dev", root + "../shared/corpus/conll2003/eng.testa.iob2");
const epochs = Number(flag("--epochs", "10"));
const minWeight = Number(flag("--min-weight", "0.5"));
const outPath = flag("--out", root + "server/extract/ner/model.json");

// Small deterministic PRNG for the per-epoch shuffle.
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const t0 = Date.now();
const lex = buildLexicons();
const gazetteer = buildGazetteer(lex.gazetteer);
const lexicon = lexiconMap(lex.lexicon);

interface Example {
  f: SentenceFeatures;
  gold: Uint8Array;
}
const examples: Example[] = [];
for (const doc of readConll(trainPath)) {
  const words = doc.map((s) => s.map((t) => t.token));
  const ctx: FeatureContext = { gazetteer, lexicon, casing: documentCasing(words) };
  doc.forEach((s, i) => {
    examples.push({ f: sentenceFeatures(words[i], ctx), gold: Uint8Array.from(s.map((t) => tagIndex(t.tag))) });
  });
}
console.log(`${examples.length} training sentences, features in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const weights = new PerceptronWeights();
const random = mulberry32(20030);
const order = examples.map((_, i) => i);
for (let epoch = 1; epoch <= epochs; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let errors = 0, tokens = 0;
  for (const k of order) {
    const { f, gold } = examples[k];
    const tags = new Uint8Array(gold.length);
    for (let i = 0; i < gold.length; i++) {
      const scores = scoreToken(f, i, tags, weights);
      const guess = bestAllowed(scores, i > 0 ? tags[i - 1] : -1);
      if (guess !== gold[i]) {
        errors++;
        weights.update(f.hashes[i], gold[i], guess);
        weights.update(historyOf(), gold[i], guess);
      }
      tags[i] = guess;
      tokens++;
      weights.step++;
    }
  }
  console.log(`epoch ${epoch}: ${errors} token errors of ${tokens}, ${weights.size} features`);
}

const { keys, weights: avg } = weights.averaged(minWeight);
const file = encodeModel(keys, avg, lex.gazetteer, lex.lexicon);
const json = JSON.stringify(file);
writeFileSync(outPath, json);
console.log(`kept ${keys.length} of ${weights.size} features; wrote ${outPath} (${(json.length / 1e6).toFixed(2)} MB)`);

const model = decodeModel(file);
const { report } = evaluate(readConll(devPath), (text) => recognizeWith(model, text));
console.log(`dev (${devPath.split("/").pop()}):\n${report}`);
console.log(`total ${((Date.now() - t0) / 1000).toFixed(1)} s`);

// Trains the named-entity tagger and writes server/extract/ner/model.json, then scores it on the dev split.
// Two averaged-perceptron stages with greedy BIO decoding: stage 1 on token features; stage 2 adds features
// from stage 1's tags over the whole document. Stage 2 learns from stage-1 tags made by models that did not
// see the document (k-fold), as at tagging time. Deterministic: fixed folds, seed and order.
//
//   npx tsx scripts/train-ner.ts [--train FILE] [--dev FILE] [--epochs N] [--folds K] [--min-weight W] [--out FILE]
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { documentFeatures, concat } from "../server/extract/ner/docfeatures.ts";
import { documentCasing, sentenceCase, sentenceFeatures, type FeatureContext, type SentenceFeatures } from "../server/extract/ner/features.ts";
import { buildGazetteer } from "../server/extract/ner/gazetteer.ts";
import { buildLexicons } from "../server/extract/ner/lexicons.ts";
import { bestAllowed, decodeGreedy, historyOf, scoreToken } from "../server/extract/ner/decode.ts";
import { normalizeToken } from "../server/extract/ner/normalize.ts";
import { PerceptronWeights } from "../server/extract/ner/perceptron.ts";
import { encodeModel, decodeModel, lexiconMap } from "../server/extract/ner/model.ts";
import { readConll, evaluate } from "../server/extract/ner/conll.ts";
import { recognizeWith } from "../server/extract/ner/tagger.ts";
import { tagIndex } from "../server/extract/ner/tags.ts";
import { mulberry32, shuffle } from "./random.ts";

const args = process.argv.slice(2);
const flag = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
};
const root = fileURLToPath(new URL("..", import.meta.url));
const trainPath = flag("--train", root + "../shared/corpus/conll2003/eng.train.iob2");
const devPath = flag("--dev", root + "../shared/corpus/conll2003/eng.testa.iob2");
const epochs = Number(flag("--epochs", "10"));
const folds = Number(flag("--folds", "5"));
const minWeight = Number(flag("--min-weight", "0.3"));
const outPath = flag("--out", root + "server/extract/ner/model.json");

const t0 = Date.now();
const secs = () => ((Date.now() - t0) / 1000).toFixed(1) + " s";
const lex = buildLexicons();
const gazetteer = buildGazetteer(lex.gazetteer);
const lexicon = lexiconMap(lex.lexicon);

interface Example {
  f: SentenceFeatures;
  gold: Uint8Array;
}
interface Doc {
  fold: number;
  words: string[][];
  examples: Example[];
  learn: boolean[]; // which sentences are training examples (the rest only give document context)
}

// Reuters headlines are in capitals; many sites write Title Case. A Title Case copy of each capitals
// sentence teaches the model that casing too. Short unknown words stay as they are (likely acronyms).
const MINOR = new Set(["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by", "from", "as", "vs"]);
function titleCase(words: string[]): string[] {
  return words.map((w, i) => {
    if (!/^[A-Z][A-Z'-]*$/.test(w)) return w;
    const lw = w.toLowerCase();
    if (i > 0 && (MINOR.has(lw) || lexicon.get(lw) === "F")) return lw;
    if (w.length <= 3 && !lexicon.has(lw)) return w;
    return w[0] + lw.slice(1);
  });
}

function makeDoc(fold: number, words: string[][], tags: string[][], learn: boolean[]): Doc {
  const ctx: FeatureContext = { gazetteer, lexicon, casing: documentCasing(words) };
  return {
    fold,
    words,
    learn,
    examples: words.map((ws, i) => ({ f: sentenceFeatures(ws, ctx), gold: Uint8Array.from(tags[i].map(tagIndex)) })),
  };
}

const docs: Doc[] = [];
readConll(trainPath).forEach((doc, d) => {
  const words = doc.map((s) => s.map((t) => normalizeToken(t.token)));
  const tags = doc.map((s) => s.map((t) => t.tag));
  docs.push(makeDoc(d % Math.max(folds, 1), words, tags, words.map(() => true)));
  const caps = words.map((ws) => sentenceCase(ws) === "C");
  if (caps.some(Boolean)) docs.push(makeDoc(d % Math.max(folds, 1), words.map((ws, i) => (caps[i] ? titleCase(ws) : ws)), tags, caps));
});
const learned = (doc: Doc) => doc.examples.filter((_, i) => doc.learn[i]);
console.log(`${docs.length} training documents (with Title Case variants), features in ${secs()}`);

function train(examples: Example[], label: string): PerceptronWeights {
  const weights = new PerceptronWeights();
  const random = mulberry32(20030);
  const order = examples.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, random);
    let errors = 0, tokens = 0;
    for (const k of order) {
      const { f, gold } = examples[k];
      const tags = new Uint8Array(gold.length);
      for (let i = 0; i < gold.length; i++) {
        const guess = bestAllowed(scoreToken(f, i, tags, weights), i > 0 ? tags[i - 1] : -1);
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
    if (epoch === epochs) console.log(`${label}: last epoch ${errors} token errors of ${tokens}, ${weights.size} features, ${secs()}`);
  }
  return weights;
}

// Averaged weights as a read-only source, the way the tagger will use them.
function frozen(w: PerceptronWeights) {
  const avg = w.averaged(minWeight);
  return { avg, table: decodeModel(encodeModel([avg], lex.gazetteer, lex.lexicon, minWeight)).stages[0] };
}

// Stage-1 tags for every training document from a model that did not train on it. --folds 0 trains
// stage 1 only (quicker, for experiments).
const stage1Tags: Uint8Array[][] = docs.map(() => []);
for (let k = 0; k < folds && folds > 1; k++) {
  const { table } = frozen(train(docs.filter((d) => d.fold !== k).flatMap(learned), `fold ${k + 1}/${folds}`));
  docs.forEach((doc, d) => {
    if (doc.fold === k) stage1Tags[d] = doc.examples.map((e) => decodeGreedy(e.f, table));
  });
}

const stage1 = frozen(train(docs.flatMap(learned), "stage 1")).avg;
const stage2Examples = folds < 2 ? [] : docs.flatMap((doc, d) => {
  const extra = documentFeatures(doc.words, doc.examples.map((e) => e.f.short), stage1Tags[d]);
  return doc.examples
    .map((e, s) => ({ gold: e.gold, f: { ...e.f, hashes: e.f.hashes.map((h, i) => concat(h, extra[s][i])) } }))
    .filter((_, s) => doc.learn[s]);
});
const stages = [stage1];
if (stage2Examples.length) stages.push(frozen(train(stage2Examples, "stage 2")).avg);

const file = encodeModel(stages, lex.gazetteer, lex.lexicon, minWeight);
const json = JSON.stringify(file);
writeFileSync(outPath, json);
console.log(`kept ${stages.map((s) => s.keys.length).join(" + ")} features; wrote ${outPath} (${(json.length / 1e6).toFixed(2)} MB)`);

const model = decodeModel(file);
const dev = readConll(devPath);
console.log(`dev (${devPath.split("/").pop()}), stage 1 only:\n${evaluate(dev, (text) => recognizeWith({ ...model, stages: model.stages.slice(0, 1) }, text)).report}`);
console.log(`dev, both stages:\n${evaluate(dev, (text) => recognizeWith(model, text)).report}`);
console.log(`total ${secs()}`);

// Trains the UD tagger and dependency parser and writes server/extract/parse/model.json, then scores it
// on the dev file. Tagger: averaged perceptron over joint "UPOS XPOS" tags, two left-to-right passes (the
// second reads the first's tags of the words ahead). Parser: arc-eager with a dynamic oracle and
// exploration, trained on tags predicted by taggers that did not see the sentence (k-fold jackknifing,
// both passes), as at run time. Deterministic: fixed folds, seeds and order.
//
//   npx tsx scripts/train-parser.ts [--train FILE,FILE] [--dev FILE] [--tagger-epochs N] [--epochs N]
//                                   [--folds K] [--min-weight W] [--tagger-min-weight W] [--out FILE]
//                                   [--tag-cache FILE] [--dev-every-epoch] [--try-prune W,W] [--tagger-only]
//                                   [--runs N] [--tagger-runs N] [--tagger-passes 1|2]
// --runs N: the parser is trained N times over different orders of the data and shipped as the mean of the
// runs' weights (parameter mixing); the tagger's two passes likewise, --tagger-runs times (default N).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lexiconMap } from "../server/extract/ner/model.ts";
import { readConllu, FORM, LEMMA, UPOS, XPOS, HEAD, DEPREL } from "../server/extract/parse/conllu.ts";
import { compromiseWordClasses } from "../server/extract/parse/lexicon.ts";
import { lemmatize, ruleLemma } from "../server/extract/parse/lemma.ts";
import { decodeParseModel, MODEL_FORMAT, type ParseModelFile } from "../server/extract/parse/model.ts";
import { analyseWords } from "../server/extract/parse/analyse.ts";
import { parseAtoms, uposClasses } from "../server/extract/parse/parseFeatures.ts";
import { parseSentence } from "../server/extract/parse/parser.ts";
import { numClasses } from "../server/extract/parse/system.ts";
import { projectivize } from "../server/extract/parse/projective.ts";
import { decodeSparse, encodeSparse, mixRows, SparsePerceptron, type SparseRows, type SparseTable } from "../server/extract/parse/sparse.ts";
import { tagPass, tagWords, type TaggerParts } from "../server/extract/parse/tagger.ts";
import { clauseClasses, sentenceAtoms } from "../server/extract/parse/tagFeatures.ts";
import { mulberry32, shuffle } from "./random.ts";

const args = process.argv.slice(2);
const flag = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
};
const root = fileURLToPath(new URL("..", import.meta.url));
const ud = root + "../shared/corpus/ud-english/";
const trainPaths = flag("--train", `${ud}gum-train.conllu,${ud}ewt-dev.conllu`).split(",");
const devPath = flag("--dev", `${ud}gum-dev.conllu`);
const taggerEpochs = Number(flag("--tagger-epochs", "8"));
const epochs = Number(flag("--epochs", "15"));
const folds = Number(flag("--folds", "5"));
const minWeight = Number(flag("--min-weight", "1.25"));
const taggerMinWeight = Number(flag("--tagger-min-weight", "0.5"));
const outPath = flag("--out", root + "server/extract/parse/model.json");
const runs = Number(flag("--runs", "3"));
const taggerRuns = Number(flag("--tagger-runs", String(runs)));
const passes = Number(flag("--tagger-passes", "2"));

const t0 = Date.now();
const secs = () => ((Date.now() - t0) / 1000).toFixed(1) + " s";

interface Sent {
  words: string[];
  tags: string[]; // "UPOS XPOS"
  lemmas: string[];
  heads: Int32Array; // 1..n, [0] unused
  labels: string[];
}
const read = (path: string): Sent[] =>
  readConllu(readFileSync(path, "utf8")).filter((s) => s.words.length).map((s) => {
    const heads = new Int32Array(s.words.length + 1);
    s.words.forEach((w, i) => (heads[i + 1] = Number(w.cols[HEAD])));
    return {
      words: s.words.map((w) => w.cols[FORM]),
      tags: s.words.map((w) => `${w.cols[UPOS]} ${w.cols[XPOS]}`),
      lemmas: s.words.map((w) => w.cols[LEMMA]),
      heads,
      labels: s.words.map((w) => w.cols[DEPREL]),
    };
  });
const train = trainPaths.flatMap(read);
const dev = read(devPath);
const tagSet = [...new Set(train.flatMap((s) => s.tags))].sort();
const labelSet = [...new Set(train.flatMap((s) => s.labels))].sort();
const tagId = new Map(tagSet.map((t, i) => [t, i]));
const labelId = new Map(labelSet.map((l, i) => [l, i]));
console.log(`${train.length} training sentences, ${train.reduce((n, s) => n + s.words.length, 0)} words; ${tagSet.length} tags, ${labelSet.length} labels; ${secs()}`);

// Tag dictionary: frequent words that (almost) always take one tag.
const counts = new Map<string, Map<number, number>>();
for (const s of train) s.words.forEach((w, i) => {
  const m = counts.get(w) ?? new Map<number, number>();
  counts.set(w, m);
  const t = tagId.get(s.tags[i])!;
  m.set(t, (m.get(t) ?? 0) + 1);
});
const tagDict: Record<string, number> = {};
for (const w of [...counts.keys()].sort()) {
  const m = counts.get(w)!;
  let total = 0, top = -1, topN = 0;
  for (const [t, c] of [...m].sort((a, b) => a[0] - b[0])) {
    total += c;
    if (c > topN) { top = t; topN = c; }
  }
  if (total >= 20 && topN / total >= 0.97) tagDict[w] = top;
}
const lexicon = compromiseWordClasses();
const ctx = { lexicon: lexiconMap(lexicon), clause: clauseClasses(tagSet), tagDict: new Map(Object.entries(tagDict)), classes: tagSet.length };

// Quantised and pruned as shipped, so training-time predictions match run time.
const frozen = (w: SparsePerceptron, min = minWeight): SparseTable => decodeSparse(encodeSparse(w.averaged(min)));

// One tagger pass trained on sents; for the second pass, firstTags are the first pass's tags of sents.
function trainTagger(sents: Sent[], label: string, run = 0, firstTags?: Uint8Array[]): SparsePerceptron {
  const weights = new SparsePerceptron(tagSet.length);
  const parts: TaggerParts = { ...ctx, weights };
  const random = mulberry32(1957 + 7919 * run + (firstTags ? 104729 : 0));
  const order = sents.map((_, i) => i);
  const gold = sents.map((s) => Uint8Array.from(s.tags, (t) => tagId.get(t)!));
  const atoms = sents.map((s) => sentenceAtoms(s.words, ctx));
  for (let e = 1; e <= taggerEpochs; e++) {
    shuffle(order, random);
    for (const i of order) tagPass(parts, sents[i].words, atoms[i], weights, { first: firstTags?.[i], train: { gold: gold[i], weights } });
  }
  console.log(`${label}: ${weights.size} features, ${secs()}`);
  return weights;
}
const tagWith = (first: SparseTable, second: SparseTable | undefined, words: string[]) => tagWords({ ...ctx, weights: first, second }, words);

// Jackknifing: fold k's sentences tagged by passes that did not see them. The first pass's jackknifed tags
// of all sentences train the second pass (its input at run time is a first pass that did not see the text).
const fold = (i: number) => Math.floor(i / 20) % folds;
const others = (k: number) => train.filter((_, i) => fold(i) !== k);
const firstPass: Uint8Array[] = new Array(train.length);
const firstTables: SparseTable[] = [];
for (let k = 0; k < folds; k++) {
  const table = frozen(trainTagger(others(k), `tagger fold ${k + 1}/${folds}`), taggerMinWeight);
  firstTables.push(table);
  train.forEach((s, i) => { if (fold(i) === k) firstPass[i] = tagWith(table, undefined, s.words); });
}
const accuracy = (tags: Uint8Array[], sents: Sent[], coarse = false) => {
  let ok = 0, n = 0;
  const name = (t: number) => (coarse ? tagSet[t].split(" ")[0] : tagSet[t]);
  sents.forEach((s, i) => s.tags.forEach((t, j) => { n++; ok += +(name(tags[i][j]) === (coarse ? t.split(" ")[0] : t)); }));
  return (ok / n).toFixed(4);
};
console.log(`jackknifed first-pass tag accuracy ${accuracy(firstPass, train)}`);
const trainTaggerRuns = (second: boolean) => {
  const rows: SparseRows[] = [];
  for (let r = 0; r < taggerRuns; r++) rows.push(trainTagger(train, `tagger ${second ? "second" : "first"} pass run ${r + 1}/${taggerRuns}`, r, second ? firstPass : undefined).averaged(0));
  return mixRows(rows, taggerMinWeight);
};
const taggerRows = trainTaggerRuns(false);
const taggerSecondRows = passes === 2 ? trainTaggerRuns(true) : undefined;
const taggerTable = decodeSparse(encodeSparse(taggerRows));
const taggerSecondTable = taggerSecondRows && decodeSparse(encodeSparse(taggerSecondRows));
const devTags = dev.map((s) => tagWith(taggerTable, taggerSecondTable, s.words));
console.log(`dev tags ${accuracy(devTags, dev)}, UPOS ${accuracy(devTags, dev, true)}; first pass alone UPOS ${accuracy(dev.map((s) => tagWith(taggerTable, undefined, s.words)), dev, true)}`);
// --tagger-only: the tagger's dev accuracy, for tuning it, and nothing else.
if (args.includes("--tagger-only")) process.exit(0);

// Jackknifed tags for the parser's training sentences (--tag-cache FILE keeps them between experiments).
const tagCache = flag("--tag-cache", "");
let predicted: Uint8Array[] = new Array(train.length);
if (tagCache && existsSync(tagCache)) {
  predicted = (JSON.parse(readFileSync(tagCache, "utf8")) as number[][]).map((t) => Uint8Array.from(t));
} else if (passes === 1) {
  predicted = firstPass;
} else {
  for (let k = 0; k < folds; k++) {
    const outside = train.flatMap((_, i) => (fold(i) === k ? [] : [i]));
    const second = frozen(trainTagger(outside.map((i) => train[i]), `tagger second pass fold ${k + 1}/${folds}`, 0, outside.map((i) => firstPass[i])), taggerMinWeight);
    train.forEach((s, i) => { if (fold(i) === k) predicted[i] = tagWith(firstTables[k], second, s.words); });
  }
}
if (tagCache && !existsSync(tagCache)) writeFileSync(tagCache, JSON.stringify(predicted.map((t) => Array.from(t))));
console.log(`jackknifed tag accuracy ${accuracy(predicted, train)}`);

// Parser.
const upos = tagSet.map((t) => t.split(" ")[0]);
const distinctUpos = [...new Set(upos)].sort();
const uposOf = Uint8Array.from(upos, (u) => distinctUpos.indexOf(u));
const rootLabel = labelId.get("root")!;
const classes = uposClasses(distinctUpos);
const uposOfXpos = (x: string) => upos[tagSet.findIndex((t) => t.endsWith(" " + x))] ?? "X";
// Lemmas: the rules, and the training words where the rules are wrong (most frequent lemma per word+tag).
const bases = new Set<string>();
for (const s of train) s.lemmas.forEach((l, i) => { if (/^(VERB|NOUN|ADJ|AUX|ADV)/.test(s.tags[i]) && /^[a-z][a-z'-]*$/.test(l)) bases.add(l); });
for (const cls of ["Infinitive", "Singular", "Adjective", "Uncountable", "Noun", "Verb"]) for (const w of lexicon[cls] ?? []) bases.add(w);
const lemmaCounts = new Map<string, Map<string, number>>();
for (const s of train) s.words.forEach((w, i) => {
  const key = w.toLowerCase() + "\t" + s.tags[i].split(" ")[1];
  const m = lemmaCounts.get(key) ?? new Map<string, number>();
  lemmaCounts.set(key, m);
  m.set(s.lemmas[i], (m.get(s.lemmas[i]) ?? 0) + 1);
});
const lemmas: string[] = [];
for (const key of [...lemmaCounts.keys()].sort()) {
  const best = [...lemmaCounts.get(key)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
  const [w, x] = key.split("\t");
  const u = uposOfXpos(x);
  // Proper nouns keep their case, so their exceptions are not keyed by the lowercase word alone.
  if (u !== "PROPN" && ruleLemma(w, u, x, bases) !== best) lemmas.push(`${key}\t${best}`);
}

const lemmatizer = { exceptions: new Map(lemmas.map((l) => { const [w, x, m] = l.split("\t"); return [w + "\t" + x, m] as [string, string]; })), bases };
const lemmasOf = (words: string[], tags: Uint8Array) => words.map((w, i) => lemmatize(w, upos[tags[i]], tagSet[tags[i]].split(" ")[1], lemmatizer));

// The parser learns the words' tree (punctuation is attached by rule): a word whose gold head is a mark
// left out takes the nearest ancestor that is not.
const examples = train.map((s, i) => {
  const atoms = parseAtoms(s.words.map((w) => w.toLowerCase()), predicted[i], Array.from(predicted[i], (t) => uposOf[t]), lemmasOf(s.words, predicted[i]), classes);
  const index = new Int32Array(s.words.length + 1).fill(-1); // sentence position (1-based) -> parser word (1-based)
  atoms.keep.forEach((p, j) => (index[p + 1] = j + 1));
  const heads = new Int32Array(atoms.n + 1), goldLabel = new Int32Array(atoms.n + 1).fill(-1);
  atoms.keep.forEach((p, j) => {
    let g = s.heads[p + 1], guard = 0;
    while (g > 0 && index[g] < 0 && guard++ < s.words.length) g = s.heads[g];
    heads[j + 1] = g > 0 ? index[g] : 0;
    goldLabel[j + 1] = labelId.get(s.labels[p])!;
  });
  return { atoms, gold: projectivize(heads), goldLabel };
});
function trainParser(run: number): SparseRows {
  const weights = new SparsePerceptron(numClasses(labelSet.length));
  const random = mulberry32(2013 + 7919 * run);
  const order = examples.map((_, i) => i);
  for (let e = 1; e <= epochs; e++) {
    shuffle(order, random);
    const explore = e > 1 ? () => random() < 0.9 : () => false;
    for (const i of order) {
      const x = examples[i];
      parseSentence({ weights, numLabels: labelSet.length, rootLabel }, x.atoms, { gold: x.gold, goldLabel: x.goldLabel, weights, explore });
    }
    const note = args.includes("--dev-every-epoch") ? `, dev UAS of the words ${devWordsUas(decodeSparse(encodeSparse(weights.averaged(minWeight)))).toFixed(4)}` : "";
    console.log(`parser run ${run + 1}/${runs} epoch ${e}/${epochs}: ${weights.size} features${note}, ${secs()}`);
  }
  return weights.averaged(0);
}
function devWordsUas(table: SparseTable): number {
  let uas = 0, words = 0;
  dev.forEach((s, k) => {
    const atoms = parseAtoms(s.words.map((w) => w.toLowerCase()), devTags[k], Array.from(devTags[k], (t) => uposOf[t]), lemmasOf(s.words, devTags[k]), classes);
    const arcs = parseSentence({ weights: table, numLabels: labelSet.length, rootLabel }, atoms);
    // words only (the parser's own decisions)
    atoms.keep.forEach((p, j) => { words++; uas += +((arcs.head[j] === 0 ? 0 : atoms.keep[arcs.head[j] - 1] + 1) === s.heads[p + 1]); });
  });
  return uas / words;
}
const parserRuns = Array.from({ length: runs }, (_, r) => trainParser(r));

const file: ParseModelFile = {
  format: MODEL_FORMAT,
  tags: tagSet,
  labels: labelSet,
  tagDict,
  lexicon,
  lemmas,
  bases: [...bases].sort(),
  tagger: encodeSparse(taggerRows),
  ...(taggerSecondRows ? { tagger2: encodeSparse(taggerSecondRows) } : {}),
  parser: encodeSparse(mixRows(parserRuns, minWeight)),
};
const json = JSON.stringify(file);
writeFileSync(outPath, json);
console.log(`wrote ${outPath} (${(json.length / 1e6).toFixed(2)} MB), ${secs()}`);

// Dev figures, through the run-time path.
function score(model: ReturnType<typeof decodeParseModel>, label: string): void {
  const t = { words: 0, upos: 0, xpos: 0, lemma: 0, uas: 0, las: 0, full: 0, np: 0, uasNP: 0, lasNP: 0 };
  const started = performance.now();
  for (const s of dev) {
    const a = analyseWords(model, s.words);
    s.words.forEach((_, i) => {
      const [gu, gx] = s.tags[i].split(" ");
      const head = a.head[i] === s.heads[i + 1];
      const las = head && a.deprel[i].split(":")[0] === s.labels[i].split(":")[0];
      t.words++; t.upos += +(a.upos[i] === gu); t.xpos += +(a.xpos[i] === gx); t.lemma += +(a.lemma[i] === s.lemmas[i]);
      t.uas += +head; t.las += +las; t.full += +(head && a.deprel[i] === s.labels[i]);
      if (gu !== "PUNCT") { t.np++; t.uasNP += +head; t.lasNP += +las; }
    });
  }
  const f = (x: number, n = t.words) => (x / n).toFixed(4);
  console.log(`${label}: UPOS=${f(t.upos)} XPOS=${f(t.xpos)} lemma=${f(t.lemma)} UAS=${f(t.uas)} LAS=${f(t.las)} LAS(full labels)=${f(t.full)}`);
  console.log(`  without punctuation: UAS=${f(t.uasNP, t.np)} LAS=${f(t.lasNP, t.np)}; ${Math.round(t.words / ((performance.now() - started) / 1000))} words/s`);
}
score(decodeParseModel(JSON.parse(json) as ParseModelFile), `dev ${devPath.split("/").pop()}`);
// --try-prune W,W,...: the dev figures and size of the parser pruned at other thresholds, each written beside --out.
for (const w of flag("--try-prune", "").split(",").filter(Boolean).map(Number)) {
  const other = { ...file, parser: encodeSparse(mixRows(parserRuns, w)) };
  writeFileSync(`${outPath.replace(/\.json$/, "")}.prune${w}.json`, JSON.stringify(other));
  score(decodeParseModel(other), `parser pruned at ${w} (${(JSON.stringify(other).length / 1e6).toFixed(2)} MB)`);
}
console.log(`total ${secs()}`);

// npm run --silent parse -- --conllu FILE: reads CoNLL-U, prints it back with this parser's UPOS, XPOS,
// LEMMA, HEAD and DEPREL (../../../../shared/CONTRACT.md, "Dependency parses"). Tokens are taken as given.
import { readFileSync } from "node:fs";
import { readConllu, writeConllu, FORM } from "./conllu.ts";
import { parseWords } from "./index.ts";

function fail(message: string): never {
  process.stderr.write(`parse: ${message}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
const at = args.indexOf("--conllu");
const path = at >= 0 ? args[at + 1] : undefined;
if (!path) fail("usage: npm run --silent parse -- --conllu FILE");
let text: string;
try {
  text = path === "-" ? readFileSync(0, "utf8") : readFileSync(path, "utf8");
} catch (e) {
  const code = (e as NodeJS.ErrnoException).code;
  fail(code === "ENOENT" ? `no such file: ${path}` : code === "EISDIR" ? `${path} is a directory` : `cannot read ${path}: ${(e as Error).message}`);
}
const chunks: string[] = [];
for (const s of readConllu(text)) {
  const a = parseWords(s.words.map((w) => w.cols[FORM]));
  chunks.push(writeConllu(s, s.words.map((_, i) => ({ lemma: a.lemma[i], upos: a.upos[i], xpos: a.xpos[i], head: a.head[i], deprel: a.deprel[i] }))));
}
process.stdout.write(chunks.join(""));

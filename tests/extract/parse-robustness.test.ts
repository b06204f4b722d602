// The parser's command line (CoNLL-U round trip), determinism, and inputs that must not break it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument, parseSpan } from "../../server/extract/parse/index.ts";
import { tokenizeText } from "../../server/extract/parse/tokenize.ts";

const dir = mkdtempSync(join(tmpdir(), "parse-cli-"));
const cli = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "server/extract/parse/cli.ts", ...args], { encoding: "utf8", maxBuffer: 1 << 26 });

const CONLLU = [
  "# sent_id = a-1",
  "# text = The clerks didn't file it.",
  "1\tThe\t_\t_\t_\t_\t_\t_\t_\t_",
  "2\tclerks\t_\t_\t_\t_\t_\t_\t_\t_",
  "3-4\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_",
  "3\tdid\t_\t_\t_\t_\t_\t_\t_\t_",
  "4\tn't\t_\t_\t_\t_\t_\t_\t_\t_",
  "5\tfile\t_\t_\t_\t_\t_\t_\t_\t_",
  "6\tit\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
  "7\t.\t_\t_\t_\t_\t_\t_\t_\t_",
  "",
  "# sent_id = a-2",
  "1\tHello\t_\t_\t_\t_\t_\t_\t_\t_",
  "",
  "",
].join("\n");

describe("parse command line", () => {
  it("prints the CoNLL-U back with the analysis filled in, the same every run", { timeout: 60_000 }, () => {
    const file = join(dir, "in.conllu");
    writeFileSync(file, CONLLU);
    const a = cli(["--conllu", file]);
    expect(a.status).toBe(0);
    const inLines = CONLLU.trim().split("\n"), outLines = a.stdout.trim().split("\n");
    expect(outLines.length).toBe(inLines.length);
    outLines.forEach((line, i) => {
      const was = inLines[i];
      if (!was || was.startsWith("#") || was.startsWith("3-4")) return expect(line).toBe(was);
      const c = line.split("\t"), g = was.split("\t");
      expect(c.length).toBe(10);
      expect([c[0], c[1], c[9]]).toEqual([g[0], g[1], g[9]]);
      expect(c[3]).toMatch(/^[A-Z]+$/);
      expect(Number(c[6])).toBeGreaterThanOrEqual(0);
    });
    const words = outLines.filter((l) => /^\d+\t/.test(l)).map((l) => l.split("\t"));
    expect(words.filter((w) => w[7] === "root").length).toBe(2); // one root per sentence
    expect(words.find((w) => w[1] === "n't")![3]).toBe("PART");
    expect(words.find((w) => w[1] === "file")![2]).toBe("file");
    expect(cli(["--conllu", file]).stdout).toBe(a.stdout);
  });

  it("says so in one line when the file is missing", () => {
    const r = cli(["--conllu", join(dir, "nope.conllu")]);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split("\n")).toEqual([`parse: no such file: ${join(dir, "nope.conllu")}`]);
  });
});

describe("parse of bad input", () => {
  const whole = (text: string) => parseSpan(text, { start: 0, end: text.length });

  it("an empty sentence gives no tokens", () => {
    expect(whole("").tokens).toEqual([]);
    expect(parseDocument("   ", [{ start: 0, end: 3 }])[0].tokens).toEqual([]);
  });

  it("a 5,000-word sentence parses in bounded time, one root, every word headed", () => {
    const text = Array.from({ length: 5000 }, (_, i) => ["the", "board", "said", "prices", "rose", "and"][i % 6]).join(" ");
    const started = performance.now();
    const s = whole(text);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(s.tokens.length).toBe(5000);
    expect(s.tokens.filter((t) => t.head === -1).length).toBe(1);
    expect(s.tokens.every((t, i) => t.head === -1 || (t.head >= 0 && t.head < 5000 && t.head !== i))).toBe(true);
  });

  it("punctuation only, emoji and right-to-left text parse", () => {
    for (const text of ["!!! ... ?? -- ;", "😀 🎉👍 great 🇸🇪", "قال الوزير إن الخطة جيدة", "שלום עולם", "a\u200fb \u202ereversed\u202c"]) {
      const s = whole(text);
      expect(s.tokens.length).toBeGreaterThan(0);
      expect(s.tokens.filter((t) => t.head === -1).length).toBe(1);
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.form);
    }
  });

  it("a huge document is parsed up to its budget, the rest left unparsed", () => {
    const sentence = "The board said prices rose. ";
    const text = sentence.repeat(100);
    const spans = Array.from({ length: 100 }, (_, i) => ({ start: i * sentence.length, end: i * sentence.length + sentence.length - 1 }));
    const doc = parseDocument(text, spans, 10 * sentence.length);
    expect(doc.length).toBe(100);
    expect(doc.filter((s) => s.tokens.length).length).toBe(10);
    expect(doc[99]).toEqual({ start: spans[99].start, end: spans[99].end, tokens: [] });
  });

  it("is deterministic", () => {
    const text = "The minister, who had resigned, said the plan would fail.";
    expect(JSON.stringify(whole(text))).toBe(JSON.stringify(whole(text)));
  });
});

describe("UD tokenizer", () => {
  const forms = (t: string) => tokenizeText(t).map((w) => w.form);
  it("splits clitics, punctuation and hyphens as UD English does, and keeps abbreviations", () => {
    expect(forms(`"We don't know," said Mr. Hart's deputy.`)).toEqual(['"', "We", "do", "n't", "know", ",", '"', "said", "Mr.", "Hart", "'s", "deputy", "."]);
    expect(forms("The U.S. and Sen. Lind can't co-operate on point-ended tubes—really?")).toEqual(["The", "U.S.", "and", "Sen.", "Lind", "ca", "n't", "co-operate", "on", "point", "-", "ended", "tubes", "—", "really", "?"]);
    expect(forms("It’s 5% of $1,000 for “them” they're")).toEqual(["It", "’s", "5", "%", "of", "$", "1,000", "for", "“", "them", "”", "they", "'re"]);
  });
});

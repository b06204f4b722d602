// `npm run --silent extract -- FILE`, `--jsonl FILE...`, `-` for standard input (../shared/CONTRACT.md).
import { readFileSync, statSync } from "node:fs";
import { extract } from "./index.ts";

const MAX_BYTES = 10 * 1024 * 1024;

/** Reads one input as UTF-8 text, or throws an Error with a one-line reason. */
export function readInput(file: string): string {
  let buf: Buffer;
  if (file === "-") buf = readFileSync(0);
  else {
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new Error(`not a regular file: ${file}`);
      size = st.size;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new Error(`no such file: ${file}`);
      throw e instanceof Error ? new Error(e.message.split("\n")[0]) : new Error(String(e));
    }
    if (size > MAX_BYTES) throw new Error(`file too large (${size} bytes, limit ${MAX_BYTES}): ${file}`);
    buf = readFileSync(file);
  }
  if (buf.length > MAX_BYTES) throw new Error(`input too large (${buf.length} bytes, limit ${MAX_BYTES}): ${file}`);
  if (!buf.toString("utf8").trim()) throw new Error(`empty input: ${file}`);
  if (looksBinary(buf)) throw new Error(`binary input, not UTF-8 text: ${file}`);
  return buf.toString("utf8");
}

/** NUL bytes or many invalid UTF-8 sequences mean this is not a text article. */
function looksBinary(buf: Buffer): boolean {
  const head = buf.subarray(0, 65536);
  if (head.includes(0)) return true;
  const decoded = head.toString("utf8");
  let bad = 0;
  for (const ch of decoded) if (ch === "\uFFFD") bad++;
  return bad > 8 && bad / decoded.length > 0.01;
}

function main(argv: string[]): number {
  const jsonl = argv[0] === "--jsonl";
  const files = jsonl ? argv.slice(1) : argv;
  if (!files.length || (!jsonl && files.length !== 1)) {
    process.stderr.write("usage: extract FILE | extract --jsonl FILE... (use - for standard input)\n");
    return 2;
  }
  if (!jsonl) {
    try {
      process.stdout.write(`${JSON.stringify(extract(readInput(files[0])))}\n`);
      return 0;
    } catch (e) {
      process.stderr.write(`extract: ${oneLine(e)}\n`);
      return 1;
    }
  }
  // Per-file errors are lines of the output, not a failure of the run: the other files still count.
  for (const file of files) {
    try {
      process.stdout.write(`${JSON.stringify({ file, ...extract(readInput(file)) })}\n`);
    } catch (e) {
      process.stdout.write(`${JSON.stringify({ file, error: oneLine(e) })}\n`);
    }
  }
  return 0;
}

const oneLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/\s+/g, " ").trim();

process.exitCode = main(process.argv.slice(2));

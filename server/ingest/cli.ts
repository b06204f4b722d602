// npm run ingest -- [--db FILE] [--workers N] [--extractor MODULE] [--json] FILES_OR_FOLDERS...
// Adds .txt articles and .jsonl lines to the store. Exit code: 0 all went in, 2 some articles failed, 1 could not run.
import { resolve } from "node:path";
import { readConfig } from "../config.ts";
import { ingestPaths } from "./run.ts";

const USAGE = "usage: npm run ingest -- [--db FILE] [--workers N] [--extractor MODULE] [--json] FILES_OR_FOLDERS...";

function parseArgs(argv: string[]) {
  const out = { db: readConfig().dbPath, workers: undefined as number | undefined, extractor: undefined as string | undefined, json: false, paths: [] as string[] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--db") out.db = resolve(value());
    else if (a === "--workers") {
      out.workers = Number(value());
      if (!Number.isInteger(out.workers) || out.workers < 1 || out.workers > 64) throw new Error("--workers must be an integer from 1 to 64");
    } else if (a === "--extractor") out.extractor = resolve(value());
    else if (a === "--json") out.json = true;
    else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else out.paths.push(a);
  }
  if (!out.paths.length) throw new Error("no files or folders given");
  return out;
}

try {
  const args = parseArgs(process.argv.slice(2));
  const s = await ingestPaths({ dbPath: args.db, paths: args.paths, workers: args.workers, extractorModule: args.extractor });
  if (args.json) console.log(JSON.stringify(s));
  else {
    console.log(
      `ingest: ${s.articles} article(s): ${s.added} added, ${s.duplicates} duplicate(s), ${s.failures} failure(s) in ${s.seconds.toFixed(1)} s (${s.articlesPerSecond.toFixed(1)} articles/s) into ${args.db}`,
    );
  }
  process.exit(s.failures ? 2 : 0);
} catch (err) {
  console.error(`ingest: ${(err as Error).message}\n${USAGE}`);
  process.exit(1);
}

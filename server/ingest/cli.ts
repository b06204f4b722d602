// npm run ingest -- [--db FILE] [--workers N] [--extractor MODULE] [--keep-near-duplicates] [--json] FILES_FOLDERS_OR_LINKS...
//                 | --watch FOLDER [--settle 2s] | --follow FEED_URL [--every 15m]
// Adds articles to the store: .txt, .html/.htm, .jsonl and feed files (.xml, .rss, .atom), folders of them, links to
// pages or feeds; or keeps at it, taking files as they arrive in a folder or a feed's new items. Ctrl-C stops between
// articles. Exit code: 0 all went in (or stopped cleanly), 2 some articles failed, 1 could not run.
import { resolve } from "node:path";
import { readConfig } from "../config.ts";
import { Ingester, ingestPaths, type IngestSummary } from "./run.ts";
import { watchFolder } from "./watch.ts";
import { followFeed } from "./follow.ts";
import { parseDuration } from "./duration.ts";

const USAGE = [
  "usage: npm run ingest -- [--db FILE] [--workers N] [--extractor MODULE] [--keep-near-duplicates] [--json] FILES_FOLDERS_OR_LINKS...",
  "       npm run ingest -- [options] --watch FOLDER [--settle 2s]",
  "       npm run ingest -- [options] --follow FEED_URL [--every 15m]",
].join("\n");

interface Args {
  db: string;
  workers?: number;
  extractor?: string;
  json: boolean;
  keepNearDuplicates: boolean;
  paths: string[];
  watch: string | null;
  settleMs: number;
  follow: string | null;
  everyMs: number;
}

function parseArgs(argv: string[]): Args {
  const out: Args = { db: readConfig().dbPath, json: false, keepNearDuplicates: false, paths: [], watch: null, settleMs: 2000, follow: null, everyMs: 15 * 60_000 };
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
    else if (a === "--keep-near-duplicates") out.keepNearDuplicates = true;
    else if (a === "--watch") out.watch = resolve(value());
    else if (a === "--settle") out.settleMs = parseDuration(value(), a);
    else if (a === "--follow") out.follow = value();
    else if (a === "--every") out.everyMs = parseDuration(value(), a);
    else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else out.paths.push(a);
  }
  const modes = [out.paths.length > 0, out.watch !== null, out.follow !== null].filter(Boolean).length;
  if (modes === 0) throw new Error("no files, folders or links given");
  if (modes > 1) throw new Error("give files, folders and links, or --watch FOLDER, or --follow FEED_URL: one of them");
  return out;
}

function report(s: IngestSummary, args: Args): void {
  if (args.json) console.log(JSON.stringify(s));
  else {
    console.log(
      `ingest: ${s.articles} article(s): ${s.added} added, ${s.duplicates} duplicate(s), ${s.nearDuplicates} near-duplicate(s) not stored, ${s.failures} failure(s) in ${s.seconds.toFixed(1)} s (${s.articlesPerSecond.toFixed(1)} articles/s) into ${args.db}`,
    );
  }
}

/** --watch and --follow: until Ctrl-C (or SIGTERM), which stops after the article in hand. */
async function keepIngesting(args: Args): Promise<IngestSummary> {
  const started = performance.now();
  const stop = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stop.signal.aborted) process.exit(130); // a second Ctrl-C: at once
      console.error("ingest: stopping after the article in hand (Ctrl-C again to stop at once)");
      stop.abort();
    });
  }
  const ingester = new Ingester({ dbPath: args.db, workers: args.workers, extractorModule: args.extractor, keepNearDuplicates: args.keepNearDuplicates });
  const line = (what: string, c: { articles: number; added: number; duplicates: number; nearDuplicates: number; failures: number }) =>
    console.error(`ingest: ${what}: ${c.articles} article(s), ${c.added} added, ${c.duplicates} duplicate(s), ${c.nearDuplicates} near-duplicate(s), ${c.failures} failure(s)`);
  try {
    if (args.watch) {
      console.error(`ingest: watching ${args.watch} (a file is taken once unchanged for ${args.settleMs / 1000} s); Ctrl-C stops`);
      await watchFolder(args.watch, ingester, { settleMs: args.settleMs, signal: stop.signal, onFile: (file, c) => line(file, c) });
    } else {
      console.error(`ingest: following ${args.follow} every ${args.everyMs / 1000} s; Ctrl-C stops`);
      await followFeed(args.follow!, ingester, {
        everyMs: args.everyMs,
        signal: stop.signal,
        onPoll: (p) => (p.counts ? line(`${args.follow}: ${p.items} item(s), ${p.fresh} new`, p.counts) : console.error(`ingest: ${args.follow}: not modified`)),
        onError: (err) => console.error(`ingest: ${args.follow}: ${err.message}; trying again at the next poll`),
      });
    }
  } finally {
    await ingester.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const c = ingester.counts;
  const articles = c.added + c.duplicates + c.nearDuplicates + c.failures;
  return { articles, ...c, seconds, articlesPerSecond: articles / seconds, workerStartSeconds: ingester.workerStartSeconds };
}

try {
  const args = parseArgs(process.argv.slice(2));
  const s = args.watch || args.follow ? await keepIngesting(args) : await ingestPaths({ dbPath: args.db, paths: args.paths, workers: args.workers, extractorModule: args.extractor, keepNearDuplicates: args.keepNearDuplicates });
  report(s, args);
  process.exit(s.failures ? 2 : 0);
} catch (err) {
  console.error(`ingest: ${(err as Error).message}\n${USAGE}`);
  process.exit(1);
}

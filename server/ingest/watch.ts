// `--watch FOLDER`: ingests the articles in files as they arrive. A file is taken only once complete: its size and
// modification time unchanged for `settleMs` (a file still being written, or copied, is waited for); hidden files and
// partial downloads (.part, .tmp, .crdownload) are passed over. A file changed after it was taken is taken again
// (its articles that are stored already count as duplicates).
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { collect, type Ingester } from "./run.ts";
import { fileItems, readable } from "./sources.ts";
import { sleep } from "./duration.ts";

export interface WatchOptions {
  /** How long a file must stay unchanged to count as complete. */
  settleMs?: number;
  /** How often the folder is looked at. */
  intervalMs?: number;
  signal: AbortSignal;
  /** Called after each file taken (tests, the CLI's log). */
  onFile?: (file: string, counts: Awaited<ReturnType<Ingester["run"]>>) => void;
}

const PARTIAL = /(^\.|\.(part|tmp|crdownload|partial|download)$)/i;

function filesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => !name.split(/[\\/]/).some((part) => PARTIAL.test(part)) && readable(name))
    .map((name) => join(folder, name))
    .sort();
}

interface Seen {
  /** Size and mtime when last looked at, and since when they have stayed so. */
  stamp: string;
  since: number;
  /** The stamp it had when taken. */
  taken: string | null;
}

export async function watchFolder(folder: string, ingester: Ingester, options: WatchOptions): Promise<void> {
  const settleMs = options.settleMs ?? 2000;
  const intervalMs = options.intervalMs ?? Math.min(1000, settleMs / 2);
  const seen = new Map<string, Seen>();
  const stopped = () => options.signal.aborted;
  statSync(folder); // a missing folder is an error at once, not a silent wait
  while (!stopped()) {
    const now = Date.now();
    for (const file of filesIn(folder)) {
      if (stopped()) break;
      let stamp: string;
      try {
        const s = statSync(file);
        if (!s.isFile()) continue;
        stamp = `${s.size}:${s.mtimeMs}`;
      } catch {
        continue; // gone meanwhile
      }
      const entry = seen.get(file);
      if (!entry || entry.stamp !== stamp) {
        seen.set(file, { stamp, since: now, taken: entry?.taken ?? null });
        continue;
      }
      if (entry.taken === stamp || now - entry.since < settleMs) continue;
      entry.taken = stamp;
      const counts = await ingester.run(await collect(fileItems(file)), stopped);
      options.onFile?.(file, counts);
    }
    await sleep(intervalMs, options.signal);
  }
}

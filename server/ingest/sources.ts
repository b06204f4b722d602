// The articles named on the command line: .txt files (one article each) and .jsonl files (one JSON object a line,
// { text, title?, date?, source?, url? }), given directly or found in folders (recursively, in name order).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { ArticleInput } from "../articles/input.ts";

export type SourceItem = { origin: string; input: ArticleInput } | { origin: string; error: string };

function filesUnder(path: string): string[] {
  const stat = statSync(path);
  if (!stat.isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const child = join(path, name);
      if (statSync(child).isDirectory()) return filesUnder(child);
      return [".txt", ".jsonl"].includes(extname(name)) ? [child] : [];
    });
}

const optionalString = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null);

function* jsonlItems(file: string): Generator<SourceItem> {
  const lines = readFileSync(file, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const origin = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { origin, error: "not valid JSON" };
      continue;
    }
    const o = value as Record<string, unknown> | null;
    if (!o || typeof o !== "object" || typeof o.text !== "string") {
      yield { origin, error: 'expected an object with a "text" string' };
      continue;
    }
    yield { origin, input: { text: o.text, title: optionalString(o.title), date: optionalString(o.date), source: optionalString(o.source), url: optionalString(o.url) } };
  }
}

/** Every article in the given paths, in order; unreadable paths and bad lines become error items. */
export function* readSources(paths: string[]): Generator<SourceItem> {
  for (const path of paths) {
    let files: string[];
    try {
      files = filesUnder(path);
    } catch (err) {
      yield { origin: path, error: (err as Error).message };
      continue;
    }
    for (const file of files) {
      if (file.endsWith(".jsonl")) yield* jsonlItems(file);
      else {
        try {
          yield { origin: file, input: { text: readFileSync(file, "utf8") } };
        } catch (err) {
          yield { origin: file, error: (err as Error).message };
        }
      }
    }
  }
}

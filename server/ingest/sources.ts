// The articles named on the command line: files (one article each for .txt and .html/.htm, one a line for .jsonl
// `{ text, title?, date?, source?, url? }`, one an item for .xml/.rss/.atom feeds), folders (recursively, in name
// order) and links (a page or a feed, fetched). Read through the articles layer (server/articles/).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { feedArticles, pageArticle, readLink, type ArticleItem } from "../articles/arrive.ts";
import { parseFeed } from "../articles/feed.ts";

export type SourceItem = ArticleItem;

/** The file extensions read, and what each holds. */
const KINDS: Record<string, "text" | "jsonl" | "page" | "feed"> = { ".txt": "text", ".jsonl": "jsonl", ".html": "page", ".htm": "page", ".xml": "feed", ".rss": "feed", ".atom": "feed" };

/** Whether a file is one the ingest reads. */
export const readable = (name: string): boolean => extname(name).toLowerCase() in KINDS;

export const isLink = (arg: string): boolean => /^https?:\/\//i.test(arg);

function filesUnder(path: string): string[] {
  const stat = statSync(path);
  if (!stat.isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const child = join(path, name);
      if (statSync(child).isDirectory()) return filesUnder(child);
      return readable(name) ? [child] : [];
    });
}

const optionalString = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null);

function* jsonlItems(file: string, body: string): Generator<SourceItem> {
  const lines = body.split("\n");
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

/** The articles in one file. */
export async function* fileItems(file: string): AsyncGenerator<SourceItem> {
  let body: string;
  try {
    body = readFileSync(file, "utf8");
  } catch (err) {
    yield { origin: file, error: (err as Error).message };
    return;
  }
  const kind = KINDS[extname(file).toLowerCase()] ?? "text";
  try {
    if (kind === "jsonl") yield* jsonlItems(file, body);
    else if (kind === "page") yield { origin: file, input: pageArticle(body) };
    else if (kind === "feed") yield* feedArticles(parseFeed(body));
    else yield { origin: file, input: { text: body } };
  } catch (err) {
    yield { origin: file, error: (err as Error).message };
  }
}

/** The articles behind a link: its page, or its feed's items. */
export async function* linkItems(url: string): AsyncGenerator<SourceItem> {
  try {
    const arrival = await readLink(url);
    if (arrival.kind === "article") yield { origin: url, input: arrival.input };
    else yield* feedArticles(arrival.feed);
  } catch (err) {
    yield { origin: url, error: (err as Error).message };
  }
}

/** Every article in the given paths and links, in order; unreadable paths, bad lines and dead links become error
 * items. */
export async function* readSources(paths: string[]): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    if (isLink(path)) {
      yield* linkItems(path);
      continue;
    }
    let files: string[];
    try {
      files = filesUnder(path);
    } catch (err) {
      yield { origin: path, error: (err as Error).message };
      continue;
    }
    for (const file of files) yield* fileItems(file);
  }
}

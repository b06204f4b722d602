// The embedded default: every .txt article in a folder, in name order.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export function readArticleFolder(dir: string): { file: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ file: f, text: readFileSync(join(dir, f), "utf8") }));
}

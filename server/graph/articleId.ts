import { createHash } from "node:crypto";

/** The article id is a prefix of its text's SHA-256: the same text is the same article. */
export function articleId(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16);
}

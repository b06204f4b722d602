// One article's record and extraction with the built-in extractor: the unit that the graph and the store take in.
import { extract } from "../extract/index.ts";
import type { ArticleMeta } from "../extract/types.ts";
import type { ExtractedArticle } from "./build.ts";
import { prepareArticle } from "../articles/prepare.ts";

/** Extracts an article; metadata given by the caller wins over what the extractor read from the text. */
export function extractArticle(text: string, given: Partial<ArticleMeta> = {}): ExtractedArticle {
  return prepareArticle(extract, text, given);
}

// One article's record and extraction: the unit that the graph and the store take in.
import { extract } from "../extract/index.ts";
import type { ArticleMeta } from "../extract/types.ts";
import type { ExtractedArticle } from "./build.ts";
import { articleId } from "./articleId.ts";

/** Extracts an article; metadata given by the caller wins over what the extractor read from the text. */
export function extractArticle(text: string, given: Partial<ArticleMeta> = {}): ExtractedArticle {
  const extraction = extract(text);
  const meta: ArticleMeta = {
    title: given.title ?? extraction.article.title,
    date: given.date ?? extraction.article.date,
    source: given.source ?? extraction.article.source,
  };
  return { record: { id: articleId(text), ...meta, text }, extraction: { ...extraction, article: meta } };
}

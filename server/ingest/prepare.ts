// One article's record and extraction from a given extract function (what server/graph/article.ts does with the
// built-in extractor), so that the ingest workers and tests can plug in another extractor.
import type { ArticleMeta, Extraction } from "../extract/types.ts";
import type { ExtractedArticle } from "../graph/build.ts";
import { articleId } from "../graph/articleId.ts";

export type ExtractFn = (text: string) => Extraction;

/** Metadata given by the caller wins over what the extractor read from the text. */
export function prepareArticle(extract: ExtractFn, text: string, given: Partial<ArticleMeta> = {}): ExtractedArticle {
  const extraction = extract(text);
  const meta: ArticleMeta = {
    title: given.title ?? extraction.article.title,
    date: given.date ?? extraction.article.date,
    source: given.source ?? extraction.article.source,
  };
  return { record: { id: articleId(text), ...meta, text }, extraction: { ...extraction, article: meta } };
}

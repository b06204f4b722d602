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

/** The metadata a caller gave, without empty values (which would hide what the extractor found). */
export function givenMeta(input: { title?: string | null; date?: string | null; source?: string | null }): Partial<ArticleMeta> {
  const meta: Partial<ArticleMeta> = {};
  if (input.title) meta.title = input.title;
  if (input.date) meta.date = input.date;
  if (input.source) meta.source = input.source;
  return meta;
}

// What arrives to become an article: its text and the metadata the caller gave (which wins over what the page or
// the extractor finds), and the error for input that cannot be an article.

export interface ArticleInput {
  text: string;
  title?: string | null;
  date?: string | null;
  source?: string | null;
  url?: string | null;
}

/** Input that cannot be an article (empty, binary, a page with no article, a link that does not answer): the
 * caller's fault, not the store's; nothing is stored. */
export class InvalidArticleError extends Error {
  constructor(
    message: string,
    /** The request field at fault. */
    readonly field = "text",
  ) {
    super(message);
  }
}

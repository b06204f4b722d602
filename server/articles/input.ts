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
    /** The error code the API answers with. */
    readonly code = "bad_request",
  ) {
    super(message);
  }
}

/** What the caller gave wins over what was found (in the page, the feed item); empty values hide nothing. */
export function withGiven(found: ArticleInput, given: Omit<ArticleInput, "text">): ArticleInput {
  const url = given.url || found.url;
  return {
    text: found.text,
    title: given.title || found.title || null,
    date: given.date || found.date || null,
    source: given.source || found.source || null,
    url: url ? normalUrl(url) : null,
  };
}

/** A URL as stored and compared: its fragment dropped (the same page), the rest as the URL parser writes it. */
export function normalUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = "";
    return u.href;
  } catch {
    return url;
  }
}

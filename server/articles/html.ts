// A web page as an article: its main text through Mozilla's Readability (over linkedom's DOM), with the title, date,
// outlet and canonical URL the page gives about itself (metadata.ts). The text is plain paragraphs (htmlText.ts):
// that is what the store keeps and what evidence offsets count in.
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { blockText } from "./htmlText.ts";
import { pageMetadata, type PageMeta } from "./metadata.ts";
import { InvalidArticleError } from "./input.ts";
import { textProblem } from "./text.ts";

export { looksLikeHtml } from "./sniff.ts";

/** Less main text than this (in characters) is not an article: a front page, a login wall, a list of links. */
export const MIN_ARTICLE_CHARS = 280;
/** Readability gives up on pages with more elements than this, rather than take seconds over them. */
const MAX_ELEMENTS = 100_000;

export interface PageArticle extends PageMeta {
  text: string;
}

type ReadabilityNode = Parameters<typeof blockText>[0];

/** The page's article, or an InvalidArticleError saying why there is none. `url` is where the page came from. */
export function htmlArticle(html: string, url?: string | null): PageArticle {
  const problem = textProblem(html);
  if (problem) throw new InvalidArticleError(problem.replace("article text", "page"));
  const { document } = parseHTML(html);
  const meta = pageMetadata(document as never, url);
  let parsed;
  try {
    parsed = new Readability<ReadabilityNode>(document as unknown as Document, { maxElemsToParse: MAX_ELEMENTS, serializer: (n) => n as unknown as ReadabilityNode }).parse();
  } catch (err) {
    throw new InvalidArticleError(`The page could not be read: ${(err as Error).message}`);
  }
  const text = parsed?.content ? blockText(parsed.content) : "";
  if (text.length < MIN_ARTICLE_CHARS) {
    throw new InvalidArticleError(`The page has no article in it (its main text is ${text.length} characters; an article has at least ${MIN_ARTICLE_CHARS})`, "text", "not_an_article");
  }
  return { ...meta, title: meta.title ?? parsed?.title?.trim() ?? null, source: meta.source ?? parsed?.siteName?.trim() ?? null, text };
}

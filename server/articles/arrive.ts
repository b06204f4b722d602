// Whatever arrives, as articles: a body (plain text, a web page, a feed) or a link (fetched, then the same). The CLI,
// the API and the watcher all come through here; what the caller gives (title, date, source, url) wins over what the
// page or the feed says.
import { htmlArticle, MIN_ARTICLE_CHARS } from "./html.ts";
import { parseFeed, type Feed, type FeedItem } from "./feed.ts";
import { safeFetch, FetchError, type BodyKind, type FetchOptions } from "./fetch.ts";
import { withGiven, type ArticleInput } from "./input.ts";

export type Given = Omit<ArticleInput, "text">;

/** One article that arrived, or why one could not; `origin` says where from (a file, a line, a link). */
export type ArticleItem = { origin: string; input: ArticleInput } | { origin: string; error: string };

/** What a body or a link held: one article, or a feed of them. */
export type Arrival = { kind: "article"; input: ArticleInput } | { kind: "feed"; feed: Feed; url: string | null };

/** A web page's article, what the caller gave winning. */
export function pageArticle(html: string, given: Given = {}, pageUrl: string | null = null): ArticleInput {
  return withGiven(htmlArticle(html, given.url ?? pageUrl), given);
}

/** A body of a known kind. */
export function readBody(body: string, kind: BodyKind, given: Given = {}, url: string | null = null): Arrival {
  if (kind === "feed") return { kind: "feed", feed: parseFeed(body, url), url };
  if (kind === "html") return { kind: "article", input: pageArticle(body, given, url) };
  return { kind: "article", input: withGiven({ text: body, url }, given) };
}

/** A link, fetched: a page, a feed, or plain text. */
export async function readLink(url: string, given: Given = {}, options: FetchOptions = {}): Promise<Arrival> {
  const fetched = await safeFetch(url, options);
  return readBody(fetched.body, fetched.kind, given, fetched.url);
}

/** A feed item's article: the feed's own content when it carries the article, else the page it links to, fetched;
 * the item's title, date and link and the feed's title as its source win over the page's. */
export async function itemArticle(item: FeedItem, feed: Feed, options: FetchOptions = {}): Promise<ArticleInput> {
  const given: Given = { title: item.title, date: item.date, source: feed.title, url: item.url };
  if (item.text.length >= MIN_ARTICLE_CHARS || (!item.url && item.text)) return withGiven({ text: item.text }, given);
  if (!item.url) throw new FetchError("The feed item has neither an article nor a link to one", "not_an_article");
  const fetched = await safeFetch(item.url, options);
  if (fetched.kind !== "html") throw new FetchError(`${item.url} is not a web page`, "not_an_article");
  return pageArticle(fetched.body, given, fetched.url);
}

/** A feed's articles, one at a time (a linked page is fetched only when its turn comes); `skip` passes over items
 * seen before. */
export async function* feedArticles(feed: Feed, options: FetchOptions & { skip?: (item: FeedItem) => boolean } = {}): AsyncGenerator<ArticleItem & { item: FeedItem }> {
  for (const item of feed.items) {
    if (options.skip?.(item)) continue;
    const origin = item.url ?? item.id;
    try {
      yield { origin, item, input: await itemArticle(item, feed, options) };
    } catch (err) {
      yield { origin, item, error: (err as Error).message };
    }
  }
}

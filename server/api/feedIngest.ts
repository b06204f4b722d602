// A feed posted by its link: each item an article, ingested one after another (a linked page fetched in its turn),
// each answered with what became of it. At most MAX_FEED_ITEMS items are read from one feed.
import { feedArticles } from "../articles/arrive.ts";
import type { Feed } from "../articles/feed.ts";
import { InvalidArticleError } from "../articles/input.ts";
import type { GraphStore, IngestResult } from "../store/graphStore.ts";

export const MAX_FEED_ITEMS = 100;

export type FeedItemResult = ({ origin: string } & IngestResult) | { origin: string; error: { code: string; message: string } };

export interface FeedIngestResult {
  feed: { title: string | null; url: string | null; items: number };
  results: FeedItemResult[];
}

export async function ingestFeed(store: GraphStore, feed: Feed, url: string | null, keepNearDuplicates: boolean): Promise<FeedIngestResult> {
  const results: FeedItemResult[] = [];
  const items = feed.items.slice(0, MAX_FEED_ITEMS);
  for await (const item of feedArticles({ ...feed, items })) {
    if ("error" in item) {
      results.push({ origin: item.origin, error: { code: "not_stored", message: item.error } });
      continue;
    }
    try {
      results.push({ origin: item.origin, ...(await store.ingest(item.input, { keepNearDuplicates })) });
    } catch (err) {
      // One item that fails (the caller's input or the server's fault) fails alone: the others before it are stored.
      if (err instanceof InvalidArticleError) results.push({ origin: item.origin, error: { code: err.code, message: err.message } });
      else {
        console.error(`ingest of feed item ${item.origin} failed:`, err);
        results.push({ origin: item.origin, error: { code: "ingest_failed", message: "The article could not be processed; it was not stored" } });
      }
    }
  }
  return { feed: { title: feed.title, url, items: feed.items.length }, results };
}

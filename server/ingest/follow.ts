// `--follow FEED_URL --every 15m`: polls a feed and ingests its new items. Each poll is a conditional GET (the
// ETag and Last-Modified of the last answer): a 304 costs nothing. Items seen before (by id), and items whose link
// is stored already, are passed over without fetching their pages.
import { parseFeed } from "../articles/feed.ts";
import { feedArticles } from "../articles/arrive.ts";
import { safeFetch, type FetchOptions } from "../articles/fetch.ts";
import { collect, type Ingester } from "./run.ts";
import { sleep } from "./duration.ts";

export interface PollResult {
  notModified: boolean;
  /** Items in the feed, and new ones among them. */
  items: number;
  fresh: number;
  counts: Awaited<ReturnType<Ingester["run"]>> | null;
}

export interface FollowOptions {
  everyMs: number;
  signal: AbortSignal;
  fetch?: FetchOptions;
  onPoll?: (poll: PollResult) => void;
  /** A poll that fails (the feed's site down, offline) is reported and the next one tried. */
  onError?: (err: Error) => void;
}

/** A feed being followed: what the last answer said, and the items seen. */
export class FeedFollower {
  private etag: string | null = null;
  private lastModified: string | null = null;
  private readonly seen = new Set<string>();

  constructor(
    private readonly url: string,
    private readonly ingester: Ingester,
    private readonly fetchOptions: FetchOptions = {},
  ) {}

  async poll(stop: () => boolean = () => false): Promise<PollResult> {
    const fetched = await safeFetch(this.url, { ...this.fetchOptions, etag: this.etag, lastModified: this.lastModified });
    this.etag = fetched.etag;
    this.lastModified = fetched.lastModified;
    if (fetched.notModified) return { notModified: true, items: 0, fresh: 0, counts: null };
    const feed = parseFeed(fetched.body, fetched.url);
    const isNew = (item: { id: string; url: string | null }) => !this.seen.has(item.id) && !this.ingester.hasUrl(item.url);
    const fresh = feed.items.filter(isNew);
    const items = await collect(feedArticles({ ...feed, items: fresh }, this.fetchOptions));
    const counts = await this.ingester.run(items, stop);
    // An item counts as seen once its turn came (a failed one is not tried at every poll); those a stop left are not.
    for (const item of fresh.slice(0, counts.articles)) this.seen.add(item.id);
    return { notModified: false, items: feed.items.length, fresh: fresh.length, counts };
  }
}

export async function followFeed(url: string, ingester: Ingester, options: FollowOptions): Promise<void> {
  const follower = new FeedFollower(url, ingester, options.fetch);
  const stopped = () => options.signal.aborted;
  while (!stopped()) {
    try {
      options.onPoll?.(await follower.poll(stopped));
    } catch (err) {
      options.onError?.(err as Error);
    }
    await sleep(options.everyMs, options.signal);
  }
}

// What an article or a feed would bring, before it is added: the metadata found and the text's opening.
import type { Arrival } from "../articles/arrive.ts";

export const EXCERPT_CHARS = 400;

export interface ArticlePreview {
  kind: "article" | "feed";
  article?: { title: string | null; date: string | null; source: string | null; url: string | null; excerpt: string; length: number };
  feed?: { title: string | null; url: string | null; items: { title: string | null; date: string | null; url: string | null }[] };
}

export function articlePreview(arrival: Arrival): ArticlePreview {
  if (arrival.kind === "feed") {
    const { feed, url } = arrival;
    return { kind: "feed", feed: { title: feed.title, url, items: feed.items.map((i) => ({ title: i.title, date: i.date, url: i.url })) } };
  }
  const a = arrival.input;
  return {
    kind: "article",
    article: { title: a.title ?? null, date: a.date ?? null, source: a.source ?? null, url: a.url ?? null, excerpt: a.text.slice(0, EXCERPT_CHARS), length: a.text.length },
  };
}

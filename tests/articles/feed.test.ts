// RSS and Atom feeds: the feed's title and each item's title, link, date, id and content.
import { describe, expect, it } from "vitest";
import { parseFeed, looksLikeFeed } from "../../server/articles/feed.ts";
import { itemArticle } from "../../server/articles/arrive.ts";
import { atomFeed, paragraphsHtml, rssFeed, storyParagraphs } from "../helpers/newsPages.ts";

const entries = [0, 1, 2].map((i) => ({ title: `Story ${i}`, link: `https://news.example/s/${i}`, date: `2025-06-0${i + 1}`, html: paragraphsHtml(storyParagraphs(i)) }));

describe("feeds", () => {
  it("reads RSS 2.0 items with their full content", async () => {
    const feed = parseFeed(rssFeed("Lakeside Herald: World", entries));
    expect(feed.title).toBe("Lakeside Herald: World");
    expect(feed.items.map((i) => [i.id, i.title, i.url, i.date])).toEqual(entries.map((e) => [e.link, e.title, e.link, e.date]));
    expect(feed.items[1].text).toBe(storyParagraphs(1).join("\n\n"));
    const article = await itemArticle(feed.items[1], feed);
    expect(article).toEqual({ text: storyParagraphs(1).join("\n\n"), title: "Story 1", date: "2025-06-02", source: "Lakeside Herald: World", url: entries[1].link });
  });

  it("reads Atom entries the same way", () => {
    const feed = parseFeed(atomFeed("Atom Wire", entries));
    expect(feed.title).toBe("Atom Wire");
    expect(feed.items.map((i) => [i.id, i.title, i.url, i.date])).toEqual(entries.map((e) => [e.link, e.title, e.link, e.date]));
    expect(feed.items[2].text).toBe(storyParagraphs(2).join("\n\n"));
  });

  it("refuses XML that is not a feed, and text that is not XML", () => {
    expect(() => parseFeed("<?xml version='1.0'?><html><body/></html>")).toThrow(/neither an RSS nor an Atom/);
    expect(() => parseFeed("<rss><channel><item></channel>")).toThrow(/not well-formed/);
    expect(looksLikeFeed(rssFeed("x", entries))).toBe(true);
    expect(looksLikeFeed("<html><body></body></html>")).toBe(false);
  });
});

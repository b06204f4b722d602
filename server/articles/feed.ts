// RSS 2.0, RSS 1.0 (RDF) and Atom feeds, read with fast-xml-parser: the feed's title and its items, each with its
// title, link, date, id and content (as text, when the feed carries the article itself).
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { blockText } from "./htmlText.ts";
import { isoDay } from "./dates.ts";
import { absoluteHttpUrl } from "./metadata.ts";
import { InvalidArticleError } from "./input.ts";

export { looksLikeFeed } from "./sniff.ts";

export interface FeedItem {
  /** The item's guid or id, else its link: what tells a new item from one seen before. */
  id: string;
  title: string | null;
  url: string | null;
  date: string | null;
  /** The item's content or description as text ("" when it has none). */
  text: string;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  htmlEntities: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

/** The text of an element that may carry attributes (Atom's <title type="html">, a guid with isPermaLink). */
function text(v: unknown): string | null {
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number") return String(v);
  if (v && typeof v === "object") return text((v as Node)["#text"]);
  return null;
}

/** A feed item's HTML (or plain) content as paragraphs of text. */
function contentText(value: unknown): string {
  const raw = text(value);
  if (!raw) return "";
  if (!/<[a-z][^>]*>/i.test(raw)) return raw.replace(/[ \t]+/g, " ").trim();
  const { document } = parseHTML(`<!doctype html><html><body>${raw}</body></html>`);
  return blockText(document.body as never);
}

function atomLink(links: unknown): string | null {
  const all = (Array.isArray(links) ? links : [links]).filter(Boolean) as Node[];
  const alternate = all.find((l) => !l["@_rel"] || l["@_rel"] === "alternate") ?? all[0];
  return alternate ? text(alternate["@_href"]) ?? text(alternate) : null;
}

function rssItem(item: Node, base: string | null): FeedItem {
  const url = absoluteHttpUrl(text(item.link), base);
  const title = text(item.title);
  return {
    id: text(item.guid) ?? url ?? `${title}|${text(item.pubDate)}`,
    title,
    url: url === base ? null : url,
    date: isoDay(text(item.pubDate) ?? text(item["dc:date"])),
    text: contentText(item["content:encoded"]) || contentText(item.description),
  };
}

function atomEntry(entry: Node, base: string | null): FeedItem {
  const link = atomLink(entry.link);
  const url = link ? absoluteHttpUrl(link, base) : null;
  const title = text(entry.title);
  return {
    id: text(entry.id) ?? url ?? `${title}|${text(entry.updated)}`,
    title,
    url,
    date: isoDay(text(entry.published) ?? text(entry.updated)),
    text: contentText(entry.content) || contentText(entry.summary),
  };
}

/** The feed in `xml`; `url` (where it came from) resolves relative links. A 400-class error when it is not one. */
export function parseFeed(xml: string, url: string | null = null): Feed {
  if (XMLValidator.validate(xml) !== true) throw new InvalidArticleError("The feed is not well-formed XML", "text", "not_a_feed");
  const doc = parser.parse(xml) as Node;
  const rss = (doc.rss as Node | undefined)?.channel as Node | undefined;
  if (rss) return { title: text(rss.title), items: ((rss.item as Node[] | undefined) ?? []).map((i) => rssItem(i, url)) };
  const rdf = doc["rdf:RDF"] as Node | undefined;
  if (rdf) return { title: text((rdf.channel as Node | undefined)?.title), items: ((rdf.item as Node[] | undefined) ?? []).map((i) => rssItem(i, url)) };
  const atom = doc.feed as Node | undefined;
  if (atom) return { title: text(atom.title), items: ((atom.entry as Node[] | undefined) ?? []).map((e) => atomEntry(e, url)) };
  throw new InvalidArticleError("The document is XML but neither an RSS nor an Atom feed", "text", "not_a_feed");
}

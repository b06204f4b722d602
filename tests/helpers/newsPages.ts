// Web pages and feeds written for the tests: news pages wrapped in a site's menu, cookie banner and footer, with
// their metadata in JSON-LD, in meta tags, or in a <time>; pages with no article; RSS and Atom feeds.

export const BOILERPLATE_WORDS = ["Subscribe", "cookies", "Copyright", "Privacy policy", "Sign in", "Most read"];

const PEOPLE = ["Anna Berg", "Omar Vale", "Lena Fischer", "Tomas Novak", "Priya Shah", "Jonas Weber", "Marta Silva", "Karim Haddad", "Ines Moreau", "Pavel Horak", "Sofia Conti", "David Ruiz"];
const PLACES = ["Sylvania", "Freedonia", "Lakeside", "Eastport", "Northland", "Westmark", "Rivertown", "Highcliff", "Greenvale", "Stonebridge", "Baymouth", "Redhill"];
const TOPICS = ["grain exports", "water rights", "the fishing quota", "rail freight", "a border crossing", "power prices", "the port tariff", "school funding", "a mining licence", "river dredging", "the bus network", "coastal wind farms"];
const VERBS = ["urged", "warned", "praised", "criticised", "thanked", "pressed", "challenged", "backed"];

/** A story of eight sentences, told differently for every `i` (different people, places, topics and figures). */
export function storyParagraphs(i: number): string[] {
  const p = (k: number) => PEOPLE[(i * 5 + k * 7) % PEOPLE.length];
  const pl = (k: number) => PLACES[(i * 7 + k * 5) % PLACES.length];
  const t = (k: number) => TOPICS[(i * 11 + k) % TOPICS.length];
  const v = (k: number) => VERBS[(i * 3 + k) % VERBS.length];
  return [
    `${p(0)}, the trade minister of ${pl(0)}, ${v(0)} the government of ${pl(1)} on ${t(0)} in talks that ran ${i + 3} hours on Tuesday, officials said.`,
    `${p(1)} ${v(1)} ${p(2)} over ${t(1)}, saying the ${i + 12} companies involved in ${pl(2)} had waited ${i * 3 + 40} days for an answer.`,
    `The dispute over ${t(2)} has cost ${pl(3)} about ${i * 17 + 230} million, according to figures from the chamber of commerce in ${pl(4)}.`,
    `“We cannot accept another delay on ${t(3)},” ${p(3)} told reporters in ${pl(5)}, adding that ${p(4)} would travel to ${pl(6)} next week.`,
    `Analysts in ${pl(7)} said the meeting on ${t(4)} was the ${["first", "second", "third", "fourth", "fifth"][i % 5]} of its kind since ${2000 + (i % 25)}.`,
  ];
}

/** The same wire story as another outlet runs it: words changed here and there, other quotation marks, a line added. */
export const lightlyEdited = (text: string) =>
  `${text.replace("officials said", "officials told reporters").replace(/“|”/g, '"').replace("next week", "on Monday")}\n\nThis story was first reported by a wire service.`;

export interface PageOptions {
  title: string;
  date: string;
  outlet: string;
  url?: string;
  paragraphs: string[];
  /** Where the page gives its metadata. */
  meta?: "jsonld" | "og" | "time" | "none";
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function head(o: PageOptions): string {
  const meta = o.meta ?? "jsonld";
  const parts = [`<meta charset="utf-8"><title>${esc(o.title)} | ${esc(o.outlet)}</title>`];
  if (meta === "jsonld") {
    const ld = { "@context": "https://schema.org", "@type": "NewsArticle", headline: o.title, datePublished: `${o.date}T08:30:00+02:00`, publisher: { "@type": "Organization", name: o.outlet }, mainEntityOfPage: o.url };
    // A site-wide block that is not the article, and misleading meta tags below it: JSON-LD is trusted first.
    parts.push(`<script type="application/ld+json">${JSON.stringify({ "@type": "WebSite", name: "Not the outlet" })}</script>`);
    parts.push(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    parts.push(`<meta property="og:title" content="Share this: ${esc(o.title)}"><meta property="article:published_time" content="1999-01-01T00:00:00Z">`);
  }
  if (meta === "og") {
    parts.push(`<meta property="og:title" content="${esc(o.title)}"><meta property="og:site_name" content="${esc(o.outlet)}">`);
    parts.push(`<meta property="article:published_time" content="${o.date}T07:00:00Z">${o.url ? `<meta property="og:url" content="${esc(o.url)}">` : ""}`);
  }
  if (o.url && meta !== "none") parts.push(`<link rel="canonical" href="${esc(o.url)}">`);
  return parts.join("\n");
}

/** A news page: the article inside a site's menu, cookie banner, sidebar and footer. */
export function newsPage(o: PageOptions): string {
  const time = o.meta === "time" ? `<time datetime="${o.date}T10:00:00Z">${o.date}</time>` : "";
  return `<!doctype html>
<html lang="en"><head>${head(o)}</head>
<body>
<div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your experience. By continuing you accept our use of cookies.</p><button>Accept all</button></div>
<header class="site-header"><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/subscribe">Subscribe</a></li><li><a href="/login">Sign in</a></li></ul></nav></header>
<main>
<article class="story">
<h1>${esc(o.title)}</h1>
<p class="byline">By Staff Reporter ${time}</p>
${o.paragraphs.map((p) => `<p>${esc(p)}</p>`).join("\n")}
</article>
<aside class="sidebar"><h2>Most read</h2><ul><li><a href="/a">Ten things to know</a></li><li><a href="/b">Weather</a></li></ul></aside>
</main>
<footer class="site-footer"><p>Copyright 2025 ${esc(o.outlet)}. All rights reserved.</p><p><a href="/privacy">Privacy policy</a> · <a href="/terms">Terms</a></p></footer>
</body></html>`;
}

/** A page with no article: a site's front page of links. */
export function frontPage(): string {
  const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/story/${i}">Headline number ${i}</a></li>`).join("");
  return `<!doctype html><html><head><title>Example News: home</title></head><body><nav><a href="/">Home</a> <a href="/subscribe">Subscribe</a></nav><main><ul>${links}</ul></main><footer>Copyright 2025</footer></body></html>`;
}

export interface FeedEntry {
  title: string;
  link: string;
  date: string;
  /** The whole article, as HTML, when the feed carries it. */
  html?: string;
  summary?: string;
}

/** An RSS 2.0 feed. */
export function rssFeed(title: string, entries: FeedEntry[]): string {
  const items = entries.map(
    (e) => `<item><title>${esc(e.title)}</title><link>${esc(e.link)}</link><guid isPermaLink="true">${esc(e.link)}</guid><pubDate>${new Date(`${e.date}T09:00:00Z`).toUTCString()}</pubDate>${e.summary ? `<description>${esc(e.summary)}</description>` : ""}${e.html ? `<content:encoded><![CDATA[${e.html}]]></content:encoded>` : ""}</item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${esc(title)}</title><link>http://example.invalid/</link><description>Test</description>${items.join("\n")}</channel></rss>`;
}

/** An Atom feed. */
export function atomFeed(title: string, entries: FeedEntry[]): string {
  const items = entries.map(
    (e) => `<entry><title>${esc(e.title)}</title><link rel="alternate" href="${esc(e.link)}"/><id>${esc(e.link)}</id><published>${e.date}T09:00:00Z</published><updated>${e.date}T10:00:00Z</updated>${e.html ? `<content type="html">${esc(e.html)}</content>` : ""}</entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(title)}</title><id>urn:test</id><updated>2025-06-01T00:00:00Z</updated>${items.join("\n")}</feed>`;
}

/** Paragraphs as the HTML a feed item carries. */
export const paragraphsHtml = (paragraphs: string[]) => paragraphs.map((p) => `<p>${esc(p)}</p>`).join("");

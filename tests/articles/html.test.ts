// Web pages as articles: the main text without the site around it, the page's own metadata in order of trust, and
// pages that are not articles refused.
import { describe, expect, it } from "vitest";
import { htmlArticle, looksLikeHtml } from "../../server/articles/html.ts";
import { pageArticle } from "../../server/articles/arrive.ts";
import { InvalidArticleError } from "../../server/articles/input.ts";
import { BOILERPLATE_WORDS, frontPage, newsPage, storyParagraphs } from "../helpers/newsPages.ts";

const paragraphs = storyParagraphs(1);
const base = { title: "Berg presses Freedonia on grain", date: "2025-06-04", outlet: "Lakeside Herald", url: "https://news.example/2025/06/04/grain", paragraphs };

describe("web pages", () => {
  it("keeps the article's paragraphs and none of the menu, cookie banner, sidebar or footer", () => {
    const a = htmlArticle(newsPage(base));
    for (const p of paragraphs) expect(a.text).toContain(p);
    for (const word of BOILERPLATE_WORDS) expect(a.text).not.toContain(word);
    // One paragraph a block, blank lines between: what evidence offsets count in.
    expect(a.text.split("\n\n").slice(-paragraphs.length)).toEqual(paragraphs);
  });

  it("reads title, date, outlet and URL from JSON-LD first, over misleading meta tags", () => {
    expect(htmlArticle(newsPage(base))).toMatchObject({ title: base.title, date: "2025-06-04", source: "Lakeside Herald", url: base.url });
  });

  it("reads them from Open Graph and article: meta tags, and from <time> and the canonical link", () => {
    expect(htmlArticle(newsPage({ ...base, meta: "og" }))).toMatchObject({ title: base.title, date: "2025-06-04", source: "Lakeside Herald", url: base.url });
    const timed = htmlArticle(newsPage({ ...base, meta: "time", url: "/2025/06/04/grain" }), "https://news.example/feed-link");
    expect(timed).toMatchObject({ date: "2025-06-04", url: "https://news.example/2025/06/04/grain" });
    expect(timed.title).toContain(base.title); // the <title>, which names the outlet too
  });

  it("lets what the caller gives win over what the page says", () => {
    const given = { title: "My title", date: "2025-01-02", source: "My desk", url: "https://mine.example/a" };
    expect(pageArticle(newsPage(base), given)).toMatchObject(given);
    expect(pageArticle(newsPage(base), { title: "Only the title" })).toMatchObject({ title: "Only the title", date: "2025-06-04", source: "Lakeside Herald" });
  });

  it("refuses a page with no article, binary data and an empty body, saying why", () => {
    expect(() => htmlArticle(frontPage())).toThrow(/no article/);
    expect(() => htmlArticle(frontPage())).toThrow(InvalidArticleError);
    expect(() => htmlArticle("\u0000\u0001PNG\u0000\u0000binary")).toThrow(/binary/);
    expect(() => htmlArticle("   ")).toThrow(/empty/);
  });

  it("reads malformed HTML (unclosed tags, stray end tags) as well as it can", () => {
    const broken = `<html><body><div><p>${paragraphs.join("<p>")}</div></span></b><footer>Copyright`;
    const a = htmlArticle(broken);
    for (const p of paragraphs) expect(a.text).toContain(p);
  });

  it("never keeps markup or script from the page in the text", () => {
    const hostile = newsPage({ ...base, paragraphs: [...paragraphs, "He said <img src=x onerror=alert(1)> it must stop."] }).replace("</article>", "<script>alert(2)</script></article>");
    const a = htmlArticle(hostile);
    expect(a.text).toContain("He said <img src=x onerror=alert(1)> it must stop."); // the words as text, escaped in the page
    expect(a.text).not.toContain("alert(2)");
  });

  it("tells a page from plain text", () => {
    expect(looksLikeHtml(newsPage(base))).toBe(true);
    expect(looksLikeHtml("BERLIN -- Tusk urged Germany to act. <3")).toBe(false);
  });
});

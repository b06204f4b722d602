// Ways in: web pages through Readability (over linkedom) and feeds through fast-xml-parser, on the BBC business
// corpus dressed as a news site's pages (menu, cookie banner, sidebar, footer, JSON-LD) and as RSS feeds of 20 items
// carrying each article whole. Prints pages/s and feeds/s, wall and CPU, and checks that the text comes back whole.
//   npx tsx bench/sources.ts [FOLDER=../shared/corpus/bbc-business] [--rounds 3]
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadavg } from "node:os";
import { htmlArticle } from "../server/articles/html.ts";
import { parseFeed } from "../server/articles/feed.ts";
import { itemArticle } from "../server/articles/arrive.ts";
import { newsPage, paragraphsHtml, rssFeed } from "../tests/helpers/newsPages.ts";

const args = process.argv.slice(2);
const r = args.indexOf("--rounds");
const rounds = r >= 0 ? Number(args[r + 1]) : 3;
const folder = resolve(args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--rounds") ?? "../shared/corpus/bbc-business");

const articles = readdirSync(folder)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f, i) => {
    const [title, ...rest] = readFileSync(join(folder, f), "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
    return { title, date: `2005-0${1 + (i % 9)}-1${i % 10}`, paragraphs: rest };
  });
const pages = articles.map((a) => newsPage({ title: a.title, date: a.date, outlet: "BBC Business", url: `https://news.example/${a.date}/${a.title.length}`, paragraphs: a.paragraphs }));
const feeds: string[] = [];
for (let i = 0; i + 20 <= articles.length; i += 20) {
  feeds.push(rssFeed("BBC Business", articles.slice(i, i + 20).map((a, k) => ({ title: a.title, link: `https://news.example/item/${i + k}`, date: a.date, html: paragraphsHtml(a.paragraphs) }))));
}
const mb = (xs: string[]) => xs.reduce((n, x) => n + Buffer.byteLength(x), 0) / 1024 / 1024;

async function timed(label: string, unit: string, count: number, bytes: number, run: () => Promise<number>): Promise<void> {
  for (let round = 1; round <= rounds; round++) {
    const cpu0 = process.cpuUsage();
    const t = performance.now();
    const checked = await run();
    const s = (performance.now() - t) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuS = (cpu.user + cpu.system) / 1e6;
    console.log(
      `  ${label} round ${round}: ${count} ${unit} (${bytes.toFixed(1)} MB) in ${s.toFixed(2)} s = ${(count / s).toFixed(1)} ${unit}/s wall, ${(count / cpuS).toFixed(1)} ${unit}/CPU-s; ${checked} whole`,
    );
  }
}

console.log(`sources bench: ${articles.length} articles from ${folder}; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
await timed("pages through Readability", "pages", pages.length, mb(pages), async () => {
  let whole = 0;
  pages.forEach((p, i) => {
    const a = htmlArticle(p);
    if (a.text.endsWith(articles[i].paragraphs.join("\n\n")) && a.title === articles[i].title) whole++;
  });
  return whole;
});
await timed("feeds of 20 items", "feeds", feeds.length, mb(feeds), async () => {
  let whole = 0;
  for (const xml of feeds) {
    const feed = parseFeed(xml);
    for (const item of feed.items) if ((await itemArticle(item, feed)).text.length > 0) whole++;
  }
  return whole;
});
console.log(`  load average at end ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);

// "Add article" with a link, and with a dropped saved page: the dialog says what it found (title, date, outlet)
// before adding, and the article goes in under the page's own title and date. The page is served by the test's own
// site on 127.0.0.1, which the server may fetch from (STANCEGRAPH_FETCH_PRIVATE=1 for this test).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openExplorer, useExplorerSession, waitIdle } from "../helpers/browser.ts";
import { send, startSite, type Site } from "../helpers/siteServer.ts";
import { newsPage } from "../helpers/newsPages.ts";

const session = useExplorerSession({ env: { STANCEGRAPH_FETCH_PRIVATE: "1" } });
let site: Site;

const TITLE = "Tusk presses Berlin to do more for Ukraine";
const PARAGRAPHS = [
  "WARSAW -- Polish Prime Minister Donald Tusk urged Germany on Saturday to increase its military support for Ukraine, saying Europe could not wait for Washington to act.",
  "Tusk warned Russia against further escalation along the border with Belarus, and said Poland would spend more on its own defence this year.",
  "German Chancellor Friedrich Merz welcomed the call and said Berlin would send more air defence systems to Kyiv before the winter.",
  "Lithuanian President Gitanas Nauseda backed the proposal at a meeting of regional leaders in Vilnius.",
];
const PAGE = newsPage({ title: TITLE, date: "2025-06-07", outlet: "Baltic Wire", url: "https://baltic-wire.example/2025/06/07/tusk", paragraphs: PARAGRAPHS });

beforeAll(async () => {
  site = await startSite({ "/news/tusk": send(PAGE) });
});
afterAll(() => site.close());

describe("add an article from a link or a saved page", { timeout: 120_000 }, () => {
  it("previews a pasted link's title, date and outlet, then adds its article under them", async () => {
    await openExplorer(session.page, session.url);
    await session.page.getByRole("button", { name: "Add article" }).click();
    const dialog = session.page.getByRole("dialog", { name: "Add an article" });
    await dialog.waitFor();
    await dialog.getByLabel("Link to a page or a feed").fill(`${site.url}/news/tusk`);
    const found = session.page.locator("#ingest-found");
    await expect.poll(() => found.textContent(), { timeout: 20_000 }).toBe(`Found “${TITLE}”, Baltic Wire, 2025-06-07 (${PARAGRAPHS.join("\n\n").length.toLocaleString("en")} characters of text).`);
    const response = session.page.waitForResponse((r) => r.url().endsWith("/api/articles") && r.request().method() === "POST");
    await dialog.getByRole("button", { name: "Add to graph" }).click();
    await dialog.waitFor({ state: "hidden", timeout: 60_000 });
    await waitIdle(session.page);
    const answer = (await (await response).json()) as { article: { title: string; date: string }; added: { nodes: string[] } };
    expect(answer.article).toMatchObject({ title: TITLE, date: "2025-06-07" });
    expect(answer.added.nodes.length).toBeGreaterThan(0);
    await expect(session.page.locator("#status").textContent()).resolves.toContain(`“${TITLE}” added ${answer.added.nodes.length} node(s)`);
    const list = await session.api<{ articles: { title: string; date: string; source: string; url: string }[] }>("/api/articles");
    expect(list.articles).toContainEqual(expect.objectContaining({ title: TITLE, date: "2025-06-07", source: "Baltic Wire", url: "https://baltic-wire.example/2025/06/07/tusk" }));
    expect(session.browser.errors).toEqual([]);
  });

  it("reads a dropped .html file as a page and says what it found; the same page again is already there", async () => {
    await openExplorer(session.page, session.url);
    await session.page.evaluate((html) => {
      const dt = new DataTransfer();
      dt.items.add(new File([html], "saved-page.html", { type: "text/html" }));
      document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, PAGE);
    const dialog = session.page.getByRole("dialog", { name: "Add an article" });
    await dialog.waitFor();
    await expect.poll(() => session.page.locator("#ingest-found").textContent(), { timeout: 20_000 }).toMatch(new RegExp(`^Found “${TITLE}”, Baltic Wire, 2025-06-07`));
    await expect(dialog.getByLabel("Title").inputValue()).resolves.toBe(""); // the page names itself
    await dialog.getByRole("button", { name: "Add to graph" }).click();
    await expect.poll(() => session.page.locator("#ingest-status").textContent(), { timeout: 60_000 }).toMatch(/already in the graph/);
    // The page's markup never became elements of the explorer.
    expect(await session.page.locator("#ingest-dialog article, #ingest-dialog nav, #ingest-dialog footer").count()).toBe(0);
    await dialog.getByRole("button", { name: "Cancel" }).click();
  });
});

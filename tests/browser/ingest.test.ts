// Adding an article through the UI (temporary store), and article text that tries to inject markup.
import { beforeAll, describe, expect, it } from "vitest";
import type { Dialog } from "playwright-core";
import { openExplorer, waitIdle, useExplorerSession } from "../helpers/browser.ts";

const session = useExplorerSession();

const dialogs: string[] = [];

const ARTICLE = [
  "BERLIN, June 7 -- Polish Prime Minister Donald Tusk urged Germany to increase its support for Ukraine.",
  "Tusk warned Russia against further escalation.",
  "Spanish Prime Minister Pedro Sanchez welcomed the call.",
].join("\n");

const PAYLOAD = "<img src=x onerror=alert(1)>";
const HOSTILE = [
  `PARIS, June 5 -- French President Emmanuel Macron urged Germany to increase its support for Ukraine ${PAYLOAD}.`,
  `Macron warned Russia against further escalation, saying "<script>alert(2)</script> it must stop".`,
  `German Chancellor Friedrich Merz welcomed the call ${PAYLOAD}.`,
].join("\n");

interface Ingested {
  added: { nodes: string[]; edges: string[] };
}

beforeAll(async () => {
  session.browser.context.on("page", (p) => p.on("dialog", (d: Dialog) => void (dialogs.push(d.message()), d.dismiss())));
  session.page.on("dialog", (d) => void (dialogs.push(d.message()), d.dismiss()));
});

async function addArticle(text: string, meta: { title: string; date: string; source: string }): Promise<void> {
  await session.page.getByRole("button", { name: "Add article" }).click();
  const dialog = session.page.getByRole("dialog", { name: "Add an article" });
  await dialog.waitFor();
  await dialog.getByLabel("Article text").fill(text);
  await dialog.getByLabel("Title").fill(meta.title);
  await dialog.getByLabel("Date").fill(meta.date);
  await dialog.getByLabel("Source").fill(meta.source);
  await dialog.getByRole("button", { name: "Add to graph" }).click();
}

describe("add an article", { timeout: 120_000 }, () => {
  it("posts pasted text, shows progress, then highlights the nodes it added", async () => {
    await openExplorer(session.page, session.url);
    const before = await session.page.evaluate(() => window.__stancegraph!.renderer!.getGraph().order);
    // Hold the request a moment so that the progress state can be seen.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await session.page.route("**/api/articles", async (route) => {
      if (route.request().method() === "POST") await held;
      await route.continue();
    });
    const response = session.page.waitForResponse((r) => r.url().endsWith("/api/articles") && r.request().method() === "POST");
    await addArticle(ARTICLE, { title: "Tusk urges Germany to back Ukraine", date: "2025-06-07", source: "Test Wire" });
    await expect.poll(() => session.page.locator("#ingest-status").textContent()).toMatch(/Reading the article/);
    expect(await session.page.locator("#ingest-progress").isVisible()).toBe(true);
    expect(await session.page.getByRole("button", { name: "Add to graph" }).isDisabled()).toBe(true);
    release();
    await session.page.getByRole("dialog", { name: "Add an article" }).waitFor({ state: "hidden" });
    await waitIdle(session.page);
    await session.page.unroute("**/api/articles");

    const answer = (await (await response).json()) as Ingested;
    expect(answer.added.nodes.length).toBeGreaterThan(0);
    await expect(session.page.locator("#status").textContent()).resolves.toContain(`“Tusk urges Germany to back Ukraine” added ${answer.added.nodes.length} node(s)`);
    const added = await session.page.evaluate(() => window.__stancegraph!.emphasis().added);
    expect(added.sort()).toEqual([...answer.added.nodes].sort());
    const state = await session.page.evaluate((ids) => {
      const r = window.__stancegraph!.renderer!;
      return { order: r.getGraph().order, highlighted: ids.map((id) => r.getNodeDisplayData(id)?.highlighted ?? false) };
    }, added);
    expect(state.order).toBeGreaterThan(before);
    expect(state.highlighted.every(Boolean)).toBe(true);

    // The server has it, with the metadata typed in.
    const list = (await (await fetch(`${session.url}/api/articles`)).json()) as { articles: { title: string; date: string; source: string }[] };
    expect(list.articles).toContainEqual(expect.objectContaining({ title: "Tusk urges Germany to back Ukraine", date: "2025-06-07", source: "Test Wire" }));

    // The same text again is recognised as a duplicate.
    await addArticle(ARTICLE, { title: "Again", date: "2025-06-07", source: "Test Wire" });
    await expect.poll(() => session.page.locator("#ingest-status").textContent()).toMatch(/already in the graph/);
    await session.page.getByRole("button", { name: "Cancel" }).click();
  });

  it("shows what an article added even while a node is selected: its focus no longer fades the new nodes", async () => {
    await openExplorer(session.page, session.url);
    await session.page.getByLabel("Search", { exact: true }).fill("Zelensky");
    await session.page.getByRole("option", { name: /Zelensky/ }).first().click();
    await session.page.waitForFunction(() => window.__stancegraph!.emphasis().selected !== null);
    await waitIdle(session.page);
    const response = session.page.waitForResponse((r) => r.url().endsWith("/api/articles") && r.request().method() === "POST");
    await addArticle("OSLO, June 9 -- Norwegian Prime Minister Jonas Gahr Store urged Sweden to back NATO's new air shield.", { title: "Store urges Sweden", date: "2025-06-09", source: "Test Wire" });
    await session.page.getByRole("dialog", { name: "Add an article" }).waitFor({ state: "hidden" });
    await waitIdle(session.page);
    const answer = (await (await response).json()) as Ingested;
    expect(answer.added.nodes.length).toBeGreaterThan(0);
    const view = await session.page.evaluate((ids) => {
      const r = window.__stancegraph!.renderer!;
      return { selected: window.__stancegraph!.emphasis().selected, shown: ids.map((id) => r.getNodeDisplayData(id)?.highlighted === true && !!r.getNodeDisplayData(id)?.label) };
    }, answer.added.nodes);
    expect(view.selected).toBeNull();
    expect(view.shown.every(Boolean)).toBe(true);
    // The panel lists them, each a link to its node.
    await expect(session.page.locator("#panel-title").textContent()).resolves.toBe("Added from “Store urges Sweden”");
    expect(await session.page.locator("#panel .added-nodes .node-link").count()).toBe(answer.added.nodes.length);
  });

  it("reads a dropped text file into the form, and refuses an empty article", async () => {
    await openExplorer(session.page, session.url);
    await session.page.evaluate(() => {
      const file = new File(["KYIV -- A dropped article about Ukraine."], "dropped-article.txt", { type: "text/plain" });
      const dt = new DataTransfer();
      dt.items.add(file);
      document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    const dialog = session.page.getByRole("dialog", { name: "Add an article" });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByLabel("Article text").inputValue()).toBe("KYIV -- A dropped article about Ukraine.");
    await expect(dialog.getByLabel("Title").inputValue()).resolves.toBe("dropped-article");
    await expect.poll(() => session.page.locator("#ingest-status").textContent()).toMatch(/Read dropped-article\.txt/);

    await dialog.getByLabel("Article text").fill("   ");
    await dialog.getByRole("button", { name: "Add to graph" }).click();
    await expect.poll(() => session.page.locator("#ingest-status").textContent()).toMatch(/empty/);
    await dialog.getByRole("button", { name: "Cancel" }).click();
  });
});

describe("article text is never markup", { timeout: 120_000 }, () => {
  it("shows an article full of tags in every panel without running or injecting anything", async () => {
    await openExplorer(session.page, session.url);
    const scriptsBefore = await session.page.evaluate(() => document.scripts.length);
    const response = session.page.waitForResponse((r) => r.url().endsWith("/api/articles") && r.request().method() === "POST");
    await addArticle(HOSTILE, { title: `Macron ${PAYLOAD} urges Germany`, date: "2025-06-05", source: `<b>Wire</b>${PAYLOAD}` });
    await session.page.getByRole("dialog", { name: "Add an article" }).waitFor({ state: "hidden" });
    await waitIdle(session.page);
    const answer = (await (await response).json()) as Ingested;
    const node = answer.added.nodes[0];
    expect(node).toBeDefined();
    expect(await session.page.locator("#status").textContent()).toContain(PAYLOAD);
    const label = await session.page.evaluate((id) => window.__stancegraph!.renderer!.getGraph().getNodeAttribute(id, "label") as string, node);

    // Search list, node panel (mentions, relations with article title and source), edge panel, path panel.
    await session.page.getByLabel("Search", { exact: true }).fill(label);
    await session.page.getByRole("option", { name: label }).first().click();
    await session.page.waitForFunction((id) => window.__stancegraph!.emphasis().selected === id, node);
    await waitIdle(session.page);
    const panelText = await session.page.locator("#panel").textContent();
    expect(panelText).toContain(PAYLOAD);
    expect(panelText).toContain("<b>Wire</b>");

    // Macron's quote holds a script tag: his panel lists it, as text, with the article's title and source.
    const macron = ((await (await fetch(`${session.url}/api/nodes?q=Macron&limit=1`)).json()) as { results: { id: string; label: string }[] }).results[0];
    await session.page.getByLabel("Search", { exact: true }).fill(macron.label);
    await session.page.getByRole("option", { name: macron.label }).first().click();
    await session.page.waitForFunction((id) => window.__stancegraph!.emphasis().selected === id, macron.id);
    await waitIdle(session.page);
    const quote = session.page.locator("#panel .quotes .evidence").filter({ hasText: "<script>alert(2)</script>" }).first();
    await expect(quote.locator("mark").first().textContent()).resolves.toContain("<script>alert(2)</script>");
    await expect(quote.locator("cite").textContent()).resolves.toContain(`<b>Wire</b>${PAYLOAD}`);
    expect(await session.page.locator("#panel script, #panel mark *").count()).toBe(0);

    await session.page.locator("#panel .relation-item .relation").first().click();
    await session.page.waitForFunction(() => window.__stancegraph!.emphasis().edge !== null);
    await waitIdle(session.page);
    expect(await session.page.locator("#panel").textContent()).toContain(PAYLOAD);

    // Path mode picks through Search too: the new node, then one of its neighbours.
    await session.page.getByRole("button", { name: "Path" }).click();
    const other = await session.page.evaluate((id) => {
      const g = window.__stancegraph!.renderer!.getGraph();
      return g.getNodeAttribute(g.neighbors(id)[0], "label") as string;
    }, node);
    for (const name of [label, other]) {
      await session.page.getByLabel("Search", { exact: true }).fill(name);
      await session.page.getByRole("option", { name }).first().click();
    }
    await session.page.waitForFunction(() => window.__stancegraph!.emphasis().path.length > 0);
    await waitIdle(session.page);
    expect(await session.page.locator("#panel").textContent()).toContain(PAYLOAD);

    // Nothing ran and nothing was parsed into elements.
    await session.page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    const injected = await session.page.evaluate(() => ({
      imgs: document.querySelectorAll("img").length,
      bold: document.querySelectorAll("#panel b, #status b, #search-results b").length,
      scripts: document.scripts.length,
    }));
    expect(injected).toEqual({ imgs: 0, bold: 0, scripts: scriptsBefore });
    expect(session.browser.errors).toEqual([]);
  });
});

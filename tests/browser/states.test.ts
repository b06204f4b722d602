// Everywhere: empty and error states that say what to do, a phone-width layout, labelled keyboard-reachable controls.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { openExplorer, waitIdle, ROOT, useExplorerSession } from "../helpers/browser.ts";

const session = useExplorerSession();

describe("states", { timeout: 120_000 }, () => {
  it("says what to do when the graph cannot be loaded", async () => {
    const page = await session.browser.context.newPage();
    await page.route("**/api/graph", (route) => route.fulfill({ status: 500, contentType: "application/json", body: JSON.stringify({ error: { code: "internal", message: "Internal error" } }) }));
    await page.goto(session.url);
    await expect.poll(() => page.locator("#status").textContent()).toMatch(/could not be loaded: Internal error.*Reload/);
    await expect(page.locator("#status").getAttribute("class")).resolves.toContain("error");
    await page.close();
  });

  it("says how to start when the graph is empty", async () => {
    const page = await session.browser.context.newPage();
    await page.route("**/api/graph", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify({ attributes: {}, options: {}, nodes: [], edges: [] }) }));
    await openExplorer(page, session.url);
    await expect(page.locator("#status").textContent()).resolves.toMatch(/empty: add an article/);
    // The buttons that need a graph say so rather than do nothing or download a blank picture.
    let downloads = 0;
    page.on("download", () => downloads++);
    await page.getByRole("button", { name: "Export PNG" }).click();
    await expect.poll(() => page.locator("#status").textContent()).toMatch(/nothing to export/);
    await page.getByRole("button", { name: "Start layout" }).click();
    await expect.poll(() => page.locator("#status").textContent()).toMatch(/nothing to lay out/);
    await page.waitForTimeout(300);
    expect(downloads).toBe(0);
    await page.close();
  });

  it("explains a missing path route instead of failing", async () => {
    const page = await session.browser.context.newPage();
    await page.route("**/api/paths**", (route) => route.fulfill({ status: 404, contentType: "application/json", body: JSON.stringify({ error: { code: "no_route", message: "No route for GET /api/paths" } }) }));
    await openExplorer(page, session.url);
    const [a, b] = await page.evaluate(() => window.__stancegraph!.renderer!.getGraph().nodes().slice(0, 2));
    await page.evaluate(([from, to]) => window.dispatchEvent(new CustomEvent("stancegraph:path", { detail: [from, to] })), [a, b]);
    await expect.poll(() => page.locator("#panel").textContent()).toMatch(/cannot find paths yet/);
    await page.close();
  });
});

describe("a graph too large to draw whole", { timeout: 120_000 }, () => {
  it("opens on its overview, says how much more there is, never asks for all of it, and reaches the rest by a link", async () => {
    const page = await session.browser.context.newPage();
    let wholeAsked = false;
    await page.route("**/api/graph", (route) => ((wholeAsked = true), route.continue()));
    // The seed stands in for a large store: the explorer's overview request gets a 5-node overview of it.
    await page.route("**/api/overview**", async (route) => route.fulfill({ response: await route.fetch({ url: `${session.url}/api/overview?limit=5&edgeLimit=8` }) }));
    await openExplorer(page, session.url);
    const shown = await page.evaluate(() => window.__stancegraph!.renderer!.getGraph().nodes());
    expect(shown).toHaveLength(5);
    const stats = await session.api<{ nodes: number; edges: number }>("/api/stats");
    expect(stats.nodes).toBeGreaterThan(5);
    await expect(page.locator("#status").textContent()).resolves.toMatch(new RegExp(`shown of ${stats.nodes} nodes and ${stats.edges} relations: the best-connected; search a name`));
    expect(wholeAsked).toBe(false);
    // A shared link to a node the overview left out loads it, rather than dropping it from the address.
    const outside = (await session.api<{ results: { id: string; label: string }[] }>("/api/nodes?q=a&limit=50")).results.find((r) => !shown.includes(r.id))!;
    await openExplorer(page, `${session.url}/?n=${encodeURIComponent(outside.id)}`);
    await expect.poll(() => page.evaluate((id) => window.__stancegraph!.renderer!.getGraph().hasNode(id), outside.id)).toBe(true);
    await expect.poll(() => page.locator("#panel").textContent()).toContain(outside.label);
    expect(new URL(page.url()).searchParams.get("n")).toBe(outside.id);
    expect(wholeAsked).toBe(false);
    await page.close();
  });
});

describe("the node panel", { timeout: 120_000 }, () => {
  it("wraps a name with no spaces inside the panel, marks the short name the evidence uses, lists the articles", async () => {
    const page = await session.browser.context.newPage();
    const found = await session.api<{ results: { id: string }[] }>("/api/nodes?q=Zelensky&limit=1");
    const id = found.results[0].id;
    const long = "TheExtraordinarilyLongNamedInternationalAssociationForThePromotionOfVeryLongNames";
    await page.route(`**/api/nodes/${encodeURIComponent(id)}`, async (route) => {
      const detail = await (await route.fetch()).json();
      detail.node.aliases.push(long);
      await route.fulfill({ contentType: "application/json", body: JSON.stringify(detail) });
    });
    await openExplorer(page, `${session.url}/?n=${encodeURIComponent(id)}`);
    await expect.poll(() => page.locator("#panel").textContent()).toContain(long);
    const panel = await page.locator("#panel").evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(panel.scroll).toBeLessThanOrEqual(panel.client);
    // "…into diplomacy," Zelensky said.": the label is "Volodymyr Zelensky", the sentence says "Zelensky".
    const marks = await page.locator("#panel .relations mark").allTextContents();
    expect(marks).toContain("Zelensky");
    // The articles he is in, with their date, source and how often they name him.
    const article = await page.locator("#panel .article-list li").first().textContent();
    expect(article).toMatch(/Zelensky Urges Kyiv's Allies.*2025-06-04 · Kuwait News Agency \(KUNA\) · \d+ mentions/);
    await page.close();
  });
});

describe("phone width and keyboard", { timeout: 120_000 }, () => {
  it("fits a phone's width with the graph first and the panel under it", async () => {
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await openExplorer(page, session.url);
    await page.getByLabel("Search", { exact: true }).fill("Zelensky");
    await page.getByRole("option", { name: /Zelensky/ }).first().click();
    await page.waitForFunction(() => window.__stancegraph!.emphasis().selected !== null);
    await waitIdle(page);
    const layout = await page.evaluate(() => {
      const rect = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      return { scrollWidth: document.documentElement.scrollWidth, graph: rect("#graph"), panel: rect("#panel") };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(390);
    expect(layout.graph.width).toBeGreaterThan(350);
    expect(layout.graph.height).toBeGreaterThanOrEqual(300);
    expect(layout.panel.top).toBeGreaterThanOrEqual(layout.graph.bottom - 1);
    await expect(page.locator("#panel-title").textContent()).resolves.toMatch(/Zelensky/);
    await page.screenshot({ path: join(ROOT, "tests/artifacts/phone.png"), fullPage: true });
    await page.close();
  });

  it("labels every control and reaches them with Tab", async () => {
    const { page } = session;
    await openExplorer(page, session.url);
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("button, input, select, textarea")]
        .filter((el) => el.offsetParent !== null)
        .filter((el) => {
          const labels = (el as HTMLInputElement).labels;
          const name = el.getAttribute("aria-label") || (labels && labels.length ? labels[0].textContent : "") || (el.tagName === "BUTTON" ? el.textContent : "");
          return !name || !name.trim();
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);

    const reached = new Set<string>();
    await page.locator("body").focus();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      reached.add(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? el.id || el.textContent?.trim() || el.getAttribute("name") || el.tagName : "";
      }));
    }
    for (const name of ["search", "depth", "path-mode", "layout-toggle", "export-png", "export-gexf", "add-article"]) expect(reached).toContain(name);
    expect([...reached].some((n) => /^Person/.test(n))).toBe(true);

    // Toggling a legend entry from the keyboard keeps the focus on it.
    await page.locator('.legend-toggle[data-kind="event"]').focus();
    await page.keyboard.press("Enter");
    await expect(page.locator('.legend-toggle[data-kind="event"]').getAttribute("aria-pressed")).resolves.toBe("false");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.kind)).toBe("event");
    await page.keyboard.press("Space");
    await expect(page.locator('.legend-toggle[data-kind="event"]').getAttribute("aria-pressed")).resolves.toBe("true");

    // The layout button starts and stops ForceAtlas2 in its worker.
    await page.locator("#layout-toggle").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.__stancegraph!.layoutRunning);
    await expect(page.locator("#layout-toggle").textContent()).resolves.toBe("Stop layout");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => !window.__stancegraph!.layoutRunning);
    await expect(page.locator("#layout-toggle").textContent()).resolves.toBe("Start layout");
  });
});

// Corrections by hand in the explorer: "Merge into…" with its search and "Not an entity", each applied at once, said,
// and undone; the Corrections list; names typed by people shown as text, never markup.
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openExplorer, useExplorerSession, waitIdle } from "../helpers/browser.ts";

const session = useExplorerSession();
const dialogs: string[] = [];
const PAYLOAD = "<img src=x onerror=alert(1)>";

beforeAll(() => {
  session.page.on("dialog", (d) => void (dialogs.push(d.message()), d.dismiss()));
});

async function select(page: Page, query: string, option: RegExp): Promise<void> {
  await page.getByLabel("Search", { exact: true }).fill(query);
  await page.getByRole("option", { name: option }).first().click();
  await page.waitForFunction(() => window.__stancegraph!.emphasis().selected !== null);
  await waitIdle(page);
}

const inView = (page: Page, id: string) => page.evaluate((n) => window.__stancegraph!.renderer!.getGraph().hasNode(n), id);
const notice = (page: Page) => page.locator(".curation-notice .curation-said").textContent();
const nodeKeys = async () => ((await session.api<{ nodes: { key: string }[] }>("/api/graph")).nodes.map((n) => n.key).sort());

describe("corrections in the explorer", { timeout: 180_000 }, () => {
  it("merges a node into another found by search, says so, and Undo brings it back", async () => {
    const { page } = session;
    await openExplorer(page, session.url);
    const before = await nodeKeys();
    expect(before).toContain("person:putin");
    await select(page, "Putin", /Putin/);
    await page.getByRole("button", { name: "Merge into…" }).click();
    await page.getByLabel("Merge “Putin” into").fill("Russia");
    await page.getByRole("button", { name: /^Russia · Country/ }).click();
    await expect.poll(() => notice(page), { timeout: 60_000 }).toMatch(/“Putin” merged into “Russia”/);
    await waitIdle(page);
    expect(await inView(page, "person:putin")).toBe(false);
    expect(await page.locator("#panel-title").textContent()).toBe("Russia");
    expect(await page.locator("#panel .aliases").textContent()).toContain("Putin");
    expect(await page.locator("#panel .curated-by").textContent()).toMatch(/#\d+/);
    expect(await nodeKeys()).not.toContain("person:putin");

    await page.locator(".curation-notice").getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => notice(page), { timeout: 60_000 }).toMatch(/^Undone: /);
    await waitIdle(page);
    expect(await inView(page, "person:putin")).toBe(true);
    expect(await page.locator("#panel-title").textContent()).toBe("Putin");
    expect(await nodeKeys()).toEqual(before);
    expect((await session.api<{ curations: unknown[] }>("/api/curations")).curations).toEqual([]);
  });

  it("“Not an entity” takes a node out of the graph at once; the Corrections list shows it, and Undo restores it", async () => {
    const { page } = session;
    await openExplorer(page, session.url);
    await select(page, "drones", /drones/);
    await page.getByRole("button", { name: "Not an entity" }).click();
    await expect.poll(() => notice(page), { timeout: 60_000 }).toMatch(/named “drones” left out/);
    await waitIdle(page);
    expect(await inView(page, "topic:drones")).toBe(false);
    expect(await nodeKeys()).not.toContain("topic:drones");

    await page.getByRole("button", { name: "Corrections" }).click();
    const list = page.getByRole("dialog", { name: "Corrections" });
    await expect.poll(() => list.locator(".correction").count()).toBe(1);
    expect(await list.locator(".correction-summary").textContent()).toMatch(/“drones” left out/);
    await list.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => list.locator(".correction").count(), { timeout: 60_000 }).toBe(0);
    await list.getByRole("button", { name: "Close" }).click();
    await waitIdle(page);
    expect(await inView(page, "topic:drones")).toBe(true);
    expect(await nodeKeys()).toContain("topic:drones");
  });

  it("“Wrong relation” takes an edge out, and Undo brings it back", async () => {
    const { page } = session;
    await openExplorer(page, session.url);
    await select(page, "Healey", /John Healey/);
    const item = page.locator("#panel .relation-item").first();
    const edge = (await item.getAttribute("data-edge"))!;
    await item.locator("button.relation").click();
    await waitIdle(page);
    await page.getByRole("button", { name: "Wrong relation" }).click();
    await expect.poll(() => notice(page), { timeout: 60_000 }).toMatch(/left out/);
    await waitIdle(page);
    expect((await fetch(`${session.url}/api/edges/${encodeURIComponent(edge)}`)).status).toBe(404);
    await page.locator(".curation-notice").getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => notice(page), { timeout: 60_000 }).toMatch(/^Undone: /);
    expect((await fetch(`${session.url}/api/edges/${encodeURIComponent(edge)}`)).status).toBe(200);
  });

  it("shows a name typed by a person as text, in the panel and in the list", async () => {
    const { page } = session;
    await openExplorer(page, session.url);
    await select(page, "Healey", /John Healey/);
    await page.getByRole("button", { name: "Rename" }).click();
    await page.getByLabel("New name").fill(PAYLOAD);
    await page.locator("#panel form[aria-label='Rename']").getByRole("button", { name: "Rename" }).click();
    await expect.poll(() => notice(page), { timeout: 60_000 }).toContain(`renamed “${PAYLOAD}”`);
    await waitIdle(page);
    expect(await page.locator("#panel-title").textContent()).toBe(PAYLOAD);
    await page.getByRole("button", { name: "Corrections" }).click();
    const list = page.getByRole("dialog", { name: "Corrections" });
    await expect.poll(() => list.locator(".correction-summary").first().textContent()).toContain(PAYLOAD);
    expect(await page.locator("#panel img, .corrections img, .curation-notice img").count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(session.browser.errors).toEqual([]);
  });
});

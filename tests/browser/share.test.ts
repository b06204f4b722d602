// Share and keep: the view in the URL both ways, the same positions on every load, PNG and GEXF exports.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { openExplorer, waitIdle, useExplorerSession } from "../helpers/browser.ts";

const session = useExplorerSession();

const positions = (p: Page) =>
  p.evaluate(() => {
    const g = window.__stancegraph!.renderer!.getGraph();
    return Object.fromEntries(g.mapNodes((n, a) => [n, [a.x, a.y]]));
  });

describe("share and keep", { timeout: 120_000 }, () => {
  it("lays the same graph out the same way on every load", async () => {
    await openExplorer(session.page, session.url);
    const first = await positions(session.page);
    await openExplorer(session.page, session.url);
    expect(await positions(session.page)).toEqual(first);
  });

  it("puts the view in the URL and restores it from there", async () => {
    await openExplorer(session.page, session.url);
    await session.page.getByLabel("Search", { exact: true }).fill("Zelensky");
    await session.page.getByRole("option", { name: /Zelensky/ }).first().click();
    await session.page.waitForFunction(() => window.__stancegraph!.emphasis().selected !== null);
    await waitIdle(session.page);
    await session.page.getByLabel("Depth").selectOption("2");
    await session.page.waitForFunction(() => window.__stancegraph!.state().depth === 2);
    await waitIdle(session.page);
    await session.page.locator('.legend-toggle[data-kind="location"]').click();
    await session.page.getByRole("checkbox", { name: "part of" }).uncheck();
    await session.page.getByRole("checkbox", { name: "neutral" }).uncheck();
    await session.page.evaluate(() => window.__stancegraph!.renderer!.getCamera().setState({ x: 0.42, y: 0.57, ratio: 0.8 }));
    await expect.poll(() => session.page.url()).toMatch(/c=0\.42%2C0\.57%2C0\.8/);
    const url = session.page.url();
    const query = new URL(url).searchParams;
    expect(query.get("d")).toBe("2");
    expect(query.get("k")).toBe("l");
    expect(query.get("r")).toBe("po");
    expect(query.get("s")).toBe("n");
    const before = await session.page.evaluate(() => ({ state: window.__stancegraph!.state(), selected: window.__stancegraph!.emphasis().selected }));

    // A fresh page opened on that address shows the same view.
    const other = await session.browser.context.newPage();
    await openExplorer(other, url);
    await other.waitForFunction((id) => window.__stancegraph!.emphasis().selected === id, before.selected);
    await waitIdle(other);
    const after = await other.evaluate(() => ({ state: window.__stancegraph!.state(), selected: window.__stancegraph!.emphasis().selected }));
    expect(after.selected).toBe(before.selected);
    expect({ ...after.state, camera: null }).toEqual({ ...before.state, camera: null });
    const cam = await other.evaluate(() => window.__stancegraph!.renderer!.getCamera().getState());
    expect(cam.x).toBeCloseTo(0.42, 3);
    expect(cam.y).toBeCloseTo(0.57, 3);
    expect(cam.ratio).toBeCloseTo(0.8, 3);
    await expect(other.locator('.legend-toggle[data-kind="location"]').getAttribute("aria-pressed")).resolves.toBe("false");
    await expect(other.getByRole("checkbox", { name: "part of" }).isChecked()).resolves.toBe(false);
    await expect(other.getByLabel("Depth").inputValue()).resolves.toBe("2");
    await expect.poll(() => other.locator("#panel-title").textContent()).toMatch(/Zelensky/);
    await other.close();
  });

  it("drops unknown ids and values from a shared address", async () => {
    await openExplorer(session.page, `${session.url}/?n=person%3Anobody-at-all&d=9&k=tq&p=person%3Anobody~country%3Aukraine&f=someday`);
    const state = await session.page.evaluate(() => window.__stancegraph!.state());
    expect(state.node).toBeNull();
    expect(state.depth).toBe(1);
    expect(state.hiddenKinds).toEqual(["topic"]);
    expect(state.path).toBeNull();
    expect(state.from).toBeNull();
    await expect.poll(() => new URL(session.page.url()).search).not.toContain("nobody");
    // The person who opened the link is told what it named that is not here.
    await expect(session.page.locator("#status").textContent()).resolves.toMatch(/“person:nobody-at-all” and “person:nobody”, not in this graph/);
    await expect(session.page.locator("#panel-title, #panel h2").first().textContent()).resolves.toBe("Not in this graph");
    expect(session.browser.errors).toEqual([]);
  });

  it("Back and Forward step through the nodes and paths chosen, camera moves aside", async () => {
    const { page } = session;
    await openExplorer(page, session.url);
    const start = page.url();
    const choose = async (name: string) => {
      await page.getByLabel("Search", { exact: true }).fill(name);
      await page.getByRole("option", { name: new RegExp(name) }).first().click();
      await page.waitForFunction((n) => new RegExp(n).test(document.querySelector("#panel-title")?.textContent ?? ""), name);
      await waitIdle(page);
      const id = await page.evaluate(() => window.__stancegraph!.emphasis().selected);
      await expect.poll(() => new URL(page.url()).searchParams.get("n")).toBe(id);
    };
    await choose("Zelensky");
    const first = new URL(page.url()).searchParams.get("n");
    await choose("NATO");
    const second = new URL(page.url()).searchParams.get("n");
    expect(second).not.toBe(first);
    // A camera move rewrites the entry rather than adding one.
    await page.evaluate(() => window.__stancegraph!.renderer!.getCamera().setState({ x: 0.4, y: 0.6, ratio: 0.9 }));
    await expect.poll(() => page.url()).toMatch(/c=0\.4%2C0\.6%2C0\.9/);

    await page.goBack();
    await page.waitForFunction((id) => window.__stancegraph!.emphasis().selected === id, first);
    await waitIdle(page);
    await expect(page.locator("#panel-title").textContent()).resolves.toMatch(/Zelensky/);
    expect(new URL(page.url()).searchParams.get("n")).toBe(first);

    await page.goForward();
    await page.waitForFunction((id) => window.__stancegraph!.emphasis().selected === id, second);
    await waitIdle(page);
    expect(new URL(page.url()).searchParams.get("n")).toBe(second);

    // Back to before the first choice: nothing selected, still the explorer.
    await page.goBack();
    await page.goBack();
    await page.waitForFunction(() => window.__stancegraph?.emphasis().selected === null);
    await waitIdle(page);
    expect(new URL(page.url()).searchParams.get("n")).toBeNull();
    expect(new URL(page.url()).pathname).toBe(new URL(start).pathname);
    await expect(page.locator("#panel h2").textContent()).resolves.toBe("Nothing selected yet");
    expect(session.browser.errors).toEqual([]);
  });

  it("exports the view as a PNG and the graph as GEXF", async () => {
    await openExplorer(session.page, session.url);
    const [png] = await Promise.all([session.page.waitForEvent("download"), session.page.getByRole("button", { name: "Export PNG" }).click()]);
    expect(png.suggestedFilename()).toBe("stancegraph-view.png");
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const box = (await session.page.locator("#graph").boundingBox())!;
    const dpr = await session.page.evaluate(() => window.devicePixelRatio);
    expect(bytes.readUInt32BE(16)).toBe(Math.round(box.width * dpr));
    expect(bytes.readUInt32BE(20)).toBe(Math.round(box.height * dpr));
    // Nodes, edges and labels drawn: far more than a blank white image compresses to.
    expect(bytes.length).toBeGreaterThan(10_000);

    const [gexf] = await Promise.all([session.page.waitForEvent("download"), session.page.getByRole("button", { name: "Export GEXF" }).click()]);
    expect(gexf.suggestedFilename()).toBe("stancegraph-view.gexf");
    const xml = readFileSync((await gexf.path())!, "utf8");
    expect(xml).toMatch(/<gexf[^>]+version="1\.3"/);
    const order = await session.page.evaluate(() => window.__stancegraph!.renderer!.getGraph().order);
    const size = await session.page.evaluate(() => window.__stancegraph!.renderer!.getGraph().size);
    expect(xml.match(/<node /g)?.length).toBe(order);
    expect(xml.match(/<edge /g)?.length).toBe(size);
    expect(xml).toContain("Volodymyr Zelensky");
    expect(xml).toMatch(/<viz:position x="[-\d.]+" y="[-\d.]+"/);
 

    // A focused view holds a lean neighbourhood (no evidence, only its count): the export fetches the evidence.
    await session.page.getByLabel("Focus").check();
    await session.page.getByLabel("Search", { exact: true }).fill("Zelensky");
    await session.page.getByRole("option", { name: /Zelensky/ }).first().click();
    await session.page.waitForFunction(() => window.__stancegraph!.emphasis().selected !== null);
    await waitIdle(session.page);
    const lean = await session.page.evaluate(() => window.__stancegraph!.renderer!.getGraph().filterEdges((_e, a) => (a.evidence as unknown[]).length === 0).length);
    expect(lean).toBeGreaterThan(0);
    const [focused] = await Promise.all([session.page.waitForEvent("download"), session.page.getByRole("button", { name: "Export GEXF" }).click()]);
    const focusedXml = readFileSync((await focused.path())!, "utf8");
    const edges = focusedXml.match(/<edge [\s\S]*?<\/edge>/g) ?? [];
    expect(edges.length).toBe(await session.page.evaluate(() => window.__stancegraph!.renderer!.getGraph().size));
    // Every relation's evidence column holds its first sentence.
    for (const edge of edges) expect(edge, edge.slice(0, 200)).toMatch(/<attvalue for="evidence" value="[^"]+"/);
    expect(session.browser.errors).toEqual([]);
  });
});

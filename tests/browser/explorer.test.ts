// From the seed article to a graph in the browser: render, search, select, read the evidence.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { ROOT, openExplorer, waitIdle, useExplorerSession } from "../helpers/browser.ts";

const session = useExplorerSession();

describe("explorer", { timeout: 120_000 }, () => {
  it("draws the graph, finds Zelensky and shows his evidence", async () => {
    const { page } = session;
    await openExplorer(page, session.url);

    // Sigma drew real pixels: the node layer is not blank.
    const drawn = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const r = window.__stancegraph!.renderer!;
          // The drawing buffer is only readable in the task that drew it: read it inside afterRender.
          r.once("afterRender", () => {
            const canvas = r.getCanvases().nodes;
            const gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl")) as WebGLRenderingContext | null;
            if (!gl) return resolve(0);
            const px = new Uint8Array(canvas.width * canvas.height * 4);
            gl.readPixels(0, 0, canvas.width, canvas.height, gl.RGBA, gl.UNSIGNED_BYTE, px);
            let painted = 0;
            for (let i = 3; i < px.length; i += 4) if (px[i] > 0) painted++;
            resolve(painted);
          });
          r.refresh();
        }),
    );
    expect(drawn).toBeGreaterThan(100);
    const order = await page.evaluate(() => window.__stancegraph!.renderer!.getGraph().order);
    expect(order).toBeGreaterThan(3);
    // The legend names the kinds, with counts.
    await expect(page.getByRole("button", { name: /Person/ }).textContent()).resolves.toMatch(/\d/);

    await page.getByLabel("Search", { exact: true }).fill("Zelensky");
    const option = page.getByRole("option", { name: /Zelensky/ }).first();
    await option.waitFor();
    await option.click();

    const panel = page.locator("#panel");
    await expect.poll(() => panel.locator("#panel-title").textContent(), { timeout: 15_000 }).toMatch(/Zelensky/);
    await expect(panel.locator(".meta .kind").textContent()).resolves.toBe("Person");
    const evidence = panel.locator(".evidence .sentence").first();
    await expect(evidence.textContent()).resolves.toMatch(/Zelensky|Ukrainian/);
    // The mention is marked inside its sentence.
    expect(await panel.locator(".evidence mark").count()).toBeGreaterThan(0);

    // The neighbourhood is highlighted: Zelensky selected, his neighbours in focus.
    await waitIdle(page);
    const emphasis = await page.evaluate(() => window.__stancegraph!.emphasis());
    expect(emphasis.selected).toMatch(/zelensky/);
    expect(emphasis.focus.length).toBeGreaterThan(1);
    expect(emphasis.focus).toContain(emphasis.selected);

    await page.screenshot({ path: join(ROOT, "docs/screenshot.png") });
    expect(session.browser.errors).toEqual([]);
  });
});

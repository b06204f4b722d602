// Finding, expanding, focusing, hovering, paths and filters in the explorer, against the real server.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clickNode, openExplorer, waitIdle, useExplorerSession } from "../helpers/browser.ts";

const session = useExplorerSession();

let ZELENSKY: string;
let neighboursOfZelensky: string[];

const api = session.api;

beforeAll(async () => {
  const found = await api<{ results: { id: string }[] }>("/api/nodes?q=Zelensky&limit=1");
  ZELENSKY = found.results[0].id;
  const hood = await api<{ graph: { nodes: { key: string }[] } }>(`/api/nodes/${encodeURIComponent(ZELENSKY)}/neighbors?depth=1`);
  neighboursOfZelensky = hood.graph.nodes.map((n) => n.key);
});

beforeEach(async () => {
  await openExplorer(session.page, session.url);
});

const hooks = <T>(fn: string) => session.page.evaluate(fn) as Promise<T>;
const viewOrder = () => hooks<number>("window.__stancegraph.renderer.getGraph().order");
const viewNodes = () => hooks<string[]>("window.__stancegraph.renderer.getGraph().nodes()");
const emphasis = () => session.page.evaluate(() => window.__stancegraph!.emphasis());

async function searchAndEnter(text: string): Promise<void> {
  await session.page.keyboard.press("/");
  await session.page.keyboard.type(text);
  await session.page.keyboard.press("Enter");
  await session.page.waitForFunction((id) => window.__stancegraph!.emphasis().selected === id, ZELENSKY);
  await waitIdle(session.page);
}

describe("find", { timeout: 120_000 }, () => {
  it("/ focuses Search, Enter takes the best match and moves the camera to it, Escape clears", async () => {
    const cameraBefore = await session.page.evaluate(() => window.__stancegraph!.renderer!.getCamera().getState());
    await session.page.keyboard.press("/");
    expect(await session.page.evaluate(() => document.activeElement?.id)).toBe("search");
    await session.page.keyboard.type("zelen");
    // Autocomplete lists matches as options while typing.
    await session.page.getByRole("option", { name: /Zelensky/ }).first().waitFor();
    await session.page.keyboard.press("Enter");
    await session.page.waitForFunction((id) => window.__stancegraph!.emphasis().selected === id, ZELENSKY);
    await waitIdle(session.page);
    await expect.poll(() => session.page.locator("#panel-title").textContent()).toMatch(/Zelensky/);

    const cameraAfter = await session.page.evaluate(() => window.__stancegraph!.renderer!.getCamera().getState());
    expect(cameraAfter).not.toEqual(cameraBefore);
    // The chosen node is now in the middle of the view.
    const pos = await session.page.evaluate((id) => window.__stancegraph!.nodePosition(id), ZELENSKY);
    const box = (await session.page.locator("#graph").boundingBox())!;
    expect(Math.abs(pos!.x - box.width / 2)).toBeLessThan(box.width * 0.1);
    expect(Math.abs(pos!.y - box.height / 2)).toBeLessThan(box.height * 0.1);

    await session.page.locator("#search").focus();
    await session.page.keyboard.press("Escape");
    expect(await session.page.locator("#search").inputValue()).toBe("");
    expect(await session.page.locator("#search-results").isHidden()).toBe(true);
  });

  it("says so when nothing matches", async () => {
    await session.page.getByLabel("Search", { exact: true }).fill("Qwxzyplk");
    await expect.poll(() => session.page.locator("#search-results").textContent()).toMatch(/No node matches/);
  });
});

describe("expand and focus", { timeout: 120_000 }, () => {
  it("focus replaces the view with the neighbourhood; depth widens it; expand adds to it", async () => {
    await session.page.getByLabel("Focus").check();
    await searchAndEnter("Zelensky");
    expect((await viewNodes()).sort()).toEqual([...neighboursOfZelensky].sort());

    await session.page.getByLabel("Depth").selectOption("2");
    await session.page.waitForFunction(() => window.__stancegraph!.state().depth === 2);
    await waitIdle(session.page);
    const depth2 = await api<{ graph: { nodes: { key: string }[] } }>(`/api/nodes/${encodeURIComponent(ZELENSKY)}/neighbors?depth=2`);
    expect(await viewOrder()).toBe(depth2.graph.nodes.length);
    expect((await emphasis()).focus.length).toBe(depth2.graph.nodes.length);

    // Back to depth 1 in focus, then expand a neighbour by clicking it in the graph.
    await session.page.getByLabel("Depth").selectOption("1");
    await waitIdle(session.page);
    await session.page.waitForFunction((n) => window.__stancegraph!.renderer!.getGraph().order === n, neighboursOfZelensky.length);
    await session.page.getByLabel("Expand").check();
    const other = neighboursOfZelensky.find((id) => id !== ZELENSKY)!;
    await clickNode(session.page, other);
    await session.page.waitForFunction((id) => window.__stancegraph!.emphasis().selected === id, other);
    await waitIdle(session.page);
    const hood = await api<{ graph: { nodes: { key: string }[] } }>(`/api/nodes/${encodeURIComponent(other)}/neighbors?depth=1`);
    const nodes = await viewNodes();
    for (const n of [...neighboursOfZelensky, ...hood.graph.nodes.map((x) => x.key)]) expect(nodes).toContain(n);
    expect((await emphasis()).focus.sort()).toEqual(hood.graph.nodes.map((x) => x.key).sort());
    // The status line says how big the neighbourhood is inside the bigger view.
    const label = await session.page.evaluate((id) => window.__stancegraph!.renderer!.getGraph().getNodeAttribute(id, "label") as string, other);
    const ties = (hood.graph as unknown as { edges: unknown[] }).edges.length;
    const n = hood.graph.nodes.length - 1;
    const status = await session.page.locator("#status").textContent();
    expect(status).toBe(`${label} and ${n} neighbour${n === 1 ? "" : "s"}: ${ties} relation${ties === 1 ? "" : "s"} · ${status!.split(" · ")[1]}`);
    expect(status!.split(" · ")[1]).toMatch(new RegExp(`^${nodes.length} nodes, \\d+ relations shown$`));
  });
});

describe("labels", { timeout: 120_000 }, () => {
  it("draws no node label over another, none cut by the stage's edge, and labels the selection's neighbours", async () => {
    // Expand mode: the whole graph stays, faded, around the selection.
    await searchAndEnter("Zelensky");
    const drawn = await session.page.evaluate(() => {
      type Internals = { displayedNodeLabels: Set<string>; nodeDataCache: Record<string, { x: number; y: number; size: number; label: string | null; forceLabel?: boolean }>; width: number };
      const r = window.__stancegraph!.renderer!;
      const own = r as unknown as Internals;
      const ctx = document.createElement("canvas").getContext("2d")!;
      ctx.font = `${r.getSetting("labelWeight")} ${r.getSetting("labelSize")}px ${r.getSetting("labelFont")}`;
      const size = r.getSetting("labelSize");
      return {
        width: own.width,
        boxes: [...own.displayedNodeLabels].map((key) => {
          const d = own.nodeDataCache[key];
          const p = r.framedGraphToViewport(d);
          const x = p.x + r.scaleSize(d.size) + 3;
          return { key, x, y: p.y - size / 2, w: ctx.measureText(d.label ?? "").width, h: size, forced: !!d.forceLabel, label: d.label };
        }),
      };
    });
    expect(drawn.boxes.length).toBeGreaterThan(1);
    for (const [i, a] of drawn.boxes.entries()) {
      expect(a.label, a.key).toBeTruthy();
      if (!a.forced) expect(a.x + a.w, a.key).toBeLessThanOrEqual(drawn.width + 1);
      for (const b of drawn.boxes.slice(i + 1)) {
        if (a.forced && b.forced) continue;
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap, `${a.label} / ${b.label}`).toBe(false);
      }
    }
    // Faded nodes no longer take the label cells: most of Zelensky's neighbours are named.
    const named = new Set(drawn.boxes.map((b) => b.key));
    const shownNeighbours = neighboursOfZelensky.filter((n) => named.has(n));
    expect(shownNeighbours.length).toBeGreaterThanOrEqual(Math.ceil(neighboursOfZelensky.length / 2));
  });
});

describe("hover", { timeout: 120_000 }, () => {
  it("highlights the hovered node's neighbours and fades the rest", async () => {
    const pos = (await session.page.evaluate((id) => window.__stancegraph!.nodePosition(id), ZELENSKY))!;
    const box = (await session.page.locator("#graph").boundingBox())!;
    await session.page.mouse.move(box.x + pos.x, box.y + pos.y);
    await session.page.waitForFunction((id) => window.__stancegraph!.emphasis().hovered === id, ZELENSKY);
    const colours = await session.page.evaluate((id) => {
      const r = window.__stancegraph!.renderer!;
      const g = r.getGraph();
      const out: { neighbour: boolean; faded: boolean }[] = [];
      g.forEachNode((n) => {
        if (n === id) return;
        const d = r.getNodeDisplayData(n)!;
        out.push({ neighbour: g.areNeighbors(n, id), faded: d.color === "#e4e6ea" });
      });
      return out;
    }, ZELENSKY);
    expect(colours.some((c) => !c.neighbour)).toBe(true);
    for (const c of colours) expect(c.faded).toBe(!c.neighbour);
    await session.page.mouse.move(box.x + 2, box.y + 2);
    await session.page.waitForFunction(() => window.__stancegraph!.emphasis().hovered === null);
  });
});

describe("path", { timeout: 120_000 }, () => {
  it("picks two nodes and lights up the shortest path between them, with its evidence", async () => {
    // Two nodes that are not neighbours, found through the API.
    const graph = await api<{ nodes: { key: string; attributes: { kind: string } }[]; edges: { source: string; target: string }[] }>("/api/graph");
    const adjacent = new Set(graph.edges.flatMap((e) => [`${e.source}|${e.target}`, `${e.target}|${e.source}`]));
    const candidates = graph.nodes.map((n) => n.key).filter((k) => k !== ZELENSKY && !adjacent.has(`${ZELENSKY}|${k}`) && graph.edges.some((e) => e.source === k || e.target === k));
    // Click the candidate standing furthest from any other node on screen, so the click cannot land on a neighbour.
    const box0 = (await session.page.locator("#graph").boundingBox())!;
    const far = await session.page.evaluate(
      ({ ids, w, h }) => {
        const sg = window.__stancegraph!;
        const all = sg.visibleNodes().map((id) => ({ id, p: sg.nodePosition(id) })).filter((n) => n.p);
        let best: string | null = null;
        let bestGap = -1;
        for (const id of ids) {
          const p = sg.nodePosition(id);
          if (!p || p.x < 10 || p.y < 10 || p.x > w - 10 || p.y > h - 10) continue;
          const gap = Math.min(...all.filter((n) => n.id !== id).map((n) => Math.hypot(n.p!.x - p.x, n.p!.y - p.y)));
          if (gap > bestGap) [best, bestGap] = [id, gap];
        }
        return best;
      },
      { ids: candidates, w: box0.width, h: box0.height },
    );
    if (!far) throw new Error("no node far from Zelensky is on screen");
    const expected = await api<{ paths: { nodes: string[]; edges: { id: string }[] }[] }>(`/api/paths?from=${encodeURIComponent(ZELENSKY)}&to=${encodeURIComponent(far)}&maxLength=4`);
    expect(expected.paths.length).toBeGreaterThan(0);

    await session.page.getByRole("button", { name: "Path" }).click();
    await expect.poll(() => session.page.locator("#path-hint").textContent()).toMatch(/first node/);
    await clickNode(session.page, ZELENSKY);
    await expect.poll(() => session.page.locator("#path-hint").textContent()).toMatch(/second node/);
    await clickNode(session.page, far);
    await session.page.waitForFunction(() => window.__stancegraph!.emphasis().path.length > 0);
    await waitIdle(session.page);
    const em = await emphasis();
    expect(em.path.sort()).toEqual([...expected.paths[0].nodes].sort());
    await expect(session.page.locator("#panel-title").textContent()).resolves.toMatch(/^Path: /);
    expect(await session.page.locator("#panel .path-steps > li").count()).toBe(expected.paths[0].edges.length);
    expect(await session.page.locator("#panel .path-steps .evidence").count()).toBeGreaterThan(0);
    // Path edges are drawn in the path colour, others faded (once the pointer no longer hovers a node).
    const box = (await session.page.locator("#graph").boundingBox())!;
    await session.page.mouse.move(box.x + 2, box.y + 2);
    await session.page.waitForFunction(() => window.__stancegraph!.emphasis().hovered === null);
    const pathEdge = expected.paths[0].edges[0].id;
    expect(await session.page.evaluate((e) => window.__stancegraph!.renderer!.getEdgeDisplayData(e)!.color, pathEdge)).toBe("#e6a100");
    await expect.poll(() => session.page.url()).toContain("p=");
  });
});

describe("other paths", { timeout: 120_000 }, () => {
  it("lists the other paths of the same length, and shows the one chosen", async () => {
    const healey = (await api<{ results: { id: string }[] }>("/api/nodes?q=Healey&limit=1")).results[0].id;
    const expected = await api<{ paths: { nodes: string[]; edges: { id: string }[] }[] }>(`/api/paths?from=${encodeURIComponent(ZELENSKY)}&to=${encodeURIComponent(healey)}&maxLength=4`);
    expect(expected.paths.length).toBeGreaterThan(1);
    await session.page.evaluate(([a, b]) => window.dispatchEvent(new CustomEvent("stancegraph:path", { detail: [a, b] })), [ZELENSKY, healey]);
    await session.page.waitForFunction(() => window.__stancegraph!.emphasis().path.length > 0);
    await waitIdle(session.page);
    expect(await session.page.locator("#panel .other-paths li").count()).toBe(expected.paths.length);
    await session.page.locator("#panel .path-choice").first().click();
    await waitIdle(session.page);
    expect((await emphasis()).path.sort()).toEqual([...expected.paths[1].nodes].sort());
    const steps = await session.page.locator("#panel .path-steps > li").evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.edge));
    expect(steps).toEqual(expected.paths[1].edges.map((e) => e.id));
    await expect(session.page.locator("#panel .path-current").textContent()).resolves.toContain("→");
  });
});

describe("filters", { timeout: 120_000 }, () => {
  it("legend entries toggle kinds; relation, polarity and date filters hide edges and nodes", async () => {
    const kinds = await session.page.evaluate(() => {
      const g = window.__stancegraph!.renderer!.getGraph();
      return g.mapNodes((_n, a) => a.kind as string);
    });
    const topic = session.page.locator('.legend-toggle[data-kind="topic"]');
    await topic.click();
    await expect(topic.getAttribute("aria-pressed")).resolves.toBe("false");
    const visible = await session.page.evaluate(() => window.__stancegraph!.visibleNodes().length);
    expect(visible).toBe(kinds.filter((k) => k !== "topic").length);
    const topicHidden = await session.page.evaluate(() => {
      const r = window.__stancegraph!.renderer!;
      return r.getGraph().filterNodes((_n, a) => a.kind === "topic").every((n) => r.getNodeDisplayData(n)!.hidden);
    });
    expect(topicHidden).toBe(true);
    await topic.click();

    // Stance relations off: every stance edge hidden, the others not.
    await session.page.getByRole("checkbox", { name: "stance" }).uncheck();
    const stance = await session.page.evaluate(() => {
      const r = window.__stancegraph!.renderer!;
      return r.getGraph().mapEdges((e, a) => ({ stance: a.relation === "stance", hidden: r.getEdgeDisplayData(e)!.hidden }));
    });
    expect(stance.some((s) => s.stance)).toBe(true);
    for (const s of stance) expect(s.hidden).toBe(s.stance);
    await session.page.getByRole("checkbox", { name: "stance" }).check();

    // Oppose stances off: only they disappear; support stances stay green.
    await session.page.getByRole("checkbox", { name: "oppose" }).uncheck();
    const polarity = await session.page.evaluate(() => {
      const r = window.__stancegraph!.renderer!;
      return r.getGraph().mapEdges((e, a) => ({ polarity: a.relation === "stance" ? (a.polarity as string) : null, hidden: r.getEdgeDisplayData(e)!.hidden, color: r.getEdgeDisplayData(e)!.color }));
    });
    for (const p of polarity) expect(p.hidden).toBe(p.polarity === "oppose");
    for (const p of polarity.filter((x) => x.polarity === "support")) expect(p.color).toBe("#2ca02c");
    await session.page.getByRole("checkbox", { name: "oppose" }).check();

    // A date range after every article: nothing left, and the status says what to do.
    await session.page.getByRole("textbox", { name: "From" }).fill("2099-01-01");
    await expect.poll(() => session.page.locator("#status").textContent()).toMatch(/filtered out/);
    expect(await session.page.evaluate(() => window.__stancegraph!.visibleNodes().length)).toBe(0);
    await expect.poll(() => session.page.url()).toContain("f=2099-01-01");
  });
});

describe("evidence", { timeout: 120_000 }, () => {
  it("clicking an edge shows its evidence with the article's title, date and source", async () => {
    // A straight edge long enough on screen to be hit at its middle.
    const target = await session.page.evaluate(() => {
      const h = window.__stancegraph!;
      const r = h.renderer!;
      let best: { edge: string; x: number; y: number; len: number } | null = null;
      r.getGraph().forEachEdge((edge, a, s, t) => {
        if (a.type !== "straight") return;
        const ps = h.nodePosition(s)!;
        const pt = h.nodePosition(t)!;
        const len = Math.hypot(ps.x - pt.x, ps.y - pt.y);
        if (!best || len > best.len) best = { edge, x: (ps.x + pt.x) / 2, y: (ps.y + pt.y) / 2, len };
      });
      return best as { edge: string; x: number; y: number; len: number } | null;
    });
    expect(target).not.toBeNull();
    const box = (await session.page.locator("#graph").boundingBox())!;
    await session.page.mouse.click(box.x + target!.x, box.y + target!.y);
    await session.page.waitForFunction((e) => window.__stancegraph!.emphasis().edge === e, target!.edge);
    await waitIdle(session.page);
    const edge = await api<{ edge: { sourceLabel: string; targetLabel: string; evidence: { text: string }[] }; articles: Record<string, { title: string; date: string }> }>(
      `/api/edges/${encodeURIComponent(target!.edge)}`,
    );
    await expect(session.page.locator("#panel-title").textContent()).resolves.toBe(`${edge.edge.sourceLabel} → ${edge.edge.targetLabel}`);
    await expect(session.page.locator("#panel .evidence .sentence").first().textContent()).resolves.toBe(edge.edge.evidence[0].text);
    const cite = await session.page.locator("#panel .evidence cite").first().textContent();
    const article = Object.values(edge.articles)[0];
    if (article.title) expect(cite).toContain(article.title);
    if (article.date) expect(cite).toContain(article.date);
  });

  it("the node panel lists positions, stances taken and received, coloured by polarity", async () => {
    await searchAndEnter("Zelensky");
    const panel = session.page.locator("#panel");
    await expect(panel.locator("h3").allTextContents()).resolves.toEqual(expect.arrayContaining(["Also known as", "Positions held", "Stances taken", "Stances received", "Quotes", "Evidence"]));
    // Zelensky is quoted in the seed article: each quote is listed in its sentence, the words marked, with the article.
    type Detail = { quotes: { text: string; article: string; sentence: { text: string } }[]; articles: Record<string, { title: string | null; date: string | null; source: string | null }> };
    const detail = await api<Detail>(`/api/nodes/${encodeURIComponent(ZELENSKY)}`);
    expect(detail.quotes.length).toBeGreaterThan(0);
    const quotes = panel.locator(".quotes .evidence");
    await expect(quotes.count()).resolves.toBe(detail.quotes.length);
    await expect(quotes.locator(".sentence").allTextContents()).resolves.toEqual(detail.quotes.map((q) => q.sentence.text));
    await expect(quotes.locator("mark").allTextContents()).resolves.toEqual(detail.quotes.map((q) => q.text));
    const cite = await quotes.first().locator("cite").textContent();
    const article = detail.articles[detail.quotes[0].article];
    expect(article.date).toBeTruthy();
    for (const part of [article.title, article.date, article.source]) if (part) expect(cite).toContain(part);
    const support = panel.locator(".relation-item.polarity-support").first();
    await expect(support.evaluate((el) => getComputedStyle(el).borderLeftColor)).resolves.toBe("rgb(44, 160, 44)");
    const oppose = panel.locator(".relation-item.polarity-oppose").first();
    if (await oppose.count()) await expect(oppose.evaluate((el) => getComputedStyle(el).borderLeftColor)).resolves.toBe("rgb(214, 39, 40)");
    // The relation button opens that edge's evidence.
    await panel.locator(".relation-item .relation").first().click();
    await session.page.waitForFunction(() => window.__stancegraph!.emphasis().edge !== null);
    await expect(session.page.locator("#panel-title").textContent()).resolves.toMatch(/→/);
  });
});

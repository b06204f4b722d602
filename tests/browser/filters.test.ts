// The date filter reads dates that come with the graph, and the neighbourhood requests carry the active filters.
import { beforeAll, describe, expect, it } from "vitest";
import type { Request } from "playwright-core";
import { openExplorer, waitIdle, useExplorerSession } from "../helpers/browser.ts";
import { daySpans } from "../../server/graph/queryFragments.ts";

const session = useExplorerSession();

let ZELENSKY: string;

// A second article, years older than the seed: its own edges fall outside a range that starts in 2025.
const OLD_ARTICLE = [
  "WARSAW, January 15 -- Polish Prime Minister Donald Tusk urged Germany to increase its support for Ukraine.",
  "Tusk warned Russia against further escalation.",
].join("\n");
const FROM = "2025-01-01";

interface Graph {
  nodes: { key: string; attributes: { kind: string } }[];
  edges: { key: string; source: string; target: string; attributes: { type: string; polarity?: string; articles: string[] } }[];
  articles: Record<string, string | null>;
}

/** A neighbourhood: lean, its edges carry the days of their articles ("YYYY-MM-DD" or "first/last") for the lists. */
interface Neighbourhood {
  nodes: Graph["nodes"];
  edges: { key: string; source: string; target: string; attributes: { type: string; polarity?: string; articleCount: number; dates: string[] } }[];
}

const api = session.api;

beforeAll(async () => {
  const added = await api<{ added: { edges: string[] } }>("/api/articles", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text: OLD_ARTICLE, date: "2020-01-15", title: "Tusk urges Germany" }),
  });
  expect(added.added.edges.length).toBeGreaterThan(0);
  ZELENSKY = (await api<{ results: { id: string }[] }>("/api/nodes?q=Zelensky&limit=1")).results[0].id;
});

const isNeighbors = (r: Request) => new URL(r.url()).pathname.endsWith("/neighbors");

describe("date filter", { timeout: 120_000 }, () => {
  it("hides exactly the edges whose articles all fall outside the range, with dates from /api/graph alone", async () => {
    const paths: string[] = [];
    const record = (r: Request) => paths.push(new URL(r.url()).pathname);
    session.page.on("request", record);
    await openExplorer(session.page, session.url);
    session.page.off("request", record);
    expect(paths).toContain("/api/graph");
    expect(paths).not.toContain("/api/articles");

    const graph = await api<Graph>("/api/graph");
    const inRange = (articles: string[]) => articles.some((a) => (graph.articles[a] ?? "") >= FROM);
    expect(graph.edges.some((e) => inRange(e.attributes.articles))).toBe(true);
    expect(graph.edges.some((e) => !inRange(e.attributes.articles))).toBe(true);

    await session.page.getByRole("textbox", { name: "From" }).fill(FROM);
    await session.page.waitForFunction((from) => window.__stancegraph!.state().from === from, FROM);
    await waitIdle(session.page);
    const shown = await session.page.evaluate(() => {
      const r = window.__stancegraph!.renderer!;
      return r.getGraph().mapEdges((e) => ({ key: e, hidden: r.getEdgeDisplayData(e)!.hidden }));
    });
    expect(shown).toHaveLength(graph.edges.length);
    const expected = new Map(graph.edges.map((e) => [e.key, !inRange(e.attributes.articles)]));
    for (const s of shown) expect(s.hidden, s.key).toBe(expected.get(s.key));
    expect(session.browser.errors).toEqual([]);
  });
});

describe("date filter feedback", { timeout: 120_000 }, () => {
  it("the legend counts what the range lets through; a reversed range shows nothing and says why", async () => {
    const { page } = session;
    await openExplorer(page, session.url);
    const personCount = () => page.locator('.legend-toggle[data-kind="person"] .count').textContent().then(Number);
    const before = await personCount();
    await page.getByRole("textbox", { name: "From" }).fill(FROM);
    await page.waitForFunction((from) => window.__stancegraph!.state().from === from, FROM);
    await waitIdle(page);
    // Donald Tusk's article is from 2020.
    const visiblePersons = await page.evaluate(() => {
      const g = window.__stancegraph!.renderer!.getGraph();
      return window.__stancegraph!.visibleNodes().filter((n) => g.getNodeAttribute(n, "kind") === "person").length;
    });
    expect(await personCount()).toBe(visiblePersons);
    expect(visiblePersons).toBeLessThan(before);

    await page.getByRole("textbox", { name: "To" }).fill("2024-12-31");
    await page.waitForFunction(() => window.__stancegraph!.state().to === "2024-12-31");
    await waitIdle(page);
    expect(await page.evaluate(() => window.__stancegraph!.visibleNodes().length)).toBe(0);
    await expect(page.locator("#status").textContent()).resolves.toMatch(/reversed.*2025-01-01.*2024-12-31/);
    await expect(page.locator("#filter-to").getAttribute("aria-invalid")).resolves.toBe("true");
  });
});

describe("filters sent with the neighbourhood request", { timeout: 120_000 }, () => {
  it("carries hidden kinds, relation types and dates as the route's parameters, and the answer respects them", async () => {
    await openExplorer(session.page, session.url);
    await session.page.getByLabel("Focus").check();
    await session.page.locator('.legend-toggle[data-kind="country"]').click();
    await session.page.getByRole("checkbox", { name: "participates in" }).uncheck();
    await session.page.getByRole("textbox", { name: "From" }).fill(FROM);
    await session.page.waitForFunction((from) => window.__stancegraph!.state().from === from, FROM);

    const request = session.page.waitForRequest(isNeighbors);
    const response = session.page.waitForResponse((r) => isNeighbors(r.request()));
    await session.page.getByLabel("Search", { exact: true }).fill("Zelensky");
    await session.page.getByRole("option", { name: /Zelensky/ }).first().click();
    const params = new URL((await request).url()).searchParams;
    expect(params.get("kind")).toBe("person,organization,location,event,topic");
    expect(params.get("type")).toBe("holds_position,member_of,chairs,absent_from,located_in,in_conflict_with,part_of,stance");
    expect(params.get("from")).toBe(FROM);
    expect(params.has("polarity")).toBe(false);

    const body = (await (await response).json()) as { graph: Neighbourhood };
    const graph = await api<Graph>("/api/graph");
    expect(body.graph.nodes.length).toBeGreaterThan(1);
    for (const n of body.graph.nodes) if (n.key !== ZELENSKY) expect(n.attributes.kind).not.toBe("country");
    for (const e of body.graph.edges) {
      expect(e.attributes.type).not.toBe("participates_in");
      expect(e.attributes.dates.some((d) => d.slice(-10) >= FROM)).toBe(true);
      // The days are those of its articles, as /api/graph dates them.
      const full = graph.edges.find((x) => x.key === e.key)!;
      const days = full.attributes.articles.map((a) => graph.articles[a]).filter((d): d is string => !!d).map((d) => d.slice(0, 10));
      expect(e.attributes.dates).toEqual(daySpans(days.map((d) => Number(d.replaceAll("-", "")))));
      expect(e.attributes.articleCount).toBe(full.attributes.articles.length);
    }
    await session.page.waitForFunction((id) => window.__stancegraph!.emphasis().selected === id, ZELENSKY);
    await waitIdle(session.page);
    // Focus shows what the server answered.
    const view = await session.page.evaluate(() => window.__stancegraph!.renderer!.getGraph().nodes());
    expect(view.sort()).toEqual(body.graph.nodes.map((n) => n.key).sort());

    // Showing countries again asks again without the kind filter, and the view gains the countries left out.
    const again = session.page.waitForRequest(isNeighbors);
    const againResponse = session.page.waitForResponse((r) => isNeighbors(r.request()));
    await session.page.locator('.legend-toggle[data-kind="country"]').click();
    const widened = new URL((await again).url()).searchParams;
    expect(widened.has("kind")).toBe(false);
    expect(widened.get("from")).toBe(FROM);
    const wider = (await (await againResponse).json()) as { graph: Neighbourhood };
    expect(wider.graph.nodes.some((n) => n.attributes.kind === "country")).toBe(true);
    await waitIdle(session.page);
    const viewAfter = await session.page.evaluate(() => window.__stancegraph!.renderer!.getGraph().nodes());
    expect(viewAfter.sort()).toEqual(wider.graph.nodes.map((n) => n.key).sort());
  });

  it("sends polarity when stances are the only relations shown", async () => {
    await openExplorer(session.page, session.url);
    for (const box of await session.page.getByRole("checkbox").all()) {
      const name = await box.getAttribute("name");
      const value = await box.getAttribute("value");
      if ((name === "relation" && value !== "stance") || (name === "polarity" && value === "oppose")) await box.uncheck();
    }
    await session.page.getByLabel("Search", { exact: true }).fill("Zelensky");
    await session.page.getByRole("option", { name: /Zelensky/ }).first().click();
    await session.page.waitForFunction((id) => window.__stancegraph!.emphasis().selected === id, ZELENSKY);
    await waitIdle(session.page);
    // A depth change asks again, with the same filters.
    const request = session.page.waitForRequest(isNeighbors);
    const response = session.page.waitForResponse((r) => isNeighbors(r.request()));
    await session.page.getByLabel("Depth").selectOption("2");
    const params = new URL((await request).url()).searchParams;
    expect(params.get("depth")).toBe("2");
    expect(params.get("type")).toBe("stance");
    expect(params.get("polarity")).toBe("support,neutral");
    const body = (await (await response).json()) as { graph: Neighbourhood };
    expect(body.graph.edges.length).toBeGreaterThan(0);
    for (const e of body.graph.edges) {
      expect(e.attributes.type).toBe("stance");
      expect(e.attributes.polarity).not.toBe("oppose");
    }
    await waitIdle(session.page);
    expect(session.browser.errors).toEqual([]);
  });
});

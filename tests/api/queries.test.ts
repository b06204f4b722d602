import { describe, expect, it } from "vitest";
import request from "supertest";
import { createApp } from "../../server/api/app.ts";
import { ARTICLE_PREVIEW, daySpans } from "../../server/graph/queryFragments.ts";
import { emptyGraph } from "../../server/graph/build.ts";
import express from "express";
import helmet from "helmet";
import { helmetOptions } from "../../server/api/security.ts";
import { AnswerBuffers } from "../../server/api/answerBuffers.ts";
import { threeArticleState, articleC, STANCE_TEXT } from "../helpers/queryFixtures.ts";
import { articleA, articleB } from "../helpers/fixtures.ts";

const state = threeArticleState();
const app = createApp({ current: () => state });
const enc = encodeURIComponent;
const keys = (xs: { key: string }[]) => xs.map((x) => x.key).sort();

async function expectBad(path: string, field: string) {
  const res = await request(app).get(path).expect(400);
  expect(res.body.error).toMatchObject({ code: "bad_request", field });
  expect(res.body.error.message).toContain(field);
}

describe("answer buffers", () => {
  it("reuse a buffer only once it is given back, and never memory they did not allocate", () => {
    const pool = new AnswerBuffers(2);
    const a = pool.take(100_000);
    const b = pool.take(50_000);
    expect([a.length, b.length]).toEqual([100_000, 50_000]);
    expect(a.buffer).not.toBe(b.buffer);
    pool.give(a);
    const c = pool.take(90_000);
    expect(c.buffer).toBe(a.buffer);
    expect(pool.take(90_000).buffer).not.toBe(a.buffer);
    const foreign = Buffer.from("small answers live in Node's shared slab");
    pool.give(foreign);
    expect(pool.take(10).buffer).not.toBe(foreign.buffer);
  });
});

describe("security headers, recorded from helmet once", () => {
  it("are exactly the headers helmet sets on each response itself, on answers and errors alike", async () => {
    const plain = express();
    plain.use(helmet(helmetOptions));
    plain.get("/x", (_req, res) => void res.end());
    const theirs = (await request(plain).get("/x").expect(200)).headers;
    const helmetNames = Object.keys(theirs).filter((h) => !["date", "connection", "content-length", "keep-alive"].includes(h));
    expect(helmetNames).toContain("content-security-policy");
    for (const path of [`/api/nodes/${enc("person:omar-vale")}/neighbors`, "/api/nodes/x/y/z"]) {
      const ours = (await request(app).get(path)).headers;
      for (const h of helmetNames) expect(ours[h], h).toBe(theirs[h]);
      expect(ours["x-powered-by"]).toBeUndefined();
    }
  });
});

describe("an edge's days in a neighbourhood", () => {
  it("are sorted and distinct, runs of consecutive days written first/last, across month and year ends", () => {
    expect(daySpans([])).toEqual([]);
    expect(daySpans([20250604, 20250101, 20250604])).toEqual(["2025-01-01", "2025-06-04"]);
    expect(daySpans([20250102, 20250101, 20250103, 20250105])).toEqual(["2025-01-01/2025-01-03", "2025-01-05"]);
    expect(daySpans([20240229, 20240301, 20241231, 20250101])).toEqual(["2024-02-29/2024-03-01", "2024-12-31/2025-01-01"]);
  });
});

describe("GET /api/nodes/:id/neighbors", () => {
  const url = (id: string, q = "") => `/api/nodes/${enc(id)}/neighbors${q}`;
  it("answers graphology's serialized form, lean: no mention lists, article and evidence counts for the lists", async () => {
    const res = await request(app).get(url("person:omar-vale")).expect(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(res.body).toMatchObject({ center: "person:omar-vale", depth: 1, truncated: false });
    expect(keys(res.body.graph.nodes)).toEqual(["country:sylvania", "person:ines-moor", "person:omar-vale"]);
    const moor = res.body.graph.nodes.find((n: { key: string }) => n.key === "person:ines-moor");
    expect(moor.attributes).toMatchObject({ kind: "person", label: "Ines Moor", aliases: ["Moor"] });
    expect(moor.attributes.mentions).toBeUndefined();
    expect(moor.attributes.articleCount).toBe(state.graph.getNodeAttribute("person:ines-moor", "articles").length);
    expect(moor.attributes.articles).toEqual(state.graph.getNodeAttribute("person:ines-moor", "articles"));
    const stance = res.body.graph.edges.find((e: { attributes: { type: string } }) => e.attributes.type === "stance");
    expect(stance).toEqual({
      key: "person:ines-moor|stance:backs:support|person:omar-vale",
      source: "person:ines-moor",
      target: "person:omar-vale",
      attributes: { type: "stance", polarity: "support", act: "backs", confidence: 0.7, evidenceCount: 1, articleCount: 1, dates: ["2024-03-10"] },
    });
    // GET /api/edges/:id keeps everything.
    const full = await request(app).get(`/api/edges/${enc(stance.key)}`).expect(200);
    expect(full.body.edge.evidence[0].text).toBe(STANCE_TEXT);
    expect(full.body.edge.articles).toEqual([articleC.record.id]);
  });
  it("gives a node in many articles the first few ids and their count; GET /api/nodes/:id has them all", async () => {
    const graph = emptyGraph();
    const ids = Array.from({ length: ARTICLE_PREVIEW + 4 }, (_, i) => `a${i}`);
    graph.addNode("topic:hub", { kind: "topic", label: "Hub", aliases: [], mentionCount: ids.length, articles: ids, x: 1.23456, y: -2, size: 3 });
    graph.addNode("topic:leaf", { kind: "topic", label: "Leaf", aliases: [], mentionCount: 1, articles: ["a0"], x: 0, y: 0, size: 1 });
    graph.addDirectedEdgeWithKey("topic:leaf|part_of|topic:hub", "topic:leaf", "topic:hub", { type: "part_of", confidence: 1, evidence: [], articles: ["a0"] });
    const articles = new Map(ids.map((id, i) => [id, { id, title: null, date: i < 3 ? `2025-01-0${i + 1}` : null, source: null, text: "" }]));
    const many = createApp({ current: () => ({ graph, articles }) });
    const res = await request(many).get(url("topic:hub")).expect(200);
    const hub = res.body.graph.nodes.find((n: { key: string }) => n.key === "topic:hub");
    expect(hub.attributes).toMatchObject({ articleCount: ids.length, articles: ids.slice(0, ARTICLE_PREVIEW), x: 1.235, y: -2 });
    expect(res.body.graph.edges[0].attributes).toMatchObject({ evidenceCount: 0, articleCount: 1, dates: ["2025-01-01"] });
    expect((await request(many).get(`/api/nodes/${enc("topic:hub")}`).expect(200)).body.node.articles).toEqual(ids);
  });
  it("filters by kind, type and polarity lists", async () => {
    const kinds = await request(app).get(url("country:sylvania", "?depth=2&kind=person,event")).expect(200);
    expect(keys(kinds.body.graph.nodes)).toEqual(["country:sylvania", "event:harbour-summit", "event:lakeside-accord", "person:anna-berg", "person:ines-moor", "person:omar-vale"]);
    const types = await request(app).get(url("country:sylvania", "?type=stance,participates_in")).expect(200);
    expect(keys(types.body.graph.nodes)).toEqual(["country:sylvania", "person:anna-berg"]);
    const pol = await request(app).get(url("person:ines-moor", "?polarity=support")).expect(200);
    expect(keys(pol.body.graph.nodes)).toEqual(["person:ines-moor", "person:omar-vale"]);
    expect(pol.body.graph.edges).toHaveLength(1);
    const alone = await request(app).get(url("country:sylvania", "?polarity=neutral")).expect(200);
    expect(alone.body.graph).toEqual({ nodes: [expect.objectContaining({ key: "country:sylvania" })], edges: [] });
  });
  it("filters by the dates of the evidence articles", async () => {
    const old = await request(app).get(url("country:sylvania", "?from=2024-01-01&to=2024-12-31")).expect(200);
    expect(keys(old.body.graph.nodes)).toEqual(["country:sylvania", "person:ines-moor"]);
    const recent = await request(app).get(url("country:sylvania", "?from=2025-01-01")).expect(200);
    expect(keys(recent.body.graph.nodes)).toEqual(["country:sylvania", "person:anna-berg", "person:omar-vale"]);
  });
  it("truncates past the limit and says so", async () => {
    const res = await request(app).get(url("country:sylvania", "?depth=2&limit=2")).expect(200);
    expect(res.body.truncated).toBe(true);
    expect(res.body.graph.nodes).toHaveLength(2);
    expect(res.body.graph.nodes[0].key).toBe("country:sylvania");
    for (const e of res.body.graph.edges) expect(keys(res.body.graph.nodes)).toEqual(expect.arrayContaining([e.source, e.target]));
  });
  it("gives each edge its evidence and article counts and its articles' days, and caps edges at edgeLimit", async () => {
    const res = await request(app).get(url("country:sylvania", "?depth=2")).expect(200);
    const stance = res.body.graph.edges.find((e: { key: string }) => e.key === "person:anna-berg|stance:urges:oppose|country:sylvania");
    const a = state.graph.getEdgeAttributes(stance.key);
    expect(a.evidence.length).toBeGreaterThan(1);
    expect(stance.attributes).toMatchObject({ evidenceCount: a.evidence.length, articleCount: a.articles.length });
    expect(stance.attributes.dates).toEqual(daySpans(a.articles.map((id) => Number(state.articles.get(id)!.date!.replaceAll("-", "")))));
    expect(stance.attributes.evidence).toBeUndefined();
    expect(stance.attributes.articles).toBeUndefined();
    const capped = await request(app).get(url("country:sylvania", "?depth=2&edgeLimit=3")).expect(200);
    expect(capped.body.truncated).toBe(true);
    expect(capped.body.graph.edges).toHaveLength(3);
    expect(capped.body.graph.nodes).toHaveLength(res.body.graph.nodes.length);
    await expectBad(url("country:sylvania", "?edgeLimit=0"), "edgeLimit");
  });
  it("answers the same bytes twice, with their length; HEAD gives the headers alone", async () => {
    const a = await request(app).get(url("person:anna-berg", "?depth=3")).expect(200);
    const b = await request(app).get(url("person:anna-berg", "?depth=3")).expect(200);
    expect(a.text).toBe(b.text);
    expect(Number(a.headers["content-length"])).toBe(Buffer.byteLength(a.text));
    const head = await request(app).head(url("person:anna-berg", "?depth=3")).expect(200);
    expect(head.headers["content-length"]).toBe(a.headers["content-length"]);
    expect(head.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(head.text ?? "").toBe("");
  });
  it("answers each of many concurrent requests whole, though answer buffers are reused", async () => {
    const ids = state.graph.nodes();
    const paths = [1, 2, 3].flatMap((depth) => ids.map((id) => url(id, `?depth=${depth}`)));
    const one = async (path: string) => (await request(app).get(path).expect(200)).text;
    const alone: string[] = [];
    for (const path of paths) alone.push(await one(path));
    const together = await Promise.all([...paths, ...paths].map(one));
    expect(together).toEqual([...alone, ...alone]);
    for (const text of together) expect(JSON.parse(text).graph.nodes.length).toBeGreaterThan(0);
  });
  it("rejects bad parameters with 400 naming the field", async () => {
    await expectBad(url("person:omar-vale", "?depth=0"), "depth");
    await expectBad(url("person:omar-vale", "?kind=person,planet"), "kind");
    await expectBad(url("person:omar-vale", "?type=likes"), "type");
    await expectBad(url("person:omar-vale", "?polarity=maybe"), "polarity");
    await expectBad(url("person:omar-vale", "?from=2025-02-30"), "from");
    await expectBad(url("person:omar-vale", "?to=yesterday"), "to");
    await expectBad(url("person:omar-vale", "?from=2025-02-01&to=2025-01-01"), "from");
    await expectBad(url("person:omar-vale", "?limit=5001"), "limit");
    await expectBad(url("person:omar-vale", "?kind=person&kind=event"), "kind");
  });
  it("answers 404 for an unknown node", async () => {
    expect((await request(app).get(url("person:nobody")).expect(404)).body.error.code).toBe("not_found");
  });
});

describe("GET /api/nodes?q=", () => {
  it("takes a comma list of kinds", async () => {
    const res = await request(app).get("/api/nodes?q=s&kind=country,event").expect(200);
    expect(res.body.results.length).toBeGreaterThan(0);
    for (const r of res.body.results) expect(["country", "event"]).toContain(r.kind);
  });
});

describe("GET /api/paths", () => {
  it("answers the shortest paths with each edge's evidence, labels and articles", async () => {
    const res = await request(app).get("/api/paths").query({ from: "person:omar-vale", to: "event:harbour-summit" }).expect(200);
    expect(res.body.length).toBe(3);
    expect(res.body.paths).toHaveLength(1);
    const [path] = res.body.paths;
    expect(path.nodes).toEqual(["person:omar-vale", "country:sylvania", "person:anna-berg", "event:harbour-summit"]);
    expect(path.edges.map((e: { type: string }) => e.type)).toEqual(["holds_position", "stance", "participates_in"]);
    for (const e of path.edges) {
      for (const ev of e.evidence) expect(state.articles.get(ev.article)!.text.slice(ev.start, ev.end)).toBe(ev.text);
    }
    expect(res.body.nodes["person:anna-berg"]).toEqual({ kind: "person", label: "Anna Berg" });
    expect(Object.keys(res.body.articles).sort()).toEqual([articleA.record.id, articleB.record.id].sort());
  });
  it("answers no path when the nodes are farther apart than maxLength", async () => {
    const res = await request(app).get("/api/paths").query({ from: "person:omar-vale", to: "event:harbour-summit", maxLength: 2 }).expect(200);
    expect(res.body).toMatchObject({ paths: [], length: null });
  });
  it("rejects a missing or bad parameter and answers 404 for an unknown node", async () => {
    await expectBad("/api/paths?to=country:sylvania", "from");
    await expectBad("/api/paths?from=country:sylvania", "to");
    await expectBad("/api/paths?from=a&to=b&maxLength=9", "maxLength");
    await request(app).get("/api/paths?from=country:sylvania&to=person:nobody").expect(404);
  });
});

describe("GET /api/stances", () => {
  it("answers who stands where, with labels and quotes", async () => {
    const res = await request(app).get("/api/stances").query({ holder: "person:ines-moor" }).expect(200);
    expect(res.body.total).toBe(1);
    expect(res.body.stances[0]).toMatchObject({
      holder: { id: "person:ines-moor", label: "Ines Moor", kind: "person" },
      target: { id: "person:omar-vale", label: "Omar Vale" },
      polarity: "support",
      act: "backs",
    });
    expect(res.body.stances[0].evidence[0].text).toBe(STANCE_TEXT);
    expect(Object.keys(res.body.articles)).toEqual([articleC.record.id]);
  });
  it("filters by target and polarity, and limits", async () => {
    const res = await request(app).get("/api/stances?target=country:sylvania&polarity=oppose").expect(200);
    expect(res.body.stances.map((s: { holder: { id: string } }) => s.holder.id)).toEqual(["person:anna-berg"]);
    const one = await request(app).get("/api/stances?limit=1").expect(200);
    expect(one.body).toMatchObject({ total: 2, truncated: true });
    expect(one.body.stances).toHaveLength(1);
    expect(one.body.stances[0].evidence).toHaveLength(2);
  });
  it("rejects a bad polarity and answers 404 for an unknown holder", async () => {
    await expectBad("/api/stances?polarity=love", "polarity");
    await request(app).get("/api/stances?holder=person:nobody").expect(404);
  });
});

describe("GET /api/edges/:id", () => {
  it("answers the edge with its evidence and the articles it cites", async () => {
    const id = "person:anna-berg|stance:urges:oppose|country:sylvania";
    const res = await request(app).get(`/api/edges/${enc(id)}`).expect(200);
    expect(res.body.edge).toMatchObject({ id, source: "person:anna-berg", sourceLabel: "Anna Berg", targetLabel: "Sylvania", polarity: "oppose" });
    expect(res.body.edge.evidence).toHaveLength(2);
    expect(res.body.articles[articleA.record.id]).toMatchObject({ title: "Berg urges Sylvania", date: "2025-01-02" });
  });
  it("answers 404 for an unknown edge", async () => {
    expect((await request(app).get(`/api/edges/${enc("a|b|c")}`).expect(404)).body.error.code).toBe("not_found");
  });
});

describe("GET /api/edges?id=…", () => {
  it("answers several edges at once, in the order asked, as GET /api/edges/:id answers each, and names the missing", async () => {
    const ids = ["person:anna-berg|stance:urges:oppose|country:sylvania", "a|b|c", "person:ines-moor|participates_in|event:lakeside-accord"];
    const res = await request(app).get(`/api/edges?${ids.map((id) => `id=${enc(id)}`).join("&")}`).expect(200);
    expect(res.body.missing).toEqual(["a|b|c"]);
    expect(res.body.edges.map((e: { id: string }) => e.id)).toEqual([ids[0], ids[2]]);
    for (const e of res.body.edges) {
      const one = await request(app).get(`/api/edges/${enc(e.id)}`).expect(200);
      expect(e).toEqual(one.body.edge);
      for (const a of Object.keys(one.body.articles)) expect(res.body.articles[a]).toEqual(one.body.articles[a]);
    }
  });
  it("answers a repeated id once, in edges or in missing alike (missing listed it as often as asked)", async () => {
    const found = "person:anna-berg|stance:urges:oppose|country:sylvania";
    const res = await request(app).get(`/api/edges?id=nope&id=${enc(found)}&id=nope&id=${enc(found)}`).expect(200);
    expect(res.body.edges.map((e: { id: string }) => e.id)).toEqual([found]);
    expect(res.body.missing).toEqual(["nope"]);
  });
  it("answers 400 naming id without ids, with an empty one, or past 200", async () => {
    for (const query of ["", "?id=", `?${Array.from({ length: 201 }, (_, i) => `id=e${i}`).join("&")}`]) {
      expect((await request(app).get(`/api/edges${query}`).expect(400)).body.error.field).toBe("id");
    }
  });
});

describe("GET /api/stats", () => {
  it("counts nodes by kind, edges by type and articles", async () => {
    const res = await request(app).get("/api/stats").expect(200);
    expect(res.body).toMatchObject({ nodes: state.graph.order, edges: state.graph.size, articles: 3 });
    expect(res.body.nodesByKind).toMatchObject({ person: 3, country: 2, event: 2, location: 1, organization: 0 });
    expect(res.body.edgesByType).toMatchObject({ holds_position: 3, stance: 2, participates_in: 2, member_of: 0 });
  });
});

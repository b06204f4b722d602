import { describe, expect, it, vi } from "vitest";
import { join } from "node:path";
import { articleA, articleB, articleD } from "../helpers/fixtures.ts";
import { tableCounts, tempDir } from "../store/helpers.ts";
import { CurationLog } from "../../server/store/curations.ts";
import { curationSpec, readCurationBody } from "../../server/api/curationBody.ts";
import { articleE, articleF, curate, exported, input, openCurationStore, storeWith, undo } from "./helpers.ts";

const stanceAS = "person:anna-berg|stance:urges:oppose|country:sylvania";

describe("curations in the store", () => {
  it("merge: A's names become B's aliases, its edges and evidence move; undo gives back the graph before", async () => {
    const store = await storeWith([articleA, articleB]);
    const before = exported(store);
    const id = await curate(store, { op: "merge", node: "person:omar-vale", into: "person:anna-berg", note: "the same person" });
    const { graph, canonical, curations } = store.current();
    expect(graph.hasNode("person:omar-vale")).toBe(false);
    const a = graph.getNodeAttributes("person:anna-berg");
    expect(a.aliases).toEqual(expect.arrayContaining(["Omar Vale", "Vale"]));
    expect(a.curated).toEqual([id]);
    expect(graph.hasEdge("person:anna-berg|holds_position|country:sylvania")).toBe(true);
    expect(graph.getEdgeAttribute("person:anna-berg|holds_position|country:sylvania", "curated")).toEqual([id]);
    expect(canonical?.get("person:omar-vale")).toBe("person:anna-berg");
    expect(curations?.get(id)).toMatchObject({ idle: false, nodes: ["person:anna-berg"] });
    expect(store.current().mentions!("person:anna-berg").some((m) => m.article === articleB.record.id && m.start === articleB.record.text.indexOf("Omar Vale"))).toBe(true);
    await undo(store, id);
    expect(exported(store)).toBe(before);
    await store.close();
  });

  it("survives a restart and takes the merged name in articles that come later", async () => {
    const path = join(tempDir(), "s.db");
    const store = await storeWith([articleA, articleB], path);
    await curate(store, { op: "merge", node: "person:omar-vale", into: "person:anna-berg" });
    await curate(store, { op: "retype", node: "event:harbour-summit", kind: "topic" });
    await curate(store, { op: "reject", edge: "person:anna-berg|holds_position|country:freedonia" });
    const before = exported(store);
    await store.close();
    const again = openCurationStore(path);
    expect(exported(again)).toBe(before);
    expect(again.current().graph.hasNode("person:omar-vale")).toBe(false);
    await again.ingest(input(articleE));
    const { graph } = again.current();
    expect(graph.hasNode("person:omar-vale")).toBe(false);
    expect(graph.hasEdge("person:anna-berg|stance:praises:support|organization:lakeside")).toBe(true);
    await again.close();
  });

  it("split by name: a name that resolved into a node leaves with its relations, and its relation with the node becomes an edge", async () => {
    const store = await storeWith([articleA, articleD]);
    expect(store.current().graph.hasNode("person:berg")).toBe(false);
    const id = await curate(store, { op: "split", node: "person:anna-berg", name: "Berg" });
    const { graph, curations } = store.current();
    expect(graph.getNodeAttributes("person:berg")).toMatchObject({ label: "Berg", kind: "person", articles: [articleD.record.id], curated: [id] });
    expect(graph.hasEdge("person:berg|stance:criticizes:oppose|country:sylvania")).toBe(true);
    expect(graph.hasEdge("person:anna-berg|stance:praises:support|person:berg")).toBe(true);
    expect(graph.getNodeAttribute("person:anna-berg", "articles")).toEqual([articleA.record.id, articleD.record.id].sort());
    expect(curations?.get(id)?.summary).toMatch(/“Berg” split from “Anna Berg”/);
    expect(store.current().mentions!("person:berg")).toEqual([{ article: articleD.record.id, start: 0, end: 4, form: "name" }]);
    // A link to the old id goes to the node of its own again.
    expect(store.current().canonical?.get("person:berg")).toBeUndefined();
    // A later article's "Berg" resolves into Anna Berg too, and leaves with the others.
    await store.ingest(input(articleF));
    const later = store.current().graph;
    expect(later.getNodeAttribute("person:berg", "articles")).toEqual([articleD.record.id, articleF.record.id].sort());
    expect(later.hasEdge("person:berg|stance:warns:oppose|location:lakeside")).toBe(true);
    expect(later.hasEdge("person:anna-berg|stance:warns:oppose|location:lakeside")).toBe(false);
    await store.close();
  });

  it("split of a name that is only another name inside an entity: its mentions leave, the relations stay", async () => {
    const store = await storeWith([articleA, articleB]);
    const before = store.current().graph.getNodeAttributes("person:anna-berg");
    const edges = store.current().graph.edges("person:anna-berg").length;
    const id = await curate(store, { op: "split", node: "person:anna-berg", name: "Berg" });
    const { graph, mentions } = store.current();
    const part = `person:anna-berg~${id}`;
    const text = articleA.record.text;
    expect(graph.getNodeAttributes(part)).toMatchObject({ label: "Berg", mentionCount: 2, articles: [articleA.record.id], curated: [id] });
    expect(graph.getNodeAttribute("person:anna-berg", "mentionCount")).toBe(before.mentionCount - 2);
    expect(graph.getNodeAttribute("person:anna-berg", "aliases")).not.toContain("Berg");
    expect(graph.edges("person:anna-berg")).toHaveLength(edges);
    expect(mentions!(part).map((m) => text.slice(m.start, m.end))).toEqual(["Berg", "Berg"]);
    expect(mentions!("person:anna-berg").every((m) => !(m.article === articleA.record.id && mentions!(part).some((p) => p.start === m.start)))).toBe(true);
    await undo(store, id);
    expect(store.current().graph.getNodeAttributes("person:anna-berg")).toEqual(before);
    await store.close();
  });

  it("split by article: one article's mentions leave for a node of their own, with that article's evidence", async () => {
    const store = await storeWith([articleA, articleB]);
    const before = store.current().graph.getEdgeAttribute(stanceAS, "evidence").length;
    const id = await curate(store, { op: "split", node: "person:anna-berg", article: articleB.record.id });
    const { graph } = store.current();
    const part = `person:anna-berg~${id}`;
    expect(graph.getNodeAttributes(part)).toMatchObject({ label: "Anna Berg", articles: [articleB.record.id] });
    expect(graph.getNodeAttribute("person:anna-berg", "articles")).toEqual([articleA.record.id]);
    expect(graph.getEdgeAttribute(stanceAS, "evidence").length).toBe(before - 1);
    expect(graph.getEdgeAttribute(`${part}|stance:urges:oppose|country:sylvania`, "articles")).toEqual([articleB.record.id]);
    expect(store.current().mentions!(part).every((m) => m.article === articleB.record.id)).toBe(true);
    expect(store.current().mentions!("person:anna-berg").every((m) => m.article === articleA.record.id)).toBe(true);
    await store.close();
  });

  it("rename and retype hold after new articles; the old label stays an alias", async () => {
    const store = await storeWith([articleA, articleB]);
    await curate(store, { op: "rename", node: "person:anna-berg", label: "Chancellor Berg" });
    await curate(store, { op: "retype", node: "event:harbour-summit", kind: "location" });
    await store.ingest(input(articleE));
    const { graph } = store.current();
    expect(graph.getNodeAttribute("person:anna-berg", "label")).toBe("Chancellor Berg");
    expect(graph.getNodeAttribute("person:anna-berg", "aliases")).toContain("Anna Berg");
    expect(graph.getNodeAttribute("event:harbour-summit", "kind")).toBe("location");
    await store.close();
  });

  it("not an entity: the node and its edges leave, and a later article's same name stays out, whatever its kind", async () => {
    const store = await storeWith([articleA, articleB]);
    const id = await curate(store, { op: "reject", node: "location:lakeside" });
    expect(store.current().graph.hasNode("location:lakeside")).toBe(false);
    await store.ingest(input(articleE));
    const { graph, curations } = store.current();
    expect(graph.hasNode("organization:lakeside")).toBe(false);
    expect(graph.hasNode("person:omar-vale")).toBe(true);
    expect(curations?.get(id)).toMatchObject({ idle: false, nodes: ["location:lakeside", "organization:lakeside"] });
    await store.close();
  });

  it("reject and repolarize an edge: later evidence for the same relation follows", async () => {
    const store = await storeWith([articleA, articleB]);
    const r = await curate(store, { op: "repolarize", edge: stanceAS, polarity: "support" });
    const flipped = "person:anna-berg|stance:urges:support|country:sylvania";
    expect(store.current().graph.hasEdge(stanceAS)).toBe(false);
    expect(store.current().graph.getEdgeAttributes(flipped)).toMatchObject({ polarity: "support", curated: [r] });
    await curate(store, { op: "reject", edge: "person:anna-berg|participates_in|event:harbour-summit" });
    await store.ingest(input(articleE));
    const { graph } = store.current();
    expect(graph.hasEdge("person:anna-berg|participates_in|event:harbour-summit")).toBe(false);
    expect(graph.hasEdge(stanceAS)).toBe(false);
    expect(graph.getEdgeAttribute(flipped, "articles")).toHaveLength(3);
    await undo(store, r);
    expect(store.current().graph.getEdgeAttribute(stanceAS, "articles")).toHaveLength(3);
    await store.close();
  });

  it("undo gives back the graph before, for every operation", async () => {
    const store = await storeWith([articleA, articleB, articleD], undefined, "sync");
    const bodies = [
      { op: "merge", node: "person:omar-vale", into: "person:anna-berg" },
      { op: "split", node: "person:anna-berg", name: "Berg" },
      { op: "split", node: "person:anna-berg", article: articleB.record.id },
      { op: "rename", node: "country:sylvania", label: "Sylvania (state)" },
      { op: "retype", node: "country:sylvania", kind: "location" },
      { op: "reject", node: "country:sylvania" },
      { op: "reject", edge: stanceAS },
      { op: "repolarize", edge: stanceAS, polarity: "neutral" },
    ];
    const before = exported(store);
    for (const body of bodies) {
      const id = await curate(store, body);
      expect(exported(store), body.op).not.toBe(before);
      await undo(store, id);
      expect(exported(store), JSON.stringify(body)).toBe(before);
    }
    await store.close();
  });

  it("a curation that matches nothing any more is kept and idle, never an error", async () => {
    const store = await storeWith([articleA, articleB]);
    const id = await curate(store, { op: "merge", node: "person:omar-vale", into: "location:lakeside" });
    await store.remove(articleB.record.id);
    const effect = store.current().curations?.get(id);
    expect(effect).toMatchObject({ idle: true, nodes: [], edges: [] });
    expect(effect?.summary).toMatch(/not in the graph/);
    expect(new CurationLog(store.db).list().map((c) => c.id)).toEqual([id]);
    await store.close();
  });

  it("a curation row that says too little to apply (edited by hand) is idle; the store still loads", async () => {
    const path = join(tempDir(), "bad.db");
    const store = await storeWith([articleA], path);
    await curate(store, { op: "rename", node: "country:freedonia", label: "Freedonia (republic)" });
    store.db.prepare("INSERT INTO curations (op, spec, note, created_at) VALUES ('merge', '{\"op\":\"merge\"}', NULL, 'now')").run();
    await store.close();
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const again = openCurationStore(path);
    expect(again.current().graph.getNodeAttribute("country:freedonia", "label")).toBe("Freedonia (republic)");
    expect(again.current().curations?.get(2)).toMatchObject({ idle: true });
    errors.mockRestore();
    await again.close();
  });

  it("a failed write leaves the store as it was", async () => {
    const store = await storeWith([articleA]);
    const counts = tableCounts(store);
    const log = new CurationLog(store.db);
    const spec = curationSpec(store.current(), readCurationBody({ op: "reject", node: "country:freedonia" }));
    expect(() => log.add(spec, null, () => { throw new Error("disk full"); })).toThrow("disk full");
    expect(tableCounts(store)).toEqual(counts);
    expect(log.list()).toEqual([]);
    await store.close();
  });

  it("is deterministic: the same articles and curations give the same graph, ids and layout", async () => {
    const make = async () => {
      const store = await storeWith([articleA, articleB, articleD], join(tempDir(), "d.db"), "sync");
      await curate(store, { op: "split", node: "person:anna-berg", article: articleB.record.id });
      await curate(store, { op: "merge", node: "person:omar-vale", into: "country:sylvania" });
      await curate(store, { op: "rename", node: "country:sylvania", label: "Sylvania (state)" });
      const out = exported(store);
      await store.close();
      return out;
    };
    const first = await make();
    expect(await make()).toBe(first);
    expect(first).toContain("person:anna-berg~1");
  });
});

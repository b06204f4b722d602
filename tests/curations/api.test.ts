import { describe, expect, it } from "vitest";
import request from "supertest";
import { createApp } from "../../server/api/app.ts";
import { responses, schemas } from "../../server/api/openapi.ts";
import { articleA, articleB } from "../helpers/fixtures.ts";
import { join } from "node:path";
import { openTempStore, tableCounts, tempDir } from "../store/helpers.ts";
import { fixtureExtractor, storeWith } from "./helpers.ts";

const stance = "person:anna-berg|stance:urges:oppose|country:sylvania";
const enc = encodeURIComponent;

async function setup(token?: string) {
  const store = await storeWith([articleA, articleB]);
  return { store, app: createApp(store, { store, token }) };
}

describe("/api/curations", () => {
  it("merge: 201 with the id; the node answer says so; the log lists it newest first; DELETE undoes it", async () => {
    const { app, store } = await setup();
    const before = (await request(app).get("/api/graph").expect(200)).body;
    const made = await request(app).post("/api/curations").send({ op: "merge", node: "person:omar-vale", into: "person:anna-berg", note: "one person" }).expect(201);
    expect(responses.curationCreated.safeParse(made.body).success).toBe(true);
    const id = made.body.id as number;
    expect(made.body.curation).toMatchObject({ id, op: "merge", note: "one person", idle: false, node: { id: "person:omar-vale", label: "Omar Vale" }, into: { id: "person:anna-berg" } });
    expect(made.body.curation.summary).toMatch(/“Omar Vale” merged into “Anna Berg”/);

    const node = await request(app).get(`/api/nodes/${enc("person:anna-berg")}`).expect(200);
    expect(responses.node.safeParse(node.body).success).toBe(true);
    expect(node.body.node.curated).toEqual([id]);
    expect(node.body.node.aliases).toContain("Omar Vale");
    await request(app).get(`/api/nodes/${enc("person:omar-vale")}`).expect(308);
    const edge = await request(app).get(`/api/edges/${enc("person:anna-berg|holds_position|country:sylvania")}`).expect(200);
    expect(edge.body.edge.curated).toEqual([id]);
    expect((await request(app).get(`/api/edges/${enc(stance)}`).expect(200)).body.edge.curated).toEqual([]);

    const second = await request(app).post("/api/curations").send({ op: "rename", node: "person:anna-berg", label: "Anna B." }).expect(201);
    const log = await request(app).get("/api/curations").expect(200);
    expect(responses.curations.safeParse(log.body).success).toBe(true);
    expect(log.body.curations.map((c: { id: number }) => c.id)).toEqual([second.body.id, id]);
    expect((await request(app).get(`/api/curations/${id}`).expect(200)).body.curation.id).toBe(id);

    await request(app).delete(`/api/curations/${second.body.id}`).expect(200);
    const undone = await request(app).delete(`/api/curations/${id}`).expect(200);
    expect(responses.curationRemoved.safeParse(undone.body).success).toBe(true);
    expect(undone.body.removed.id).toBe(id);
    await request(app).delete(`/api/curations/${id}`).expect(404);
    expect((await request(app).get("/api/graph").expect(200)).body).toEqual(before);
    await store.close();
  });

  it("each operation answers 201, and shows in the graph", async () => {
    const { app, store } = await setup();
    const post = (body: object) => request(app).post("/api/curations").send(body).expect(201);
    // All of Omar Vale goes by that name: nothing would be left, so nothing is kept.
    const none = await request(app).post("/api/curations").send({ op: "split", node: "person:omar-vale", name: "Omar Vale" }).expect(400);
    expect(none.body.error).toMatchObject({ field: "name", message: expect.stringMatching(/Nothing to split/) });
    // "Vale" is only another name inside Omar Vale's entity: its mentions leave, the relations stay.
    await post({ op: "split", node: "person:omar-vale", name: "Vale" }).then((r) => expect(r.body.curation.summary).toMatch(/“Vale” split from “Omar Vale” \(2 mentions; the relations stay/));
    await post({ op: "split", node: "person:anna-berg", article: articleB.record.id });
    await post({ op: "retype", node: "event:harbour-summit", kind: "topic" });
    await post({ op: "reject", node: "location:lakeside" });
    await post({ op: "repolarize", edge: stance, polarity: "neutral" });
    await post({ op: "reject", edge: "person:omar-vale|holds_position|country:sylvania" });
    const { graph } = store.current();
    expect(graph.getNodeAttribute("event:harbour-summit", "kind")).toBe("topic");
    expect(graph.hasNode("location:lakeside")).toBe(false);
    expect(graph.hasEdge("person:anna-berg|stance:urges:neutral|country:sylvania")).toBe(true);
    expect(graph.hasEdge("person:omar-vale|holds_position|country:sylvania")).toBe(false);
    expect(graph.nodes().some((n) => n.startsWith("person:anna-berg~"))).toBe(true);
    const log = (await request(app).get("/api/curations").expect(200)).body.curations as { op: string; idle: boolean }[];
    expect(log.map((c) => c.op)).toEqual(["reject", "repolarize", "reject", "retype", "split", "split"]);
    await store.close();
  });

  it("an article's relations name the edges they are part of now", async () => {
    const { app, store } = await setup();
    await request(app).post("/api/curations").send({ op: "repolarize", edge: stance, polarity: "support" }).expect(201);
    await request(app).post("/api/curations").send({ op: "reject", edge: "person:anna-berg|participates_in|event:harbour-summit" }).expect(201);
    await request(app).post("/api/curations").send({ op: "merge", node: "person:omar-vale", into: "person:anna-berg" }).expect(201);
    const edgeOf = async (id: string, type: string) =>
      ((await request(app).get(`/api/articles/${id}`).expect(200)).body.article.relations as { type: string; edge: string | null }[]).find((r) => r.type === type)!.edge;
    expect(await edgeOf(articleA.record.id, "stance")).toBe("person:anna-berg|stance:urges:support|country:sylvania");
    expect(await edgeOf(articleA.record.id, "participates_in")).toBeNull();
    const held = await edgeOf(articleB.record.id, "holds_position");
    expect(held).toBe("person:anna-berg|holds_position|country:sylvania");
    await request(app).get(`/api/edges/${enc(held!)}`).expect(200);
    await store.close();
  });

  it("answers 400 naming the field, 404 for what is not there, and stores nothing", async () => {
    const { app, store } = await setup();
    const counts = tableCounts(store);
    const cases: [unknown, string | undefined][] = [
      [{}, "op"],
      [{ op: "explode", node: "person:anna-berg" }, "op"],
      [{ op: "merge", node: "person:anna-berg" }, "into"],
      [{ op: "merge", node: 7, into: "person:omar-vale" }, "node"],
      [{ op: "merge", node: "person:anna-berg", into: "person:anna-berg" }, "into"],
      [{ op: "rename", node: "person:anna-berg", label: "   " }, "label"],
      [{ op: "retype", node: "person:anna-berg", kind: "alien" }, "kind"],
      [{ op: "repolarize", edge: stance, polarity: "sideways" }, "polarity"],
      [{ op: "repolarize", edge: stance, polarity: "oppose" }, "polarity"],
      [{ op: "repolarize", edge: "person:anna-berg|participates_in|event:harbour-summit", polarity: "support" }, "edge"],
      [{ op: "split", node: "person:anna-berg" }, "name"],
      [{ op: "split", node: "person:anna-berg", name: "Nobody" }, "name"],
      [{ op: "split", node: "person:anna-berg", article: "0123456789abcdef" }, "article"],
      [{ op: "split", node: "person:anna-berg", article: "nope" }, "article"],
      [{ op: "reject" }, "node"],
      [{ op: "reject", node: "person:anna-berg", note: 3 }, "note"],
      [{ op: "reject", node: "person:anna-berg", colour: "red" }, "colour"],
      [[1, 2], undefined],
    ];
    for (const [body, field] of cases) {
      const res = await request(app).post("/api/curations").send(body as object).expect(400);
      expect(schemas.Error.safeParse(res.body).success).toBe(true);
      expect(res.body.error.field, JSON.stringify(body)).toBe(field);
    }
    const missing = await request(app).post("/api/curations").send({ op: "merge", node: "person:nobody", into: "person:anna-berg" }).expect(404);
    expect(missing.body.error.field).toBe("node");
    expect((await request(app).post("/api/curations").send({ op: "reject", edge: "a|b|c" }).expect(404)).body.error.field).toBe("edge");
    await request(app).post("/api/curations").set("Content-Type", "text/plain").send("merge").expect(415);
    await request(app).post("/api/curations").set("Content-Type", "application/json").send("{").expect(400);
    await request(app).delete("/api/curations/abc").expect(404);
    await request(app).get("/api/curations/999").expect(404);
    expect(tableCounts(store)).toEqual(counts);
    expect((await request(app).get("/api/curations").expect(200)).body.curations).toEqual([]);
    await store.close();
  });

  it("takes a curation posted while a server that has just started still reads its store", async () => {
    const path = join(tempDir(), "loading.db");
    await (await storeWith([articleA, articleB], path)).close();
    const store = openTempStore({ extract: fixtureExtractor, startInBackground: true, sliceMs: 0 }, path);
    const app = createApp(store, { store });
    expect(store.loading()).toBe(true);
    const made = await request(app).post("/api/curations").send({ op: "reject", node: "location:lakeside" }).expect(201);
    expect(made.body.curation.idle).toBe(false);
    expect(store.current().graph.hasNode("location:lakeside")).toBe(false);
    await store.close();
  });

  it("needs the token for writes when one is set; reads stay open", async () => {
    const { app, store } = await setup("s3cret");
    const body = { op: "reject", node: "location:lakeside" };
    await request(app).post("/api/curations").send(body).expect(401);
    await request(app).post("/api/curations").set("Authorization", "Bearer wrong").send(body).expect(401);
    const made = await request(app).post("/api/curations").set("Authorization", "Bearer s3cret").send(body).expect(201);
    await request(app).get("/api/curations").expect(200);
    await request(app).delete(`/api/curations/${made.body.id}`).expect(401);
    await request(app).delete(`/api/curations/${made.body.id}`).set("Authorization", "Bearer s3cret").expect(200);
    await store.close();
  });

  it("exports carry the curated graph, with a curated attribute in GEXF and GraphML", async () => {
    const { app, store } = await setup();
    const id = (await request(app).post("/api/curations").send({ op: "rename", node: "person:anna-berg", label: "Chancellor Berg" }).expect(201)).body.id;
    const gexf = (await request(app).get("/api/export?format=gexf").expect(200)).text;
    expect(gexf).toContain('<attribute id="curated" title="curated" type="string"/>');
    expect(gexf).toContain('label="Chancellor Berg"');
    expect(gexf).toContain(`<attvalue for="curated" value="${id}"/>`);
    const graphml = (await request(app).get("/api/export?format=graphml").expect(200)).text;
    expect(graphml).toContain('<key id="n_curated" for="node" attr.name="curated" attr.type="string"/>');
    expect(graphml).toContain(`<data key="n_curated">${id}</data>`);
    const json = JSON.parse((await request(app).get("/api/export?format=json").expect(200)).text);
    expect(json.nodes.find((n: { key: string }) => n.key === "person:anna-berg").attributes).toMatchObject({ label: "Chancellor Berg", curated: [id] });
    await store.close();
  });
});

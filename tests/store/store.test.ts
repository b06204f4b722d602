import { describe, expect, it } from "vitest";
import { join } from "node:path";
import Database from "better-sqlite3";
import { buildGraph, buildState, type ExtractedArticle } from "../../server/graph/build.ts";
import { layoutGraph } from "../../server/graph/layout.ts";
import { migrate, openDatabase, SCHEMA_VERSION } from "../../server/store/schema.ts";
import { loadState } from "../../server/store/load.ts";
import { ArticleWriter } from "../../server/store/write.ts";
import { GraphStore } from "../../server/store/graphStore.ts";
import type { GraphState } from "../../server/api/state.ts";
import { queryIndexFor } from "../../server/graph/queryIndex.ts";
import { articleA, articleB } from "../helpers/fixtures.ts";
import { extractArticle } from "../../server/graph/article.ts";
import { fakeExtractor, generatedText, openTempStore, tableCounts, tempDir } from "./helpers.ts";

const meta = (a: typeof articleA) => ({ title: a.record.title, date: a.record.date, source: a.record.source });
const built = (...articles: (typeof articleA)[]) => {
  const g = buildGraph(articles);
  layoutGraph(g);
  return g.export();
};

describe("schema", () => {
  it("records its version and refuses a store from a newer program", () => {
    const path = join(tempDir(), "s.db");
    const db = openDatabase(path);
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openDatabase(path)).toThrow(/schema version/);
  });

  it("migrates a version 1 store: each article entity gets its mention count, each quoted speaker its articles", () => {
    const path = join(tempDir(), "v1.db");
    const old = new Database(path);
    migrate(old, 1);
    old.exec(`INSERT INTO articles (id, seq, text, quotes, entity_count, relation_count, created_at) VALUES ('a1', 1, 'Anna met Carl. Anna left.', '[{"speaker":"person:anna"},{"speaker":null},{"speaker":"person:anna"}]', 2, 0, 'now');
      INSERT INTO entities (n, id) VALUES (1, 'person:anna'), (2, 'person:carl');
      INSERT INTO article_entities (article, ord, entity, kind, name) VALUES ('a1', 0, 1, 'person', 'Anna'), ('a1', 1, 2, 'person', 'Carl');
      INSERT INTO mentions (article, entity_ord, ord, start, "end", form) VALUES ('a1', 0, 0, 0, 4, 'name'), ('a1', 0, 1, 15, 19, 'name'), ('a1', 1, 0, 9, 13, 'name');`);
    old.close();
    const db = openDatabase(path);
    expect(db.prepare("SELECT ord, mention_count FROM article_entities ORDER BY ord").raw().all()).toEqual([[0, 2], [1, 1]]);
    const { graph, mentions, quotedIn } = loadState(db);
    expect(quotedIn("person:anna")).toEqual(["a1"]);
    expect(quotedIn("person:carl")).toEqual([]);
    expect(graph.getNodeAttribute("person:anna", "mentionCount")).toBe(2);
    expect(mentions("person:anna").map((m) => m.start)).toEqual([0, 15]);
    expect(db.prepare("SELECT speaker, article FROM quote_speakers").raw().all()).toEqual([["person:anna", "a1"]]);
    db.close();
  });
});

describe("GraphStore", () => {
  it("rebuilds from the store exactly the graph buildGraph makes from the same articles", async () => {
    const store = openTempStore({ layout: "off" });
    const texts = Array.from({ length: 12 }, (_, i) => generatedText(i));
    for (const text of texts) await store.ingest({ text });
    await store.ingest({ text: articleA.record.text, ...meta(articleA) });
    await store.ingest({ text: articleB.record.text, ...meta(articleB) });
    const expected = buildGraph([...texts.map((t) => fakeExtractor(t, {})), articleA, articleB]);
    const loaded = loadState(store.db).graph;
    expect(JSON.stringify(loaded.export())).toBe(JSON.stringify(expected.export()));
    expect(store.current().graph.size).toBeGreaterThan(10);
    // The loader keeps graphology's adjacency in another V8 representation: every adjacency query answers the same.
    expected.forEachNode((n) => {
      expect(loaded.outEdges(n)).toEqual(expected.outEdges(n));
      expect(loaded.inEdges(n)).toEqual(expected.inEdges(n));
      expect(loaded.neighbors(n)).toEqual(expected.neighbors(n));
      for (const m of expected.outNeighbors(n)) {
        expect(loaded.hasDirectedEdge(n, m)).toBe(true);
        expect(loaded.directedEdges(n, m)).toEqual(expected.directedEdges(n, m));
      }
    });
    expect(loaded.hasDirectedEdge("person:nobody", expected.nodes()[0])).toBe(false);
    await store.close();
  });

  it("merges names across articles as buildGraph does: the fullest is the label, the others and the aliases sorted", () => {
    const db = openDatabase(join(tempDir(), "names.db"));
    const writer = new ArticleWriter(db);
    const article = (i: number, name: string, aliases: string[]): ExtractedArticle => {
      const text = `Article ${i}: ${name} spoke to Carl Dunn.`;
      const start = text.indexOf(name);
      const meta = { title: null, date: null, source: null };
      return {
        record: { id: `0000000000000${i}`, ...meta, text },
        extraction: {
          article: meta,
          entities: [
            { id: "person:anna-berg", kind: "person", name, aliases, mentions: [{ start, end: start + name.length, form: "name" }] },
            { id: "person:carl-dunn", kind: "person", name: "Carl Dunn", aliases: [], mentions: [] },
          ],
          relations: [{ source: "person:anna-berg", target: "person:carl-dunn", type: "stance", polarity: "support", attributes: { act: "urges" }, evidence: [{ start: 0, end: text.length, text }], confidence: 0.5 + i / 10 }],
          quotes: [],
        },
      };
    };
    // Stored in another order than their ids: the merge follows ids, as buildGraph's does.
    const articles = [article(3, "Berg", ["Anna", "Berg"]), article(1, "Anna Berg", ["Berg"]), article(2, "Dr. Anna Berg", ["A. Berg", "Anna Berg"]), article(4, "Anna Berg", [])];
    for (const a of articles) writer.add({ ...a, url: null });
    const loaded = loadState(db).graph;
    expect(JSON.stringify(loaded.export())).toBe(JSON.stringify(buildGraph(articles).export()));
    expect(loaded.getNodeAttributes("person:anna-berg")).toMatchObject({ label: "Dr. Anna Berg", aliases: ["A. Berg", "Anna", "Anna Berg", "Berg"] });
    db.close();
  });

  it("resolves one person named differently in different articles into one node, as buildGraph does", async () => {
    const texts = [
      "Kyiv asks for air defense\n\nUkrainian President Volodymyr Zelensky urged allies to send more air defense systems on Tuesday.",
      "Talks in Berlin\n\nVolodymyr Zelenskyy met Chancellor Olaf Scholz in Berlin on Friday.",
      "Summit ends\n\nZelensky left the NATO summit in Brussels early on Wednesday, and Zelensky later said the talks had helped.",
    ];
    const store = openTempStore({ extract: extractArticle, layout: "off" });
    for (const text of texts) await store.ingest({ text });
    const { graph, canonical } = store.current();
    expect(canonical?.get("person:zelensky")).toBe("person:volodymyr-zelensky");
    expect(canonical?.get("person:volodymyr-zelenskyy")).toBe("person:volodymyr-zelensky");
    expect(graph.hasNode("person:zelensky")).toBe(false);
    expect(graph.getNodeAttributes("person:volodymyr-zelensky").articles).toHaveLength(3);
    expect(JSON.stringify(graph.export())).toBe(JSON.stringify(buildGraph(texts.map((t) => extractArticle(t))).export()));
    // Mentions are read from the store per node, those of every name that resolved into it included.
    const sameMentions = (built: ReturnType<typeof buildState>) => {
      for (const node of built.graph.nodes()) expect(store.current().mentions!(node)).toEqual(built.mentions(node));
    };
    const merged = store.current().mentions!("person:volodymyr-zelensky");
    expect(new Set(merged.map((m) => m.article)).size).toBe(3);
    expect(merged).toHaveLength(graph.getNodeAttribute("person:volodymyr-zelensky", "mentionCount"));
    sameMentions(buildState(texts.map((t) => extractArticle(t))));
    // Deleting the article with the full name leaves the others to resolve among themselves.
    const full = extractArticle(texts[0]).record.id;
    await store.remove(full);
    expect(JSON.stringify(store.current().graph.export())).toBe(JSON.stringify(buildGraph(texts.slice(1).map((t) => extractArticle(t))).export()));
    sameMentions(buildState(texts.slice(1).map((t) => extractArticle(t))));
    await store.close();
  });

  it("goes on answering from the current state while a write rebuilds the graph in slices", async () => {
    let committed = false;
    const store = openTempStore({ layout: "off", sliceMs: 0, beforeCommit: () => (committed = true) });
    const first = [1, 2, 3].map((i) => generatedText(i));
    for (const text of first) await store.ingest({ text });
    const before = store.current();
    committed = false;
    // Event-loop turns after the commit and before the answer: each saw the state from before the write.
    const seen: GraphState[] = [];
    let answered = false;
    const ingest = store.ingest({ text: generatedText(4) }).then((r) => ((answered = true), r));
    while (!answered) {
      await new Promise((resolve) => setImmediate(resolve));
      if (committed && !answered) seen.push(store.current());
    }
    await ingest;
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((s) => s === before)).toBe(true);
    expect(store.current().articles.size).toBe(4);
    expect(JSON.stringify(store.current().graph.export())).toBe(JSON.stringify(buildGraph([...first, generatedText(4)].map((t) => fakeExtractor(t, {}))).export()));
    await store.close();
  });

  it("merges two articles that share actors into shared nodes and edges", async () => {
    const store = openTempStore();
    await store.ingest({ text: articleA.record.text, ...meta(articleA) });
    const r = await store.ingest({ text: articleB.record.text, ...meta(articleB) });
    const { graph } = store.current();
    expect(graph.getNodeAttribute("person:anna-berg", "articles")).toEqual([articleA.record.id, articleB.record.id].sort());
    expect(graph.getNodeAttribute("country:sylvania", "aliases")).toContain("Sylvanian");
    const stance = "person:anna-berg|stance:urges:oppose|country:sylvania";
    expect(graph.getEdgeAttribute(stance, "evidence")).toHaveLength(2);
    // Only what B brought is new.
    expect(r.added.nodes.sort()).toEqual(["location:lakeside", "person:omar-vale"]);
    expect(r.added.edges).toEqual(["person:omar-vale|holds_position|country:sylvania"]);
    await store.settled();
    expect(store.current().graph.export()).toEqual(built(articleA, articleB));
    await store.close();
  });

  it("deleting an article gives back the graph of the others, exactly", async () => {
    const store = openTempStore();
    await store.ingest({ text: articleA.record.text, ...meta(articleA) });
    await store.ingest({ text: articleB.record.text, ...meta(articleB) });
    const r = await store.remove(articleB.record.id);
    expect(r?.removed.nodes.sort()).toEqual(["location:lakeside", "person:omar-vale"]);
    await store.settled();
    expect(JSON.stringify(store.current().graph.export())).toBe(JSON.stringify(built(articleA)));
    expect(store.current().articles.has(articleB.record.id)).toBe(false);
    expect(await store.remove(articleB.record.id)).toBeNull();
    // Entities only B named are gone from the store too.
    expect(store.db.prepare("SELECT count(*) FROM entities WHERE id = 'person:omar-vale'").pluck().get()).toBe(0);
    await store.close();
  });

  it("keeps everything across a restart, and the layout depends on the stored articles only", async () => {
    const path = join(tempDir(), "restart.db");
    const first = GraphStore.open(path, { extract: fakeExtractor });
    for (let i = 0; i < 5; i++) await first.ingest({ text: generatedText(i) });
    await first.ingest({ text: articleA.record.text, ...meta(articleA) });
    await first.settled();
    const before = JSON.stringify(first.current().graph.export());
    await first.close();

    const second = GraphStore.open(path, { extract: fakeExtractor });
    expect(JSON.stringify(second.current().graph.export())).toBe(before);
    expect([...second.current().articles.keys()].sort()).toHaveLength(6);
    await second.close();

    // Without the saved positions, the layout is computed again and comes out the same.
    const db = new Database(path);
    db.exec("DELETE FROM layout");
    db.close();
    const third = GraphStore.open(path, { extract: fakeExtractor });
    await third.settled();
    expect(JSON.stringify(third.current().graph.export())).toBe(before);
    await third.close();
  });

  it("builds the query index of each new state off the request path, before the first query", async () => {
    const path = join(tempDir(), "warm.db");
    const seeded = GraphStore.open(path, { extract: fakeExtractor, layout: "off" });
    await seeded.ingest({ text: articleA.record.text, ...meta(articleA) });
    await seeded.close();

    // At start: the loaded state.
    const store = GraphStore.open(path, { extract: fakeExtractor });
    const first = store.current();
    const ix = await store.warmed();
    expect(ix?.graph).toBe(first.graph);
    expect(ix?.nodeIds).toHaveLength(first.graph.order);
    expect(queryIndexFor(first)).toBe(ix);

    // After a write, and again when the background layout swaps in its positions.
    await store.ingest({ text: articleB.record.text, ...meta(articleB) });
    const afterWrite = store.current();
    expect(afterWrite).not.toBe(first);
    expect((await store.warmed())?.graph).toBe(afterWrite.graph);
    await store.settled();
    const laidOut = await store.warmed();
    expect(store.current()).not.toBe(afterWrite);
    expect(queryIndexFor(store.current())).toBe(laidOut);
    expect(laidOut?.builtOrder).toBe(store.current().graph.order);
    await store.close();
  });

  it("answers a write before the layout is done, then swaps in the same layout a synchronous one gives", async () => {
    const store = openTempStore();
    await store.ingest({ text: articleA.record.text, ...meta(articleA) });
    await store.settled();
    const bergBefore = store.current().graph.getNodeAttributes("person:anna-berg");
    await store.ingest({ text: articleB.record.text, ...meta(articleB) });
    // Until the worker answers, old nodes keep their places.
    const provisional = store.current();
    expect(provisional.graph.getNodeAttributes("person:anna-berg")).toMatchObject({ x: bergBefore.x, y: bergBefore.y });
    await store.settled();
    expect(store.current()).not.toBe(provisional);
    const sync = openTempStore({ layout: "sync" });
    await sync.ingest({ text: articleB.record.text, ...meta(articleB) });
    await sync.ingest({ text: articleA.record.text, ...meta(articleA) });
    expect(JSON.stringify(store.current().graph.export())).toBe(JSON.stringify(sync.current().graph.export()));
    expect(JSON.stringify(sync.current().graph.export())).toBe(JSON.stringify(built(articleA, articleB)));
    await store.close();
    await sync.close();
  });

  it("picks up articles another process wrote, when watching", async () => {
    const path = join(tempDir(), "watched.db");
    const server = GraphStore.open(path, { extract: fakeExtractor, layout: "off" });
    const stop = server.watch(20);
    const other = GraphStore.open(path, { extract: fakeExtractor, layout: "off" });
    await other.ingest({ text: articleA.record.text });
    for (let i = 0; i < 200 && !server.current().articles.has(articleA.record.id); i++) await new Promise((r) => setTimeout(r, 10));
    expect(server.current().graph.hasNode("person:anna-berg")).toBe(true);
    stop();
    await other.close();
    await server.close();
  });

  it("rebuilds from one snapshot: a write by another connection during a rebuild waits for the next one", async () => {
    const path = join(tempDir(), "snapshot.db");
    const server = GraphStore.open(path, { extract: fakeExtractor, layout: "off", sliceMs: 0 });
    await server.ingest({ text: generatedText(1) });
    const otherDb = openDatabase(path);
    const writer = new ArticleWriter(otherDb);
    const late = fakeExtractor(generatedText(2), {});
    let reloaded = false;
    const reload = server.reload().then(() => (reloaded = true));
    // Written while the rebuild reads, a few event-loop turns in.
    for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
    expect(reloaded).toBe(false);
    expect(writer.add({ ...late, url: null })).toBe(true);
    await reload;
    expect(server.current().articles.has(late.record.id)).toBe(false);
    expect(JSON.stringify(server.current().graph.export())).toBe(JSON.stringify(buildGraph([fakeExtractor(generatedText(1), {})]).export()));
    await server.reload();
    expect(server.current().articles.has(late.record.id)).toBe(true);
    otherDb.close();
    await server.close();
  });

  it("opened to start in the background, serves an empty state marked loading until the store is read", async () => {
    const path = join(tempDir(), "background.db");
    const first = GraphStore.open(path, { extract: fakeExtractor, layout: "off" });
    for (const i of [1, 2, 3]) await first.ingest({ text: generatedText(i) });
    await first.close();
    const store = GraphStore.open(path, { extract: fakeExtractor, layout: "off", sliceMs: 0, startInBackground: true });
    expect(store.loading()).toBe(true);
    expect(store.current().graph.order).toBe(0);
    // A write while loading is queued behind the load and answered once both are in the graph.
    const written = store.ingest({ text: generatedText(4) });
    await store.ready();
    expect(store.loading()).toBe(false);
    expect((await written).duplicate).toBe(false);
    expect(JSON.stringify(store.current().graph.export())).toBe(JSON.stringify(buildGraph([1, 2, 3, 4].map((i) => fakeExtractor(generatedText(i), {}))).export()));
    await store.close();
  });

  it("answers the same text twice as one article", async () => {
    const store = openTempStore();
    const first = await store.ingest({ text: generatedText(1), title: "One" });
    const again = await store.ingest({ text: generatedText(1), title: "Other title" });
    expect(first.duplicate).toBe(false);
    expect(again).toMatchObject({ duplicate: true, article: { id: first.article.id, title: "One" }, added: { nodes: [], edges: [] } });
    expect(store.reader.count()).toBe(1);
    await store.close();
  });

  it("loses nothing to concurrent ingests, which share rebuilds, and each says what it brought", async () => {
    // sliceMs 0: each rebuild spans several event-loop turns, as a large store's does.
    const store = openTempStore({ sliceMs: 0 });
    const rebuildsBefore = store.rebuildCount;
    const texts = Array.from({ length: 10 }, (_, i) => generatedText(100 + i));
    const results = await Promise.all([...texts, texts[0]].map((text) => store.ingest({ text })));
    expect(results.slice(0, 10).every((r) => !r.duplicate)).toBe(true);
    expect(results[10]).toMatchObject({ duplicate: true, article: { id: results[0].article.id } });
    // Writes that commit while a rebuild runs share the next one.
    expect(store.rebuildCount - rebuildsBefore).toBeLessThanOrEqual(3);
    const { graph, canonical } = store.current();
    const all = new Set<string>();
    results.slice(0, 10).forEach((r, i) => {
      const own = fakeExtractor(texts[i], {}).extraction.entities.map((e) => canonical?.get(e.id) ?? e.id);
      for (const n of r.added.nodes) expect(own).toContain(n);
      for (const e of r.added.edges) expect(graph.hasEdge(e)).toBe(true);
      r.added.nodes.forEach((n) => all.add(n));
    });
    // Every node was brought by some article (the first that wrote it, and perhaps others written in the same burst).
    expect([...all].sort()).toEqual(graph.nodes().sort());
    expect(store.reader.count()).toBe(10);
    expect(store.current().articles.size).toBe(10);
    const expected = buildGraph(Array.from({ length: 10 }, (_, i) => fakeExtractor(generatedText(100 + i), {})));
    layoutGraph(expected);
    await store.settled();
    expect(store.current().graph.export()).toEqual(expected.export());
    await store.close();
  });

  it("a failing extractor leaves the store and the graph as they were", async () => {
    let fail = false;
    const store = openTempStore({ extract: (t, g) => { if (fail) throw new Error("extractor broke"); return fakeExtractor(t, g); } });
    await store.ingest({ text: articleA.record.text });
    const counts = tableCounts(store);
    const state = store.current();
    fail = true;
    await expect(store.ingest({ text: generatedText(7) })).rejects.toThrow("extractor broke");
    expect(tableCounts(store)).toEqual(counts);
    expect(store.current()).toBe(state);
    fail = false;
    expect((await store.ingest({ text: generatedText(7) })).duplicate).toBe(false);
  });

  it("a database error in the middle of the write rolls the whole article back", async () => {
    let failAt = -1;
    const store = openTempStore({ beforeCommit: () => { if (failAt-- === 0) throw new Error("disk says no"); } });
    await store.ingest({ text: articleA.record.text });
    const counts = tableCounts(store);
    const state = store.current();
    failAt = 0;
    await expect(store.ingest({ text: articleB.record.text })).rejects.toThrow("disk says no");
    expect(tableCounts(store)).toEqual(counts);
    expect(store.current()).toBe(state);

    // A constraint failure halfway through the rows (an entity of an unknown kind after valid ones) too.
    const bad = openTempStore({
      extract: (t, g) => {
        const a = fakeExtractor(t, g);
        a.extraction.entities.push({ ...a.extraction.entities[0], id: "planet:mars", kind: "planet" as never });
        return a;
      },
    });
    const empty = tableCounts(bad);
    await expect(bad.ingest({ text: generatedText(3) })).rejects.toThrow(/CHECK/);
    expect(tableCounts(bad)).toEqual(empty);
    expect(bad.current().graph.order).toBe(0);
  });

  it("rejects empty and binary text before extracting", async () => {
    const store = openTempStore({ extract: () => { throw new Error("should not run"); } });
    for (const text of ["", "  \n\t ", "abc\u0000def", "\u0001\u0002\u0003\u0004 ab"]) {
      await expect(store.ingest({ text })).rejects.toThrow(/empty|binary/);
    }
    expect(store.reader.count()).toBe(0);
  });

  it("gives back what an article produced", async () => {
    const store = openTempStore();
    await store.ingest({ text: articleA.record.text, title: "T", url: "https://example.org/a" });
    const detail = store.reader.get(articleA.record.id)!;
    expect(detail).toMatchObject({ id: articleA.record.id, title: "T", url: "https://example.org/a", text: articleA.record.text });
    expect(detail.entities).toEqual(articleA.extraction.entities);
    expect(detail.relations.map(({ edge: _e, ...r }) => r)).toEqual(articleA.extraction.relations);
    for (const r of detail.relations) expect(store.current().graph.hasEdge(r.edge)).toBe(true);
    expect(store.reader.list(10, 0)[0].counts).toEqual({ entities: 4, relations: 3 });
  });
});

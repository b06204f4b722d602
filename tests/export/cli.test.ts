import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openTempStore, tempDir } from "../store/helpers.ts";
import { articleA, articleB, articleD } from "../helpers/fixtures.ts";
import { loadExportState } from "../../server/export/source.ts";
import { queryIndexFor } from "../../server/graph/queryIndex.ts";
import { neighborhoodGraph } from "../../server/export/subgraph.ts";
import { refCsv, refJson } from "./reference.ts";

const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");

describe("npm run export", () => {
  it("writes the store's graph, or one neighbourhood, to a file", async () => {
    const dir = tempDir();
    const db = join(dir, "store.db");
    const store = openTempStore({}, db);
    await store.ingest({ text: articleA.record.text });
    await store.ingest({ text: articleB.record.text });
    const expected = store.current().graph;
    store.db.close();
    const env = { ...process.env, STANCEGRAPH_DB: db };

    const whole = join(dir, "whole.json");
    execFileSync(tsx, ["server/export/cli.ts", "--format", "json", "--out", whole], { env, stdio: "pipe" });
    // Written a chunk at a time, the same bytes as the one-string writer gives for the graph the command reads.
    const { state } = await loadExportState({ dbPath: db, articlesDir: join(dir, "none") });
    expect(readFileSync(whole, "utf8")).toBe(refJson(state.graph));
    const graph = JSON.parse(readFileSync(whole, "utf8"));
    expect(graph.nodes.map((n: { key: string }) => n.key).sort()).toEqual(expected.nodes().sort());
    expect(graph.edges).toHaveLength(expected.size);

    const out = execFileSync(tsx, ["server/export/cli.ts", "--format", "csv", "--table", "edges", "--node", "person:omar-vale", "--depth", "1"], { env, encoding: "utf8" });
    const ix = queryIndexFor(state);
    expect(out).toBe(refCsv(neighborhoodGraph(ix, ix.nodeIndex.get("person:omar-vale")!, 1), "edges"));
    const rows = out.trim().split("\r\n");
    expect(rows[0].startsWith("id,source,target,type")).toBe(true);
    expect(rows).toHaveLength(1 + expected.edges("person:omar-vale").length);
  }, 120_000); // two tsx start-ups, slow on a loaded machine


  it("takes an id that resolved into another node as that node, as GET /api/export does", async () => {
    const db = join(tempDir(), "store.db");
    const fixtures = new Map([articleA, articleD].map((a) => [a.record.text, a]));
    const store = openTempStore({ extract: (text) => structuredClone(fixtures.get(text)!), layout: "off" }, db);
    await store.ingest({ text: articleA.record.text });
    await store.ingest({ text: articleD.record.text });
    expect(store.current().canonical?.get("person:berg")).toBe("person:anna-berg");
    await store.close();
    const env = { ...process.env, STANCEGRAPH_DB: db };
    const run = (node: string) => execFileSync(tsx, ["server/export/cli.ts", "--format", "json", "--node", node], { env, encoding: "utf8" });
    const merged = run("person:berg");
    expect(merged).toBe(run("person:anna-berg"));
    expect(JSON.parse(merged).nodes.map((n: { key: string }) => n.key)).toContain("person:anna-berg");
  }, 120_000);

  it("refuses a bad format with the usage and exit code 2", () => {
    const r = spawnSync(tsx, ["server/export/cli.ts", "--format", "pdf"], { encoding: "utf8", env: { ...process.env, STANCEGRAPH_DB: join(tempDir(), "none.db") } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--format");
  }, 60_000);
});

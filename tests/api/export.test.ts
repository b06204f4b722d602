import { describe, expect, it } from "vitest";
import request from "supertest";
import gexf from "graphology-gexf";
import { MultiDirectedGraph } from "graphology";
import { DOMParser } from "@xmldom/xmldom";
import { createApp } from "../../server/api/app.ts";
import { cypherString } from "../../server/export/cypher.ts";
import { FORMATS } from "../../server/export/formats.ts";
import { csvCell } from "../../server/export/csv.ts";
import { threeArticleState, STANCE_TEXT } from "../helpers/queryFixtures.ts";

const state = threeArticleState();
const app = createApp({ current: () => state });
const binary = (res: request.Response, cb: (err: Error | null, body: string) => void) => {
  let body = "";
  res.setEncoding("utf8");
  res.on("data", (c: string) => (body += c));
  res.on("end", () => cb(null, body));
};
const get = (q: string) => request(app).get(`/api/export${q}`).buffer(true).parse(binary);

/** Reads a Cypher script as Neo4j would tokenise it: statements end at `;` outside strings; strings unescaped. */
function readCypher(script: string): { statements: string[]; strings: string[] } {
  const statements: string[] = [];
  const strings: string[] = [];
  let current = "";
  for (let i = 0; i < script.length; i++) {
    const ch = script[i];
    if (ch === "/" && script[i + 1] === "/" && !current.trim()) {
      i = script.indexOf("\n", i);
      if (i < 0) break;
      continue;
    }
    if (ch === "'" || ch === '"') {
      let value = "";
      let j = i + 1;
      for (; script[j] !== ch; j++) {
        if (j >= script.length) throw new Error("unterminated string");
        if (script[j] === "\n") throw new Error("raw newline inside a string");
        if (script[j] !== "\\") {
          value += script[j];
          continue;
        }
        const e = script[++j];
        const simple: Record<string, string> = { "\\": "\\", "'": "'", '"': '"', n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };
        if (e in simple) value += simple[e];
        else if (e === "u") {
          const hex = script.slice(j + 1, j + 5);
          if (!/^[0-9a-f]{4}$/i.test(hex)) throw new Error(`bad \\u escape ${hex}`);
          value += String.fromCharCode(parseInt(hex, 16));
          j += 4;
        } else throw new Error(`unknown escape \\${e}`);
      }
      strings.push(value);
      current += "?";
      i = j;
      continue;
    }
    if (ch === ";") {
      statements.push(current.trim());
      current = "";
      continue;
    }
    current += ch;
  }
  if (current.trim()) throw new Error(`text after the last statement: ${current}`);
  return { statements, strings };
}

/** RFC 4180 rows. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      (row = []), (cell = ""), i++;
    } else cell += ch;
  }
  return rows;
}

describe("GET /api/export", () => {
  it("answers json by default, graphology's form with every attribute, as an attachment", async () => {
    const res = await get("").expect(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="?stancegraph\.json"?$/);
    const g = MultiDirectedGraph.from(JSON.parse(res.body));
    expect(g.order).toBe(state.graph.order);
    expect(g.size).toBe(state.graph.size);
    expect(g.getNodeAttribute("person:ines-moor", "mentionCount")).toBeGreaterThan(0);
  });

  it("answers gexf that reads back into the same graph", async () => {
    const res = await get("?format=gexf").expect(200);
    expect(res.headers["content-type"]).toMatch(/^application\/gexf\+xml/);
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="?stancegraph\.gexf"?$/);
    const g = gexf.parse(MultiDirectedGraph, res.body);
    expect(g.order).toBe(state.graph.order);
    expect(g.size).toBe(state.graph.size);
    expect(g.getNodeAttributes("person:ines-moor")).toMatchObject({ label: "Ines Moor", kind: "person", aliases: "Moor" });
    const stance = g.findEdge((_, a) => a.type === "stance" && a.polarity === "support")!;
    expect(g.getEdgeAttribute(stance, "evidence")).toBe(STANCE_TEXT);
  });

  it("answers well-formed graphml with typed keys and the evidence intact", async () => {
    const res = await get("?format=graphml").expect(200);
    expect(res.headers["content-type"]).toMatch(/^application\/graphml\+xml/);
    const errors: string[] = [];
    const doc = new DOMParser({ errorHandler: { warning: () => {}, error: (e) => errors.push(e), fatalError: (e) => errors.push(e) } }).parseFromString(res.body, "text/xml");
    expect(errors).toEqual([]);
    expect(doc.getElementsByTagName("node").length).toBe(state.graph.order);
    const edges = Array.from({ length: doc.getElementsByTagName("edge").length }, (_, i) => doc.getElementsByTagName("edge").item(i)!);
    expect(edges).toHaveLength(state.graph.size);
    const stance = edges.find((e) => e.getAttribute("id") === "person:ines-moor|stance:backs:support|person:omar-vale")!;
    const data = Array.from({ length: stance.getElementsByTagName("data").length }, (_, i) => stance.getElementsByTagName("data").item(i)!);
    expect(data.find((d) => d.getAttribute("key") === "e_evidence")!.textContent).toBe(STANCE_TEXT);
    expect(data.find((d) => d.getAttribute("key") === "e_polarity")!.textContent).toBe("support");
  });

  it("answers csv tables of nodes or edges, quoted so that evidence with quotes and newlines reads back", async () => {
    const nodes = await get("?format=csv").expect(200);
    expect(nodes.headers["content-type"]).toMatch(/^text\/csv/);
    expect(nodes.headers["content-disposition"]).toMatch(/^attachment; filename="?stancegraph-nodes\.csv"?$/);
    const nodeRows = readCsv(nodes.body);
    expect(nodeRows[0]).toEqual(["id", "kind", "label", "aliases", "mentionCount", "articles", "x", "y", "size", "curated"]);
    expect(nodeRows).toHaveLength(state.graph.order + 1);
    const edges = await get("?format=csv&table=edges").expect(200);
    expect(edges.headers["content-disposition"]).toMatch(/^attachment; filename="?stancegraph-edges\.csv"?$/);
    const edgeRows = readCsv(edges.body);
    expect(edgeRows).toHaveLength(state.graph.size + 1);
    const header = edgeRows[0];
    const stance = edgeRows.find((r) => r[0] === "person:ines-moor|stance:backs:support|person:omar-vale")!;
    expect(stance[header.indexOf("evidence")]).toBe(STANCE_TEXT);
    expect(stance[header.indexOf("polarity")]).toBe("support");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
  });

  it("answers a cypher script whose statements and strings read back exactly", async () => {
    const res = await get("?format=cypher").expect(200);
    expect(res.headers["content-type"]).toMatch(/^application\/x-cypher-query/);
    const { statements, strings } = readCypher(res.body);
    expect(statements).toHaveLength(1 + state.graph.order + state.graph.size);
    expect(statements[0]).toMatch(/^CREATE CONSTRAINT/);
    expect(statements.filter((s) => s.startsWith("MERGE (n:Entity {id: ?}) SET n:"))).toHaveLength(state.graph.order);
    expect(statements.filter((s) => /^MATCH \(a:Entity \{id: \?\}\), \(b:Entity \{id: \?\}\) MERGE \(a\)-\[r:[A-Z_]+ \{id: \?\}\]->\(b\) SET /.test(s))).toHaveLength(state.graph.size);
    expect(strings).toContain(STANCE_TEXT);
    expect(strings).toContain("Ines Moor");
  });

  it("escapes quotes, backslashes, newlines and control characters in Cypher strings", () => {
    for (const s of [`it's`, `say "no"`, `C:\\temp\\`, `line\nbreak\r\n`, `tab\there`, `\u0000\u001f\u2028`, `\\'`, `émoji 🙂`]) {
      const lit = cypherString(s);
      expect(lit).not.toMatch(/[\n\r\u2028]/);
      expect(readCypher(`RETURN ${lit};`).strings).toEqual([s]);
    }
    const g = threeArticleState().graph;
    g.setNodeAttribute("person:ines-moor", "label", "O'Brien \\ \"the\nfirst\"");
    expect(readCypher(FORMATS.cypher.write(g, {})).strings).toContain("O'Brien \\ \"the\nfirst\"");
  });

  it("exports one node's neighbourhood when asked", async () => {
    const res = await get("?format=json&node=person:omar-vale&depth=1").expect(200);
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="?stancegraph-person-omar-vale-d1\.json"?$/);
    const g = MultiDirectedGraph.from(JSON.parse(res.body));
    expect(g.nodes().sort()).toEqual(["country:sylvania", "person:ines-moor", "person:omar-vale"]);
    expect(g.size).toBe(3);
  });

  it("rejects a bad format, table or depth with 400, and an unknown node with 404", async () => {
    for (const [q, field] of [["?format=pdf", "format"], ["?format=csv&table=rows", "table"], ["?node=person:omar-vale&depth=4", "depth"]]) {
      const res = await request(app).get(`/api/export${q}`).expect(400);
      expect(res.body.error.field).toBe(field);
    }
    await request(app).get("/api/export?node=person:nobody").expect(404);
  });
});

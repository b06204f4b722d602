// The writers as they were before they wrote chunks (commit bbeb8e1), kept as the reference that the chunked writers
// must equal byte for byte. GEXF went through graphology-gexf with these formatters; graphology-gexf stays its reference.
import gexf from "graphology-gexf";
import type { KnowledgeGraph } from "../../server/graph/types.ts";
import { EDGE_COLUMNS, NODE_COLUMNS, NUMERIC_COLUMNS, edgeRow, nodeRow, type Cell } from "../../server/export/rows.ts";
import { xmlEscape } from "../../server/export/xml.ts";
import { csvCell } from "../../server/export/csv.ts";
import { cypherString, relationshipType } from "../../server/export/cypher.ts";

function forEachNodeRow(graph: KnowledgeGraph, fn: (row: ReturnType<typeof nodeRow>) => void): void {
  graph.forEachNode((id, a) => fn(nodeRow(id, a)));
}

function forEachEdgeRow(graph: KnowledgeGraph, fn: (row: ReturnType<typeof edgeRow>) => void): void {
  graph.forEachEdge((key, a, source, target) => fn(edgeRow(key, source, target, a)));
}

function withoutNulls(row: Record<string, unknown>, skip: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([k, v]) => v !== null && !skip.includes(k)));
}

export function refGexf(graph: KnowledgeGraph): string {
  return gexf.write(graph, {
    formatNode: (key, a) => ({
      label: a.label,
      attributes: withoutNulls(nodeRow(key, a), ["id", "label", "x", "y", "size"]),
      viz: { x: a.x, y: a.y, size: a.size },
    }),
    formatEdge: (key, a) => ({
      label: a.type,
      weight: a.evidence.length,
      attributes: withoutNulls(edgeRow(key, graph.source(key), graph.target(key), a), ["id", "source", "target"]),
    }),
  });
}

function keyLines(prefix: string, domain: "node" | "edge", columns: readonly string[], skip: readonly string[]): string[] {
  return columns
    .filter((c) => !skip.includes(c))
    .map((c) => `  <key id="${prefix}_${c}" for="${domain}" attr.name="${c}" attr.type="${NUMERIC_COLUMNS.has(c) ? "double" : "string"}"/>`);
}

function dataLines(prefix: string, row: Record<string, Cell>, skip: readonly string[]): string {
  let out = "";
  for (const [c, v] of Object.entries(row)) {
    if (skip.includes(c) || v === null) continue;
    out += `\n      <data key="${prefix}_${c}">${xmlEscape(String(v))}</data>`;
  }
  return out;
}

export function refGraphml(graph: KnowledgeGraph): string {
  const nodeSkip = ["id"];
  const edgeSkip = ["id", "source", "target"];
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...keyLines("n", "node", NODE_COLUMNS, nodeSkip),
    ...keyLines("e", "edge", EDGE_COLUMNS, edgeSkip),
    `  <graph id="stancegraph" edgedefault="directed">`,
  ];
  forEachNodeRow(graph, (row) => lines.push(`    <node id="${xmlEscape(String(row.id))}">${dataLines("n", row, nodeSkip)}\n    </node>`));
  forEachEdgeRow(graph, (row) =>
    lines.push(
      `    <edge id="${xmlEscape(String(row.id))}" source="${xmlEscape(String(row.source))}" target="${xmlEscape(String(row.target))}">${dataLines("e", row, edgeSkip)}\n    </edge>`,
    ),
  );
  lines.push(`  </graph>`, `</graphml>`, ``);
  return lines.join("\n");
}

export function refCsv(graph: KnowledgeGraph, table: "nodes" | "edges"): string {
  const columns: readonly string[] = table === "nodes" ? NODE_COLUMNS : EDGE_COLUMNS;
  const lines = [columns.join(",")];
  const push = (row: Record<string, Cell>) => lines.push(columns.map((c) => csvCell(row[c])).join(","));
  if (table === "nodes") forEachNodeRow(graph, push);
  else forEachEdgeRow(graph, push);
  return lines.join("\r\n") + "\r\n";
}

const KIND_LABELS: Record<string, string> = {
  person: "Person",
  organization: "Organization",
  country: "Country",
  location: "Location",
  event: "Event",
  topic: "Topic",
};


const cypherNumber = (n: number) => (Number.isFinite(n) ? String(n) : "null");
const cypherList = (xs: readonly string[]) => `[${xs.map(cypherString).join(", ")}]`;
const cypherNumbers = (xs: readonly number[]) => `[${xs.map(cypherNumber).join(", ")}]`;


export function refCypher(graph: KnowledgeGraph): string {
  const lines = [
    `// Stancegraph export: ${graph.order} nodes, ${graph.size} edges. Load with: cypher-shell -f FILE`,
    `CREATE CONSTRAINT stancegraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;`,
  ];
  graph.forEachNode((id, a) => {
    const label = KIND_LABELS[a.kind] ? `:${KIND_LABELS[a.kind]}` : "";
    lines.push(
      `MERGE (n:Entity {id: ${cypherString(id)}}) SET n${label}, n.kind = ${cypherString(a.kind)}, n.label = ${cypherString(a.label)}, ` +
        `n.aliases = ${cypherList(a.aliases)}, n.mentionCount = ${cypherNumber(a.mentionCount)}, n.articles = ${cypherList(a.articles)}, ` +
        `n.x = ${cypherNumber(a.x)}, n.y = ${cypherNumber(a.y)};`,
    );
  });
  graph.forEachEdge((key, a, source, target) => {
    const props = [
      `r.type = ${cypherString(a.type)}`,
      ...(a.polarity ? [`r.polarity = ${cypherString(a.polarity)}`] : []),
      ...(a.title ? [`r.title = ${cypherString(a.title)}`] : []),
      ...(a.act ? [`r.act = ${cypherString(a.act)}`] : []),
      `r.confidence = ${cypherNumber(a.confidence)}`,
      `r.articles = ${cypherList(a.articles)}`,
      // Neo4j properties cannot hold maps: the evidence is parallel lists.
      `r.evidence = ${cypherList(a.evidence.map((e) => e.text))}`,
      `r.evidenceArticles = ${cypherList(a.evidence.map((e) => e.article))}`,
      `r.evidenceStarts = ${cypherNumbers(a.evidence.map((e) => e.start))}`,
      `r.evidenceEnds = ${cypherNumbers(a.evidence.map((e) => e.end))}`,
    ];
    lines.push(
      `MATCH (a:Entity {id: ${cypherString(source)}}), (b:Entity {id: ${cypherString(target)}}) ` +
        `MERGE (a)-[r:${relationshipType(a.type)} {id: ${cypherString(key)}}]->(b) SET ${props.join(", ")};`,
    );
  });
  return lines.join("\n") + "\n";
}

export function refJson(graph: KnowledgeGraph): string {
  return JSON.stringify(graph.export());
}

// GraphML: typed <key> declarations, then every node and (directed) edge with its flat attributes.
import type { KnowledgeGraph } from "../graph/types.ts";
import { EDGE_COLUMNS, NODE_COLUMNS, NUMERIC_COLUMNS, edgeRows, nodeRows, type Cell } from "./rows.ts";
import { xmlEscape } from "./xml.ts";
import { LayoutSnapshot } from "./positions.ts";
import { ChunkBuffer, type Chunks } from "./chunks.ts";

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

/** The document a line at a time (each line ended by LF); positions as of the call. */
export function* graphmlChunks(graph: KnowledgeGraph, layout = new LayoutSnapshot(graph)): Chunks {
  const nodeSkip = ["id"];
  const edgeSkip = ["id", "source", "target"];
  const buf = new ChunkBuffer();
  const head = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...keyLines("n", "node", NODE_COLUMNS, nodeSkip),
    ...keyLines("e", "edge", EDGE_COLUMNS, edgeSkip),
    `  <graph id="stancegraph" edgedefault="directed">`,
  ];
  buf.add(head.join("\n") + "\n");
  for (const row of nodeRows(graph, layout)) {
    const full = buf.add(`    <node id="${xmlEscape(String(row.id))}">${dataLines("n", row, nodeSkip)}\n    </node>\n`);
    if (full) yield full;
  }
  for (const row of edgeRows(graph)) {
    const full = buf.add(
      `    <edge id="${xmlEscape(String(row.id))}" source="${xmlEscape(String(row.source))}" target="${xmlEscape(String(row.target))}">${dataLines("e", row, edgeSkip)}\n    </edge>\n`,
    );
    if (full) yield full;
  }
  yield buf.take() + `  </graph>\n</graphml>\n`;
}

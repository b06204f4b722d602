// CSV (RFC 4180): one table per file, nodes or edges; lists joined with " | ".
import type { KnowledgeGraph } from "../graph/types.ts";
import { EDGE_COLUMNS, NODE_COLUMNS, edgeRows, nodeRows, type Cell } from "./rows.ts";
import { LayoutSnapshot } from "./positions.ts";
import { ChunkBuffer, type Chunks } from "./chunks.ts";

export type CsvTable = "nodes" | "edges";

export function csvCell(v: Cell): string {
  if (v === null) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The table a line at a time, each line ended by CRLF; positions as of the call. */
export function* csvChunks(graph: KnowledgeGraph, table: CsvTable, layout = new LayoutSnapshot(graph)): Chunks {
  const columns: readonly string[] = table === "nodes" ? NODE_COLUMNS : EDGE_COLUMNS;
  const buf = new ChunkBuffer();
  buf.add(columns.join(",") + "\r\n");
  const rows: Iterable<Record<string, Cell>> = table === "nodes" ? nodeRows(graph, layout) : edgeRows(graph);
  for (const row of rows) {
    let line = "";
    for (let i = 0; i < columns.length; i++) line += (i ? "," : "") + csvCell(row[columns[i]]);
    const full = buf.add(line + "\r\n");
    if (full) yield full;
  }
  yield buf.take();
}

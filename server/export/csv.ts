// CSV (RFC 4180): one table per file, nodes or edges; lists joined with " | ".
import type { KnowledgeGraph } from "../graph/types.ts";
import { EDGE_COLUMNS, NODE_COLUMNS, forEachEdgeRow, forEachNodeRow, type Cell } from "./rows.ts";

export type CsvTable = "nodes" | "edges";

export function csvCell(v: Cell): string {
  if (v === null) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writeCsv(graph: KnowledgeGraph, table: CsvTable): string {
  const columns: readonly string[] = table === "nodes" ? NODE_COLUMNS : EDGE_COLUMNS;
  const lines = [columns.join(",")];
  const push = (row: Record<string, Cell>) => lines.push(columns.map((c) => csvCell(row[c])).join(","));
  if (table === "nodes") forEachNodeRow(graph, push);
  else forEachEdgeRow(graph, push);
  return lines.join("\r\n") + "\r\n";
}

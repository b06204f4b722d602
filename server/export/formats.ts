// The export formats: content type, file extension and writer of each.
import type { KnowledgeGraph } from "../graph/types.ts";
import { writeGexf } from "./gexf.ts";
import { writeGraphml } from "./graphml.ts";
import { writeJson } from "./json.ts";
import { writeCsv, type CsvTable } from "./csv.ts";
import { writeCypher } from "./cypher.ts";

export type ExportFormat = "gexf" | "graphml" | "json" | "csv" | "cypher";

export interface ExportOptions {
  /** csv only: the nodes table or the edges table. */
  table?: CsvTable;
}

interface FormatSpec {
  contentType: string;
  extension: string;
  write(graph: KnowledgeGraph, opts: ExportOptions): string;
}

export const FORMATS: Record<ExportFormat, FormatSpec> = {
  gexf: { contentType: "application/gexf+xml; charset=utf-8", extension: "gexf", write: (g) => writeGexf(g) },
  graphml: { contentType: "application/graphml+xml; charset=utf-8", extension: "graphml", write: (g) => writeGraphml(g) },
  json: { contentType: "application/json; charset=utf-8", extension: "json", write: (g) => writeJson(g) },
  csv: { contentType: "text/csv; charset=utf-8; header=present", extension: "csv", write: (g, o) => writeCsv(g, o.table ?? "nodes") },
  cypher: { contentType: "application/x-cypher-query; charset=utf-8", extension: "cypher", write: (g) => writeCypher(g) },
};

/** A safe download name: stancegraph[-node-dN][-table].ext */
export function exportFileName(format: ExportFormat, opts: ExportOptions & { node?: string; depth?: number }): string {
  const slug = opts.node ? `-${opts.node.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "")}-d${opts.depth ?? 1}` : "";
  const table = format === "csv" ? `-${opts.table ?? "nodes"}` : "";
  return `stancegraph${slug}${table}.${FORMATS[format].extension}`;
}

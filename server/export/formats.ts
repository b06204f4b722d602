// The export formats: content type, file extension and writer of each.
import type { KnowledgeGraph } from "../graph/types.ts";
import { gexfChunks } from "./gexf.ts";
import { graphmlChunks } from "./graphml.ts";
import { graphJsonChunks } from "./json.ts";
import { csvChunks, type CsvTable } from "./csv.ts";
import { cypherChunks } from "./cypher.ts";
import { joinChunks, type Chunks } from "./chunks.ts";

export type ExportFormat = "gexf" | "graphml" | "json" | "csv" | "cypher";

export interface ExportOptions {
  /** csv only: the nodes table or the edges table. */
  table?: CsvTable;
}

interface FormatSpec {
  contentType: string;
  extension: string;
  /** The document a chunk at a time (what the server streams and the command line writes). */
  chunks(graph: KnowledgeGraph, opts: ExportOptions): Chunks;
  /** The document as one string. */
  write(graph: KnowledgeGraph, opts: ExportOptions): string;
}

function spec(contentType: string, extension: string, chunks: FormatSpec["chunks"]): FormatSpec {
  return { contentType, extension, chunks, write: (g, o) => joinChunks(chunks(g, o)) };
}

export const FORMATS: Record<ExportFormat, FormatSpec> = {
  gexf: spec("application/gexf+xml; charset=utf-8", "gexf", (g) => gexfChunks(g)),
  graphml: spec("application/graphml+xml; charset=utf-8", "graphml", (g) => graphmlChunks(g)),
  json: spec("application/json; charset=utf-8", "json", (g) => graphJsonChunks(g)),
  csv: spec("text/csv; charset=utf-8; header=present", "csv", (g, o) => csvChunks(g, o.table ?? "nodes")),
  cypher: spec("application/x-cypher-query; charset=utf-8", "cypher", (g) => cypherChunks(g)),
};

/** A safe download name: stancegraph[-node-dN][-table].ext */
export function exportFileName(format: ExportFormat, opts: ExportOptions & { node?: string; depth?: number }): string {
  const slug = opts.node ? `-${opts.node.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "")}-d${opts.depth ?? 1}` : "";
  const table = format === "csv" ? `-${opts.table ?? "nodes"}` : "";
  return `stancegraph${slug}${table}.${FORMATS[format].extension}`;
}

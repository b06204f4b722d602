// npm run export -- --format gexf|graphml|json|csv|cypher [--table nodes|edges] [--node ID --depth N] [--out FILE]
// Writes the whole graph, or one node's neighbourhood, from the store (STANCEGRAPH_DB) or the articles folder.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import { readConfig } from "../config.ts";
import { exportQuery } from "../api/querySchemas.ts";
import { HttpError } from "../api/errors.ts";
import { FORMATS } from "./formats.ts";
import { neighborhoodGraph } from "./subgraph.ts";
import { queryIndexFor } from "../graph/queryIndex.ts";
import { loadExportState } from "./source.ts";
import { resolvedId } from "../graph/resolveAcross.ts";

const usage = "usage: npm run export -- --format gexf|graphml|json|csv|cypher [--table nodes|edges] [--node ID --depth 1..3] [--out FILE]";

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: { format: { type: "string" }, table: { type: "string" }, node: { type: "string" }, depth: { type: "string" }, out: { type: "string" }, help: { type: "boolean" } },
    }).values;
  } catch (err) {
    console.error(`${(err as Error).message}\n${usage}`);
    return 2;
  }
  if (args.help) {
    console.log(usage);
    return 0;
  }
  // The same validation as GET /api/export.
  let p;
  try {
    p = exportQuery.parse({ format: args.format ?? "json", table: args.table, node: args.node, depth: args.depth });
  } catch (err) {
    if (err instanceof HttpError) {
      console.error(`--${err.field}: ${err.message}\n${usage}`);
      return 2;
    }
    throw err;
  }
  const { state, from } = await loadExportState(readConfig());
  let graph = state.graph;
  if (p.node !== undefined) {
    const ix = queryIndexFor(state);
    // An id that resolved into another node means that node, as in GET /api/export.
    const center = ix.nodeIndex.get(resolvedId(state.canonical, p.node));
    if (center === undefined) {
      console.error(`No node with id "${p.node}" in ${from}`);
      return 1;
    }
    graph = neighborhoodGraph(ix, center, p.depth);
  }
  const chunks = FORMATS[p.format!].chunks(graph, { table: p.table });
  if (args.out) {
    const out = createWriteStream(args.out);
    await writeChunks(out, chunks);
    out.end();
    await finished(out);
    console.error(`${graph.order} nodes, ${graph.size} edges from ${from} -> ${args.out} (${p.format})`);
  } else await writeChunks(process.stdout, chunks);
  return 0;
}

/** Writes the document a chunk at a time (a million edges is more than one string can hold), waiting for the
 * stream to drain when it has taken enough; a write error (a full disk, a closed pipe) rejects. */
async function writeChunks(out: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  for (const c of chunks) if (c && !out.write(c)) await once(out, "drain");
}

process.exitCode = await main();

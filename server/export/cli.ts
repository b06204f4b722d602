// npm run export -- --format gexf|graphml|json|csv|cypher [--table nodes|edges] [--node ID --depth N] [--out FILE]
// Writes the whole graph, or one node's neighbourhood, from the store (STANCEGRAPH_DB) or the articles folder.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { readConfig } from "../config.ts";
import { exportQuery } from "../api/querySchemas.ts";
import { HttpError } from "../api/errors.ts";
import { FORMATS } from "./formats.ts";
import { neighborhoodGraph } from "./subgraph.ts";
import { queryIndexFor } from "../graph/queryIndex.ts";
import { loadExportState } from "./source.ts";

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
    const center = ix.nodeIndex.get(p.node);
    if (center === undefined) {
      console.error(`No node with id "${p.node}" in ${from}`);
      return 1;
    }
    graph = neighborhoodGraph(ix, center, p.depth);
  }
  const body = FORMATS[p.format!].write(graph, { table: p.table });
  if (args.out) {
    writeFileSync(args.out, body);
    console.error(`${graph.order} nodes, ${graph.size} edges from ${from} -> ${args.out} (${p.format})`);
  } else process.stdout.write(body);
  return 0;
}

process.exitCode = await main();

// GET /api/export: the whole graph or one neighbourhood as gexf, graphml, json, csv (nodes or edges) or cypher.
import { Router } from "express";
import type { StateSource } from "../state.ts";
import { nodeIndexOf } from "../nodeLookup.ts";
import { exportQuery } from "../querySchemas.ts";
import { FORMATS, exportFileName } from "../../export/formats.ts";
import { neighborhoodGraph } from "../../export/subgraph.ts";
import { readyIndex } from "../indexReady.ts";
import { streamBody } from "../streamBody.ts";

export function exportRouter(source: StateSource): Router {
  const router = Router();
  router.get("/", async (req, res) => {
    const p = exportQuery.parse(req.query);
    const format = p.format!;
    // One state for the whole download: a swap meanwhile does not reach a stream already under way.
    const state = source.current();
    let graph = state.graph;
    let node: string | undefined;
    if (p.node !== undefined) {
      const ix = await readyIndex(state, res);
      // An id that resolved into another node means that node, as in /api/paths and /api/stances.
      const center = nodeIndexOf(state, ix, p.node);
      node = ix.nodeIds[center];
      graph = neighborhoodGraph(ix, center, p.depth);
    }
    res.attachment(exportFileName(format, { node, depth: p.depth, table: p.table }));
    // res.attachment sets a type from the extension: the format's own type wins.
    res.set("Content-Type", FORMATS[format].contentType);
    await streamBody(res, FORMATS[format].chunks(graph, { table: p.table }));
  });
  return router;
}

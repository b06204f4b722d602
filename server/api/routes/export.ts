// GET /api/export: the whole graph or one neighbourhood as gexf, graphml, json, csv (nodes or edges) or cypher.
import { Router } from "express";
import type { StateSource } from "../state.ts";
import { notFound } from "../errors.ts";
import { exportQuery } from "../querySchemas.ts";
import { FORMATS, exportFileName } from "../../export/formats.ts";
import { neighborhoodGraph } from "../../export/subgraph.ts";
import { readyIndex } from "../indexReady.ts";

export function exportRouter(source: StateSource): Router {
  const router = Router();
  router.get("/", async (req, res) => {
    const p = exportQuery.parse(req.query);
    const format = p.format!;
    const state = source.current();
    let graph = state.graph;
    if (p.node !== undefined) {
      const ix = await readyIndex(state, res);
      const center = ix.nodeIndex.get(p.node);
      if (center === undefined) throw notFound(`No node with id "${p.node}"`);
      graph = neighborhoodGraph(ix, center, p.depth);
    }
    const body = FORMATS[format].write(graph, { table: p.table });
    res.attachment(exportFileName(format, { node: p.node, depth: p.depth, table: p.table }));
    // res.attachment sets a type from the extension: the format's own type wins.
    res.set("Content-Type", FORMATS[format].contentType);
    res.send(body);
  });
  return router;
}

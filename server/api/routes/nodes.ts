// Node search, node detail and ego neighbourhoods.
import { Router } from "express";
import type { StateSource } from "../state.ts";
import { intParam, oneOf, stringParam } from "../params.ts";
import { notFound } from "../errors.ts";
import { searchNodes } from "../../graph/search.ts";
import { egoGraph } from "../../graph/neighborhood.ts";
import { nodeView } from "../serialize.ts";
import { ENTITY_KINDS } from "../../extract/kinds.ts";

export function nodesRouter(source: StateSource): Router {
  const router = Router();

  router.get("/", (req, res) => {
    const q = stringParam(req.query.q, "q") ?? "";
    const kind = oneOf(req.query.kind, "kind", ENTITY_KINDS);
    const limit = intParam(req.query.limit, "limit", 1, 100, 20);
    res.json({ query: q, results: searchNodes(source.current().graph, q, { kind, limit }) });
  });

  router.get("/:id", (req, res) => {
    const state = source.current();
    if (!state.graph.hasNode(req.params.id)) throw notFound(`No node with id "${req.params.id}"`);
    res.json(nodeView(state, req.params.id));
  });

  router.get("/:id/neighbors", (req, res) => {
    const { graph } = source.current();
    const depth = intParam(req.query.depth, "depth", 1, 3, 1);
    if (!graph.hasNode(req.params.id)) throw notFound(`No node with id "${req.params.id}"`);
    res.json({ center: req.params.id, depth, truncated: false, graph: egoGraph(graph, req.params.id, depth).export() });
  });

  return router;
}

// GET /api/edges/:id: one edge with its evidence and the articles it cites.
import { Router } from "express";
import type { StateSource } from "../state.ts";
import { notFound } from "../errors.ts";
import { articlesCited, edgeView } from "../serialize.ts";

export function edgesRouter(source: StateSource): Router {
  const router = Router();
  router.get("/:id", (req, res) => {
    const state = source.current();
    if (!state.graph.hasEdge(req.params.id)) throw notFound(`No edge with id "${req.params.id}"`);
    const edge = edgeView(state, req.params.id);
    res.json({ edge, articles: articlesCited(state, edge.evidence.map((e) => e.article)) });
  });
  return router;
}

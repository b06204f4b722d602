// GET /api/edges/:id: one edge with its evidence and the articles it cites; GET /api/edges?id=…&id=…: several at once.
import { Router } from "express";
import type { StateSource } from "../state.ts";
import { notFound } from "../errors.ts";
import { articlesCited, edgeView } from "../serialize.ts";
import { edgesQuery } from "../querySchemas.ts";

export function edgesRouter(source: StateSource): Router {
  const router = Router();
  router.get("/", (req, res) => {
    const { id } = edgesQuery.parse(req.query);
    const state = source.current();
    // Each id asked once, whether found or missing, however often it was repeated.
    const asked = [...new Set(id)];
    const edges = asked.filter((key) => state.graph.hasEdge(key)).map((key) => edgeView(state, key));
    res.json({ edges, missing: asked.filter((key) => !state.graph.hasEdge(key)), articles: articlesCited(state, edges.flatMap((e) => e.evidence.map((ev) => ev.article))) });
  });
  router.get("/:id", (req, res) => {
    const state = source.current();
    if (!state.graph.hasEdge(req.params.id)) throw notFound(`No edge with id "${req.params.id}"`);
    const edge = edgeView(state, req.params.id);
    res.json({ edge, articles: articlesCited(state, edge.evidence.map((e) => e.article)) });
  });
  return router;
}

// GET /api/stats: how big the graph is, by node kind and relation type.
import { Router } from "express";
import type { StateSource } from "../state.ts";
import { readyIndex } from "../indexReady.ts";
import { graphStats } from "../../graph/queryStats.ts";
import { emptyQuery } from "../querySchemas.ts";

export function statsRouter(source: StateSource): Router {
  const router = Router();
  router.get("/", async (req, res) => {
    emptyQuery.parse(req.query);
    const state = source.current();
    res.json({ ...graphStats(await readyIndex(state, res)), articles: state.articles.size });
  });
  return router;
}

// GET /api/overview: a large graph's best-connected nodes and the edges among them, in the lean form of
// neighbourhoods: what a program or the explorer reads first when the whole graph is too large to take at once.
import { Router } from "express";
import type { StateSource } from "../state.ts";
import { overviewQuery } from "../querySchemas.ts";
import { readyIndex } from "../indexReady.ts";
import { overview } from "../../graph/overview.ts";
import { subgraphBody } from "../../graph/subgraphBody.ts";
import { sendJson } from "../sendJson.ts";

export function overviewRouter(source: StateSource): Router {
  const router = Router();
  router.get("/", async (req, res) => {
    const p = overviewQuery.parse(req.query);
    const ix = await readyIndex(source.current(), res);
    const view = overview(ix, { limit: p.limit, edgeLimit: p.edgeLimit, kinds: p.kind });
    const head = `{"truncated":${view.truncated},"totals":{"nodes":${ix.nodeIds.length},"edges":${ix.edgeIds.length}},"graph":{"nodes":[`;
    sendJson(res, subgraphBody(ix, head, view.nodes, view.edges));
  });
  return router;
}

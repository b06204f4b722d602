// Node search, node detail and filtered ego neighbourhoods.
import { Router, type Request, type Response } from "express";
import type { StateSource } from "../state.ts";
import { badRequest, notFound } from "../errors.ts";
import { searchIndexed } from "../../graph/search.ts";
import { neighborhood, neighborhoodBody } from "../../graph/neighborhood.ts";
import { readyIndex } from "../indexReady.ts";
import { nodeView } from "../serialize.ts";
import { neighborsQuery, nodeQuery, searchQuery } from "../querySchemas.ts";
import { sendJson } from "../sendJson.ts";
import { AnswerBuffers } from "../answerBuffers.ts";
import { memoized, type QuoteLookup } from "../quotes.ts";

export function nodesRouter(source: StateSource, quotes?: QuoteLookup): Router {
  const router = Router();
  const answers = new AnswerBuffers();

  router.get("/", async (req, res) => {
    const { q, kind, limit } = searchQuery.parse(req.query);
    const ix = await readyIndex(source.current(), res, { search: true });
    res.json({ query: q ?? "", results: searchIndexed(ix, q ?? "", { kind, limit }) });
  });

  // An id that resolved into another node (a fuller name came in a later article) moves there for good.
  const moved = (req: Request, res: Response, suffix: string): boolean => {
    const to = source.current().canonical?.get(req.params.id as string);
    if (!to) return false;
    const query = req.originalUrl.includes("?") ? req.originalUrl.slice(req.originalUrl.indexOf("?")) : "";
    res.redirect(308, `${req.baseUrl}/${encodeURIComponent(to)}${suffix}${query}`);
    return true;
  };

  router.get("/:id", (req, res) => {
    const { limit } = nodeQuery.parse(req.query);
    const state = source.current();
    if (!state.graph.hasNode(req.params.id) && moved(req, res, "")) return;
    if (!state.graph.hasNode(req.params.id)) throw notFound(`No node with id "${req.params.id}"`);
    res.json(nodeView(state, req.params.id, memoized(quotes), limit));
  });

  router.get("/:id/neighbors", async (req, res) => {
    const p = neighborsQuery.parse(req.query);
    if (p.from !== undefined && p.to !== undefined && p.from > p.to) throw badRequest("from must not be after to", "from");
    const ix = await readyIndex(source.current(), res);
    const center = ix.nodeIndex.get(req.params.id);
    if (center === undefined && moved(req, res, "/neighbors")) return;
    if (center === undefined) throw notFound(`No node with id "${req.params.id}"`);
    const hood = neighborhood(ix, center, { depth: p.depth, limit: p.limit, edgeLimit: p.edgeLimit, kinds: p.kind, types: p.type, polarities: p.polarity, from: p.from, to: p.to });
    const body = neighborhoodBody(ix, hood, p.depth, (size) => answers.take(size));
    answers.returnAfter(res, body);
    sendJson(res, body);
  });

  return router;
}

// GET /api/stances: who supports or opposes whom and what, with the quotes that say so.
import { Router } from "express";
import type { StateSource } from "../state.ts";
import { nodeIndexOf } from "../nodeLookup.ts";
import { articlesCited } from "../serialize.ts";
import { readyIndex } from "../indexReady.ts";
import { findStances } from "../../graph/stances.ts";
import { stancesQuery } from "../querySchemas.ts";
import { memoized, quotesInEvidence, type QuoteLookup } from "../quotes.ts";

export function stancesRouter(source: StateSource, quoteLookup?: QuoteLookup): Router {
  const router = Router();
  router.get("/", async (req, res) => {
    const p = stancesQuery.parse(req.query);
    const state = source.current();
    const { graph } = state;
    const ix = await readyIndex(state, res);
    const lookup = (id: string | undefined) => (id === undefined ? undefined : nodeIndexOf(state, ix, id));
    const all = findStances(ix, { holder: lookup(p.holder), target: lookup(p.target), polarities: p.polarity });
    const quotes = memoized(quoteLookup);
    const node = (id: string) => ({ id, kind: graph.getNodeAttribute(id, "kind"), label: graph.getNodeAttribute(id, "label") });
    const stances = all.slice(0, p.limit).map((e) => {
      const key = ix.edgeIds[e];
      const a = graph.getEdgeAttributes(key);
      return {
        id: key,
        holder: node(graph.source(key)),
        target: node(graph.target(key)),
        polarity: a.polarity ?? "neutral",
        act: a.act ?? null,
        confidence: a.confidence,
        evidence: a.evidence,
        // The holder's own words where the evidence sentence quotes them.
        quotes: quotesInEvidence(state, quotes, graph.source(key), a.evidence),
      };
    });
    res.json({
      total: all.length,
      truncated: all.length > stances.length,
      stances,
      articles: articlesCited(state, stances.flatMap((s) => s.evidence.map((q) => q.article))),
    });
  });
  return router;
}

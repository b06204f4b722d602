// GET /api/paths: the shortest paths between two nodes, each edge with its evidence.
import { Router } from "express";
import type { StateSource } from "../state.ts";
import { nodeIndexOf } from "../nodeLookup.ts";
import { articlesCited, edgeView } from "../serialize.ts";
import { readyIndex } from "../indexReady.ts";
import { shortestPaths } from "../../graph/paths.ts";
import { pathsQuery } from "../querySchemas.ts";

export function pathsRouter(source: StateSource): Router {
  const router = Router();
  router.get("/", async (req, res) => {
    const p = pathsQuery.parse(req.query);
    const state = source.current();
    const ix = await readyIndex(state, res);
    const from = nodeIndexOf(state, ix, p.from!);
    const to = nodeIndexOf(state, ix, p.to!);
    const found = shortestPaths(ix, from, to, { maxLength: p.maxLength, maxPaths: p.limit });
    const paths = found.map((path) => ({
      nodes: path.nodes.map((u) => ix.nodeIds[u]),
      edges: path.edges.map((e) => edgeView(state, ix.edgeIds[e])),
    }));
    const nodes: Record<string, { kind: string; label: string }> = {};
    for (const path of found) for (const u of path.nodes) nodes[ix.nodeIds[u]] ??= { kind: state.graph.getNodeAttribute(ix.nodeIds[u], "kind"), label: state.graph.getNodeAttribute(ix.nodeIds[u], "label") };
    res.json({
      // The nodes asked about: an id that resolved into another node answers as that node, the one the paths name.
      from: ix.nodeIds[from],
      to: ix.nodeIds[to],
      maxLength: p.maxLength,
      length: found.length ? found[0].edges.length : null,
      paths,
      nodes,
      articles: articlesCited(state, paths.flatMap((x) => x.edges.flatMap((e) => e.evidence.map((ev) => ev.article)))),
    });
  });
  return router;
}

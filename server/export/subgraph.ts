// The graph an export covers: the whole graph, or one node's unfiltered neighbourhood as a graph of its own.
import type { KnowledgeGraph } from "../graph/types.ts";
import { emptyGraph } from "../graph/build.ts";
import { neighborhood } from "../graph/neighborhood.ts";
import { queryIndexFor, type QueryIndex } from "../graph/queryIndex.ts";

export function neighborhoodGraph(ix: QueryIndex, center: number, depth: number): KnowledgeGraph {
  const hood = neighborhood(ix, center, { depth, limit: Number.MAX_SAFE_INTEGER });
  const sub = emptyGraph();
  for (const u of hood.nodes) sub.addNode(ix.nodeIds[u], ix.graph.getNodeAttributes(ix.nodeIds[u]));
  for (const e of hood.edges) {
    const key = ix.edgeIds[e];
    sub.addDirectedEdgeWithKey(key, ix.nodeIds[ix.edgeSource[e]], ix.nodeIds[ix.edgeTarget[e]], ix.graph.getEdgeAttributes(key));
  }
  return sub;
}

/** The graph to export, or null when `node` is not in it. */
export function exportGraph(graph: KnowledgeGraph, node?: string, depth = 1): KnowledgeGraph | null {
  if (node === undefined) return graph;
  const ix = queryIndexFor({ graph });
  const center = ix.nodeIndex.get(node);
  return center === undefined ? null : neighborhoodGraph(ix, center, depth);
}

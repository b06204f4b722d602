// The ego subgraph of a node: every node within `depth` hops (either direction) and the edges among them.
import type { KnowledgeGraph } from "./types.ts";
import { emptyGraph } from "./build.ts";

export function egoNodes(graph: KnowledgeGraph, center: string, depth: number): Set<string> {
  const seen = new Set([center]);
  let frontier = [center];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      graph.forEachNeighbor(n, (m) => {
        if (!seen.has(m)) {
          seen.add(m);
          next.push(m);
        }
      });
    }
    frontier = next;
  }
  return seen;
}

export function egoGraph(graph: KnowledgeGraph, center: string, depth: number): KnowledgeGraph {
  const keep = egoNodes(graph, center, depth);
  const sub = emptyGraph();
  for (const n of keep) sub.addNode(n, graph.getNodeAttributes(n));
  // Out-edges of the kept nodes only: the cost follows the neighbourhood, not the whole graph.
  for (const n of keep) {
    graph.forEachOutEdge(n, (key, attributes, source, target) => {
      if (keep.has(target)) sub.addDirectedEdgeWithKey(key, source, target, attributes);
    });
  }
  return sub;
}

// The layout of a bare copy of a graph's topology. layoutGraph depends only on node order, edge order and endpoints,
// so this gives exactly the positions the full graph would get, from data cheap to send to a worker.
import { MultiDirectedGraph } from "graphology";
import { layoutGraph } from "../graph/layout.ts";
import type { KnowledgeGraph } from "../graph/types.ts";

/** x, y, size per node, in the order given. */
export function layoutTopology(nodes: string[], edges: Int32Array): Float64Array {
  const graph = new MultiDirectedGraph();
  for (const n of nodes) graph.addNode(n);
  for (let i = 0; i < edges.length; i += 2) graph.addDirectedEdge(nodes[edges[i]], nodes[edges[i + 1]]);
  layoutGraph(graph as unknown as KnowledgeGraph);
  const out = new Float64Array(nodes.length * 3);
  nodes.forEach((n, i) => {
    const a = graph.getNodeAttributes(n) as { x: number; y: number; size: number };
    out[i * 3] = a.x;
    out[i * 3 + 1] = a.y;
    out[i * 3 + 2] = a.size;
  });
  return out;
}

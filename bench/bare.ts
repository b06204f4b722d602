// The baseline the benchmarks compare with: a bare graphology traversal (breadth-first over forEachNeighbor, cut at
// `limit` nodes in visiting order, edges among the kept nodes via forEachOutEdge, cut at `edgeLimit`) serialized in
// the same shape as the API (first evidence item and the count) with one JSON.stringify.
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../server/graph/types.ts";

export function bareNeighborhoodJson(graph: KnowledgeGraph, center: string, depth: number, limit: number, edgeLimit = 1000): string {
  const seen = new Set([center]);
  let frontier = [center];
  let truncated = false;
  for (let d = 0; d < depth && frontier.length && !truncated; d++) {
    const next: string[] = [];
    for (const u of frontier) {
      graph.forEachNeighbor(u, (v) => {
        if (seen.has(v)) return;
        if (seen.size >= limit) {
          truncated = true;
          return;
        }
        seen.add(v);
        next.push(v);
      });
    }
    frontier = next;
  }
  const nodes: { key: string; attributes: Partial<NodeAttributes> }[] = [];
  const edges: { key: string; source: string; target: string; attributes: EdgeAttributes & { evidenceCount: number } }[] = [];
  for (const u of seen) {
    const a = graph.getNodeAttributes(u);
    nodes.push({ key: u, attributes: { kind: a.kind, label: a.label, aliases: a.aliases, mentionCount: a.mentionCount, articles: a.articles, x: a.x, y: a.y, size: a.size } });
    graph.forEachOutEdge(u, (key, a, source, target) => {
      if (!seen.has(target)) return;
      if (edges.length >= edgeLimit) truncated = true;
      else edges.push({ key, source, target, attributes: { ...a, evidence: a.evidence.slice(0, 1), evidenceCount: a.evidence.length } });
    });
  }
  return JSON.stringify({ center, depth, truncated, graph: { nodes, edges } });
}

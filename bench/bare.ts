// The baseline the benchmarks compare with: a bare graphology traversal (breadth-first over forEachNeighbor, cut at
// `limit` nodes in visiting order, edges among the kept nodes via forEachOutEdge, cut at `edgeLimit`) serialized in
// the same lean shape as the API (counts for the lists, a node's first article ids, an edge's days) with one
// JSON.stringify. Without `articles` (their dates) edges carry no days.
import type { ArticleRecord, KnowledgeGraph } from "../server/graph/types.ts";
import { ARTICLE_PREVIEW, daySpans } from "../server/graph/queryFragments.ts";
import { dateNumber } from "../server/graph/queryIndex.ts";

export function bareNeighborhoodJson(
  graph: KnowledgeGraph,
  center: string,
  depth: number,
  limit: number,
  edgeLimit = 1000,
  articles: ReadonlyMap<string, ArticleRecord> = new Map(),
): string {
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
  const nodes: { key: string; attributes: Record<string, unknown> }[] = [];
  const edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[] = [];
  for (const u of seen) {
    const a = graph.getNodeAttributes(u);
    const round = (x: number) => Math.round(x * 1000) / 1000;
    nodes.push({
      key: u,
      attributes: { kind: a.kind, label: a.label, aliases: a.aliases, mentionCount: a.mentionCount, articleCount: a.articles.length, articles: a.articles.slice(0, ARTICLE_PREVIEW), x: round(a.x), y: round(a.y), size: a.size },
    });
    graph.forEachOutEdge(u, (key, a, source, target) => {
      if (!seen.has(target)) return;
      if (edges.length >= edgeLimit) truncated = true;
      else {
        const { evidence, articles: ids, ...rest } = a;
        const days: number[] = [];
        for (const id of ids) {
          const d = dateNumber(articles.get(id)?.date);
          if (d !== null) days.push(d);
        }
        edges.push({ key, source, target, attributes: { ...rest, evidenceCount: evidence.length, articleCount: ids.length, dates: daySpans(days) } });
      }
    });
  }
  return JSON.stringify({ center, depth, truncated, graph: { nodes, edges } });
}

// The edge an article's relation is part of in the current graph: between the nodes its ends are now (resolved across
// articles, moved by curations), under the key its polarity gives, or under another polarity a curation gave the
// edge that holds its evidence; null when the graph has no such edge (both ends one node, or a curation took it out).
import type { Relation } from "../extract/types.ts";
import { edgeKey } from "../graph/build.ts";
import { resolvedId } from "../graph/resolveAcross.ts";
import type { GraphState } from "./state.ts";

export function relationEdge(state: GraphState, article: string, r: Pick<Relation, "source" | "target" | "type" | "attributes" | "polarity" | "evidence">): string | null {
  const { graph } = state;
  const node = (id: string) => (state.nodeOf ? state.nodeOf(article, id) : resolvedId(state.canonical, id));
  const source = node(r.source);
  const target = node(r.target);
  if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) return null;
  const key = edgeKey({ ...r, source, target });
  if (graph.hasEdge(key)) return key;
  const span = r.evidence[0];
  if (!span) return null;
  const holds = (k: string) => {
    const a = graph.getEdgeAttributes(k);
    return a.type === r.type && a.act === r.attributes.act && a.evidence.some((e) => e.article === article && e.start === span.start && e.end === span.end);
  };
  return graph.directedEdges(source, target).find(holds) ?? null;
}

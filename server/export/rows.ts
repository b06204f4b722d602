// Flat rows of nodes and edges for the tabular and XML formats: lists joined with " | ", evidence texts as one field.
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../graph/types.ts";
import type { LayoutSnapshot } from "./positions.ts";

export const LIST_SEPARATOR = " | ";

export type Cell = string | number | null;

export const NODE_COLUMNS = ["id", "kind", "label", "aliases", "mentionCount", "articles", "x", "y", "size", "curated"] as const;
export const EDGE_COLUMNS = ["id", "source", "target", "type", "polarity", "title", "act", "confidence", "evidenceCount", "articles", "evidence", "curated"] as const;

export const NUMERIC_COLUMNS = new Set(["mentionCount", "x", "y", "size", "confidence", "evidenceCount"]);

const curatedCell = (ids: number[] | undefined): string | null => (ids?.length ? ids.join(LIST_SEPARATOR) : null);

export function nodeRow(id: string, a: NodeAttributes): Record<(typeof NODE_COLUMNS)[number], Cell> {
  return {
    id,
    kind: a.kind,
    label: a.label,
    aliases: a.aliases.join(LIST_SEPARATOR),
    mentionCount: a.mentionCount,
    articles: a.articles.join(LIST_SEPARATOR),
    x: a.x,
    y: a.y,
    size: a.size,
    // The curations that shaped it (ids), empty when none did.
    curated: curatedCell(a.curated),
  };
}

export function edgeRow(id: string, source: string, target: string, a: EdgeAttributes): Record<(typeof EDGE_COLUMNS)[number], Cell> {
  return {
    id,
    source,
    target,
    type: a.type,
    polarity: a.polarity ?? null,
    title: a.title ?? null,
    act: a.act ?? null,
    confidence: a.confidence,
    evidenceCount: a.evidence.length,
    articles: a.articles.join(LIST_SEPARATOR),
    evidence: a.evidence.map((e) => e.text).join(LIST_SEPARATOR),
    curated: curatedCell(a.curated),
  };
}

/** Every node's row, in graph order, positions as of `layout`: an iterator, so that a writer can stop between any two. */
export function* nodeRows(graph: KnowledgeGraph, layout: LayoutSnapshot): Generator<ReturnType<typeof nodeRow>, void, void> {
  for (const { node, attributes } of layout.nodes(graph)) yield nodeRow(node, attributes);
}

/** Every edge's row, in graph order. */
export function* edgeRows(graph: KnowledgeGraph): Generator<ReturnType<typeof edgeRow>, void, void> {
  for (const { edge, attributes, source, target } of graph.edgeEntries()) yield edgeRow(edge, source, target, attributes);
}

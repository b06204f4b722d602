// GEXF through graphology-gexf, with flat attributes (GEXF has no list values) and the layout as viz positions.
import gexf from "graphology-gexf";
import type { KnowledgeGraph } from "../graph/types.ts";
import { edgeRow, nodeRow } from "./rows.ts";

function withoutNulls(row: Record<string, unknown>, skip: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([k, v]) => v !== null && !skip.includes(k)));
}

export function writeGexf(graph: KnowledgeGraph): string {
  return gexf.write(graph, {
    formatNode: (key, a) => ({
      label: a.label,
      attributes: withoutNulls(nodeRow(key, a), ["id", "label", "x", "y", "size"]),
      viz: { x: a.x, y: a.y, size: a.size },
    }),
    formatEdge: (key, a) => ({
      label: a.type,
      weight: a.evidence.length,
      attributes: withoutNulls(edgeRow(key, graph.source(key), graph.target(key), a), ["id", "source", "target"]),
    }),
  });
}

// JSON: graphology's serialized form, every attribute included (mentions too), so it can be re-imported as is.
import type { KnowledgeGraph } from "../graph/types.ts";

export function writeJson(graph: KnowledgeGraph): string {
  return JSON.stringify(graph.export());
}

// JSON: graphology's serialized form, every attribute included, so it can be re-imported as is (mentions are not graph
// attributes: GET /api/nodes/:id lists them).
import type { KnowledgeGraph } from "../graph/types.ts";

export function writeJson(graph: KnowledgeGraph): string {
  return JSON.stringify(graph.export());
}

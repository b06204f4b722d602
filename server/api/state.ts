// What the routes read: the current graph and the articles behind it. Swapped whole after each committed change.
import type { ArticleRecord, KnowledgeGraph } from "../graph/types.ts";

export interface GraphState {
  graph: KnowledgeGraph;
  articles: Map<string, ArticleRecord>;
}

export interface StateSource {
  current(): GraphState;
}

// What the routes read: the current graph and the articles behind it. Swapped whole after each committed change.
import type { ArticleRecord, KnowledgeGraph, MentionLookup } from "../graph/types.ts";
import type { CurationEffect } from "../graph/curationTypes.ts";

export interface GraphState {
  graph: KnowledgeGraph;
  articles: Map<string, ArticleRecord>;
  /** Entity ids (as articles and their quotes give them) that resolved into another article's entity: id -> node. */
  canonical?: ReadonlyMap<string, string>;
  /** Each node's mentions (none when absent). */
  mentions?: MentionLookup;
  /** The articles that quote a node, sorted (when absent, every article the node is in is read for its quotes). */
  quotedIn?: (node: string) => string[];
  /** What each curation (correction by hand) changes in this graph, by curation id. */
  curations?: ReadonlyMap<number, CurationEffect>;
  /** The node an article's entity id is part of, when a split made it depend on the article (else `canonical`). */
  nodeOf?: (article: string, entity: string) => string;
}

export interface StateSource {
  current(): GraphState;
  /** True while the graph is first being read: the API answers 503 "loading" rather than an empty graph. */
  loading?(): boolean;
}

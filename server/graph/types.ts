// Attributes of the knowledge graph's nodes and edges (graphology MultiDirectedGraph).
import type { EntityKind, MentionForm, Polarity, RelationType } from "../extract/types.ts";
import type { MultiDirectedGraph } from "graphology";

/** Where a node or edge is supported: an article and a span of its text. */
export interface Evidence {
  article: string;
  start: number;
  end: number;
  /** The exact text of the span (a sentence or clause for edges, the sentence around a mention for nodes). */
  text: string;
}

export interface NodeMention {
  article: string;
  start: number;
  end: number;
  form: MentionForm;
}

/** A node's mentions, in article order: read when asked for (node detail), not kept on the graph, where they would be
 * most of its objects. */
export type MentionLookup = (node: string) => NodeMention[];

export interface NodeAttributes {
  kind: EntityKind;
  label: string;
  aliases: string[];
  /** How many times the articles mention it. */
  mentionCount: number;
  /** Ids of the articles that mention it, sorted. */
  articles: string[];
  x: number;
  y: number;
  size: number;
  /** The ids of the curations (corrections by hand) that shaped it, in the order applied; absent when none did. */
  curated?: number[];
}

export interface EdgeAttributes {
  type: RelationType;
  polarity?: Polarity;
  title?: string;
  act?: string;
  confidence: number;
  evidence: Evidence[];
  articles: string[];
  /** The ids of the curations that shaped it, in the order applied; absent when none did. */
  curated?: number[];
}

export interface ArticleRecord {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  text: string;
}

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

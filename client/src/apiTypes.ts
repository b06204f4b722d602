// Shapes of the API's JSON answers, as the client reads them.
import type { EntityKind, Polarity, RelationType } from "../../server/extract/types.ts";

import type { SearchHit } from "../../server/graph/search.ts";
import type { NodeAttributes } from "../../server/graph/types.ts";
import type { QuoteView } from "../../server/api/quotes.ts";

export type { EntityKind, Polarity, RelationType };

export interface EvidenceSpan {
  article: string;
  start: number;
  end: number;
  text: string;
}

export interface SerializedNode {
  key: string;
  attributes: {
    kind: EntityKind;
    label: string;
    aliases?: string[];
    mentionCount?: number;
    /** All of them from /api/graph; the first few in a neighbourhood, beside articleCount. */
    articles?: string[];
    /** In neighbourhoods: how many articles mention it. */
    articleCount?: number;
    x?: number;
    y?: number;
    size?: number;
  };
}

export interface SerializedEdge {
  key?: string;
  source: string;
  target: string;
  attributes: {
    type: RelationType;
    polarity?: Polarity;
    title?: string;
    act?: string;
    confidence?: number;
    /** From /api/graph; neighbourhoods leave it out (evidenceCount says how much there is). */
    evidence?: EvidenceSpan[];
    /** From /api/graph; neighbourhoods give articleCount and dates instead. */
    articles?: string[];
    evidenceCount?: number;
    articleCount?: number;
    /** In neighbourhoods: the days of its dated articles, "YYYY-MM-DD" or "first/last" for a run of days. */
    dates?: string[];
  };
}

export interface SerializedGraph {
  attributes?: Record<string, unknown>;
  options?: Record<string, unknown>;
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}

/** /api/graph: the graph, every article's date (null when unknown) by article id, and the ids that resolved into
 * another node. */
export interface WholeGraph extends SerializedGraph {
  articles?: Record<string, string | null>;
  resolved?: Record<string, string>;
}

export type SearchResult = SearchHit;

/** Words the node said, with the sentence they are in. */
export type NodeQuote = QuoteView;

export interface SearchResponse {
  query: string;
  results: SearchResult[];
}

export interface ArticleInfo {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
}

export interface EdgeDetail {
  id: string;
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  type: RelationType;
  polarity?: Polarity;
  title?: string;
  act?: string;
  confidence: number;
  evidence: EvidenceSpan[];
  /** The curations (corrections by hand) that shaped it (absent from older servers). */
  curated?: number[];
}

export interface NodeMention {
  article: string;
  start: number;
  end: number;
  form: string;
  sentence: EvidenceSpan;
}

export interface NodeDetail {
  node: { id: string } & Pick<NodeAttributes, "kind" | "label" | "aliases" | "mentionCount" | "articles" | "curated">;
  mentions: NodeMention[];
  edges: EdgeDetail[];
  /** Absent from servers older than quotes. */
  quotes?: NodeQuote[];
  articles: Record<string, ArticleInfo>;
  /** How many edges, mentions and quotes there are in all, and whether a list stopped at the server's limit (absent
   * from older servers). */
  totals?: { edges: number; mentions: number; quotes: number };
  truncated?: boolean;
}

export interface EdgeResponse {
  edge: EdgeDetail;
  articles: Record<string, ArticleInfo>;
}

/** GET /api/edges?id=…: the edges found, in the order asked, and the ids that name none. */
export interface EdgesResponse {
  edges: EdgeDetail[];
  missing: string[];
  articles: Record<string, ArticleInfo>;
}

/** GET /api/overview: a large graph's best-connected nodes and the ties among them, lean as neighbourhoods. */
export interface OverviewResponse {
  truncated: boolean;
  totals: { nodes: number; edges: number };
  graph: SerializedGraph;
}

export interface NeighborsResponse {
  center: string;
  depth: number;
  truncated: boolean;
  graph: SerializedGraph;
}

export interface PathEdge {
  id: string;
  source: string;
  target: string;
  sourceLabel?: string;
  targetLabel?: string;
  type: RelationType;
  polarity?: Polarity;
  act?: string;
  title?: string;
  evidence?: EvidenceSpan[];
}

export interface PathsResponse {
  from: string;
  to: string;
  paths: { nodes: string[]; edges: PathEdge[] }[];
  /** Labels of the nodes on the paths, when the server sends them. */
  nodes?: Record<string, { kind: EntityKind; label: string }>;
  articles?: Record<string, ArticleInfo>;
}

export interface IngestResponse {
  article: ArticleInfo;
  added: { nodes: string[]; edges: string[] };
  duplicate: boolean;
}

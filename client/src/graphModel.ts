// The graph the view shows: API data turned into display attributes (sigma reads `type` as its program, so the
// relation type lives in `relation`).
import { MultiDirectedGraph } from "graphology";
import { DEFAULT_EDGE_CURVATURE } from "@sigma/edge-curve";
import type { EntityKind, EvidenceSpan, Polarity, RelationType, SerializedGraph } from "./apiTypes.ts";
import { EDGE_COLOR, POLARITY_COLORS, kindColor } from "./palette.ts";

export interface ViewNode {
  kind: EntityKind;
  label: string;
  aliases: string[];
  mentionCount: number;
  /** Every article from /api/graph; the first few from a neighbourhood (articleCount says how many in all). */
  articles: string[];
  articleCount: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface ViewEdge {
  relation: RelationType;
  polarity?: Polarity;
  title?: string;
  act?: string;
  confidence: number;
  /** Every item from /api/graph; empty from a neighbourhood until fetched (GET /api/edges/:id). */
  evidence: EvidenceSpan[];
  evidenceCount: number;
  /** Every article from /api/graph; empty from a neighbourhood, which gives `dates` instead. */
  articles: string[];
  articleCount: number;
  /** The days of its dated articles ("YYYY-MM-DD" or "first/last" runs), from a neighbourhood; null when `articles`
   * is the whole list. */
  dates: string[] | null;
  label: string;
  color: string;
  size: number;
  type: "straight" | "curved";
  curvature?: number;
  parallelIndex?: number | null;
  parallelMinIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type ViewGraph = MultiDirectedGraph<ViewNode, ViewEdge>;

export const createViewGraph = (): ViewGraph => new MultiDirectedGraph<ViewNode, ViewEdge>();

/** What an edge is called on screen: the speech act for stances, else the relation type. */
export function edgeLabel(relation: RelationType, act?: string, title?: string): string {
  if (relation === "stance") return (act ?? "stance").replace(/_/g, " ");
  if (relation === "holds_position" && title) return title;
  return relation.replace(/_/g, " ");
}

export const edgeColor = (relation: RelationType, polarity?: Polarity): string =>
  relation === "stance" && polarity ? POLARITY_COLORS[polarity] : EDGE_COLOR;

// A hash of the key, so that nodes without server positions still land in the same place on every load.
function stableCoordinate(key: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return ((h >>> 0) / 4294967295) * 100 - 50;
}

/** Adds what `data` holds and is missing from `graph`; returns the keys that were new. */
export function mergeSerialized(graph: ViewGraph, data: SerializedGraph): { nodes: string[]; edges: string[] } {
  const nodes: string[] = [];
  const edges: string[] = [];
  for (const { key, attributes: a } of data.nodes) {
    if (graph.hasNode(key)) continue;
    graph.addNode(key, {
      kind: a.kind,
      label: a.label ?? key,
      aliases: a.aliases ?? [],
      mentionCount: a.mentionCount ?? 0,
      articles: a.articles ?? [],
      articleCount: a.articleCount ?? a.articles?.length ?? 0,
      x: typeof a.x === "number" && Number.isFinite(a.x) ? a.x : stableCoordinate(key, 1),
      y: typeof a.y === "number" && Number.isFinite(a.y) ? a.y : stableCoordinate(key, 2),
      size: 5,
      color: kindColor(a.kind),
    });
    nodes.push(key);
  }
  data.edges.forEach((e, i) => {
    const key = e.key ?? `${e.source}->${e.target}#${i}`;
    if (graph.hasEdge(key) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) return;
    const a = e.attributes;
    const evidence = a.evidence ?? [];
    const articles = a.articles ?? [];
    graph.addDirectedEdgeWithKey(key, e.source, e.target, {
      relation: a.type,
      polarity: a.polarity,
      title: a.title,
      act: a.act,
      confidence: a.confidence ?? 1,
      evidence,
      evidenceCount: a.evidenceCount ?? evidence.length,
      articles,
      articleCount: a.articleCount ?? articles.length,
      dates: a.dates ?? null,
      label: edgeLabel(a.type, a.act, a.title),
      color: edgeColor(a.type, a.polarity),
      size: edgeThickness(a.type, 1),
      type: "straight",
      // Every display field from the start: edges then share one object shape, which keeps later passes fast.
      curvature: 0,
      parallelIndex: null,
      parallelMinIndex: null,
      parallelMaxIndex: null,
    });
    edges.push(key);
  });
  return { nodes, edges };
}

/** Stances stand out; past a few thousand edges every edge thins, so that the nodes stay visible in dense graphs. */
const edgeThickness = (relation: RelationType, density: number): number => (relation === "stance" ? 3 : 2) * density;

function densityFactor(edges: number): number {
  return edges <= 5000 ? 1 : Math.max(0.5, Math.sqrt(5000 / edges));
}

interface ParallelIndex {
  index: number | null;
  min: number | null;
  max: number | null;
}

/**
 * Where each edge sits among the edges joining the same two nodes: the numbering of @sigma/edge-curve's
 * indexParallelEdgesIndex, without its string keys for every edge and its one attribute event per edge (each of
 * which sigma handles on its own once it draws the graph). Edges alone between their two nodes get no entry.
 */
export function parallelEdgeIndex(graph: ViewGraph): Map<string, ParallelIndex> {
  const out = new Map<string, ParallelIndex>();
  // A node's out-edges grouped by target, in the graph's edge order: the one edge, or the list once there are more.
  const byTarget = new Map<string, string | string[]>();
  graph.forEachNode((source) => {
    byTarget.clear();
    graph.forEachOutEdge(source, (edge, _a, _s, target) => {
      const seen = byTarget.get(target);
      if (seen === undefined) byTarget.set(target, edge);
      else if (typeof seen === "string") byTarget.set(target, [seen, edge]);
      else seen.push(edge);
    });
    for (const [target, group] of byTarget) {
      const reverse = target !== source && graph.hasDirectedEdge(target, source) ? graph.directedEdges(target, source).length : 0;
      if (typeof group === "string") {
        if (reverse > 0) out.set(group, { index: 1, min: null, max: 1 });
        continue;
      }
      const directed = group.length;
      const max = (directed - 1) / 2;
      group.forEach((edge, i) => out.set(edge, reverse === 0 ? { index: -max + i, min: -max, max } : { index: i + 1, min: null, max: directed }));
    }
  });
  return out;
}

const ALONE: ParallelIndex = { index: null, min: null, max: null };

/** Sizes by degree, thins edges in dense graphs and curves parallel edges; run after every change of the graph's shape. */
export function deriveDisplay(graph: ViewGraph): void {
  // No attribute hints: with them sigma repaints in place, which fails for nodes added since its last render.
  // Attributes are changed in place: one pass, no copies of a quarter of a million edges.
  graph.updateEachNodeAttributes((node, attr) => {
    attr.size = 5 + 2.4 * Math.sqrt(graph.degree(node));
    return attr;
  });
  const parallel = parallelEdgeIndex(graph);
  const density = densityFactor(graph.size);
  graph.updateEachEdgeAttributes(
    (edge, attr) => {
      const p = parallel.get(edge) ?? ALONE;
      attr.parallelIndex = p.index;
      attr.parallelMinIndex = p.min;
      attr.parallelMaxIndex = p.max;
      attr.size = edgeThickness(attr.relation, density);
      const { index, max } = p;
      if (typeof index === "number" && typeof max === "number" && max > 0 && index !== 0) {
        attr.type = "curved";
        attr.curvature = curvatureFor(index, max);
      } else {
        attr.type = "straight";
        attr.curvature = 0;
      }
      return attr;
    },
    { attributes: ["type", "curvature", "size"] },
  );
}

// Parallel edges fan out further the more there are, but never past a readable bend.
function curvatureFor(index: number, maxIndex: number): number {
  if (index < 0) return -curvatureFor(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

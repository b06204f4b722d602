// A split takes some of a node's article entities (those named by one name, or those of one article) out into a node
// of their own, with the relations they made: each relation's evidence leaves the edge it had joined (whatever key
// earlier curations gave that edge) for the same edge from the new node; a relation the node's entities made with
// each other becomes an edge between the two. What the articles say is read from the store (SplitFacts).
import { nameKey } from "../extract/text.ts";
import type { EntityKind, Polarity, RelationType } from "../extract/types.ts";
import { idle, type CurationEffect } from "./curationTypes.ts";
import { markCurated, putEdge } from "./curateEdges.ts";
import { splitMentions } from "./curateSplitMentions.ts";
import type { EdgeAttributes, Evidence, KnowledgeGraph, NodeAttributes } from "./types.ts";

/** One article's entity, as stored. */
export interface ArticleEntity {
  article: string;
  /** Its place among the article's entities. */
  ord: number;
  entity: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  mentionCount: number;
}

/** One article's relation, as stored, its ends the article's entity ids. */
export interface StoredRelation {
  source: string;
  target: string;
  type: RelationType;
  polarity: Polarity | null;
  act: string | null;
  title: string | null;
  confidence: number;
  evidence: Evidence[];
}

export interface SplitFacts {
  /** Every article entity of these entity ids, in article then entity order. */
  articleEntities(ids: readonly string[]): ArticleEntity[];
  /** An article's relations with one of these entity ids at an end, in their order. */
  relations(article: string, ids: readonly string[]): StoredRelation[];
  /** The spans of an article entity's mentions, and the article's text they are of. */
  mentions(article: string, ord: number): { start: number; end: number }[];
  text(article: string): string;
}

export interface SplitContext {
  graph: KnowledgeGraph;
  facts: SplitFacts;
  /** The node an article's entity is part of now. */
  nodeOf(article: string, entity: string): string;
  /** The node's entity ids. */
  entityIds: string[];
  /** Whether a curation named the node (its label then stays). */
  renamed: boolean;
}

export interface SplitRequest {
  /** The curation's id: the new node is `node~id` unless the part has an entity id of its own. */
  id: number;
  node: string;
  name?: string;
  article?: string;
}

export interface SplitDone {
  created: string;
  /** The (article, entity id) pairs now in `created`. */
  moved: [string, string][];
  /** The entity id that is wholly the new node (its id), if there is one. */
  own: string | null;
  /** Mentions moved one by one (a name that is only another name inside article entities): article, entity, start. */
  mentions: [string, string, number][];
  summary: string;
  edges: string[];
}

/** An article's entity as one key: the article id, then the entity id. */
export const pairKey = (article: string, entity: string) => `${article}\u0000${entity}`;
const sortedArticles = (rows: readonly { article: string }[]) => [...new Set(rows.map((r) => r.article))].sort();
const namesOf = (rows: readonly ArticleEntity[]) => new Set(rows.flatMap((r) => [r.name, ...r.aliases]));
const fullest = (names: Iterable<string>) => [...names].reduce((a, b) => (b.length > a.length ? b : a));

export function splitNode(ctx: SplitContext, req: SplitRequest): SplitDone | CurationEffect {
  const { graph, facts } = ctx;
  const label = graph.getNodeAttribute(req.node, "label");
  const rows = facts.articleEntities(ctx.entityIds).filter((r) => ctx.nodeOf(r.article, r.entity) === req.node);
  const wanted = req.name === undefined ? null : nameKey(req.name);
  const chosen = new Set(rows.filter((r) => (wanted === null ? r.article === req.article : nameKey(r.name) === wanted)).map((r) => pairKey(r.article, r.entity)));
  const what = wanted === null ? `article ${req.article}` : `named “${req.name}”`;
  if (!chosen.size && wanted !== null) return splitMentions(ctx, req, rows, wanted) ?? idle(`“${label}” has no mention named “${req.name}” now`);
  if (!chosen.size) return idle(`“${label}” is not in article ${req.article} now`);
  const moved = rows.filter((r) => chosen.has(pairKey(r.article, r.entity)));
  const kept = rows.filter((r) => !chosen.has(pairKey(r.article, r.entity)));
  if (!kept.length) return idle(`Nothing to split: all of “${label}” is ${wanted === null ? "in " : ""}${what}`);

  const ids = new Set(moved.map((r) => r.entity));
  const single = ids.size === 1 ? [...ids][0] : null;
  const own = single !== null && single !== req.node && !kept.some((r) => r.entity === single) && !graph.hasNode(single) ? single : null;
  const created = own ?? `${req.node}~${req.id}`;
  graph.addNode(created, partAttributes(moved, req.id));
  const edges = moveRelations(ctx, req, created, moved, chosen);
  shrink(graph, req.node, moved, kept, ctx.renamed);
  markCurated(graph.getNodeAttributes(req.node), req.id);
  const newLabel = graph.getNodeAttribute(created, "label");
  const relations = edges.length ? `, ${edges.length} relation${edges.length === 1 ? "" : "s"}` : "";
  return {
    created,
    moved: [...chosen].map((p) => p.split("\u0000") as [string, string]),
    own,
    mentions: [],
    summary: `“${newLabel}” split from “${graph.getNodeAttribute(req.node, "label")}” (${moved.length} article entit${moved.length === 1 ? "y" : "ies"}${relations})`,
    edges,
  };
}

function partAttributes(rows: readonly ArticleEntity[], id: number): NodeAttributes {
  const label = fullest(rows.map((r) => r.name));
  const names = namesOf(rows);
  names.delete(label);
  const mentionCount = rows.reduce((n, r) => n + r.mentionCount, 0);
  return { kind: rows[0].kind, label, aliases: [...names].sort(), mentionCount, articles: sortedArticles(rows), x: 0, y: 0, size: 1, curated: [id] };
}

/** What stays of the node: its counts, articles and names without the part (a label it no longer has gives way to
 * its fullest remaining name, unless a curation chose it). */
function shrink(graph: KnowledgeGraph, node: string, moved: readonly ArticleEntity[], kept: readonly ArticleEntity[], renamed: boolean): void {
  const a = graph.getNodeAttributes(node);
  const keptNames = namesOf(kept);
  const movedNames = namesOf(moved);
  a.mentionCount -= moved.reduce((n, r) => n + r.mentionCount, 0);
  a.articles = sortedArticles(kept);
  let aliases = a.aliases.filter((n) => !movedNames.has(n) || keptNames.has(n));
  if (!renamed && !keptNames.has(a.label)) {
    a.label = fullest(kept.map((r) => r.name));
    aliases = aliases.filter((n) => n !== a.label);
  }
  a.aliases = aliases;
}

function edgeAttributes(attrs: Pick<EdgeAttributes, "type" | "polarity" | "title" | "act">, r: StoredRelation, article: string, id: number): EdgeAttributes {
  const a: EdgeAttributes = { type: attrs.type, confidence: r.confidence, evidence: r.evidence, articles: [article] };
  if (attrs.polarity) a.polarity = attrs.polarity;
  if (attrs.title) a.title = attrs.title;
  if (attrs.act) a.act = attrs.act;
  a.curated = [id];
  return a;
}

/** The relations of the moved article entities, onto the new node. Returns the edges touched that remain. */
function moveRelations(ctx: SplitContext, req: SplitRequest, created: string, moved: readonly ArticleEntity[], chosen: ReadonlySet<string>): string[] {
  const { graph } = ctx;
  const byArticle = new Map<string, Set<string>>();
  for (const r of moved) byArticle.set(r.article, (byArticle.get(r.article) ?? new Set()).add(r.entity));
  const touched = new Set<string>();
  for (const [article, ids] of byArticle) {
    for (const r of ctx.facts.relations(article, [...ids])) {
      const sourceMoved = chosen.has(pairKey(article, r.source));
      const targetMoved = chosen.has(pairKey(article, r.target));
      if (!sourceMoved && !targetMoved) continue;
      const sourceNow = ctx.nodeOf(article, r.source);
      const targetNow = ctx.nodeOf(article, r.target);
      const source = sourceMoved ? created : sourceNow;
      const target = targetMoved ? created : targetNow;
      if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
      // Ends that were one node made no edge: the relation's own attributes. Else those of the edge it had joined.
      let attrs: Pick<EdgeAttributes, "type" | "polarity" | "title" | "act"> = { type: r.type, polarity: r.polarity ?? undefined, title: r.title ?? undefined, act: r.act ?? undefined };
      if (sourceNow !== targetNow) {
        const taken = takeEvidence(graph, sourceNow, targetNow, r);
        if (!taken) continue; // rejected before: it stays out
        attrs = taken.attributes;
        touched.add(taken.key);
      }
      touched.add(putEdge(graph, source, target, edgeAttributes(attrs, r, article, req.id)));
    }
  }
  const edges = [...touched].filter((k) => graph.hasEdge(k));
  for (const k of edges) markCurated(graph.getEdgeAttributes(k), req.id);
  return edges;
}

/** Takes a relation's evidence off the edge between two nodes that holds it (of its type and act; its own polarity
 * first, then one a curation changed), dropping the edge if nothing is left. */
function takeEvidence(graph: KnowledgeGraph, source: string, target: string, r: StoredRelation): { key: string; attributes: Pick<EdgeAttributes, "type" | "polarity" | "title" | "act"> } | null {
  if (!graph.hasNode(source) || !graph.hasNode(target)) return null;
  const candidates = graph.directedEdges(source, target).filter((k) => {
    const a = graph.getEdgeAttributes(k);
    return a.type === r.type && (a.act ?? null) === r.act;
  });
  const own = (k: string) => Number((graph.getEdgeAttribute(k, "polarity") ?? null) === r.polarity);
  candidates.sort((x, y) => own(y) - own(x));
  for (const key of candidates) {
    const a = graph.getEdgeAttributes(key);
    const rest = a.evidence.slice();
    const found = r.evidence.every((ev) => {
      const i = rest.findIndex((e) => e.article === ev.article && e.start === ev.start && e.end === ev.end);
      if (i >= 0) rest.splice(i, 1);
      return i >= 0;
    });
    if (!found) continue;
    const attributes = { type: a.type, polarity: a.polarity, title: a.title, act: a.act };
    if (rest.length) {
      a.evidence = rest;
      a.articles = sortedArticles(rest);
    } else graph.dropEdge(key);
    return { key, attributes };
  }
  return null;
}

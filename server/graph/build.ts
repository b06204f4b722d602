// Turns extractions into one graphology MultiDirectedGraph: the same entity id is the same node in every article,
// and the same relation (source, type, target, act) is one edge whose evidence accumulates across articles.
import { MultiDirectedGraph } from "graphology";
import type { Extraction, Relation } from "../extract/types.ts";
import type { ArticleRecord, EdgeAttributes, KnowledgeGraph, MentionLookup, NodeAttributes, NodeMention } from "./types.ts";
import { canonicalIds, EntityRefBuilder, resolvedId, type EntityRef } from "./resolveAcross.ts";

export interface ExtractedArticle {
  record: ArticleRecord;
  extraction: Extraction;
}

export function emptyGraph(): KnowledgeGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
}

/** A stable, readable edge key: relations that say the same thing merge into one edge. */
export function edgeKey(r: Pick<Relation, "source" | "target" | "type" | "attributes" | "polarity">): string {
  const qualifier = r.type === "stance" ? `${r.attributes.act ?? "stance"}:${r.polarity ?? "neutral"}` : "";
  return `${r.source}|${r.type}${qualifier ? `:${qualifier}` : ""}|${r.target}`;
}

function addSorted(list: string[], value: string): string[] {
  if (list.includes(value)) return list;
  return [...list, value].sort();
}

/** The key of the edge a relation makes between the nodes its ends resolved into; null when both ends resolved into
 * one node: two entities of one article that are one node say nothing about each other. */
export function resolvedEdgeKey(r: Pick<Relation, "source" | "target" | "type" | "attributes" | "polarity">, canonical: ReadonlyMap<string, string> | undefined): string | null {
  const source = resolvedId(canonical, r.source);
  const target = resolvedId(canonical, r.target);
  return source === target && r.source !== r.target ? null : edgeKey({ ...r, source, target });
}

/** Adds one article's extraction to the graph, merging with what is there; `canonical` maps entity ids that
 * resolve to another article's entity (see resolveAcross.ts). */
export function addExtraction(graph: KnowledgeGraph, article: ExtractedArticle, canonical: ReadonlyMap<string, string> = new Map()): void {
  const { record, extraction } = article;
  for (const raw of extraction.entities) {
    const e = { ...raw, id: resolvedId(canonical, raw.id) };
    if (!graph.hasNode(e.id)) {
      graph.addNode(e.id, {
        kind: e.kind,
        label: e.name,
        aliases: [...new Set(e.aliases)].filter((a) => a !== e.name).sort(),
        mentionCount: e.mentions.length,
        articles: [record.id],
        x: 0,
        y: 0,
        size: 1,
      });
      continue;
    }
    graph.updateNodeAttributes(e.id, (a) => {
      // The fullest name any article gives becomes the label; the others stay as aliases.
      const label = e.name.length > a.label.length ? e.name : a.label;
      const aliases = new Set([...a.aliases, ...e.aliases, a.label, e.name]);
      aliases.delete(label);
      return {
        ...a,
        label,
        aliases: [...aliases].sort(),
        mentionCount: a.mentionCount + e.mentions.length,
        articles: addSorted(a.articles, record.id),
      };
    });
  }
  for (const raw of extraction.relations) {
    const r = { ...raw, source: resolvedId(canonical, raw.source), target: resolvedId(canonical, raw.target) };
    if (!graph.hasNode(r.source) || !graph.hasNode(r.target)) continue;
    const key = resolvedEdgeKey(raw, canonical);
    if (key === null) continue;
    const evidence = r.evidence.map((s) => ({ article: record.id, start: s.start, end: s.end, text: s.text }));
    if (!graph.hasEdge(key)) {
      const attributes: EdgeAttributes = { type: r.type, confidence: r.confidence, evidence, articles: [record.id] };
      if (r.polarity) attributes.polarity = r.polarity;
      if (r.attributes.title) attributes.title = r.attributes.title;
      if (r.attributes.act) attributes.act = r.attributes.act;
      graph.addDirectedEdgeWithKey(key, r.source, r.target, attributes);
      continue;
    }
    graph.updateEdgeAttributes(key, (a) => ({
      ...a,
      confidence: Math.max(a.confidence, r.confidence),
      evidence: [...a.evidence, ...evidence],
      articles: addSorted(a.articles, record.id),
    }));
  }
}

/** Builds the graph of several articles, in a fixed order so that the result never depends on input order. */
export function buildGraph(articles: ExtractedArticle[]): KnowledgeGraph {
  return buildState(articles).graph;
}

/** The graph of several articles with what the API serves beside it: the articles, the ids that resolved into
 * others, and each node's mentions. */
export function buildState(articles: ExtractedArticle[]): { graph: KnowledgeGraph; articles: Map<string, ArticleRecord>; canonical: Map<string, string>; mentions: MentionLookup } {
  const graph = emptyGraph();
  const ordered = [...articles].sort((a, b) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
  const refs = entityRefs(ordered);
  const canonical = canonicalIds(refs);
  for (const a of ordered) addExtraction(graph, a, canonical);
  labelMerged(graph, canonical, refs);
  const byNode = new Map<string, NodeMention[]>();
  for (const { record, extraction } of ordered) {
    for (const e of extraction.entities) {
      const node = resolvedId(canonical, e.id);
      const list = byNode.get(node) ?? [];
      for (const m of e.mentions) list.push({ article: record.id, start: m.start, end: m.end, form: m.form });
      byNode.set(node, list);
    }
  }
  return { graph, articles: new Map(ordered.map((a) => [a.record.id, a.record])), canonical, mentions: (node) => byNode.get(node) ?? [] };
}

/** A node that several entity ids resolved into is labelled with the name its canonical entity goes by (not the
 * longest variant spelling); the other names stay as aliases. */
export function labelMerged(graph: KnowledgeGraph, canonical: ReadonlyMap<string, string>, refs: readonly EntityRef[]): void {
  const targets = new Set(canonical.values());
  for (const r of refs) {
    if (!targets.has(r.id) || !graph.hasNode(r.id)) continue;
    const a = graph.getNodeAttributes(r.id);
    const label = r.names[0];
    if (a.label === label) continue;
    const aliases = new Set([...a.aliases, a.label]);
    aliases.delete(label);
    a.label = label;
    a.aliases = [...aliases].sort();
  }
}

/** Each entity id once, with the fullest name any article gives it first, its other names, and its article count. */
export function entityRefs(articles: readonly ExtractedArticle[]): EntityRef[] {
  const refs = new EntityRefBuilder();
  for (const { extraction } of articles) {
    for (const e of extraction.entities) {
      refs.named(e.id, e.id, e.kind, e.name);
      for (const alias of e.aliases) refs.alias(e.id, alias);
    }
  }
  return refs.build();
}

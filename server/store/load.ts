// Rebuilds the graph from the store: the same graph that buildGraph makes from the stored articles, merged in article
// id order, but read with a few primary-key scans instead of one query per row.
import { emptyGraph, labelMerged } from "../graph/build.ts";
import { canonicalIds, EntityRefBuilder, type EntityRef } from "../graph/resolveAcross.ts";
import type { ArticleRecord, EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../graph/types.ts";
import type { EntityKind, MentionForm, Polarity, RelationType } from "../extract/types.ts";
import type { DB } from "./schema.ts";
import { prepareAdjacency } from "./adjacency.ts";

export interface LoadedState {
  graph: KnowledgeGraph;
  articles: Map<string, ArticleRecord>;
  /** Entity ids that resolved into another article's entity: id -> node id (see resolveAcross.ts). */
  canonical: Map<string, string>;
}

type NodeRow = [string, number, number, EntityKind, string, number | null, number | null, MentionForm | null];
type EdgeRow = [string, number, number, number, RelationType, Polarity | null, string | null, string | null, number, number | null, number | null, string | null];

// Short strings repeated on every row are shared, not one copy per row.
const intern = new Map<string, string>();
const shared = <T extends string>(s: T): T => {
  let v = intern.get(s);
  if (v === undefined) intern.set(s, (v = s));
  return v as T;
};

/** A list with one more item: a one-item literal at first (exact size; push() on an empty array reserves 17). */
function append<T>(list: T[], item: T): T[] {
  if (list.length === 0) return [item];
  list.push(item);
  return list;
}

/**
 * Attributes in buildGraph's key order (so that serialized graphs are byte-identical), written as one literal per
 * usual shape: keys added after a literal go to a separate property store, one more object per edge.
 */
function edgeAttributes(type: RelationType, confidence: number, articles: string[], polarity: Polarity | null, title: string | null, act: string | null): EdgeAttributes {
  const evidence: EdgeAttributes["evidence"] = [];
  if (polarity && act && !title) return { type, confidence, evidence, articles, polarity, act };
  if (title && !polarity && !act) return { type, confidence, evidence, articles, title };
  if (!polarity && !title && !act) return { type, confidence, evidence, articles };
  const attributes: EdgeAttributes = { type, confidence, evidence, articles };
  if (polarity) attributes.polarity = polarity;
  if (title) attributes.title = title;
  if (act) attributes.act = act;
  return attributes;
}

export function loadArticles(db: DB): Map<string, ArticleRecord> {
  const articles = new Map<string, ArticleRecord>();
  const rows = db.prepare("SELECT id, title, date, source, text FROM articles ORDER BY id").raw().iterate() as Iterable<
    [string, string | null, string | null, string | null, string]
  >;
  for (const [id, title, date, source, text] of rows) articles.set(id, { id, title, date, source, text });
  return articles;
}

export function loadState(db: DB): LoadedState {
  return db.transaction(() => {
    const articles = loadArticles(db);
    const canonical = new Map<string, string>();
    return { graph: loadGraph(db, articles, canonical), articles, canonical };
  }).deferred();
}

/** Each stored entity once, as buildGraph's entityRefs gives it (articles in id order). */
function storedEntityRefs(db: DB, ids: string[], aliasRows: readonly [number, string][]): EntityRef[] {
  const refs = new EntityRefBuilder<number>();
  for (const [n, kind, name] of db.prepare("SELECT entity, kind, name FROM article_entities ORDER BY article, ord").raw().iterate() as Iterable<[number, EntityKind, string]>) {
    refs.named(n, ids[n], kind, name);
  }
  for (const [n, alias] of aliasRows) refs.alias(n, alias);
  return refs.build();
}

/** The graph of every stored article, without layout (x = y = 0, size = 1 as buildGraph leaves them), with entities
 * resolved across articles as buildGraph resolves them; `canonical` receives the ids that resolved into another. */
export function loadGraph(db: DB, articles: Map<string, ArticleRecord>, canonical: Map<string, string> = new Map()): KnowledgeGraph {
  const graph = emptyGraph();
  const ids: string[] = [];
  for (const [n, id] of db.prepare("SELECT n, id FROM entities").raw().iterate() as Iterable<[number, string]>) ids[n] = id;
  // Read once: they name entities for resolution and become node aliases below.
  const aliasRows = db
    .prepare("SELECT ae.entity, a.alias FROM aliases a JOIN article_entities ae ON ae.article = a.article AND ae.ord = a.entity_ord")
    .raw()
    .all() as [number, string][];
  const refs = storedEntityRefs(db, ids, aliasRows);
  for (const [from, to] of canonicalIds(refs)) canonical.set(from, to);
  // Entity number -> the number of the entity it resolved into, for those that did.
  const into: number[] = [];
  if (canonical.size) {
    const numberOf = new Map<string, number>();
    ids.forEach((id, n) => numberOf.set(id, n));
    for (const [from, to] of canonical) into[numberOf.get(from)!] = numberOf.get(to)!;
  }
  const nodeNumber = (n: number) => into[n] ?? n;

  // The article id from the last row, and the canonical copy of it held by `articles`.
  let rawArticle = "";
  let article = "";
  let text = "";
  // `[article]`, shared by every node and edge that only this article supports (most of them); copied before it grows.
  let only: string[] = [];
  const articleOf = (a: string) => {
    if (a !== rawArticle) {
      rawArticle = a;
      const record = articles.get(a);
      if (!record) throw new Error(`store: rows for unknown article ${a}`);
      article = record.id;
      text = record.text;
      only = [article];
    }
    return article;
  };
  const withArticle = (list: string[], art: string) => {
    if (list[list.length - 1] === art) return list;
    if (list.length === 1) return [list[0], art];
    list.push(art);
    return list;
  };

  // By entity number: the node's attributes, and every name and alias given to it, kept only once it has a second one
  // (most nodes have one name: no list for them). The list starts with the label it had then.
  const nodeOf: NodeAttributes[] = [];
  const names = new Map<number, string[]>();
  const otherName = (n: number, node: NodeAttributes, name: string) => {
    const list = names.get(n);
    if (list) list.push(name);
    else names.set(n, [node.label, name]);
  };
  // Titles repeat across edges too ("Minister"); interned for this load only, unlike the fixed vocabularies above.
  const titles = new Map<string, string>();
  const nodeRows = db
    .prepare(
      `SELECT ae.article, ae.ord, ae.entity, ae.kind, ae.name, m.start, m."end", m.form
       FROM article_entities ae LEFT JOIN mentions m ON m.article = ae.article AND m.entity_ord = ae.ord
       ORDER BY ae.article, ae.ord, m.ord`,
    )
    .raw()
    .iterate() as Iterable<NodeRow>;
  let groupArticle = "";
  let groupOrd = -1;
  let node: NodeAttributes | undefined;
  for (const [a, ord, raw, kind, name, start, end, form] of nodeRows) {
    const n = nodeNumber(raw);
    const art = articleOf(a);
    if (art !== groupArticle || ord !== groupOrd) {
      groupArticle = art;
      groupOrd = ord;
      node = nodeOf[n];
      if (node === undefined) {
        const id = ids[n];
        graph.addNode(id, { kind: shared(kind), label: name, aliases: [], mentionCount: 0, articles: only, mentions: [], x: 0, y: 0, size: 1 });
        prepareAdjacency(graph, id);
        node = nodeOf[n] = graph.getNodeAttributes(id);
      } else {
        if (name !== node.label) otherName(n, node, name);
        // The fullest name becomes the label; on a tie the earlier article's stays.
        if (name.length > node.label.length) node.label = name;
        node.articles = withArticle(node.articles, art);
      }
    }
    if (start !== null && end !== null && form !== null) {
      node!.mentions = append(node!.mentions, { article: art, start, end, form: shared(form) });
      node!.mentionCount++;
    }
  }
  for (const [raw, alias] of aliasRows) {
    const n = nodeNumber(raw);
    if (alias !== nodeOf[n].label) otherName(n, nodeOf[n], alias);
  }
  for (const [n, list] of names) {
    const a = nodeOf[n];
    const set = new Set(list);
    set.delete(a.label);
    a.aliases = [...set].sort();
  }
  names.clear();
  for (const a of nodeOf) {
    if (a === undefined) continue;
    // push() leaves room for 16 more; an exact copy keeps the heap per node small (lists of 2 are exact literals).
    if (a.mentions.length > 1) a.mentions = a.mentions.slice();
    if (a.articles.length > 2) a.articles = a.articles.slice();
  }
  nodeOf.length = 0;

  const edgeRows = db
    .prepare(
      `SELECT r.article, r.ord, r.source, r.target, r.type, r.polarity, r.title, r.act, r.confidence, e.start, e."end", e.text
       FROM relations r LEFT JOIN evidence e ON e.article = r.article AND e.relation_ord = r.ord
       ORDER BY r.article, r.ord, e.ord`,
    )
    .raw()
    .iterate() as Iterable<EdgeRow>;
  groupArticle = "";
  groupOrd = -1;
  let edge: EdgeAttributes | undefined;
  for (const [a, ord, s, t, type, polarity, title, act, confidence, start, end, evidenceText] of edgeRows) {
    const art = articleOf(a);
    // Two entities of one article that resolved into one node say nothing about each other (as in buildGraph).
    if (s !== t && nodeNumber(s) === nodeNumber(t)) continue;
    if (art !== groupArticle || ord !== groupOrd) {
      groupArticle = art;
      groupOrd = ord;
      const source = ids[nodeNumber(s)];
      const target = ids[nodeNumber(t)];
      // A flat string (join), not a concatenation rope: it is kept as the edge key.
      const key = [source, type === "stance" ? `${type}:${act ?? "stance"}:${polarity ?? "neutral"}` : type, target].join("|");
      if (!graph.hasEdge(key)) {
        graph.addDirectedEdgeWithKey(key, source, target, edgeAttributes(shared(type), confidence, only, polarity && shared(polarity), title && (titles.get(title) ?? (titles.set(title, title), title)), act && shared(act)));
        edge = graph.getEdgeAttributes(key);
      } else {
        edge = graph.getEdgeAttributes(key);
        if (confidence > edge.confidence) edge.confidence = confidence;
        edge.articles = withArticle(edge.articles, art);
      }
    }
    if (start !== null && end !== null) edge!.evidence = append(edge!.evidence, { article: art, start, end, text: evidenceText ?? text.slice(start, end) });
  }
  graph.forEachEdge((_key, a) => {
    if (a.evidence.length > 1) a.evidence = a.evidence.slice();
    if (a.articles.length > 2) a.articles = a.articles.slice();
  });
  labelMerged(graph, canonical, refs);
  return graph;
}

// Rebuilds the graph from the store: the same graph that buildGraph makes from the stored articles, merged in article
// id order, read with one primary-key scan per table. Per-entity facts are gathered in flat arrays first, entities are
// resolved across articles, and only then are graph objects made, once each: a 1M-edge store makes few short-lived
// objects, which is what the rebuild's time goes to.
import { emptyGraph } from "../graph/build.ts";
import { canonicalIdSteps, type EntityRef } from "../graph/resolveAcross.ts";
import type { ArticleRecord, EdgeAttributes, KnowledgeGraph, MentionLookup, NodeAttributes } from "../graph/types.ts";
import type { EntityKind, MentionForm, Polarity, RelationType } from "../extract/types.ts";
import type { Statement } from "better-sqlite3";
import type { DB } from "./schema.ts";
import { prepareAdjacency } from "./adjacency.ts";
import { runSliced, runSteps, type SliceOptions } from "../graph/steps.ts";
import type { CurationEffect } from "../graph/curationTypes.ts";
import { curatedLookups, curationSteps } from "./curatedLoad.ts";

export interface LoadedState {
  graph: KnowledgeGraph;
  articles: Map<string, ArticleRecord>;
  /** Entity ids that resolved into another article's entity: id -> node id (see resolveAcross.ts). */
  canonical: Map<string, string>;
  /** Each node's mentions, read from the store when asked for (while it is open). */
  mentions: MentionLookup;
  /** The articles that quote a node (read from the store when asked for). */
  quotedIn: (node: string) => string[];
  /** The store's generation this state was read at (saved layouts are keyed by it). */
  generation: number;
  /** What each stored curation changes in this graph, by curation id. */
  curations: ReadonlyMap<number, CurationEffect>;
  /** The node an article's entity is part of, when a split made that depend on the article. */
  nodeOf?: (article: string, entity: string) => string;
}

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

/** A packed array of n slots (`new Array(n)` past a few thousand slots is a slow dictionary). */
const slots = <T>(n: number): (T | undefined)[] => new Array<T | undefined>(n).fill(undefined);

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

/** Rows per step of a rebuild: a step is well under a slice (SLICE_MS) at any size. */
const ROWS_PER_STEP = 8192;

/** Runs `each` on every row of `rows`, a step of `chunk` rows at a time (the loop in a plain function, which V8
 * optimizes as usual, rather than in the generator). */
function* scan<R>(rows: Iterator<R>, each: (row: R) => void, chunk = ROWS_PER_STEP): Generator<void, void, void> {
  const pull = (): boolean => {
    for (let i = 0; i < chunk; i++) {
      const r = rows.next();
      if (r.done) return true;
      each(r.value);
    }
    return false;
  };
  // A step ends after every chunk, the last one too: each table read is at least one step.
  for (let done = false; !done; ) {
    done = pull();
    yield;
  }
}

function* articleSteps(db: DB, articles: Map<string, ArticleRecord>): Generator<void, void, void> {
  const rows = db.prepare("SELECT id, title, date, source, text FROM articles ORDER BY id").raw().iterate() as IterableIterator<
    [string, string | null, string | null, string | null, string]
  >;
  yield* scan(rows, ([id, title, date, source, text]) => articles.set(id, { id, title, date, source, text }), 1024);
}

/** The whole rebuild as small steps. `db` is read from; `mentionsDb` answers mention lookups later (the server's own
 * connection when a separate one reads the rebuild). */
function* loadStateSteps(db: DB, mentionsDb: DB): Generator<void, LoadedState, void> {
  // Read first: in the same transaction as the rest, so that it names exactly what was read.
  const generation = Number(db.prepare("SELECT value FROM meta WHERE key = 'generation'").pluck().get());
  const articles = new Map<string, ArticleRecord>();
  yield* articleSteps(db, articles);
  const canonical = new Map<string, string>();
  const graph = yield* loadGraphSteps(db, articles, canonical);
  // Corrections by hand, after entity resolution: they may move entity ids (canonical) from node to node.
  const applied = yield* curationSteps(db, graph, canonical, articles);
  const members = membersOf(canonical);
  const stored = { mentions: storedMentions(mentionsDb, articles, members), quotedIn: storedQuotedIn(mentionsDb, articles, members) };
  const { mentions, quotedIn } = applied ? curatedLookups(mentionsDb, applied, articles, stored) : stored;
  const nodeOf = applied?.splitNodes.size ? applied.nodeOf.bind(applied) : undefined;
  return { graph, articles, canonical, mentions, quotedIn, generation, curations: applied?.effects ?? new Map(), nodeOf };
}

export function loadState(db: DB): LoadedState {
  return db.transaction(() => runSteps(loadStateSteps(db, db))).deferred();
}

/**
 * The same rebuild in slices between which the event loop turns, so that a server keeps answering (from its current
 * state) while a large store is read. `db` must be a connection of its own (nothing else may run on it meanwhile):
 * one read transaction over all slices gives the rebuild a consistent snapshot while writers go on.
 */
export async function loadStateSliced(db: DB, mentionsDb: DB, opts: SliceOptions<LoadedState> = {}): Promise<LoadedState> {
  db.exec("BEGIN");
  try {
    return await runSliced(loadStateSteps(db, mentionsDb), opts);
  } finally {
    db.exec("COMMIT");
  }
}

/** A node's entity ids: its own and those that resolved into it (the inverse of `canonical`, made on first use). */
function membersOf(canonical: ReadonlyMap<string, string>): (node: string) => string[] {
  let members: Map<string, string[]> | undefined;
  return (node) => {
    if (!members) {
      members = new Map();
      for (const [from, to] of canonical) members.set(to, [...(members.get(to) ?? [to]), from]);
    }
    return members.get(node) ?? [node];
  };
}

/** Mentions of a node's entities (its own and those that resolved into it), in article then entity order, as
 * buildGraph lists them; only of the articles this state holds (another process may have written more since). */
function storedMentions(db: DB, articles: ReadonlyMap<string, ArticleRecord>, members: (node: string) => string[]): MentionLookup {
  let statement: Statement | undefined;
  return (node) => {
    statement ??= db.prepare(
      `SELECT ae.article, m.start, m."end", m.form FROM entities e
       JOIN article_entities ae ON ae.entity = e.n JOIN mentions m ON m.article = ae.article AND m.entity_ord = ae.ord
       WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY ae.article, ae.ord, m.ord`,
    );
    const rows = statement.raw().all(JSON.stringify(members(node))) as [string, number, number, MentionForm][];
    return rows.filter(([article]) => articles.has(article)).map(([article, start, end, form]) => ({ article, start, end, form }));
  };
}

/** The articles (sorted) that quote a node's entities: the only ones whose quotes need reading for it. */
function storedQuotedIn(db: DB, articles: ReadonlyMap<string, ArticleRecord>, members: (node: string) => string[]): (node: string) => string[] {
  let statement: Statement | undefined;
  return (node) => {
    statement ??= db.prepare("SELECT DISTINCT article FROM quote_speakers WHERE speaker IN (SELECT value FROM json_each(?)) ORDER BY article");
    return (statement.pluck().all(JSON.stringify(members(node))) as string[]).filter((a) => articles.has(a));
  };
}

/** What the articles say of each stored entity, by entity number, gathered in one scan of article_entities. */
class EntityFacts {
  readonly kind: (EntityKind | undefined)[];
  /** The fullest name (the earlier article's on a tie). */
  readonly label: (string | undefined)[];
  /** Other names and aliases, only for entities that have any. */
  readonly others = new Map<number, string[]>();
  readonly support: Uint32Array;
  readonly mentions: Float64Array;
  /** Sorted article ids: `[article]` shared by all of that article's entities until a second article comes. */
  readonly articles: (string[] | undefined)[];
  /** Entity numbers in order of first appearance (articles in id order, entities in their order): the node order. */
  readonly order: number[] = [];
  /** Entity number of each article entity, per article: aliases name the entity by (article, ord). */
  readonly byArticleOrd = new Map<string, number[]>();

  constructor(size: number) {
    this.kind = slots(size);
    this.label = slots(size);
    this.support = new Uint32Array(size);
    this.mentions = new Float64Array(size);
    this.articles = slots(size);
  }

  otherName(n: number, name: string): void {
    const list = this.others.get(n);
    if (list === undefined) this.others.set(n, [name]);
    else if (!list.includes(name)) list.push(name);
  }

  ref(ids: readonly string[], n: number): EntityRef {
    const label = this.label[n]!;
    const others = this.others.get(n);
    return { id: ids[n], kind: this.kind[n]!, names: others ? [label, ...others.filter((o) => o !== label)] : [label], support: this.support[n] };
  }
}

function* entityFactSteps(db: DB, size: number, articles: Map<string, ArticleRecord>): Generator<void, EntityFacts, void> {
  const facts = new EntityFacts(size);
  const rows = db.prepare("SELECT article, ord, entity, kind, name, mention_count FROM article_entities ORDER BY article, ord").raw().iterate() as IterableIterator<
    [string, number, number, EntityKind, string, number]
  >;
  let rawArticle = "";
  let article = "";
  let only: string[] = [];
  let ords: number[] = [];
  yield* scan(rows, ([a, ord, n, kind, name, mentionCount]) => {
    if (a !== rawArticle) {
      rawArticle = a;
      const record = articles.get(a);
      if (!record) throw new Error(`store: rows for unknown article ${a}`);
      article = record.id;
      only = [article];
      facts.byArticleOrd.set(article, (ords = []));
    }
    ords[ord] = n;
    facts.mentions[n] += mentionCount;
    const label = facts.label[n];
    if (label === undefined) {
      facts.kind[n] = shared(kind);
      facts.label[n] = name;
      facts.support[n] = 1;
      facts.articles[n] = only;
      facts.order.push(n);
      return;
    }
    if (name !== label) facts.otherName(n, name.length > label.length ? label : name);
    if (name.length > label.length) facts.label[n] = name;
    facts.support[n]++;
    const list = facts.articles[n]!;
    if (list[list.length - 1] === article) return; // the same entity twice in one article
    facts.articles[n] = list.length === 1 ? [list[0], article] : (list.push(article), list);
  });
  const aliases = db.prepare("SELECT article, entity_ord, alias FROM aliases ORDER BY article, entity_ord, ord").raw().iterate() as IterableIterator<[string, number, string]>;
  let aliasArticle = "";
  yield* scan(aliases, ([a, ord, alias]) => {
    if (a !== aliasArticle) {
      aliasArticle = a;
      ords = facts.byArticleOrd.get(a) ?? [];
    }
    const n = ords[ord];
    if (n !== undefined && alias !== facts.label[n]) facts.otherName(n, alias);
  });
  return facts;
}

/** The graph of every stored article, without layout (x = y = 0, size = 1 as buildGraph leaves them), with entities
 * resolved across articles as buildGraph resolves them; `canonical` receives the ids that resolved into another. */
function* loadGraphSteps(db: DB, articles: Map<string, ArticleRecord>, canonical: Map<string, string>): Generator<void, KnowledgeGraph, void> {
  const graph = emptyGraph();
  const size = ((db.prepare("SELECT max(n) FROM entities").pluck().get() as number | null) ?? 0) + 1;
  const ids = slots<string>(size) as string[];
  yield* scan(db.prepare("SELECT n, id FROM entities").raw().iterate() as IterableIterator<[number, string]>, ([n, id]) => (ids[n] = id));
  const facts = yield* entityFactSteps(db, size, articles);

  const refs = facts.order.map((n) => facts.ref(ids, n));
  yield;
  for (const [from, to] of yield* canonicalIdSteps(refs)) canonical.set(from, to);
  // Entity number -> the number of the node it is part of (itself unless it resolved into another).
  const into = new Int32Array(size);
  for (let n = 0; n < size; n++) into[n] = n;
  const members = new Map<number, number[]>();
  if (canonical.size) {
    const numberOf = new Map<string, number>();
    for (const n of facts.order) numberOf.set(ids[n], n);
    for (const [from, to] of canonical) {
      const f = numberOf.get(from)!;
      const t = numberOf.get(to)!;
      into[f] = t;
      members.set(t, [...(members.get(t) ?? [t]), f]);
    }
  }

  yield;
  yield* scan(facts.order.values(), (n) => {
    const node = into[n];
    // A merged node is made at its first entity's first appearance.
    const group = members.get(node);
    if (group !== undefined && graph.hasNode(ids[node])) return;
    graph.addNode(ids[node], nodeAttributes(facts, node, group));
    prepareAdjacency(graph, ids[node]);
  });

  yield* edgeSteps(db, graph, articles, ids, into);
  return graph;
}

/** A node's attributes: one entity's facts, or those of every entity that resolved into it (labelled with the name
 * its canonical entity goes by, the other names as aliases, as buildGraph's labelMerged does). */
function nodeAttributes(facts: EntityFacts, n: number, group: number[] | undefined): NodeAttributes {
  const label = facts.label[n]!;
  if (group === undefined) {
    const others = facts.others.get(n);
    const aliases = others ? [...new Set(others)].filter((o) => o !== label).sort() : [];
    return { kind: facts.kind[n]!, label, aliases, mentionCount: facts.mentions[n], articles: facts.articles[n]!, x: 0, y: 0, size: 1 };
  }
  const names = new Set<string>();
  const articles = new Set<string>();
  let mentionCount = 0;
  for (const m of group) {
    names.add(facts.label[m]!);
    for (const o of facts.others.get(m) ?? []) names.add(o);
    for (const a of facts.articles[m]!) articles.add(a);
    mentionCount += facts.mentions[m];
  }
  names.delete(label);
  return { kind: facts.kind[n]!, label, aliases: [...names].sort(), mentionCount, articles: [...articles].sort(), x: 0, y: 0, size: 1 };
}

function* edgeSteps(db: DB, graph: KnowledgeGraph, articles: Map<string, ArticleRecord>, ids: readonly string[], into: Int32Array): Generator<void, void, void> {
  const edgeRows = db
    .prepare(
      `SELECT r.article, r.ord, r.source, r.target, r.type, r.polarity, r.title, r.act, r.confidence, e.start, e."end", e.text
       FROM relations r LEFT JOIN evidence e ON e.article = r.article AND e.relation_ord = r.ord
       ORDER BY r.article, r.ord, e.ord`,
    )
    .raw()
    .iterate() as IterableIterator<EdgeRow>;
  // Titles repeat across edges ("Minister"); interned for this load only, unlike the fixed vocabularies above.
  const titles = new Map<string, string>();
  let rawArticle = "";
  let article = "";
  let text = "";
  // `[article]`, shared by every edge that only this article supports (most of them); copied before it grows.
  let only: string[] = [];
  let groupOrd = -1;
  let edge: EdgeAttributes | undefined;
  yield* scan(edgeRows, ([a, ord, s, t, type, polarity, title, act, confidence, start, end, evidenceText]) => {
    if (a !== rawArticle) {
      rawArticle = a;
      const record = articles.get(a);
      if (!record) throw new Error(`store: rows for unknown article ${a}`);
      article = record.id;
      text = record.text;
      only = [article];
      groupOrd = -1;
    }
    // Two entities of one article that resolved into one node say nothing about each other (as in buildGraph).
    if (s !== t && into[s] === into[t]) return;
    if (ord !== groupOrd) {
      groupOrd = ord;
      const source = ids[into[s]];
      const target = ids[into[t]];
      // A flat string (join), not a concatenation rope: it is kept as the edge key.
      const key = [source, type === "stance" ? `${type}:${act ?? "stance"}:${polarity ?? "neutral"}` : type, target].join("|");
      edge = graph.hasEdge(key) ? graph.getEdgeAttributes(key) : undefined;
      if (edge === undefined) {
        edge = edgeAttributes(shared(type), confidence, only, polarity && shared(polarity), title && (titles.get(title) ?? (titles.set(title, title), title)), act && shared(act));
        graph.addDirectedEdgeWithKey(key, source, target, edge);
      } else {
        if (confidence > edge.confidence) edge.confidence = confidence;
        const list = edge.articles;
        if (list[list.length - 1] !== article) edge.articles = list.length === 1 ? [list[0], article] : (list.push(article), list);
      }
    }
    if (start !== null && end !== null) edge!.evidence = append(edge!.evidence, { article, start, end, text: evidenceText ?? text.slice(start, end) });
  });
  // push() leaves room for 16 more; an exact copy keeps the heap per edge small (lists of 2 are exact literals).
  yield* scan(graph.edgeEntries(), ({ attributes: a }) => {
    if (a.evidence.length > 1) a.evidence = a.evidence.slice();
    if (a.articles.length > 2) a.articles = a.articles.slice();
  });
}

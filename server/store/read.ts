// Reads for the articles API: the list, and one article with the entities and relations it produced.
import type { DB } from "./schema.ts";
import type { Entity, Quote, Relation } from "../extract/types.ts";
import { edgeKey } from "../graph/build.ts";

export interface ArticleListItem {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  createdAt: string;
  counts: { entities: number; relations: number };
  /** A near-duplicate kept on purpose: the stored article it is a near-duplicate of, and how similar (else null). */
  duplicateOf: string | null;
  similarity: number | null;
}

export interface ArticleDetail extends ArticleListItem {
  text: string;
  entities: Entity[];
  relations: (Relation & { edge: string })[];
  quotes: Quote[];
}

interface ArticleRow {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  created_at: string;
  entity_count: number;
  relation_count: number;
  duplicate_of: string | null;
  similarity: number | null;
}

const listItem = (r: ArticleRow): ArticleListItem => ({
  id: r.id,
  title: r.title,
  date: r.date,
  source: r.source,
  url: r.url,
  createdAt: r.created_at,
  counts: { entities: r.entity_count, relations: r.relation_count },
  duplicateOf: r.duplicate_of,
  similarity: r.similarity,
});

const COLUMNS = "id, title, date, source, url, created_at, entity_count, relation_count, duplicate_of, similarity";

export class ArticleReader {
  private readonly countAll;
  private readonly page;
  private readonly one;
  private readonly entities;
  private readonly aliases;
  private readonly mentions;
  private readonly relations;
  private readonly evidence;
  private readonly quoteJson;

  constructor(db: DB) {
    this.countAll = db.prepare("SELECT count(*) FROM articles").pluck();
    this.page = db.prepare(`SELECT ${COLUMNS} FROM articles ORDER BY seq LIMIT ? OFFSET ?`);
    this.one = db.prepare(`SELECT ${COLUMNS}, text, quotes FROM articles WHERE id = ?`);
    this.entities = db.prepare("SELECT ae.ord, e.id, ae.kind, ae.name FROM article_entities ae JOIN entities e ON e.n = ae.entity WHERE ae.article = ? ORDER BY ae.ord");
    this.aliases = db.prepare("SELECT entity_ord, alias FROM aliases WHERE article = ? ORDER BY entity_ord, ord");
    this.mentions = db.prepare('SELECT entity_ord, start, "end", form FROM mentions WHERE article = ? ORDER BY entity_ord, ord');
    this.relations = db.prepare(
      `SELECT r.ord, s.id AS source, t.id AS target, r.type, r.polarity, r.title, r.act, r.attributes, r.confidence
       FROM relations r JOIN entities s ON s.n = r.source JOIN entities t ON t.n = r.target WHERE r.article = ? ORDER BY r.ord`,
    );
    this.evidence = db.prepare('SELECT relation_ord, start, "end", text FROM evidence WHERE article = ? ORDER BY relation_ord, ord');
    this.quoteJson = db.prepare("SELECT quotes FROM articles WHERE id = ?").pluck();
  }

  count(): number {
    return this.countAll.get() as number;
  }

  list(limit: number, offset: number): ArticleListItem[] {
    return (this.page.all(limit, offset) as ArticleRow[]).map(listItem);
  }

  /** One article's quotes as the extractor gave them; none for an unknown article. */
  quotes(id: string): Quote[] {
    const json = this.quoteJson.get(id) as string | undefined;
    return json ? (JSON.parse(json) as Quote[]) : [];
  }

  get(id: string): ArticleDetail | null {
    const row = this.one.get(id) as (ArticleRow & { text: string; quotes: string }) | undefined;
    if (!row) return null;
    const entities = (this.entities.all(id) as { ord: number; id: string; kind: Entity["kind"]; name: string }[]).map(
      (e): Entity => ({ id: e.id, kind: e.kind, name: e.name, aliases: [], mentions: [] }),
    );
    for (const a of this.aliases.all(id) as { entity_ord: number; alias: string }[]) entities[a.entity_ord].aliases.push(a.alias);
    for (const m of this.mentions.all(id) as { entity_ord: number; start: number; end: number; form: Entity["mentions"][number]["form"] }[]) {
      entities[m.entity_ord].mentions.push({ start: m.start, end: m.end, form: m.form });
    }
    type RelationRow = { ord: number; source: string; target: string; type: Relation["type"]; polarity: Relation["polarity"] | null; title: string | null; act: string | null; attributes: string | null; confidence: number };
    const relations = (this.relations.all(id) as RelationRow[]).map((r) => {
      const attributes: Relation["attributes"] = r.attributes ? JSON.parse(r.attributes) : {};
      if (r.title !== null) attributes.title = r.title;
      if (r.act !== null) attributes.act = r.act;
      const relation: Relation = { source: r.source, target: r.target, type: r.type, attributes, evidence: [], confidence: r.confidence };
      if (r.polarity !== null) relation.polarity = r.polarity;
      return { ...relation, edge: edgeKey(relation) };
    });
    for (const e of this.evidence.all(id) as { relation_ord: number; start: number; end: number; text: string | null }[]) {
      relations[e.relation_ord].evidence.push({ start: e.start, end: e.end, text: e.text ?? row.text.slice(e.start, e.end) });
    }
    return { ...listItem(row), text: row.text, entities, relations, quotes: JSON.parse(row.quotes) };
  }
}

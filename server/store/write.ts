// Writes and deletes articles: each call is one transaction, so an article is in the store whole or not at all.
import type { DB } from "./schema.ts";
import type { ExtractedArticle } from "../graph/build.ts";
import { signature as textSignature } from "../articles/minhash.ts";
import { NearDuplicateIndex, type NearMatch } from "./nearDuplicates.ts";

export interface StoredArticleInput extends ExtractedArticle {
  url: string | null;
  /** A near-duplicate kept on purpose: what it is a near-duplicate of. */
  nearDuplicateOf?: NearMatch | null;
  /** Its text's MinHash signature, when the caller has it already. */
  signature?: Uint32Array;
}

export class ArticleWriter {
  private readonly nextSeq;
  private readonly entityNumber;
  private readonly insertEntity;
  private readonly insertArticle;
  private readonly insertArticleEntity;
  private readonly insertAlias;
  private readonly insertMention;
  private readonly insertRelation;
  private readonly insertEvidence;
  private readonly insertSpeaker;
  private readonly bumpGeneration;
  private readonly deletes;
  private readonly pruneEntities;
  private readonly exists;
  private readonly byUrl;
  readonly nearDuplicates: NearDuplicateIndex;

  constructor(private readonly db: DB) {
    this.nearDuplicates = new NearDuplicateIndex(db);
    this.nextSeq = db.prepare("SELECT coalesce(max(seq), 0) + 1 FROM articles").pluck();
    this.entityNumber = db.prepare("SELECT n FROM entities WHERE id = ?").pluck();
    this.insertEntity = db.prepare("INSERT INTO entities (id) VALUES (?)");
    this.insertArticle = db.prepare(
      `INSERT INTO articles (id, seq, text, title, date, source, url, quotes, entity_count, relation_count, created_at, duplicate_of, similarity)
       VALUES (@id, @seq, @text, @title, @date, @source, @url, @quotes, @entityCount, @relationCount, @createdAt, @duplicateOf, @similarity)`,
    );
    this.insertArticleEntity = db.prepare("INSERT INTO article_entities (article, ord, entity, kind, name, mention_count) VALUES (?, ?, ?, ?, ?, ?)");
    this.insertAlias = db.prepare("INSERT INTO aliases (article, entity_ord, ord, alias) VALUES (?, ?, ?, ?)");
    this.insertMention = db.prepare('INSERT INTO mentions (article, entity_ord, ord, start, "end", form) VALUES (?, ?, ?, ?, ?, ?)');
    this.insertRelation = db.prepare(
      "INSERT INTO relations (article, ord, source, target, type, polarity, title, act, attributes, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    this.insertEvidence = db.prepare('INSERT INTO evidence (article, relation_ord, ord, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)');
    this.insertSpeaker = db.prepare("INSERT OR IGNORE INTO quote_speakers (speaker, article) VALUES (?, ?)");
    this.bumpGeneration = db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'");
    this.deletes = ["evidence", "relations", "mentions", "aliases", "article_entities", "quote_speakers", "articles"].map((t) =>
      db.prepare(`DELETE FROM ${t} WHERE ${t === "articles" ? "id" : "article"} = ?`),
    );
    this.pruneEntities = db.prepare(
      "DELETE FROM entities WHERE n IN (SELECT value FROM json_each(?)) AND NOT EXISTS (SELECT 1 FROM article_entities WHERE entity = entities.n)",
    );
    this.exists = db.prepare("SELECT 1 FROM articles WHERE id = ?").pluck();
    this.byUrl = db.prepare("SELECT id FROM articles WHERE url = ? ORDER BY seq LIMIT 1").pluck();
  }

  has(id: string): boolean {
    return this.exists.get(id) !== undefined;
  }

  /** The article stored from this URL, if any: the same URL twice is one article. */
  idOfUrl(url: string | null | undefined): string | null {
    return url ? ((this.byUrl.get(url) as string | undefined) ?? null) : null;
  }

  private entity(id: string): number {
    const n = this.entityNumber.get(id) as number | undefined;
    return n ?? Number(this.insertEntity.run(id).lastInsertRowid);
  }

  /** Adds an article and all it supports in one transaction; false if the same text is already stored. */
  add(input: StoredArticleInput, beforeCommit?: () => void): boolean {
    return this.db.transaction(() => {
      const { record, extraction } = input;
      if (this.has(record.id)) return false;
      const article = record.id;
      const numbers = new Map<string, number>();
      extraction.entities.forEach((e, ord) => {
        const n = numbers.get(e.id) ?? this.entity(e.id);
        numbers.set(e.id, n);
        this.insertArticleEntity.run(article, ord, n, e.kind, e.name, e.mentions.length);
        e.aliases.forEach((alias, i) => this.insertAlias.run(article, ord, i, alias));
        e.mentions.forEach((m, i) => this.insertMention.run(article, ord, i, m.start, m.end, m.form));
      });
      // A relation whose ends are not entities of this article is unsupported here: it is not stored.
      const relations = extraction.relations.filter((r) => numbers.has(r.source) && numbers.has(r.target));
      relations.forEach((r, ord) => {
        const { title, act, ...rest } = r.attributes;
        const extra = Object.keys(rest).length ? JSON.stringify(rest) : null;
        this.insertRelation.run(article, ord, numbers.get(r.source), numbers.get(r.target), r.type, r.polarity ?? null, title ?? null, act ?? null, extra, r.confidence);
        r.evidence.forEach((s, i) => {
          // Evidence is a span of the article: its text is stored only where it is not exactly that span.
          const text = s.text === record.text.slice(s.start, s.end) ? null : s.text;
          this.insertEvidence.run(article, ord, i, s.start, s.end, text);
        });
      });
      this.insertArticle.run({
        id: article,
        seq: this.nextSeq.get(),
        text: record.text,
        title: record.title,
        date: record.date,
        source: record.source,
        url: input.url,
        quotes: JSON.stringify(extraction.quotes ?? []),
        entityCount: extraction.entities.length,
        relationCount: relations.length,
        createdAt: new Date().toISOString(),
        duplicateOf: input.nearDuplicateOf?.id ?? null,
        similarity: input.nearDuplicateOf?.similarity ?? null,
      });
      this.nearDuplicates.add(article, input.signature ?? textSignature(record.text));
      for (const q of extraction.quotes ?? []) if (q.speaker !== null) this.insertSpeaker.run(q.speaker, article);
      this.bumpGeneration.run();
      beforeCommit?.();
      return true;
    }).immediate();
  }

  /** Removes an article and the rows only it supported; false if there is no such article. */
  remove(id: string): boolean {
    return this.db.transaction(() => {
      if (!this.has(id)) return false;
      const entities = this.db.prepare("SELECT DISTINCT entity FROM article_entities WHERE article = ?").pluck().all(id);
      for (const d of this.deletes) d.run(id);
      this.nearDuplicates.remove(id);
      this.pruneEntities.run(JSON.stringify(entities));
      this.bumpGeneration.run();
      return true;
    }).immediate();
  }
}

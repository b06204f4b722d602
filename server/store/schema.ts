// The store's schema and its migrations: PRAGMA user_version is the number of migrations applied.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";

export type DB = Database.Database;

// Per-article tables are WITHOUT ROWID and keyed by the article id first, so a primary-key scan visits articles in id
// order: the order in which buildGraph merges them. Entity ids live once in `entities` and are referenced by number.
const MIGRATIONS: string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    text TEXT NOT NULL,
    title TEXT, date TEXT, source TEXT, url TEXT,
    quotes TEXT NOT NULL,
    entity_count INTEGER NOT NULL,
    relation_count INTEGER NOT NULL,
    created_at TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE entities (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE
  );
  CREATE TABLE article_entities (
    article TEXT NOT NULL,
    ord INTEGER NOT NULL,
    entity INTEGER NOT NULL REFERENCES entities(n),
    kind TEXT NOT NULL CHECK (kind IN ('person','organization','country','location','event','topic')),
    name TEXT NOT NULL,
    PRIMARY KEY (article, ord)
  ) WITHOUT ROWID;
  CREATE INDEX article_entities_entity ON article_entities(entity);
  CREATE TABLE aliases (
    article TEXT NOT NULL,
    entity_ord INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    alias TEXT NOT NULL,
    PRIMARY KEY (article, entity_ord, ord)
  ) WITHOUT ROWID;
  CREATE TABLE mentions (
    article TEXT NOT NULL,
    entity_ord INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    form TEXT NOT NULL CHECK (form IN ('name','pronoun','nominal','demonym')),
    PRIMARY KEY (article, entity_ord, ord)
  ) WITHOUT ROWID;
  CREATE TABLE relations (
    article TEXT NOT NULL,
    ord INTEGER NOT NULL,
    source INTEGER NOT NULL REFERENCES entities(n),
    target INTEGER NOT NULL REFERENCES entities(n),
    type TEXT NOT NULL,
    polarity TEXT CHECK (polarity IN ('support','oppose','neutral')),
    title TEXT,
    act TEXT,
    attributes TEXT,
    confidence REAL NOT NULL,
    PRIMARY KEY (article, ord)
  ) WITHOUT ROWID;
  CREATE TABLE evidence (
    article TEXT NOT NULL,
    relation_ord INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT,
    PRIMARY KEY (article, relation_ord, ord)
  ) WITHOUT ROWID;
  CREATE TABLE layout (
    node TEXT PRIMARY KEY,
    x REAL NOT NULL, y REAL NOT NULL, size REAL NOT NULL
  ) WITHOUT ROWID;
  INSERT INTO meta (key, value) VALUES ('generation', '0'), ('layout_generation', '-1');
  `,
  // Each article entity's mention count beside it: the graph's rebuild reads counts, not every mention (mentions are
  // read per node when asked for).
  `
  ALTER TABLE article_entities ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0;
  UPDATE article_entities SET mention_count =
    (SELECT count(*) FROM mentions m WHERE m.article = article_entities.article AND m.entity_ord = article_entities.ord);
  `,
  // Which articles quote each speaker (the article's own entity id): a node's quotes are read from those articles
  // only, not from every article that mentions it.
  `
  CREATE TABLE quote_speakers (speaker TEXT NOT NULL, article TEXT NOT NULL, PRIMARY KEY (speaker, article)) WITHOUT ROWID;
  CREATE INDEX quote_speakers_article ON quote_speakers(article);
  INSERT OR IGNORE INTO quote_speakers (speaker, article)
    SELECT json_extract(q.value, '$.speaker'), a.id FROM articles a, json_each(a.quotes) q
    WHERE json_extract(q.value, '$.speaker') IS NOT NULL;
  `,
  // Near-duplicates (server/store/nearDuplicates.ts): each article's MinHash signature and its band keys (band * 2^32
  // + key), what a kept near-duplicate is a near-duplicate of, and articles found by URL (the same URL is one article).
  `
  ALTER TABLE articles ADD COLUMN duplicate_of TEXT;
  ALTER TABLE articles ADD COLUMN similarity REAL;
  CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
  CREATE TABLE article_signatures (article TEXT PRIMARY KEY, signature BLOB NOT NULL) WITHOUT ROWID;
  CREATE TABLE signature_bands (band_key INTEGER NOT NULL, article TEXT NOT NULL, PRIMARY KEY (band_key, article)) WITHOUT ROWID;
  `,
  // Corrections by hand (server/store/curations.ts): each a row, applied on every rebuild in id order; ids are never
  // reused (AUTOINCREMENT), as a split's new node is named by its curation's id.
  `
  CREATE TABLE IF NOT EXISTS curations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    op TEXT NOT NULL CHECK (op IN ('merge','split','rename','retype','reject','repolarize')),
    spec TEXT NOT NULL CHECK (json_valid(spec)),
    note TEXT,
    created_at TEXT NOT NULL
  );
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Applies the migrations the store lacks, up to `target` (all by default; tests stop earlier). */
export function migrate(db: DB, target = SCHEMA_VERSION): void {
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version > SCHEMA_VERSION) throw new Error(`The store has schema version ${version}; this program knows up to ${SCHEMA_VERSION}`);
  for (let v = version; v < target; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

/** Opens (creating the folder and file if needed) and migrates a store. */
export function openDatabase(path: string, options: { readonly?: boolean } = {}): DB {
  if (path !== ":memory:" && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly: options.readonly ?? false });
  db.pragma("busy_timeout = 10000");
  if (!options.readonly) {
    db.pragma("journal_mode = WAL");
    // NORMAL in WAL mode: a commit survives a process kill; only a power loss may drop the last commits.
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    migrate(db);
  }
  return db;
}

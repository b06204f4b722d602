// The rebuild's last stage: the stored curations applied to the graph just read, oldest first, a few per step; what
// splits need is read from the same snapshot (SplitFacts), and a split node's mentions and quotes are read per
// article entity afterwards.
import type { Statement } from "better-sqlite3";
import type { DB } from "./schema.ts";
import type { ArticleRecord, KnowledgeGraph, MentionLookup } from "../graph/types.ts";
import type { EntityKind, MentionForm, Polarity, RelationType } from "../extract/types.ts";
import { Curator, type AppliedCurations, type SplitFacts } from "../graph/curate.ts";
import type { ArticleEntity, StoredRelation } from "../graph/curateSplit.ts";
import { readCurations } from "./curations.ts";

const CURATIONS_PER_STEP = 64;

/** What curations the store has, applied to `graph` (and `canonical`, where merges and splits move entity ids); null
 * when it has none. */
export function* curationSteps(db: DB, graph: KnowledgeGraph, canonical: Map<string, string>, articles: ReadonlyMap<string, ArticleRecord>): Generator<void, AppliedCurations | null, void> {
  const list = readCurations(db);
  if (!list.length) return null;
  const curator = new Curator(graph, canonical, storedSplitFacts(db, articles));
  for (let i = 0; i < list.length; i++) {
    curator.apply(list[i]);
    if (i % CURATIONS_PER_STEP === CURATIONS_PER_STEP - 1) yield;
  }
  return curator;
}

const ids = (list: readonly string[]) => JSON.stringify(list);

/** Article entities and relations from the store (the rebuild's snapshot). */
function storedSplitFacts(db: DB, articles: ReadonlyMap<string, ArticleRecord>): SplitFacts {
  let entities: Statement | undefined;
  let aliases: Statement | undefined;
  let relations: Statement | undefined;
  let mentions: Statement | undefined;
  return {
    text: (article) => articles.get(article)?.text ?? "",
    mentions(article, ord) {
      mentions ??= db.prepare('SELECT start, "end" FROM mentions WHERE article = ? AND entity_ord = ? ORDER BY ord');
      return mentions.all(article, ord) as { start: number; end: number }[];
    },
    articleEntities(list) {
      entities ??= db.prepare(
        `SELECT ae.article, ae.ord, e.id, ae.kind, ae.name, ae.mention_count FROM entities e JOIN article_entities ae ON ae.entity = e.n
         WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY ae.article, ae.ord`,
      );
      aliases ??= db.prepare("SELECT alias FROM aliases WHERE article = ? AND entity_ord = ? ORDER BY ord").pluck();
      const rows = entities.raw().all(ids(list)) as [string, number, string, EntityKind, string, number][];
      return rows
        .filter(([article]) => articles.has(article))
        .map(([article, ord, entity, kind, name, mentionCount]): ArticleEntity => ({ article, ord, entity, kind, name, aliases: aliases!.all(article, ord) as string[], mentionCount }));
    },
    relations(article, list) {
      relations ??= db.prepare(
        `SELECT r.ord, s.id, t.id, r.type, r.polarity, r.act, r.title, r.confidence, ev.start, ev."end", ev.text
         FROM relations r JOIN entities s ON s.n = r.source JOIN entities t ON t.n = r.target
         LEFT JOIN evidence ev ON ev.article = r.article AND ev.relation_ord = r.ord
         WHERE r.article = ? AND (s.id IN (SELECT value FROM json_each(?)) OR t.id IN (SELECT value FROM json_each(?)))
         ORDER BY r.ord, ev.ord`,
      );
      const text = articles.get(article)?.text ?? "";
      const rows = relations.raw().all(article, ids(list), ids(list)) as [number, string, string, RelationType, Polarity | null, string | null, string | null, number, number | null, number | null, string | null][];
      const out: StoredRelation[] = [];
      let ord = -1;
      for (const [o, source, target, type, polarity, act, title, confidence, start, end, evidenceText] of rows) {
        if (o !== ord) {
          ord = o;
          out.push({ source, target, type, polarity, act, title, confidence, evidence: [] });
        }
        if (start !== null && end !== null) out[out.length - 1].evidence.push({ article, start, end, text: evidenceText ?? text.slice(start, end) });
      }
      return out;
    },
  };
}

/** Mentions and quoting articles of the nodes a split made or cut, read per article entity; the others as before. */
export function curatedLookups(
  db: DB,
  applied: AppliedCurations,
  articles: ReadonlyMap<string, ArticleRecord>,
  base: { mentions: MentionLookup; quotedIn: (node: string) => string[] },
): { mentions: MentionLookup; quotedIn: (node: string) => string[] } {
  if (!applied.splitNodes.size) return base;
  let mentions: Statement | undefined;
  let quoted: Statement | undefined;
  return {
    mentions(node) {
      if (!applied.splitNodes.has(node)) return base.mentions(node);
      mentions ??= db.prepare(
        `SELECT ae.article, e.id, m.start, m."end", m.form FROM entities e
         JOIN article_entities ae ON ae.entity = e.n JOIN mentions m ON m.article = ae.article AND m.entity_ord = ae.ord
         WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY ae.article, ae.ord, m.ord`,
      );
      const rows = mentions.raw().all(ids(applied.entityIdsOf(node))) as [string, string, number, number, MentionForm][];
      return rows
        .filter(([article, entity, start]) => articles.has(article) && applied.mentionOf(article, entity, start) === node)
        .map(([article, , start, end, form]) => ({ article, start, end, form }));
    },
    quotedIn(node) {
      if (!applied.splitNodes.has(node)) return base.quotedIn(node);
      quoted ??= db.prepare("SELECT DISTINCT article, speaker FROM quote_speakers WHERE speaker IN (SELECT value FROM json_each(?)) ORDER BY article");
      const rows = quoted.raw().all(ids(applied.entityIdsOf(node))) as [string, string][];
      return [...new Set(rows.filter(([article, speaker]) => articles.has(article) && applied.nodeOf(article, speaker) === node).map(([a]) => a))];
    },
  };
}

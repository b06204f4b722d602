// A split of a name that no article entity goes by, only some mentions inside them (an alias: "Berg" among Anna
// Berg's mentions in one article): those mentions, whose text is the name, leave for a node of their own. The
// relations stay: an article's relation is its entity's, not a mention's.
import { nameKey } from "../extract/text.ts";
import type { ArticleEntity, SplitContext, SplitDone, SplitRequest } from "./curateSplit.ts";

export function splitMentions(ctx: SplitContext, req: SplitRequest, rows: readonly ArticleEntity[], wanted: string): SplitDone | null {
  const { graph, facts } = ctx;
  const hits: { row: ArticleEntity; start: number }[] = [];
  for (const row of rows) {
    if (!row.aliases.some((a) => nameKey(a) === wanted)) continue;
    const text = facts.text(row.article);
    for (const m of facts.mentions(row.article, row.ord)) if (nameKey(text.slice(m.start, m.end)) === wanted) hits.push({ row, start: m.start });
  }
  if (!hits.length) return null;
  const created = `${req.node}~${req.id}`;
  const articles = [...new Set(hits.map((h) => h.row.article))].sort();
  graph.addNode(created, { kind: hits[0].row.kind, label: req.name!, aliases: [], mentionCount: hits.length, articles, x: 0, y: 0, size: 1, curated: [req.id] });
  const a = graph.getNodeAttributes(req.node);
  a.mentionCount -= hits.length;
  a.aliases = a.aliases.filter((n) => nameKey(n) !== wanted);
  const from = a.label;
  return {
    created,
    moved: [],
    own: null,
    mentions: hits.map((h) => [h.row.article, h.row.entity, h.start]),
    summary: `“${req.name}” split from “${from}” (${hits.length} mention${hits.length === 1 ? "" : "s"}; the relations stay with “${from}”)`,
    edges: [],
  };
}

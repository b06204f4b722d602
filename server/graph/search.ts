// Ranked search over node labels and aliases.
import { fold } from "./normalize.ts";
import type { EntityKind } from "../extract/types.ts";
import type { KnowledgeGraph } from "./types.ts";

export interface SearchHit {
  id: string;
  kind: EntityKind;
  label: string;
  aliases: string[];
  mentionCount: number;
  score: number;
}

/** How well one name matches the folded query: whole name, name prefix, word prefix, substring. */
function nameScore(name: string, q: string): number {
  const n = fold(name);
  if (!n) return 0;
  if (n === q) return 100;
  if (n.startsWith(q)) return 80;
  if (` ${n}`.includes(` ${q}`)) return 60;
  if (n.includes(q)) return 20;
  return 0;
}

export function searchNodes(graph: KnowledgeGraph, query: string, opts: { kind?: EntityKind; limit?: number } = {}): SearchHit[] {
  const q = fold(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  graph.forEachNode((id, a) => {
    if (opts.kind && a.kind !== opts.kind) return;
    // An alias match ranks a little below the same match on the label.
    const score = Math.max(nameScore(a.label, q), ...a.aliases.map((al) => nameScore(al, q) - 5));
    if (score > 0) hits.push({ id, kind: a.kind, label: a.label, aliases: a.aliases, mentionCount: a.mentionCount, score });
  });
  hits.sort((x, y) => y.score - x.score || y.mentionCount - x.mentionCount || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
  return hits.slice(0, opts.limit ?? 20);
}

// Ranked search over node labels and aliases: whole name, name prefix, word prefix, then mid-word substring;
// an alias match ranks a little below the same match on the label. Prefix matches come from a binary search over
// the per-state index; substring matches scan rank-ordered haystacks and stop once enough are found.
import { fold } from "./normalize.ts";
import type { EntityKind } from "../extract/types.ts";
import type { KnowledgeGraph } from "./types.ts";
import { queryIndexFor, type QueryIndex } from "./queryIndex.ts";
import { entryAt, lowerBound, SEARCH_FLAGS } from "./querySearch.ts";
import { ENTITY_KINDS } from "../extract/kinds.ts";

export interface SearchHit {
  id: string;
  kind: EntityKind;
  label: string;
  aliases: string[];
  mentionCount: number;
  score: number;
}

export interface SearchOptions {
  /** One kind or several; none means every kind. */
  kind?: EntityKind | readonly EntityKind[];
  limit?: number;
}

function kindMask(kind: SearchOptions["kind"]): number {
  if (!kind || (Array.isArray(kind) && kind.length === 0)) return 0xff;
  const kinds: readonly string[] = typeof kind === "string" ? [kind] : kind;
  let mask = 0;
  ENTITY_KINDS.forEach((k, i) => {
    if (kinds.includes(k)) mask |= 1 << i;
  });
  return mask;
}

/** Adds substring hits from a rank-ordered haystack until `want` new nodes are found. */
function scanHaystack(ix: QueryIndex, hay: string, start: Int32Array, nodes: Int32Array, q: string, score: number, mask: number, best: Map<number, number>, want: number) {
  let found = 0;
  for (let at = hay.indexOf(q); at >= 0 && found < want; at = hay.indexOf(q, at + 1)) {
    const entry = entryAt(start, at);
    const u = nodes[entry];
    if (!(mask & (1 << ix.nodeKind[u])) || best.has(u)) continue;
    best.set(u, score);
    found++;
    // Skip the rest of this name: one hit per name is enough.
    at = entry + 1 < start.length ? start[entry + 1] - 1 : hay.length;
  }
}

export function searchIndexed(ix: QueryIndex, query: string, opts: SearchOptions = {}): SearchHit[] {
  const q = fold(query);
  let hits = searchFolded(ix, q, opts);
  // "Zelensky's" folds to "zelenskys", which no name starts with: when nothing matches, the possessive is dropped
  // (a name with one, "Macy's", is still found by the whole query first).
  const bare = fold(query.replace(/['\u2019]s\b/gi, ""));
  if (!hits.length && bare !== q) hits = searchFolded(ix, bare, opts);
  // Spellings of one name differ most at the end ("Zelenskyy" for "Zelensky", "Yanukovych" for "Yanukovich"): when
  // still nothing matches, one or two final letters are dropped (leaving four at least), the score lowered by as many
  // tens, so that a program can tell a near match from a match.
  for (let drop = 1; !hits.length && drop <= 2 && bare.length - drop >= 4; drop++) {
    hits = searchFolded(ix, bare.slice(0, -drop), opts).map((h) => ({ ...h, score: h.score - 10 * drop }));
  }
  return hits;
}

function searchFolded(ix: QueryIndex, q: string, opts: SearchOptions): SearchHit[] {
  const limit = opts.limit ?? 20;
  if (!q || limit <= 0) return [];
  const mask = kindMask(opts.kind);
  const { keys, keyNode, keyFlags } = ix.search;
  const best = new Map<number, number>();
  for (let i = lowerBound(keys, q); i < keys.length && keys[i].startsWith(q); i++) {
    const u = keyNode[i];
    if (!(mask & (1 << ix.nodeKind[u]))) continue;
    const f = keyFlags[i];
    const score = (f & SEARCH_FLAGS.WHOLE ? (keys[i].length === q.length ? 100 : 80) : 60) - (f & SEARCH_FLAGS.ALIAS ? 5 : 0);
    const had = best.get(u);
    if (had === undefined || had < score) best.set(u, score);
  }
  if (best.size < limit) {
    const s = ix.search;
    scanHaystack(ix, s.labelHay, s.labelStart, s.labelNode, q, 20, mask, best, limit - best.size);
    if (best.size < limit) scanHaystack(ix, s.aliasHay, s.aliasStart, s.aliasNode, q, 15, mask, best, limit - best.size);
  }
  const { mentions, labels } = ix.search;
  const ranked = [...best.keys()].sort(
    (x, y) => best.get(y)! - best.get(x)! || mentions[y] - mentions[x] || (labels[x] < labels[y] ? -1 : labels[x] > labels[y] ? 1 : x - y),
  );
  return ranked.slice(0, limit).map((u) => {
    const a = ix.graph.getNodeAttributes(ix.nodeIds[u]);
    return { id: ix.nodeIds[u], kind: a.kind, label: a.label, aliases: a.aliases, mentionCount: a.mentionCount, score: best.get(u)! };
  });
}

export function searchNodes(graph: KnowledgeGraph, query: string, opts: SearchOptions = {}): SearchHit[] {
  return searchIndexed(queryIndexFor({ graph }), query, opts);
}

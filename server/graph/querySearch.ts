// The search index of one graph state: every folded name and every word-suffix of it, sorted, so that a prefix
// query is a binary search; plus rank-ordered haystacks for the rarer mid-word substring matches.
import { fold } from "./normalize.ts";
import type { KnowledgeGraph } from "./types.ts";

export interface SearchIndex {
  /** Folded names and their word suffixes, sorted by code unit. */
  keys: string[];
  keyNode: Int32Array;
  /** Bit 0: from an alias; bit 1: the whole name (not a word suffix). */
  keyFlags: Uint8Array;
  /** Folded labels, best-ranked node first, joined by "\n"; labelStart[i] is where the i-th begins. */
  labelHay: string;
  labelStart: Int32Array;
  labelNode: Int32Array;
  aliasHay: string;
  aliasStart: Int32Array;
  aliasNode: Int32Array;
  /** Per node, for ranking without touching the graph. */
  mentions: Int32Array;
  labels: string[];
}

const ALIAS = 1;
const WHOLE = 2;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function haystack(names: { name: string; node: number }[]) {
  const start = new Int32Array(names.length);
  let at = 0;
  names.forEach((x, i) => {
    start[i] = at;
    at += x.name.length + 1;
  });
  return { hay: names.map((x) => x.name).join("\n"), start, node: Int32Array.from(names, (x) => x.node) };
}

export function buildSearchIndex(graph: KnowledgeGraph, nodeIds: string[]): SearchIndex {
  const entries: { key: string; node: number; flags: number }[] = [];
  const labels: { name: string; node: number }[] = [];
  const aliases: { name: string; node: number }[] = [];
  nodeIds.forEach((id, u) => {
    const a = graph.getNodeAttributes(id);
    const names = [a.label, ...a.aliases];
    names.forEach((name, j) => {
      const f = fold(name);
      if (!f) return;
      const alias = j > 0 ? ALIAS : 0;
      entries.push({ key: f, node: u, flags: alias | WHOLE });
      for (let p = f.indexOf(" "); p >= 0; p = f.indexOf(" ", p + 1)) entries.push({ key: f.slice(p + 1), node: u, flags: alias });
      (alias ? aliases : labels).push({ name: f, node: u });
    });
  });
  entries.sort((x, y) => compare(x.key, y.key) || x.node - y.node || x.flags - y.flags);
  // Best-ranked first, as the final ordering does: more mentions, then label.
  const mentions = Int32Array.from(nodeIds, (id) => graph.getNodeAttribute(id, "mentionCount"));
  const labelOf = nodeIds.map((id) => graph.getNodeAttribute(id, "label"));
  const rank = (x: { name: string; node: number }, y: { name: string; node: number }) =>
    mentions[y.node] - mentions[x.node] || compare(labelOf[x.node], labelOf[y.node]) || x.node - y.node || compare(x.name, y.name);
  const l = haystack(labels.sort(rank));
  const al = haystack(aliases.sort(rank));
  return {
    keys: entries.map((x) => x.key),
    keyNode: Int32Array.from(entries, (x) => x.node),
    keyFlags: Uint8Array.from(entries, (x) => x.flags),
    labelHay: l.hay,
    labelStart: l.start,
    labelNode: l.node,
    aliasHay: al.hay,
    aliasStart: al.start,
    aliasNode: al.node,
    mentions,
    labels: labelOf,
  };
}

/** The first key index not below q. */
export function lowerBound(keys: string[], q: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entry whose text contains position `at` of a haystack. */
export function entryAt(start: Int32Array, at: number): number {
  let lo = 0;
  let hi = start.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (start[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export const SEARCH_FLAGS = { ALIAS, WHOLE };

// The search index of one graph state: every folded name and every word-suffix of it, sorted, so that a prefix
// query is a binary search; plus rank-ordered haystacks for the rarer mid-word substring matches.
import { fold } from "./normalize.ts";
import type { KnowledgeGraph } from "./types.ts";
import { inChunks, runSteps } from "./steps.ts";

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

type Name = { name: string; node: number };

/** Names joined by "\n" with where each begins; joined a chunk at a time, so the join never holds the event loop. */
function* haystack(names: Name[], chunk: number) {
  const start = new Int32Array(names.length);
  const node = new Int32Array(names.length);
  const parts: string[] = [];
  let at = 0;
  yield* inChunks(names.length, chunk, (from, to) => {
    for (let i = from; i < to; i++) {
      start[i] = at;
      at += names[i].name.length + 1;
      node[i] = names[i].node;
    }
    parts.push(names.slice(from, to).map((x) => x.name).join("\n"));
  });
  return { hay: parts.join("\n"), start, node };
}

/** The stable sort of `items` by `cmp` (Array.prototype.sort's order exactly), in steps: runs of `chunk` sorted
 * natively, then merged pairwise `chunk` items a step. */
function* sortSteps<T>(items: T[], cmp: (x: T, y: T) => number, chunk: number): Generator<void, T[], void> {
  const n = items.length;
  let src = items;
  yield* inChunks(n, chunk, (from, to) => {
    const run = src.slice(from, to).sort(cmp);
    for (let i = from; i < to; i++) src[i] = run[i - from];
  });
  let dst: T[] = new Array(n);
  for (let width = chunk; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const at = { i: lo, j: Math.min(n, lo + width), k: lo };
      const mid = at.j;
      const hi = Math.min(n, lo + 2 * width);
      while (at.k < hi) {
        merge(src, dst, at, mid, hi, chunk, cmp);
        yield;
      }
    }
    [src, dst] = [dst, src];
  }
  return src;
}

/** Merges src[i, mid) and src[j, hi) into dst from k on, `count` items at most (the left run first on ties). */
function merge<T>(src: T[], dst: T[], at: { i: number; j: number; k: number }, mid: number, hi: number, count: number, cmp: (x: T, y: T) => number): void {
  let { i, j, k } = at;
  for (const end = Math.min(hi, k + count); k < end; k++) dst[k] = j >= hi || (i < mid && cmp(src[i], src[j]) <= 0) ? src[i++] : src[j++];
  at.i = i;
  at.j = j;
  at.k = k;
}

/** Items one step handles before it yields. */
const CHUNK = 4096;

export function buildSearchIndex(graph: KnowledgeGraph, nodeIds: string[]): SearchIndex {
  return runSteps(searchIndexSteps(graph, nodeIds));
}

/** The steps of building the search index (see steps.ts): at once, or in slices by a server's warm-up. */
export function* searchIndexSteps(graph: KnowledgeGraph, nodeIds: string[], chunk = CHUNK): Generator<void, SearchIndex, void> {
  const entries: { key: string; node: number; flags: number }[] = [];
  const labels: Name[] = [];
  const aliases: Name[] = [];
  const mentions = new Int32Array(nodeIds.length);
  const labelOf: string[] = new Array(nodeIds.length);
  yield* inChunks(nodeIds.length, chunk, (from, to) => {
    for (let u = from; u < to; u++) {
      const a = graph.getNodeAttributes(nodeIds[u]);
      mentions[u] = a.mentionCount;
      labelOf[u] = a.label;
      const names = [a.label, ...a.aliases];
      names.forEach((name, j) => {
        const f = fold(name);
        if (!f) return;
        const alias = j > 0 ? ALIAS : 0;
        entries.push({ key: f, node: u, flags: alias | WHOLE });
        for (let p = f.indexOf(" "); p >= 0; p = f.indexOf(" ", p + 1)) entries.push({ key: f.slice(p + 1), node: u, flags: alias });
        (alias ? aliases : labels).push({ name: f, node: u });
      });
    }
  });
  const sorted = yield* sortSteps(entries, (x, y) => compare(x.key, y.key) || x.node - y.node || x.flags - y.flags, chunk);
  // Best-ranked first, as the final ordering does: more mentions, then label.
  const rank = (x: Name, y: Name) => mentions[y.node] - mentions[x.node] || compare(labelOf[x.node], labelOf[y.node]) || x.node - y.node || compare(x.name, y.name);
  const l = yield* haystack(yield* sortSteps(labels, rank, chunk), chunk);
  const al = yield* haystack(yield* sortSteps(aliases, rank, chunk), chunk);
  const keys: string[] = new Array(sorted.length);
  const keyNode = new Int32Array(sorted.length);
  const keyFlags = new Uint8Array(sorted.length);
  yield* inChunks(sorted.length, chunk, (from, to) => {
    for (let i = from; i < to; i++) {
      keys[i] = sorted[i].key;
      keyNode[i] = sorted[i].node;
      keyFlags[i] = sorted[i].flags;
    }
  });
  return {
    keys,
    keyNode,
    keyFlags,
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

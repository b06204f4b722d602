// The search index of one graph state: every folded name and every word-suffix of it, sorted, so that a prefix
// query is a binary search; plus rank-ordered haystacks for the rarer mid-word substring matches.
import { fold } from "./normalize.ts";
import type { KnowledgeGraph } from "./types.ts";
import { inChunks, IntList } from "./steps.ts";

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

/** Names (and their nodes) in the order `order` gives, joined by "\n", with where each begins; joined a chunk at a
 * time, so that the join never holds the event loop long. */
function* haystack(order: Int32Array, names: string[], nodes: Int32Array, chunk: number) {
  const start = new Int32Array(order.length);
  const node = new Int32Array(order.length);
  const parts: string[] = [];
  let at = 0;
  yield* inChunks(order.length, chunk, (from, to) => {
    const run: string[] = [];
    for (let i = from; i < to; i++) {
      const name = names[order[i]];
      start[i] = at;
      at += name.length + 1;
      node[i] = nodes[order[i]];
      run.push(name);
    }
    parts.push(run.join("\n"));
  });
  return { hay: parts.join("\n"), start, node };
}

/** 0 .. n - 1 stably sorted by `cmp` (Array.prototype.sort's order exactly), in steps: runs of `chunk` sorted
 * natively, then merged pairwise, `chunk` items a step. Items are numbers (indexes into the caller's arrays): no
 * object per item for the garbage collector to trace and move. */
function* sortSteps(n: number, cmp: (x: number, y: number) => number, chunk: number): Generator<void, Int32Array, void> {
  let src = new Int32Array(n);
  yield* inChunks(n, chunk, (from, to) => {
    const run: number[] = [];
    for (let i = from; i < to; i++) run.push(i);
    src.set(run.sort(cmp), from);
  });
  let dst = new Int32Array(n);
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
function merge(src: Int32Array, dst: Int32Array, at: { i: number; j: number; k: number }, mid: number, hi: number, count: number, cmp: (x: number, y: number) => number): void {
  let { i, j, k } = at;
  for (const end = Math.min(hi, k + count); k < end; k++) dst[k] = j >= hi || (i < mid && cmp(src[i], src[j]) <= 0) ? src[i++] : src[j++];
  at.i = i;
  at.j = j;
  at.k = k;
}

/** Items one step handles before it yields. */
const CHUNK = 4096;

/** The steps of building the search index (see steps.ts): at once, or in slices by a server's warm-up. */
export function* searchIndexSteps(graph: KnowledgeGraph, nodeIds: string[], chunk = CHUNK): Generator<void, SearchIndex, void> {
  // Entries (a folded name or word suffix, its node, its flags) and names as parallel lists, numbers off the heap.
  const entryKey: string[] = [];
  const entryNodes = new IntList();
  const entryFlagList = new IntList();
  const names = { label: { name: [] as string[], node: new IntList() }, alias: { name: [] as string[], node: new IntList() } };
  const mentions = new Int32Array(nodeIds.length);
  const labelOf: string[] = new Array(nodeIds.length);
  const add = (key: string, node: number, flags: number) => {
    entryKey.push(key);
    entryNodes.push(node);
    entryFlagList.push(flags);
  };
  // Folding names is the slow part (some 5 us a node): fewer nodes a step.
  yield* inChunks(nodeIds.length, Math.max(1, chunk >> 3), (from, to) => {
    for (let u = from; u < to; u++) {
      const a = graph.getNodeAttributes(nodeIds[u]);
      mentions[u] = a.mentionCount;
      labelOf[u] = a.label;
      for (let j = 0; j <= a.aliases.length; j++) {
        const f = fold(j === 0 ? a.label : a.aliases[j - 1]);
        if (!f) continue;
        const alias = j > 0 ? ALIAS : 0;
        add(f, u, alias | WHOLE);
        for (let p = f.indexOf(" "); p >= 0; p = f.indexOf(" ", p + 1)) add(f.slice(p + 1), u, alias);
        const list = alias ? names.alias : names.label;
        list.name.push(f);
        list.node.push(u);
      }
    }
  });
  const entryNode = entryNodes.toArray();
  const entryFlags = entryFlagList.toArray();
  const order = yield* sortSteps(entryKey.length, (x, y) => compare(entryKey[x], entryKey[y]) || entryNode[x] - entryNode[y] || entryFlags[x] - entryFlags[y], chunk);
  // Best-ranked first, as the final ordering does: more mentions, then label.
  const label = { name: names.label.name, node: names.label.node.toArray() };
  const alias = { name: names.alias.name, node: names.alias.node.toArray() };
  const ranked = (list: { name: string[]; node: Int32Array }) => {
    const { name, node } = list;
    return sortSteps(name.length, (x, y) => mentions[node[y]] - mentions[node[x]] || compare(labelOf[node[x]], labelOf[node[y]]) || node[x] - node[y] || compare(name[x], name[y]), chunk);
  };
  const l = yield* haystack(yield* ranked(label), label.name, label.node, chunk);
  const al = yield* haystack(yield* ranked(alias), alias.name, alias.node, chunk);
  const keys: string[] = new Array(order.length);
  const keyNode = new Int32Array(order.length);
  const keyFlags = new Uint8Array(order.length);
  yield* inChunks(order.length, chunk, (from, to) => {
    for (let i = from; i < to; i++) {
      keys[i] = entryKey[order[i]];
      keyNode[i] = entryNode[order[i]];
      keyFlags[i] = entryFlags[order[i]];
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

// Edge moves for curations: an edge re-keyed to new ends or a new polarity lands on the edge already there with that
// key, if any, as buildGraph merges relations that say the same thing (evidence appended, articles united, the higher
// confidence kept).
import { edgeKey } from "./build.ts";
import type { EdgeAttributes, KnowledgeGraph } from "./types.ts";

/** The key buildGraph gives an edge with these attributes between these nodes. */
export function keyBetween(source: string, a: Pick<EdgeAttributes, "type" | "act" | "polarity">, target: string): string {
  return edgeKey({ source, target, type: a.type, polarity: a.polarity, attributes: { act: a.act } });
}

/** Two sorted lists of distinct ids as one (a hub's thousands of articles: merged in one pass, not sorted again). */
export function sortedUnion(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (j >= b.length || (i < a.length && x < y)) out.push(a[i++]);
    else if (i >= a.length || y < x) out.push(b[j++]);
    else (out.push(x), i++, j++);
  }
  return out;
}

/** Records that curation `id` shaped a node or an edge. */
export function markCurated(attributes: { curated?: number[] }, id: number): void {
  if (!attributes.curated) attributes.curated = [id];
  else if (!attributes.curated.includes(id)) attributes.curated.push(id);
}

function curatedUnion(a: number[] | undefined, b: number[] | undefined): number[] | undefined {
  if (!a || !b) return a ?? b;
  return [...a, ...b.filter((id) => !a.includes(id))];
}

/** Puts `a` on the edge `source -> target` with its key: a new edge, or merged into the one there. Returns the key. */
export function putEdge(graph: KnowledgeGraph, source: string, target: string, a: EdgeAttributes): string {
  const key = keyBetween(source, a, target);
  if (!graph.hasEdge(key)) {
    graph.addDirectedEdgeWithKey(key, source, target, a);
    return key;
  }
  const b = graph.getEdgeAttributes(key);
  b.confidence = Math.max(b.confidence, a.confidence);
  b.evidence = [...b.evidence, ...a.evidence];
  b.articles = sortedUnion(b.articles, a.articles);
  const curated = curatedUnion(b.curated, a.curated);
  if (curated) b.curated = curated;
  return key;
}

/** Moves an edge to new ends and, with `change`, new attributes (its key follows). An edge whose ends became one node
 * says nothing any more and is dropped: null. */
export function moveEdge(graph: KnowledgeGraph, key: string, source: string, target: string, change: Partial<EdgeAttributes> = {}): string | null {
  const a = { ...graph.getEdgeAttributes(key), ...change };
  graph.dropEdge(key);
  return source === target ? null : putEdge(graph, source, target, a);
}

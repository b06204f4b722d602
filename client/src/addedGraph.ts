// What an added article brought into the view: its new nodes and their ties to what the view shows. From the whole
// graph when the view is the whole graph; from each new node's neighbourhood when the view is a large graph's
// overview, whose whole graph is far too large to fetch for a few new nodes.
import type { NeighborsResponse, SerializedGraph, WholeGraph } from "./apiTypes.ts";

/** New nodes whose neighbourhoods are fetched (an article adds a few dozen at most; a few hundred would be a flood). */
export const MOST_ADDED_FETCHED = 60;

export interface AddedSource {
  graph(): Promise<WholeGraph>;
  neighbors(id: string, depth: number): Promise<NeighborsResponse>;
}

export async function addedGraph(added: readonly string[], onScreen: (id: string) => boolean, partial: boolean, source: AddedSource): Promise<SerializedGraph> {
  const isAdded = new Set(added);
  const keep = (id: string) => isAdded.has(id) || onScreen(id);
  const parts = partial ? await Promise.all(added.slice(0, MOST_ADDED_FETCHED).map(async (id) => (await source.neighbors(id, 1)).graph)) : [await source.graph()];
  const nodes = new Map<string, SerializedGraph["nodes"][number]>();
  const edges: SerializedGraph["edges"] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    for (const n of part.nodes) if (keep(n.key) && !nodes.has(n.key)) nodes.set(n.key, n);
    for (const e of part.edges) {
      if (!keep(e.source) || !keep(e.target) || (e.key !== undefined && seen.has(e.key))) continue;
      if (e.key !== undefined) seen.add(e.key);
      edges.push(e);
    }
  }
  return { nodes: [...nodes.values()], edges };
}

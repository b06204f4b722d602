// What the explorer opens on: the whole graph when it can draw it; past that, the overview (GET /api/overview), the
// best-connected nodes and the ties among them, the rest a search or a click away. A store of a million relations is
// half a gigabyte of JSON: no page can take it, and no reader could make sense of it drawn whole.
import type { OverviewResponse, WholeGraph } from "./apiTypes.ts";

/** Past these the explorer opens on the overview: about what sigma draws and ForceAtlas2 settles in seconds. */
export const OVERVIEW_NODES = 2000;
export const OVERVIEW_EDGES = 8000;

export interface Opening {
  graph: WholeGraph;
  /** The whole graph's counts when the opening is only its overview; null when it is the whole graph. */
  totals: { nodes: number; edges: number } | null;
}

export async function openingGraph(source: { overview(limit: number, edgeLimit: number): Promise<OverviewResponse>; graph(): Promise<WholeGraph> }): Promise<Opening> {
  const overview = await source.overview(OVERVIEW_NODES, OVERVIEW_EDGES);
  if (!overview.truncated) return { graph: await source.graph(), totals: null };
  return { graph: overview.graph, totals: overview.totals };
}

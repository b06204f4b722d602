// A deterministic layout computed on the server, so the client's first paint is already laid out and the same graph
// always gets the same positions: seeded start positions, then a fixed number of ForceAtlas2 iterations.
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { KnowledgeGraph } from "./types.ts";

/** FNV-1a: a small stable hash, so a node's start position depends on its id only. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function nodeSize(degree: number): number {
  return Math.round((4 + 3 * Math.sqrt(degree)) * 100) / 100;
}

export function layoutGraph(graph: KnowledgeGraph, iterations = 300): void {
  graph.forEachNode((id) => {
    const h = hash32(id);
    const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
    const radius = 10 + ((h >>> 16) / 0x10000) * 90;
    graph.mergeNodeAttributes(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle), size: nodeSize(graph.degree(id)) });
  });
  if (graph.order < 2) return;
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 };
  forceAtlas2.assign(graph, { iterations: graph.order > 20000 ? 50 : iterations, settings });
  // Round so the serialized positions are byte-identical across platforms' float printing.
  graph.forEachNode((id, a) => graph.mergeNodeAttributes(id, { x: Math.round(a.x * 1000) / 1000, y: Math.round(a.y * 1000) / 1000 }));
}

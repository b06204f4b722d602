// Types for the parts of graphology-layout-forceatlas2 that it ships without declarations.
declare module "graphology-layout-forceatlas2/iterate.js" {
  import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
  /** One iteration over the packed node and edge matrices, in place. */
  export default function iterate(settings: ForceAtlas2Settings, nodes: Float32Array, edges: Float32Array): void;
}

declare module "graphology-layout-forceatlas2/helpers.js" {
  import type Graph from "graphology";
  /** Node matrix: 10 floats a node (x, y at 0 and 1), in graph.forEachNode order; edge matrix: 3 floats an edge. */
  export function graphToByteArrays(graph: Graph, getEdgeWeight: () => number): { nodes: Float32Array; edges: Float32Array };
  export function assign<T>(target: T, ...sources: Partial<T>[]): T;
}

declare module "graphology-layout-forceatlas2/defaults.js" {
  import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
  /** Every setting the iteration reads; the worker gets these merged under the inferred ones. */
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}

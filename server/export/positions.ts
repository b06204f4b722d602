// The layout as it was when a document was begun. States are swapped whole, but the store writes a finished layout
// into the current graph's node attributes in place (store/layouter.ts applyPositions), which can fall in the middle
// of a long stream: the writers read positions through a snapshot taken at their start, so that a document never
// mixes two layouts.
import type { KnowledgeGraph, NodeAttributes } from "../graph/types.ts";

export type NodeEntry = { node: string; attributes: NodeAttributes };

/** Each node's x, y and size in graph order, taken now. */
export class LayoutSnapshot {
  // A plain array: a position missing at the start stays missing (undefined), where a typed array would make it NaN.
  private readonly xys: (number | undefined)[];

  constructor(graph: KnowledgeGraph) {
    this.xys = new Array(graph.order * 3);
    let i = 0;
    graph.forEachNode((_, a) => {
      this.xys[i++] = a.x;
      this.xys[i++] = a.y;
      this.xys[i++] = a.size;
    });
  }

  /** The nodes in graph order, their attributes as of the snapshot (a copy only for a node laid out since). */
  *nodes(graph: KnowledgeGraph): Generator<NodeEntry, void, void> {
    const xys = this.xys;
    let i = 0;
    for (const e of graph.nodeEntries()) {
      const a = e.attributes;
      const x = xys[i++];
      const y = xys[i++];
      const size = xys[i++];
      // Object.is: a NaN position unchanged is no change.
      if (Object.is(a.x, x) && Object.is(a.y, y) && Object.is(a.size, size)) yield e;
      else yield { node: e.node, attributes: { ...a, x, y, size } as NodeAttributes };
    }
  }
}

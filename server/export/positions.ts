// The layout as it was when a document was begun. States are swapped whole, but the store writes a finished layout
// into the current graph's node attributes in place (store/layouter.ts applyPositions), which can fall in the middle
// of a long stream: the writers read positions through a snapshot taken at their start, so that a document never
// mixes two layouts.
import type { KnowledgeGraph, NodeAttributes } from "../graph/types.ts";

export type NodeEntry = { node: string; attributes: NodeAttributes };

/** Each node's x, y and size in graph order, taken now. */
export class LayoutSnapshot {
  // Typed arrays: one pass over a million-edge graph's nodes costs a few ms. A position missing at the start (none in
  // a laid-out graph) is marked apart, so that it stays missing rather than becoming NaN.
  private readonly xys: Float64Array;
  private readonly missing: Uint8Array;

  constructor(graph: KnowledgeGraph) {
    const xys = (this.xys = new Float64Array(graph.order * 3));
    const missing = (this.missing = new Uint8Array(graph.order * 3));
    let i = 0;
    const put = (v: number | undefined) => {
      if (v === undefined) missing[i] = 1;
      else xys[i] = v;
      i++;
    };
    graph.forEachNode((_, a) => {
      put(a.x);
      put(a.y);
      put(a.size);
    });
  }

  private at(i: number): number | undefined {
    return this.missing[i] ? undefined : this.xys[i];
  }

  /** The nodes in graph order, their attributes as of the snapshot (a copy only for a node laid out since). */
  *nodes(graph: KnowledgeGraph): Generator<NodeEntry, void, void> {
    let i = 0;
    for (const e of graph.nodeEntries()) {
      const a = e.attributes;
      const x = this.at(i++);
      const y = this.at(i++);
      const size = this.at(i++);
      // Object.is: a NaN position unchanged is no change.
      if (Object.is(a.x, x) && Object.is(a.y, y) && Object.is(a.size, size)) yield e;
      else yield { node: e.node, attributes: { ...a, x, y, size } as NodeAttributes };
    }
  }
}

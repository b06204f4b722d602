// Runs the deterministic layout in a worker thread, so that a write answers as soon as it has committed. Only the
// latest request matters: one superseded before it starts is dropped.
import { Worker } from "node:worker_threads";
import type { KnowledgeGraph } from "../graph/types.ts";
import { hash32, nodeSize } from "../graph/layout.ts";
import type { LayoutRequest, LayoutResponse } from "./layoutWorker.ts";
import { layoutTopology } from "./layoutTopology.ts";

export function topology(graph: KnowledgeGraph): { nodes: string[]; edges: Int32Array } {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((n, i) => [n, i]));
  const edges = new Int32Array(graph.size * 2);
  let i = 0;
  graph.forEachEdge((_e, _a, source, target) => {
    edges[i++] = index.get(source)!;
    edges[i++] = index.get(target)!;
  });
  return { nodes, edges };
}

export function applyPositions(graph: KnowledgeGraph, nodes: string[], positions: Float64Array): void {
  nodes.forEach((n, i) => {
    const a = graph.getNodeAttributes(n);
    a.x = positions[i * 3];
    a.y = positions[i * 3 + 1];
    a.size = positions[i * 3 + 2];
  });
}

/** Positions to show until the layout is done: where a node was before, or its seeded start for a new one. */
export function provisionalLayout(graph: KnowledgeGraph, previous: KnowledgeGraph | null): void {
  graph.forEachNode((id, a) => {
    const old = previous?.hasNode(id) ? previous.getNodeAttributes(id) : null;
    if (old) {
      a.x = old.x;
      a.y = old.y;
    } else {
      const h = hash32(id);
      const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
      const radius = 10 + ((h >>> 16) / 0x10000) * 90;
      a.x = Math.round(radius * Math.cos(angle) * 1000) / 1000;
      a.y = Math.round(radius * Math.sin(angle) * 1000) / 1000;
    }
    a.size = nodeSize(graph.degree(id));
  });
}

export class Layouter {
  private worker: Worker | null = null;
  private failed = false;
  private closed = false;
  private nextId = 0;
  /** Callbacks by request id; null when the worker failed and the caller should lay out itself. */
  private readonly waiting = new Map<number, (p: Float64Array | null) => void>();

  private start(): Worker {
    const worker = new Worker(new URL("./layoutWorker.mjs", import.meta.url));
    worker.unref(); // a pending layout does not keep the process alive
    worker.on("message", (m: LayoutResponse) => {
      this.waiting.get(m.id)?.(m.positions);
      this.waiting.delete(m.id);
    });
    worker.on("error", (err) => {
      console.error("layout worker failed; laying out on the main thread from now on:", err.message);
      this.worker = null;
      this.failed = true;
      for (const resolve of this.waiting.values()) resolve(null);
      this.waiting.clear();
    });
    return worker;
  }

  /** Positions (x, y, size per node) for this topology, computed in the worker. */
  layout(nodes: string[], edges: Int32Array): Promise<Float64Array> {
    if (this.closed) return Promise.resolve(new Float64Array(0));
    if (this.failed) return Promise.resolve(layoutTopology(nodes, edges));
    this.worker ??= this.start();
    const id = this.nextId++;
    return new Promise<Float64Array>((resolve) => {
      this.waiting.set(id, (p) => resolve(p ?? (this.closed ? new Float64Array(0) : layoutTopology(nodes, edges))));
      this.worker!.postMessage({ id, nodes, edges } satisfies LayoutRequest);
    });
  }

  /** Stops the worker; layouts still pending resolve empty. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    for (const resolve of this.waiting.values()) resolve(null);
    this.waiting.clear();
    await worker?.terminate();
  }
}

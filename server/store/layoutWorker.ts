// Computes layoutGraph off the main thread (see layouter.ts).
import { parentPort } from "node:worker_threads";
import { layoutTopology } from "./layoutTopology.ts";

export interface LayoutRequest {
  id: number;
  nodes: string[];
  /** Source and target node indexes, two per edge, in edge order. */
  edges: Int32Array;
}

export interface LayoutResponse {
  id: number;
  /** x, y, size per node, in node order. */
  positions: Float64Array;
}

parentPort!.on("message", (req: LayoutRequest) => {
  const positions = layoutTopology(req.nodes, req.edges);
  parentPort!.postMessage({ id: req.id, positions } satisfies LayoutResponse, [positions.buffer as ArrayBuffer]);
});

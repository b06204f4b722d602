// Messages between the layout controller and its ForceAtlas2 worker.
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";

export type ToLayoutWorker =
  /** Node and edge matrices from graphToByteArrays; iterations omitted runs until "stop". */
  | { type: "start"; run: number; nodes: ArrayBuffer; edges: ArrayBuffer; settings: ForceAtlas2Settings; iterations?: number }
  /** The page can take positions: the worker sends them after its current slice of iterations. */
  | { type: "want" }
  | { type: "stop" };

/** x, y pairs in the node order of the start message; `iterations` run so far in this run. */
export type FromLayoutWorker = { type: "positions"; run: number; xy: ArrayBuffer; iterations: number; finished: boolean };

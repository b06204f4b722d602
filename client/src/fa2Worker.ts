// ForceAtlas2 in a worker that runs iterations back to back. graphology's own worker waits for the page after every
// iteration, so a page busy drawing holds the layout back; here the page only asks for positions when it can use them.
import iterate from "graphology-layout-forceatlas2/iterate.js";
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { FromLayoutWorker, ToLayoutWorker } from "./layoutProtocol.ts";

const PPN = 10; // floats per node in the matrix
const SLICE_MS = 25; // work between two looks at the message queue (stop, positions wanted)

let nodes = new Float32Array(0);
let edges = new Float32Array(0);
let settings: ForceAtlas2Settings = {};
let budget = Infinity;
let done = 0;
let running = false;
let wanted = false;
let run = 0;

const scope = self as unknown as { postMessage(msg: FromLayoutWorker, transfer: Transferable[]): void; onmessage: ((e: MessageEvent<ToLayoutWorker>) => void) | null };

function post(finished: boolean): void {
  const xy = new Float32Array((nodes.length / PPN) * 2);
  for (let i = 0, j = 0; i < nodes.length; i += PPN, j += 2) {
    xy[j] = nodes[i];
    xy[j + 1] = nodes[i + 1];
  }
  scope.postMessage({ type: "positions", run, xy: xy.buffer, iterations: done, finished }, [xy.buffer]);
}

// A message to ourselves yields to the queue without setTimeout's minimum delay.
const tick = new MessageChannel();
tick.port1.onmessage = () => slice();

function slice(): void {
  if (!running) return;
  const t0 = performance.now();
  do {
    iterate(settings, nodes, edges);
    done++;
  } while (done < budget && performance.now() - t0 < SLICE_MS);
  if (done >= budget) {
    running = false;
    post(true);
    return;
  }
  if (wanted) {
    wanted = false;
    post(false);
  }
  tick.port2.postMessage(null);
}

scope.onmessage = ({ data }) => {
  if (data.type === "start") {
    ({ settings, run } = data);
    nodes = new Float32Array(data.nodes);
    edges = new Float32Array(data.edges);
    budget = data.iterations ?? Infinity;
    done = 0;
    wanted = false;
    // A run replacing a running one keeps its loop going: a second loop would run its slices twice as often.
    if (!running) tick.port2.postMessage(null);
    running = true;
  } else if (data.type === "want") {
    wanted = true;
  } else if (data.type === "stop" && running) {
    running = false;
    post(true);
  }
};

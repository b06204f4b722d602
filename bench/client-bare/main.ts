// The baseline for the bench: the same /api/graph drawn by sigma with its defaults, nothing else; and the FA2 worker
// on its own copy of the graph, so the bench can tell the worker's speed in a page from what the explorer gets.
import Graph from "graphology";
import Sigma from "sigma";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";

declare global {
  interface Window {
    __bare?: { graphLoaded: number; firstPixels: number };
    __bareRenderer?: Sigma;
    /** Runs the FA2 worker for `ms` on a copy of the graph nobody draws; resolves to iterations per second. */
    __bareFa2?: (ms: number) => Promise<number>;
  }
}

const data = await (await fetch("/api/graph")).json();
const graphLoaded = performance.now();
const graph = new Graph({ multi: true, type: "directed" });
for (const n of data.nodes) graph.addNode(n.key, { x: n.attributes.x, y: n.attributes.y, size: 4, label: n.attributes.label });
for (const e of data.edges) graph.addEdgeWithKey(e.key, e.source, e.target, { size: 1 });
window.__bareRenderer = new Sigma(graph, document.getElementById("graph")!);
window.__bare = { graphLoaded, firstPixels: performance.now() };

window.__bareFa2 = (ms) => {
  const copy = graph.copy();
  const layout = new FA2Layout(copy, { settings: forceAtlas2.inferSettings(copy), getEdgeWeight: null });
  let iterations = 0;
  // One message back from the worker per iteration.
  (layout as unknown as { worker: Worker }).worker.addEventListener("message", () => iterations++);
  const t0 = performance.now();
  layout.start();
  return new Promise((resolve) =>
    setTimeout(() => {
      layout.kill();
      resolve(iterations / ((performance.now() - t0) / 1000));
    }, ms),
  );
};

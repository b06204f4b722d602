// The baseline for the bench: the same /api/graph drawn by sigma with its defaults, nothing else.
import Graph from "graphology";
import Sigma from "sigma";

declare global {
  interface Window {
    __bare?: { graphLoaded: number; firstPixels: number };
  }
}

const data = await (await fetch("/api/graph")).json();
const graphLoaded = performance.now();
const graph = new Graph({ multi: true, type: "directed" });
for (const n of data.nodes) graph.addNode(n.key, { x: n.attributes.x, y: n.attributes.y, size: 4, label: n.attributes.label });
for (const e of data.edges) graph.addEdgeWithKey(e.key, e.source, e.target, { size: 1 });
new Sigma(graph, document.getElementById("graph")!);
window.__bare = { graphLoaded, firstPixels: performance.now() };

// JSON: graphology's serialized form, every attribute included, so it can be re-imported as is (mentions are not graph
// attributes: GET /api/nodes/:id lists them).
//
// Written a node and an edge at a time, byte for byte what JSON.stringify(graph.export()) gives: graphology's export
// is { options, attributes, nodes: [{ key, attributes? }], edges: [{ key, source, target, attributes?, undirected? }] }
// (attributes left out when empty, `undirected` only in a mixed graph).
import type { KnowledgeGraph } from "../graph/types.ts";
import { LayoutSnapshot } from "./positions.ts";
import { ChunkBuffer, type Chunks } from "./chunks.ts";

function isEmpty(o: object): boolean {
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) return false;
  return true;
}

const attributesJson = (a: object) => (isEmpty(a) ? "" : `,"attributes":${JSON.stringify(a)}`);

/** An object's JSON a batch of entries at a time: Object.keys gives the order JSON.stringify writes. */
export function* objectJsonChunks(o: Record<string, unknown>, buf = new ChunkBuffer()): Chunks {
  buf.add("{");
  let first = true;
  for (const k of Object.keys(o)) {
    const v = JSON.stringify(o[k]);
    if (v === undefined) continue; // as JSON.stringify leaves out undefined and functions
    const full = buf.add(`${first ? "" : ","}${JSON.stringify(k)}:${v}`);
    first = false;
    if (full) yield full;
  }
  buf.add("}");
}

/** The graph's serialized form, and after its four keys the `tail` objects under their names (GET /api/graph adds
 * articles and resolved); positions as of the call. */
export function* graphJsonChunks(graph: KnowledgeGraph, tail: [string, Record<string, unknown>][] = [], layout = new LayoutSnapshot(graph)): Chunks {
  const buf = new ChunkBuffer();
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  buf.add(`{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`);
  let first = true;
  for (const { node, attributes } of layout.nodes(graph)) {
    const full = buf.add(`${first ? "" : ","}{"key":${JSON.stringify(node)}${attributesJson(attributes)}}`);
    first = false;
    if (full) yield full;
  }
  buf.add(`],"edges":[`);
  first = true;
  const mixed = graph.type === "mixed";
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const full = buf.add(
      `${first ? "" : ","}{"key":${JSON.stringify(edge)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)}` +
        `${attributesJson(attributes)}${mixed && undirected ? `,"undirected":true` : ""}}`,
    );
    first = false;
    if (full) yield full;
  }
  buf.add("]");
  for (const [name, o] of tail) {
    buf.add(`,${JSON.stringify(name)}:`);
    yield* objectJsonChunks(o, buf);
  }
  yield buf.take() + "}";
}

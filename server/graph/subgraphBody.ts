// The JSON body of an answer that carries a subgraph (a neighbourhood, an overview): `head` (the answer's own fields,
// ending in `"graph":{"nodes":[`), then the nodes' and edges' cached UTF-8 fragments copied once into one buffer of
// exactly the answer's size (no temporary graph, no stringify, no re-encoding of a long string), from `take`.
import type { QueryIndex } from "./queryIndex.ts";
import { encodeEdge, encodeNode } from "./queryFragments.ts";

const COMMA = 0x2c;
const MIDDLE = Buffer.from(`],"edges":[`);
const TAIL = Buffer.from(`]}}`);

export function subgraphBody(ix: QueryIndex, head: string, nodes: readonly number[], edges: readonly number[], take: (size: number) => Buffer = Buffer.allocUnsafe): Buffer {
  const headBytes = Buffer.byteLength(head);
  const { nodeJson, edgeJson } = ix;
  let size = headBytes + MIDDLE.length + TAIL.length + Math.max(0, nodes.length - 1) + Math.max(0, edges.length - 1);
  for (let i = 0; i < nodes.length; i++) {
    encodeNode(ix, nodes[i]);
    size += nodeJson.length[nodes[i]];
  }
  for (let i = 0; i < edges.length; i++) {
    encodeEdge(ix, edges[i]);
    size += edgeJson.length[edges[i]];
  }
  const out = take(size);
  let at = out.write(head, 0, "utf8");
  for (let i = 0; i < nodes.length; i++) {
    if (i > 0) out[at++] = COMMA;
    at = nodeJson.copyTo(nodes[i], out, at);
  }
  at += MIDDLE.copy(out, at);
  for (let i = 0; i < edges.length; i++) {
    if (i > 0) out[at++] = COMMA;
    at = edgeJson.copyTo(edges[i], out, at);
  }
  TAIL.copy(out, at);
  return out;
}

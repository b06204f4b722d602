// UTF-8 JSON fragments of nodes and edges as a neighbourhood answers them, encoded once per state into large slabs:
// three integers per cached item and no JS object per fragment, so a warm cache of a big graph costs the garbage
// collector nothing to trace.
import type { QueryIndex } from "./queryIndex.ts";

const SLAB = 1 << 20;

export class FragmentCache {
  private readonly slabs: Buffer[] = [];
  private used = SLAB;
  /** Per item: slab index + 1 (0: not encoded yet), byte offset and byte length. */
  private readonly slabOf: Int32Array;
  private readonly offset: Int32Array;
  readonly length: Int32Array;

  constructor(count: number) {
    this.slabOf = new Int32Array(count);
    this.offset = new Int32Array(count);
    this.length = new Int32Array(count);
  }

  has(i: number): boolean {
    return this.slabOf[i] !== 0;
  }

  put(i: number, json: string): void {
    const bytes = Buffer.byteLength(json);
    if (this.used + bytes > SLAB) {
      this.slabs.push(Buffer.allocUnsafeSlow(Math.max(SLAB, bytes)));
      this.used = 0;
    }
    const slab = this.slabs.length - 1;
    this.slabs[slab].write(json, this.used, "utf8");
    this.slabOf[i] = slab + 1;
    this.offset[i] = this.used;
    this.length[i] = bytes;
    this.used += bytes;
  }

  /** Copies item i (encoded) into out at `at`; answers the new end. */
  copyTo(i: number, out: Buffer, at: number): number {
    const from = this.offset[i];
    return at + this.slabs[this.slabOf[i] - 1].copy(out, at, from, from + this.length[i]);
  }

  bytes(i: number): Buffer {
    const from = this.offset[i];
    return this.slabs[this.slabOf[i] - 1].subarray(from, from + this.length[i]);
  }
}

/** Evidence items an edge carries in a neighbourhood (its first sentence: answers stay small); GET /api/edges/:id
 * has them all. */
export const EVIDENCE_PREVIEW = 1;

/** Encodes node u's fragment unless cached: graphology's serialized form, without the (long) mention list. */
export function encodeNode(ix: QueryIndex, u: number): void {
  if (ix.nodeJson.has(u)) return;
  const a = ix.graph.getNodeAttributes(ix.nodeIds[u]);
  const attributes = { kind: a.kind, label: a.label, aliases: a.aliases, mentionCount: a.mentionCount, articles: a.articles, x: a.x, y: a.y, size: a.size };
  ix.nodeJson.put(u, JSON.stringify({ key: ix.nodeIds[u], attributes }));
}

/** Encodes edge e's fragment unless cached: graphology's serialized form, with its first evidence items and their
 * count. */
export function encodeEdge(ix: QueryIndex, e: number): void {
  if (ix.edgeJson.has(e)) return;
  const key = ix.edgeIds[e];
  const a = ix.graph.getEdgeAttributes(key);
  const attributes = { ...a, evidence: a.evidence.slice(0, EVIDENCE_PREVIEW), evidenceCount: a.evidence.length };
  ix.edgeJson.put(e, JSON.stringify({ key, source: ix.nodeIds[ix.edgeSource[e]], target: ix.nodeIds[ix.edgeTarget[e]], attributes }));
}

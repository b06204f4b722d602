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

/** Article ids a node carries in a neighbourhood: the first few (a hub is in thousands of articles), beside
 * `articleCount`; GET /api/nodes/:id has them all. */
export const ARTICLE_PREVIEW = 3;

/** Positions to a thousandth: what the layout stores, and no more digits than a screen can use. */
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Encodes node u's fragment unless cached: graphology's serialized form, without the (long) mention list and with
 * the first article ids and their count in place of the whole list. */
export function encodeNode(ix: QueryIndex, u: number): void {
  if (ix.nodeJson.has(u)) return;
  const a = ix.graph.getNodeAttributes(ix.nodeIds[u]);
  const attributes = {
    kind: a.kind,
    label: a.label,
    aliases: a.aliases,
    mentionCount: a.mentionCount,
    articleCount: a.articles.length,
    articles: a.articles.length > ARTICLE_PREVIEW ? a.articles.slice(0, ARTICLE_PREVIEW) : a.articles,
    x: round3(a.x),
    y: round3(a.y),
    size: a.size,
  };
  ix.nodeJson.put(u, JSON.stringify({ key: ix.nodeIds[u], attributes }));
}

const DAY = 86_400_000;
const dayOf = (d: number) => Date.UTC(Math.floor(d / 10000), (Math.floor(d / 100) % 100) - 1, d % 100) / DAY;
const isoOf = (d: number) => `${Math.floor(d / 10000)}-${String(Math.floor(d / 100) % 100).padStart(2, "0")}-${String(d % 100).padStart(2, "0")}`;

/** The days of dated articles (yyyymmdd numbers, any order, repeats allowed) as sorted ISO days, each run of
 * consecutive days written as one "first/last" interval: exact for the date filter and short for a tie reported
 * day after day. */
export function daySpans(dates: ArrayLike<number>): string[] {
  const days = [...new Set(Array.from(dates))].sort((x, y) => x - y);
  const out: string[] = [];
  for (let i = 0; i < days.length; ) {
    let j = i;
    while (j + 1 < days.length && dayOf(days[j + 1]) === dayOf(days[j]) + 1) j++;
    out.push(j === i ? isoOf(days[i]) : `${isoOf(days[i])}/${isoOf(days[j])}`);
    i = j + 1;
  }
  return out;
}

/** Encodes edge e's fragment unless cached: graphology's serialized form, with the counts of its evidence and
 * articles and the days of its dated articles (what the date filter reads) in place of the lists. */
export function encodeEdge(ix: QueryIndex, e: number): void {
  if (ix.edgeJson.has(e)) return;
  const key = ix.edgeIds[e];
  const { evidence, articles, ...rest } = ix.graph.getEdgeAttributes(key);
  const attributes = {
    ...rest,
    evidenceCount: evidence.length,
    articleCount: articles.length,
    dates: daySpans(ix.edgeDates.subarray(ix.edgeDateStart[e], ix.edgeDateStart[e + 1])),
  };
  ix.edgeJson.put(e, JSON.stringify({ key, source: ix.nodeIds[ix.edgeSource[e]], target: ix.nodeIds[ix.edgeTarget[e]], attributes }));
}

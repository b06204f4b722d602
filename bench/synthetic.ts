// Synthetic news-like graphs for benchmarks: typed nodes with names and aliases, power-law degrees (Zipf-chosen
// endpoints, so a few hubs and a long tail), typed edges with polarity, evidence sentences and dated articles.
// Deterministic: the same (edges, seed) always gives the same graph.
import { emptyGraph } from "../server/graph/build.ts";
import type { ArticleRecord, EdgeAttributes, KnowledgeGraph } from "../server/graph/types.ts";
import type { GraphState } from "../server/api/state.ts";
import type { EntityKind, Polarity, RelationType } from "../server/extract/types.ts";

/** mulberry32: a small seeded PRNG returning [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ["an", "ber", "ca", "dor", "el", "fa", "gun", "há", "ir", "jo", "ka", "lin", "mor", "na", "os", "pé", "qua", "ri", "sol", "ta", "ul", "ve", "wen", "xi", "yo", "zé"];
const KINDS: [EntityKind, number][] = [["person", 0.45], ["organization", 0.2], ["country", 0.05], ["location", 0.12], ["event", 0.1], ["topic", 0.08]];
const TYPES: [RelationType, number][] = [
  ["stance", 0.35],
  ["holds_position", 0.12],
  ["member_of", 0.15],
  ["participates_in", 0.12],
  ["located_in", 0.1],
  ["in_conflict_with", 0.05],
  ["part_of", 0.06],
  ["chairs", 0.03],
  ["absent_from", 0.02],
];
const POLARITY: [Polarity, number][] = [["support", 0.45], ["oppose", 0.4], ["neutral", 0.15]];
const ACTS = ["urges", "backs", "condemns", "praises", "rejects", "welcomes", "criticises", "supports"];
const VERBS: Record<RelationType, string> = {
  stance: "spoke about",
  holds_position: "serves in",
  member_of: "belongs to",
  participates_in: "took part in",
  located_in: "is located in",
  in_conflict_with: "clashed with",
  part_of: "is part of",
  chairs: "chairs",
  absent_from: "stayed away from",
};

function pick<T>(r: () => number, table: [T, number][]): T {
  let x = r();
  for (const [v, w] of table) if ((x -= w) < 0) return v;
  return table[table.length - 1][0];
}

function word(r: () => number): string {
  const n = 2 + Math.floor(r() * 2);
  let w = "";
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return w[0].toUpperCase() + w.slice(1);
}

const DAYS = Array.from({ length: 2000 }, (_, day) => new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10));
const isoDay = (day: number) => DAYS[day];

export interface SyntheticOptions {
  edges: number;
  seed?: number;
  /** Nodes per edge (default 1/3: mean degree 6). */
  nodeRatio?: number;
  /** Zipf exponent of endpoint choice (default 0.9). */
  exponent?: number;
}

export function syntheticState(opts: SyntheticOptions): GraphState {
  const r = rng(opts.seed ?? 1);
  const m = opts.edges;
  const n = Math.max(2, Math.round(m * (opts.nodeRatio ?? 1 / 3)));
  const articleCount = Math.max(1, Math.round(m / 20));
  const graph: KnowledgeGraph = emptyGraph();

  const articles = new Map<string, ArticleRecord>();
  const articleIds: string[] = [];
  for (let i = 0; i < articleCount; i++) {
    const id = i.toString(16).padStart(16, "0");
    articleIds.push(id);
    articles.set(id, { id, title: `Synthetic article ${i}`, date: isoDay(Math.floor(r() * 2000)), source: "Synthetic Wire", text: "" });
  }

  const ids: string[] = new Array(n);
  const labels: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const kind = pick(r, KINDS);
    const label = kind === "person" ? `${word(r)} ${word(r)}` : kind === "organization" ? `${word(r)} ${word(r)} Council` : word(r);
    const id = `${kind}:${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${i}`;
    ids[i] = id;
    labels[i] = label;
    const aliases = kind === "person" ? [label.split(" ")[1]] : r() < 0.2 ? [label.slice(0, 3).toUpperCase()] : [];
    graph.addNode(id, { kind, label, aliases, mentionCount: 1, articles: [], x: (r() - 0.5) * 200, y: (r() - 0.5) * 200, size: 1 });
  }

  // Zipf over ranks, ranks shuffled onto nodes so that hubs have every kind.
  const s = opts.exponent ?? 0.9;
  const cdf = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) cdf[k] = total += 1 / Math.pow(k + 1, s);
  const perm = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [perm[i], perm[j]] = [perm[j], perm[i]];
  }
  const endpoint = () => {
    const x = r() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return perm[lo];
  };

  // As buildGraph does, the same relation (source, type, act and polarity, target) again adds evidence to its edge:
  // ties between hubs grow stronger rather than multiply. Draw until the graph has `edges` edges.
  const mentionCount = new Int32Array(n);
  const edgeOf = new Map<string, EdgeAttributes>();
  for (let draw = 0; graph.size < m; draw++) {
    const a = endpoint();
    let b = endpoint();
    if (b === a) b = (a + 1 + Math.floor(r() * (n - 1))) % n;
    const type = pick(r, TYPES);
    const polarity = type === "stance" ? pick(r, POLARITY) : undefined;
    const act = type === "stance" ? ACTS[Math.floor(r() * ACTS.length)] : undefined;
    const article = articleIds[Math.floor(r() * articleCount)];
    const text = `${labels[a]} ${VERBS[type]} ${labels[b]} on ${isoDay(Math.floor(r() * 2000))}, officials told reporters after a "long" meeting.`;
    const start = Math.floor(r() * 2000);
    const evidence = { article, start, end: start + text.length, text };
    const key = `${ids[a]}|${type}${act ? `:${act}:${polarity}` : ""}|${ids[b]}`;
    mentionCount[a]++;
    mentionCount[b]++;
    const known = edgeOf.get(key);
    if (known) {
      known.evidence.push(evidence);
      if (!known.articles.includes(article)) known.articles.push(article);
      continue;
    }
    const attributes: EdgeAttributes = { type, confidence: Math.round((0.5 + r() * 0.5) * 100) / 100, evidence: [evidence], articles: [article] };
    if (polarity) attributes.polarity = polarity;
    if (act) attributes.act = act;
    if (type === "holds_position") attributes.title = "Minister";
    graph.addDirectedEdgeWithKey(key, ids[a], ids[b], attributes);
    edgeOf.set(key, attributes);
  }
  for (const a of edgeOf.values()) a.articles.sort();
  graph.forEachNode((id, attrs) => {
    const i = Number(id.slice(id.lastIndexOf("-") + 1));
    attrs.mentionCount = Math.max(1, mentionCount[i]);
    attrs.size = Math.round((4 + Math.sqrt(graph.degree(id))) * 100) / 100;
    attrs.articles = [articleIds[i % articleCount]];
  });
  return { graph, articles };
}

/** Sizes accepted on the command line: "10k", "100k", "1M", or a plain number. */
export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(s.trim());
  if (!m) throw new Error(`not a size: ${s}`);
  return Math.round(Number(m[1]) * (m[2].toLowerCase() === "k" ? 1e3 : m[2].toLowerCase() === "m" ? 1e6 : 1));
}

/** Query centres as the benches cycle them: the ends of random edges (so hubs come up as often as real traffic
 * would bring them), as node indexes of the query index. */
export function sampleCenters(ix: { edgeIds: readonly string[]; edgeSource: Int32Array; edgeTarget: Int32Array }, seed: number, samples: number): number[] {
  const r = rng(seed + 17);
  return Array.from({ length: samples }, () => {
    const e = Math.floor(r() * ix.edgeIds.length);
    return r() < 0.5 ? ix.edgeSource[e] : ix.edgeTarget[e];
  });
}

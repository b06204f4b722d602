import { describe, expect, it } from "vitest";
import { emptyGraph } from "../../server/graph/build.ts";
import { fold } from "../../server/graph/normalize.ts";
import { buildQueryIndex, dateNumber, queryIndexFor, warmQueryIndex } from "../../server/graph/queryIndex.ts";
import { neighborhood, neighborhoodBody, strongest, type NeighborOptions } from "../../server/graph/neighborhood.ts";
import { searchIndexed, searchNodes } from "../../server/graph/search.ts";
import { shortestPaths } from "../../server/graph/paths.ts";
import { findStances } from "../../server/graph/stances.ts";
import { graphStats } from "../../server/graph/queryStats.ts";
import type { EntityKind, RelationType } from "../../server/extract/types.ts";
import type { KnowledgeGraph } from "../../server/graph/types.ts";
import { threeArticleState } from "../helpers/queryFixtures.ts";

const state = threeArticleState();
const ix = queryIndexFor(state);
const idx = (id: string) => ix.nodeIndex.get(id)!;
const ids = (nodes: number[]) => nodes.map((u) => ix.nodeIds[u]).sort();
const edgeIds = (edges: number[]) => edges.map((e) => ix.edgeIds[e]).sort();

/** A small graph built by hand: nodes with kinds, edges with a given number of evidence items. */
function handGraph(nodes: [string, EntityKind][], edges: [string, string, RelationType, number][]): KnowledgeGraph {
  const g = emptyGraph();
  for (const [id, kind] of nodes) g.addNode(id, { kind, label: id, aliases: [], mentionCount: 1, articles: [], x: 0, y: 0, size: 1 });
  edges.forEach(([s, t, type, n], i) =>
    g.addDirectedEdgeWithKey(`e${i}`, s, t, {
      type,
      confidence: 0.5,
      evidence: Array.from({ length: n }, (_, k) => ({ article: "a", start: k, end: k + 1, text: "x" })),
      articles: ["a"],
    }),
  );
  return g;
}

describe("query index", () => {
  it("holds every edge once per endpoint in the undirected adjacency", () => {
    for (let u = 0; u < ix.nodeIds.length; u++) {
      const listed = [...ix.adjEdge.subarray(ix.adjStart[u], ix.adjStart[u + 1])].map((e) => ix.edgeIds[e]).sort();
      expect(listed).toEqual(state.graph.edges(ix.nodeIds[u]).sort());
    }
  });
  it("reads dates as yyyymmdd and refuses what is not a date", () => {
    expect(dateNumber("2025-06-04")).toBe(20250604);
    expect(dateNumber("2025-06-04T10:00:00Z")).toBe(20250604);
    expect(dateNumber("June 4")).toBeNull();
    expect(dateNumber(null)).toBeNull();
  });
  it("is rebuilt when the graph changes in place", () => {
    const g = handGraph([["a", "person"], ["b", "person"]], [["a", "b", "stance", 1]]);
    const first = queryIndexFor({ graph: g });
    expect(queryIndexFor({ graph: g })).toBe(first);
    g.addNode("c", { kind: "topic", label: "c", aliases: [], mentionCount: 1, articles: [], x: 0, y: 0, size: 1 });
    expect(queryIndexFor({ graph: g }).nodeIds).toContain("c");
  });
});

describe("neighborhood", () => {
  it("picks the strongest candidates as a stable sort by strength would", () => {
    let seed = 3;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    for (const [size, spread, room] of [[50, 4, 10], [400, 300, 37], [2000, 2, 500], [300, 1000, 5], [100, 600, 99]]) {
      const strength = new Float64Array(size);
      const ring = Array.from({ length: size }, (_, i) => (i * 7919) % size);
      for (const v of ring) strength[v] = rand(spread);
      const expected = [...ring].sort((a, b) => strength[b] - strength[a]).slice(0, room);
      expect(new Set(strongest(ring, strength, room))).toEqual(new Set(expected));
    }
  });

  const all = { limit: 1000 };
  it("walks both directions to the asked depth", () => {
    const one = neighborhood(ix, idx("person:omar-vale"), { depth: 1, ...all });
    expect(ids(one.nodes)).toEqual(["country:sylvania", "person:ines-moor", "person:omar-vale"]);
    expect(edgeIds(one.edges)).toEqual(
      ["person:ines-moor|holds_position|country:sylvania", "person:ines-moor|stance:backs:support|person:omar-vale", "person:omar-vale|holds_position|country:sylvania"].sort(),
    );
    const two = neighborhood(ix, idx("person:omar-vale"), { depth: 2, ...all });
    expect(ids(two.nodes)).toContain("person:anna-berg");
    expect(ids(two.nodes)).not.toContain("event:harbour-summit");
    expect(two.truncated).toBe(false);
  });
  it("filters by node kind, keeping the centre", () => {
    const h = neighborhood(ix, idx("person:ines-moor"), { depth: 1, kinds: ["country"], ...all });
    expect(ids(h.nodes)).toEqual(["country:sylvania", "person:ines-moor"]);
  });
  it("filters by relation type and by polarity", () => {
    const t = neighborhood(ix, idx("country:sylvania"), { depth: 1, types: ["holds_position"], ...all });
    expect(ids(t.nodes)).toEqual(["country:sylvania", "person:ines-moor", "person:omar-vale"]);
    expect(t.edges.every((e) => ix.graph.getEdgeAttribute(ix.edgeIds[e], "type") === "holds_position")).toBe(true);
    const p = neighborhood(ix, idx("country:sylvania"), { depth: 1, polarities: ["oppose"], ...all });
    expect(ids(p.nodes)).toEqual(["country:sylvania", "person:anna-berg"]);
    const none = neighborhood(ix, idx("country:sylvania"), { depth: 1, polarities: ["neutral"], ...all });
    expect(ids(none.nodes)).toEqual(["country:sylvania"]);
  });
  it("keeps an edge when one of its evidence articles is dated in range", () => {
    const only2024 = neighborhood(ix, idx("country:sylvania"), { depth: 1, from: 20240101, to: 20241231, ...all });
    expect(ids(only2024.nodes)).toEqual(["country:sylvania", "person:ines-moor"]);
    const from2025 = neighborhood(ix, idx("country:sylvania"), { depth: 1, from: 20250102, ...all });
    expect(ids(from2025.nodes)).toEqual(["country:sylvania", "person:anna-berg", "person:omar-vale"]);
    const empty = neighborhood(ix, idx("country:sylvania"), { depth: 1, to: 20231231, ...all });
    expect(ids(empty.nodes)).toEqual(["country:sylvania"]);
  });
  it("past the limit keeps nearer rings, then the strongest ties, and says truncated", () => {
    const g = handGraph(
      [["c", "person"], ["w1", "person"], ["w5", "person"], ["w3", "person"], ["w2", "person"], ["far", "topic"]],
      [["c", "w1", "member_of", 1], ["w5", "c", "member_of", 5], ["c", "w3", "member_of", 3], ["c", "w2", "member_of", 1], ["w2", "c", "stance", 1], ["w5", "far", "part_of", 9]],
    );
    const gx = buildQueryIndex(g, new Map());
    const h = neighborhood(gx, gx.nodeIndex.get("c")!, { depth: 2, limit: 3 });
    expect(h.truncated).toBe(true);
    expect(h.nodes.map((u) => gx.nodeIds[u])).toEqual(["c", "w5", "w3"]);
    // w2's two edges add up to a stronger tie than w1's one.
    const four = neighborhood(gx, gx.nodeIndex.get("c")!, { depth: 2, limit: 4 });
    expect(four.nodes.map((u) => gx.nodeIds[u])).toEqual(["c", "w5", "w3", "w2"]);
    expect(four.edges.map((e) => gx.edgeIds[e]).sort()).toEqual(["e1", "e2", "e3", "e4"]);
    const whole = neighborhood(gx, gx.nodeIndex.get("c")!, { depth: 2, limit: 6 });
    expect(whole.truncated).toBe(false);
    expect(whole.nodes.map((u) => gx.nodeIds[u])).toEqual(["c", "w5", "w3", "w2", "w1", "far"]);
    // Past edgeLimit: the tie that brought each node in stays, so the answer stays connected.
    const capped = neighborhood(gx, gx.nodeIndex.get("c")!, { depth: 2, limit: 6, edgeLimit: 5 });
    expect(capped.truncated).toBe(true);
    expect(capped.edges.map((e) => gx.edgeIds[e]).sort()).toEqual(["e0", "e1", "e2", "e3", "e5"]);
    const tight = neighborhood(gx, gx.nodeIndex.get("c")!, { depth: 1, limit: 6, edgeLimit: 2 });
    expect(tight.edges.map((e) => gx.edgeIds[e])).toEqual(["e1", "e2"]);
  });
});

/** The plain scoring the index must reproduce: every name of every node, scored one by one. */
function referenceSearch(g: KnowledgeGraph, query: string, limit: number, kind?: EntityKind) {
  const q = fold(query);
  const score = (name: string) => {
    const n = fold(name);
    if (!n) return 0;
    if (n === q) return 100;
    if (n.startsWith(q)) return 80;
    if (` ${n}`.includes(` ${q}`)) return 60;
    return n.includes(q) ? 20 : 0;
  };
  const hits: { id: string; score: number; mentions: number; label: string }[] = [];
  g.forEachNode((id, a) => {
    if (kind && a.kind !== kind) return;
    const s = Math.max(score(a.label), ...a.aliases.map((al) => score(al) - 5));
    if (s > 0) hits.push({ id, score: s, mentions: a.mentionCount, label: a.label });
  });
  hits.sort((x, y) => y.score - x.score || y.mentions - x.mentions || (x.label < y.label ? -1 : 1));
  return hits.slice(0, limit).map((h) => [h.id, h.score]);
}

describe("search", () => {
  it("finds by prefix, word prefix, alias and substring, accent-insensitively", () => {
    expect(searchNodes(state.graph, "ÎNES")[0]).toMatchObject({ id: "person:ines-moor", score: 80 });
    expect(searchNodes(state.graph, "moor")[0]).toMatchObject({ id: "person:ines-moor", score: 95 });
    expect(searchNodes(state.graph, "accord")[0]).toMatchObject({ id: "event:lakeside-accord", score: 60 });
    expect(searchNodes(state.graph, "ylvan").map((h) => h.id)).toEqual(["country:sylvania"]);
    expect(searchNodes(state.graph, "zzz")).toEqual([]);
  });
  it("ranks exactly as scoring every name would, on a generated graph", () => {
    const syllables = ["an", "ber", "ca", "dé", "el", "fo", "gu", "há", "ir", "jo", "ka", "lu"];
    let seed = 7;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const word = () => Array.from({ length: 1 + rand(3) }, () => syllables[rand(syllables.length)]).join("");
    const g = emptyGraph();
    const kinds: EntityKind[] = ["person", "organization", "country", "location", "event", "topic"];
    for (let i = 0; i < 400; i++) {
      const label = `${word()} ${word()}`.replace(/^./, (c) => c.toUpperCase());
      g.addNode(`n${i}`, { kind: kinds[rand(6)], label: `${label} ${i}`, aliases: rand(2) ? [word()] : [], mentionCount: 1 + rand(20), articles: [], x: 0, y: 0, size: 1 });
    }
    const gx = buildQueryIndex(g, new Map());
    for (const q of ["an", "ber", "a", "jo ka", "é", "lu", "carl", "1", "ca 3"]) {
      for (const kind of [undefined, "person"] as const) {
        const got = searchIndexed(gx, q, { limit: 15, kind }).map((h) => [h.id, h.score]);
        expect(got, `${q} ${kind}`).toEqual(referenceSearch(g, q, 15, kind));
      }
    }
  });
});

describe("paths", () => {
  it("finds every shortest path, undirected, with one edge per hop", () => {
    const found = shortestPaths(ix, idx("person:omar-vale"), idx("event:harbour-summit"), { maxLength: 4, maxPaths: 10 });
    expect(found.map((p) => p.nodes.map((u) => ix.nodeIds[u]))).toEqual([["person:omar-vale", "country:sylvania", "person:anna-berg", "event:harbour-summit"]]);
    const toSylvania = shortestPaths(ix, idx("event:lakeside-accord"), idx("country:sylvania"), { maxLength: 4, maxPaths: 10 });
    expect(toSylvania).toHaveLength(1);
    expect(toSylvania[0].edges.map((e) => ix.edgeIds[e])).toEqual(["person:ines-moor|participates_in|event:lakeside-accord", "person:ines-moor|holds_position|country:sylvania"]);
  });
  it("answers all paths of the minimal length up to the cap, and none past maxLength", () => {
    // Three two-hop routes from s to t; a and t are joined twice, the stance with more evidence.
    const g = handGraph(
      [["s", "person"], ["a", "person"], ["b", "person"], ["c", "person"], ["t", "person"]],
      [["s", "a", "member_of", 1], ["s", "b", "member_of", 1], ["c", "s", "member_of", 1], ["a", "t", "member_of", 1], ["t", "b", "member_of", 1], ["c", "t", "member_of", 1], ["a", "t", "stance", 4]],
    );
    const gx = buildQueryIndex(g, new Map());
    const all = shortestPaths(gx, gx.nodeIndex.get("s")!, gx.nodeIndex.get("t")!, { maxLength: 3, maxPaths: 10 });
    expect(all.map((p) => p.nodes.map((u) => gx.nodeIds[u]).join(">")).sort()).toEqual(["s>a>t", "s>b>t", "s>c>t"]);
    const viaA = all.find((p) => gx.nodeIds[p.nodes[1]] === "a")!;
    expect(gx.edgeIds[viaA.edges[1]]).toBe("e6");
    expect(shortestPaths(gx, gx.nodeIndex.get("s")!, gx.nodeIndex.get("t")!, { maxLength: 3, maxPaths: 2 })).toHaveLength(2);
    expect(shortestPaths(gx, gx.nodeIndex.get("s")!, gx.nodeIndex.get("t")!, { maxLength: 1, maxPaths: 10 })).toEqual([]);
  });
});

describe("paths against a brute force", () => {
  it("finds exactly the shortest node sequences a plain search from one end finds", () => {
    let seed = 11;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    const n = 60;
    const nodes: [string, EntityKind][] = Array.from({ length: n }, (_, i) => [`v${String(i).padStart(2, "0")}`, "person"]);
    const edges: [string, string, RelationType, number][] = Array.from({ length: 110 }, () => [nodes[rand(n)][0], nodes[rand(n)][0], "member_of", 1 + rand(3)]);
    const g = handGraph(nodes, edges);
    const gx = buildQueryIndex(g, new Map());
    const reference = (s: string, t: string, maxLength: number): string[] => {
      const dist = new Map([[s, 0]]);
      let frontier = [s];
      while (frontier.length && !dist.has(t)) {
        const next: string[] = [];
        for (const u of frontier) for (const v of g.neighbors(u)) if (!dist.has(v)) dist.set(v, dist.get(u)! + 1), next.push(v);
        frontier = next;
      }
      if (!dist.has(t) || dist.get(t)! > maxLength) return [];
      const walk = (u: string): string[][] => (u === s ? [[s]] : g.neighbors(u).filter((v) => dist.get(v) === dist.get(u)! - 1).flatMap((v) => walk(v).map((p) => [...p, u])));
      return walk(t).map((p) => p.join(">")).sort();
    };
    let compared = 0;
    for (let k = 0; k < 80; k++) {
      const s = nodes[rand(n)][0];
      const t = nodes[rand(n)][0];
      if (s === t) continue;
      const got = shortestPaths(gx, gx.nodeIndex.get(s)!, gx.nodeIndex.get(t)!, { maxLength: 4, maxPaths: 1000 });
      expect(got.map((p) => p.nodes.map((u) => gx.nodeIds[u]).join(">")).sort(), `${s} ${t}`).toEqual(reference(s, t, 4));
      for (const p of got) p.edges.forEach((e, i) => expect([gx.edgeSource[e], gx.edgeTarget[e]].sort()).toEqual([p.nodes[i], p.nodes[i + 1]].sort()));
      compared += got.length ? 1 : 0;
    }
    expect(compared).toBeGreaterThan(20);
  });
});

describe("neighbourhood edges against a brute force", () => {
  it("answers every passing edge among the kept nodes exactly once, hubs and self-loops included", () => {
    let seed = 5;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    const nodes: [string, EntityKind][] = Array.from({ length: 40 }, (_, i) => [`n${i}`, i % 3 ? "person" : "topic"]);
    // Skewed endpoints: a few hubs, parallel edges and self-loops.
    const pickNode = () => nodes[Math.min(rand(40), rand(40), rand(40))][0];
    const types: RelationType[] = ["member_of", "stance", "part_of"];
    const g = handGraph(nodes, Array.from({ length: 160 }, () => [pickNode(), pickNode(), types[rand(3)], 1 + rand(3)] as [string, string, RelationType, number]));
    const gx = buildQueryIndex(g, new Map());
    for (const [center, depth, limit, filter] of [["n0", 1, 100, {}], ["n39", 2, 100, {}], ["n5", 2, 12, {}], ["n1", 2, 100, { types: ["stance"] as RelationType[] }]] as const) {
      const hood = neighborhood(gx, gx.nodeIndex.get(center)!, { depth, limit, ...filter });
      const kept = new Set(hood.nodes.map((u) => gx.nodeIds[u]));
      const expected = g.filterEdges((e, a, s, t) => kept.has(s) && kept.has(t) && (!("types" in filter) || filter.types.includes(a.type))).sort();
      expect(hood.edges.map((e) => gx.edgeIds[e]).sort(), `${center} ${depth} ${limit}`).toEqual(expected);
    }
  });
});

/** A random multigraph with hubs, parallel edges, self-loops and a few very strong ties (past the histogram's top
 * bucket), in graphology's insertion order. */
function randomGraph(seed: number, n: number, m: number, strongEvery = 20): KnowledgeGraph {
  const rand = (k: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % k;
  const kinds: EntityKind[] = ["person", "topic", "country"];
  const nodes: [string, EntityKind][] = Array.from({ length: n }, (_, i) => [`n${i}`, kinds[i % 3]]);
  const pick = () => nodes[Math.min(rand(n), rand(n), rand(n))][0];
  const types: RelationType[] = ["member_of", "stance", "part_of"];
  return handGraph(nodes, Array.from({ length: m }, () => [pick(), pick(), types[rand(3)], rand(strongEvery) ? 1 + rand(4) : 250 + rand(20)] as [string, string, RelationType, number]));
}

/** The documented semantics, computed plainly from graphology: rings by distance; a ring's candidates in the order
 * they are met (frontier in kept order, each node's edges by neighbour rank = (degree, index), then edge index);
 * past the limit the strongest summed ties (stable on that order); edges among kept nodes from each edge's
 * lower-ranked end; past edgeLimit the tie that brought each node in, then the strongest others (stable). */
function referenceNeighborhood(g: KnowledgeGraph, center: string, o: NeighborOptions) {
  const index = new Map(g.nodes().map((id, i) => [id, i]));
  const edgeIndex = new Map(g.edges().map((id, i) => [id, i]));
  const rank = (id: string) => g.edges(id).length * g.order + index.get(id)!; // a self-loop counts once
  const weight = (e: string) => g.getEdgeAttribute(e, "evidence").length;
  const passes = (e: string) => !o.types || o.types.includes(g.getEdgeAttribute(e, "type"));
  const incident = (u: string) =>
    g
      .edges(u)
      .map((e) => ({ e, v: g.opposite(u, e) }))
      .sort((a, b) => rank(a.v) - rank(b.v) || edgeIndex.get(a.e)! - edgeIndex.get(b.e)!);
  const kept = [center];
  const keptSet = new Set(kept);
  const tie = new Map<string, string>();
  let frontier = [center];
  let truncated = false;
  for (let d = 0; d < o.depth && frontier.length && !truncated; d++) {
    const strength = new Map<string, number>();
    for (const u of frontier)
      for (const { e, v } of incident(u)) {
        if (keptSet.has(v) || (o.kinds && !o.kinds.includes(g.getNodeAttribute(v, "kind"))) || !passes(e)) continue;
        strength.set(v, (strength.get(v) ?? 0) + weight(e));
        if (!tie.has(v) || weight(e) > weight(tie.get(v)!)) tie.set(v, e);
      }
    const room = o.limit - kept.length;
    const ring = [...strength.keys()];
    if (ring.length > room) truncated = true;
    frontier = ring.sort((a, b) => strength.get(b)! - strength.get(a)!).slice(0, Math.max(0, room));
    for (const v of frontier) kept.push(v), keptSet.add(v);
  }
  const position = new Map(kept.map((v, i) => [v, i]));
  let edges: string[] = [];
  for (const u of kept) for (const { e, v } of incident(u)) if (keptSet.has(v) && rank(v) >= rank(u) && passes(e)) edges.push(e);
  if (edges.length > (o.edgeLimit ?? Infinity)) {
    truncated = true;
    const ties = kept.slice(1).map((v) => tie.get(v)!).slice(0, o.edgeLimit);
    const rest = edges.filter((e) => !ties.includes(e));
    const chosen = new Set([...rest].sort((a, b) => weight(b) - weight(a)).slice(0, o.edgeLimit! - ties.length));
    edges = [...ties, ...rest.filter((e) => chosen.has(e))];
  }
  return { nodes: kept, edges, truncated, position };
}

describe("neighbourhoods against a plain reference", () => {
  it("keeps the same nodes and edges, in the same order, on random multigraphs", () => {
    let compared = 0;
    for (const [seed, strongEvery] of [[1, 20], [2, 20], [3, 20], [4, 2]]) {
      const g = randomGraph(seed, 80, 400, strongEvery);
      const gx = buildQueryIndex(g, new Map());
      for (const center of ["n0", "n3", "n17", "n42", "n79"]) {
        for (const o of [
          { depth: 1, limit: 1000 },
          { depth: 1, limit: 6 },
          { depth: 2, limit: 25, edgeLimit: 40 },
          { depth: 2, limit: 1000, edgeLimit: 30 },
          { depth: 3, limit: 50, types: ["stance", "part_of"] },
          { depth: 2, limit: 30, kinds: ["person", "topic"], edgeLimit: 20 },
        ] as NeighborOptions[]) {
          const want = referenceNeighborhood(g, center, o);
          const got = neighborhood(gx, gx.nodeIndex.get(center)!, o);
          const label = `seed ${seed} ${center} ${JSON.stringify(o)}`;
          expect(got.nodes.map((u) => gx.nodeIds[u]), label).toEqual(want.nodes);
          expect(got.edges.map((e) => gx.edgeIds[e]), label).toEqual(want.edges);
          expect(got.truncated, label).toBe(want.truncated);
          compared++;
        }
      }
    }
    expect(compared).toBe(120);
  });
  it("orders each adjacency by neighbour rank, then edge index", () => {
    const g = randomGraph(9, 50, 300);
    const gx = buildQueryIndex(g, new Map());
    for (let u = 0; u < gx.nodeIds.length; u++) {
      const entries = Array.from({ length: gx.adjStart[u + 1] - gx.adjStart[u] }, (_, i) => [gx.adjNode[gx.adjStart[u] + i], gx.adjEdge[gx.adjStart[u] + i]]);
      const sorted = [...entries].sort((a, b) => gx.rank[a[0]] - gx.rank[b[0]] || a[1] - b[1]);
      expect(entries).toEqual(sorted);
      for (const [v, e] of entries) expect([gx.edgeSource[e], gx.edgeTarget[e]].sort()).toEqual([u, v].sort());
    }
    expect([...gx.byRank].map((u) => gx.rank[u])).toEqual([...gx.rank].sort((a, b) => a - b));
    // Upward lists: the entries toward nodes ranked at or above, strongest edge first, then by position.
    for (let u = 0; u < gx.nodeIds.length; u++) {
      const up = [...gx.upK.subarray(gx.upStart[u], gx.upStart[u + 1])];
      const want = Array.from({ length: gx.adjStart[u + 1] - gx.adjStart[u] }, (_, i) => gx.adjStart[u] + i)
        .filter((k) => gx.rank[gx.adjNode[k]] >= gx.rank[u])
        .sort((a, b) => gx.edgeWeight[gx.adjEdge[b]] - gx.edgeWeight[gx.adjEdge[a]] || a - b);
      expect(up).toEqual(want);
    }
    expect(gx.upK.length).toBe(g.size);
  });
  it("answers the same bytes whether or not the fragments were warmed first", async () => {
    const g = randomGraph(5, 60, 300);
    const cold = buildQueryIndex(g, new Map());
    const opts = { depth: 2, limit: 40, edgeLimit: 60 };
    const bodies = ["n0", "n10", "n33"].map((c) => neighborhoodBody(cold, neighborhood(cold, cold.nodeIndex.get(c)!, opts), 2).toString());
    const encoded = await warmQueryIndex({ graph: g }, { maxFragments: 100 });
    expect(encoded).toBe(100);
    const warm = queryIndexFor({ graph: g });
    expect(warm.nodeJson.has(warm.byRank[warm.byRank.length - 1])).toBe(true);
    expect(warm.nodeJson.has(warm.byRank[0])).toBe(false);
    const again = ["n0", "n10", "n33"].map((c) => neighborhoodBody(warm, neighborhood(warm, warm.nodeIndex.get(c)!, opts), 2).toString());
    expect(again).toEqual(bodies);
    for (const body of again) expect(JSON.parse(body).graph.nodes.length).toBeGreaterThan(1);
  });
});

describe("stances and stats", () => {
  it("finds stances by holder, target and polarity", () => {
    expect(edgeIds(findStances(ix, {}))).toEqual(["person:anna-berg|stance:urges:oppose|country:sylvania", "person:ines-moor|stance:backs:support|person:omar-vale"]);
    expect(edgeIds(findStances(ix, { holder: idx("person:ines-moor") }))).toEqual(["person:ines-moor|stance:backs:support|person:omar-vale"]);
    expect(edgeIds(findStances(ix, { target: idx("country:sylvania"), polarities: ["oppose"] }))).toEqual(["person:anna-berg|stance:urges:oppose|country:sylvania"]);
    expect(findStances(ix, { holder: idx("person:ines-moor"), polarities: ["oppose"] })).toEqual([]);
    expect(findStances(ix, { holder: idx("country:sylvania") })).toEqual([]);
  });
  it("counts nodes by kind and edges by type", () => {
    const s = graphStats(ix);
    expect(s.nodes).toBe(state.graph.order);
    expect(s.nodesByKind.person).toBe(state.graph.filterNodes((_, a) => a.kind === "person").length);
    expect(s.edgesByType.stance).toBe(state.graph.filterEdges((_, a) => a.type === "stance").length);
    expect(Object.values(s.edgesByType).reduce((a, b) => a + b, 0)).toBe(state.graph.size);
    expect(s.stancesByPolarity).toMatchObject({ support: 1, oppose: 1, neutral: 0 });
  });
});

// Applies curations to a graph just built (entities already resolved across articles), one after the other in the
// order they were made. Each finds what it names by keys that last (the entity id a node goes by, resolved anew; its
// normalised name; an edge's ends, type, act and polarity), so that it holds for articles that came after it; one
// that finds nothing is idle. Deterministic: the same graph and curations give the same result.
import { nameKey, slug } from "../extract/text.ts";
import { ENTITY_KINDS } from "../extract/kinds.ts";
import type { EntityKind } from "../extract/types.ts";
import { idle, type Curation, type CurationEffect, type CurationSpec, type EdgeRef, type NodeRef } from "./curationTypes.ts";
import { keyBetween, markCurated, moveEdge, sortedUnion } from "./curateEdges.ts";
import { pairKey, splitNode, type SplitFacts } from "./curateSplit.ts";
import type { KnowledgeGraph } from "./types.ts";

export type { SplitFacts } from "./curateSplit.ts";

const quoted = (s: string) => `“${s}”`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The outcome of applying curations: what each changes, and which node each article's entity now is. */
export interface AppliedCurations {
  effects: Map<number, CurationEffect>;
  /** The node an article's entity is part of (a split moves some article entities out of their node). */
  nodeOf(article: string, entity: string): string;
  /** The node one mention is of (a split of a name that is only an alias moves mentions one by one). */
  mentionOf(article: string, entity: string, start: number): string;
  /** Nodes a split made or cut (their mentions and quotes are read per article entity and mention). */
  splitNodes: ReadonlySet<string>;
  /** A node's entity ids: its own, those resolved or merged into it, those a split gave it. */
  entityIdsOf(node: string): string[];
}

export class Curator implements AppliedCurations {
  readonly effects = new Map<number, CurationEffect>();
  readonly splitNodes = new Set<string>();
  private readonly pairs = new Map<string, string>();
  private readonly pairsOfNode = new Map<string, Set<string>>();
  /** Mentions a split moved one by one: `pairKey start` -> node. */
  private readonly mentionNodes = new Map<string, string>();
  private readonly renamed = new Set<string>();
  private membersOfNode?: Map<string, Set<string>>;

  /** `canonical` (entity id -> the node it resolved into) is updated as merges and splits move entities. */
  constructor(
    private readonly graph: KnowledgeGraph,
    private readonly canonical: Map<string, string>,
    private readonly facts: SplitFacts | null,
  ) {}

  /** The node an id names now, or null. */
  resolve(id: string): string | null {
    const node = this.canonical.get(id) ?? id;
    return this.graph.hasNode(node) ? node : null;
  }

  nodeOf(article: string, entity: string): string {
    return this.pairs.get(pairKey(article, entity)) ?? this.canonical.get(entity) ?? entity;
  }

  mentionOf(article: string, entity: string, start: number): string {
    return this.mentionNodes.get(`${pairKey(article, entity)} ${start}`) ?? this.nodeOf(article, entity);
  }

  entityIdsOf(node: string): string[] {
    const ids = new Set([node, ...(this.members().get(node) ?? [])]);
    const entityOf = (key: string) => key.slice(key.indexOf("\u0000") + 1).split(" ")[0];
    for (const pair of this.pairsOfNode.get(node) ?? []) ids.add(entityOf(pair));
    for (const [key, n] of this.mentionNodes) if (n === node) ids.add(entityOf(key));
    return [...ids].sort();
  }

  apply(c: Curation): CurationEffect {
    let effect: CurationEffect;
    try {
      effect = this.run(c.id, c.spec);
    } catch (err) {
      console.error(`curation ${c.id} could not be applied:`, err);
      effect = idle(`Could not be applied: ${err instanceof Error ? err.message : String(err)}`);
    }
    this.effects.set(c.id, effect);
    return effect;
  }

  private run(id: number, spec: CurationSpec): CurationEffect {
    switch (spec.op) {
      case "merge":
        return this.merge(id, spec.node, spec.into);
      case "split":
        return this.split(id, spec);
      case "rename":
        return this.relabel(id, spec.node, spec.label);
      case "retype":
        return this.retype(id, spec.node, spec.kind);
      case "reject":
        return "edge" in spec ? this.rejectEdge(spec.edge) : this.rejectNode(spec.node);
      case "repolarize":
        return this.repolarize(id, spec.edge, spec.polarity);
    }
  }

  private members(): Map<string, Set<string>> {
    if (!this.membersOfNode) {
      this.membersOfNode = new Map();
      for (const [from, to] of this.canonical) this.memberAdd(to, from);
    }
    return this.membersOfNode;
  }

  private memberAdd(node: string, id: string): void {
    const set = this.members().get(node);
    if (set) set.add(id);
    else this.members().set(node, new Set([id]));
  }

  /** The node the ref's id is now, then the other nodes its name is the label of (of its kind, when given): an
   * article's entity id is its kind and the slug of its name, so each kind's id of that name is looked up. */
  private nodesFor(ref: NodeRef, kind?: EntityKind): string[] {
    const first = this.resolve(ref.id);
    const out = first ? [first] : [];
    const named = slug(ref.label);
    for (const k of kind ? [kind] : ENTITY_KINDS) {
      const node = this.resolve(`${k}:${named}`);
      if (node && !out.includes(node) && nameKey(this.label(node)) === ref.name) out.push(node);
    }
    return out;
  }

  private label(node: string): string {
    return this.graph.getNodeAttribute(node, "label");
  }

  private merge(id: number, ref: NodeRef, intoRef: NodeRef): CurationEffect {
    const into = this.resolve(intoRef.id);
    if (!into) return idle(`Nothing to merge into: ${quoted(intoRef.label)} is not in the graph`);
    const from = this.nodesFor(ref, ref.kind).filter((n) => n !== into);
    if (!from.length) return idle(`Nothing to merge: ${quoted(ref.label)} is not in the graph apart from ${quoted(this.label(into))}`);
    const labels = from.map((n) => quoted(this.label(n)));
    const edges: string[] = [];
    for (const node of from) edges.push(...this.mergeNode(id, node, into));
    markCurated(this.graph.getNodeAttributes(into), id);
    const moved = edges.length ? ` (${plural(edges.length, "relation")} moved)` : "";
    return { idle: false, summary: `${labels.join(", ")} merged into ${quoted(this.label(into))}${moved}`, nodes: [into], edges };
  }

  /** Moves a node's names, counts, articles and edges onto another, then drops it. Returns the edges it moved. */
  private mergeNode(id: number, from: string, into: string): string[] {
    const g = this.graph;
    const edges: string[] = [];
    for (const key of g.edges(from)) {
      const s = g.source(key);
      const t = g.target(key);
      const next = moveEdge(g, key, s === from ? into : s, t === from ? into : t);
      if (next === null) continue;
      markCurated(g.getEdgeAttributes(next), id);
      edges.push(next);
    }
    const a = g.getNodeAttributes(from);
    const b = g.getNodeAttributes(into);
    const names = new Set([...b.aliases, a.label, ...a.aliases]);
    names.delete(b.label);
    b.aliases = [...names].sort();
    b.mentionCount += a.mentionCount;
    b.articles = sortedUnion(b.articles, a.articles);
    for (const c of a.curated ?? []) markCurated(b, c);
    g.dropNode(from);
    this.moveIds(from, into);
    return [...new Set(edges)];
  }

  /** Every id that meant `from` (resolved, merged or split into it) means `into` from now on. */
  private moveIds(from: string, into: string): void {
    const members = this.members().get(from) ?? new Set<string>();
    this.members().delete(from);
    for (const m of [from, ...members]) {
      this.canonical.set(m, into);
      this.memberAdd(into, m);
    }
    for (const [key, n] of this.mentionNodes) if (n === from) this.mentionNodes.set(key, into);
    const pairs = this.pairsOfNode.get(from);
    if (!pairs) return;
    this.pairsOfNode.delete(from);
    for (const p of pairs) this.setPair(p, into);
    if (this.splitNodes.delete(from)) this.splitNodes.add(into);
  }

  private setPair(pair: string, node: string): void {
    const before = this.pairs.get(pair);
    if (before !== undefined) this.pairsOfNode.get(before)?.delete(pair);
    this.pairs.set(pair, node);
    const set = this.pairsOfNode.get(node);
    if (set) set.add(pair);
    else this.pairsOfNode.set(node, new Set([pair]));
  }

  private split(id: number, spec: Extract<CurationSpec, { op: "split" }>): CurationEffect {
    const node = this.resolve(spec.node.id);
    if (!node) return idle(`Nothing to split: ${quoted(spec.node.label)} is not in the graph`);
    if (!this.facts) return idle("Splits need the store's article entities");
    const result = splitNode(
      {
        graph: this.graph,
        facts: this.facts,
        nodeOf: (article, entity) => this.nodeOf(article, entity),
        entityIds: this.entityIdsOf(node),
        renamed: this.renamed.has(node),
      },
      { id, node, ...("name" in spec ? { name: spec.name } : { article: spec.article }) },
    );
    if ("idle" in result) return result;
    const { created, moved, own, mentions, summary, edges } = result;
    for (const [article, entity] of moved) this.setPair(pairKey(article, entity), created);
    for (const [article, entity, start] of mentions) this.mentionNodes.set(`${pairKey(article, entity)} ${start}`, created);
    if (own) {
      // The article entities of that id all left: the id names the new node.
      this.canonical.delete(own);
      this.members().get(node)?.delete(own);
    }
    this.splitNodes.add(node);
    this.splitNodes.add(created);
    return { idle: false, summary, nodes: [node, created], edges };
  }

  private relabel(id: number, ref: NodeRef, label: string): CurationEffect {
    const node = this.resolve(ref.id);
    if (!node) return idle(`Nothing to rename: ${quoted(ref.label)} is not in the graph`);
    const a = this.graph.getNodeAttributes(node);
    const before = a.label;
    const aliases = new Set(a.aliases);
    if (before !== label) aliases.add(before);
    aliases.delete(label);
    a.label = label;
    a.aliases = [...aliases].sort();
    markCurated(a, id);
    this.renamed.add(node);
    return { idle: false, summary: before === label ? `${quoted(label)} keeps its name` : `${quoted(before)} renamed ${quoted(label)}`, nodes: [node], edges: [] };
  }

  private retype(id: number, ref: NodeRef, kind: EntityKind): CurationEffect {
    const node = this.resolve(ref.id);
    if (!node) return idle(`Nothing to change: ${quoted(ref.label)} is not in the graph`);
    const a = this.graph.getNodeAttributes(node);
    const before = a.kind;
    a.kind = kind;
    markCurated(a, id);
    return { idle: false, summary: `${quoted(a.label)} is a ${kind}${before === kind ? "" : ` (was ${before})`}`, nodes: [node], edges: [] };
  }

  private rejectNode(ref: NodeRef): CurationEffect {
    const nodes = this.nodesFor(ref);
    if (!nodes.length) return idle(`No ${quoted(ref.label)} in the graph now`);
    const edges = nodes.flatMap((n) => this.graph.edges(n));
    for (const n of nodes) this.graph.dropNode(n);
    const also = edges.length ? ` with ${plural(new Set(edges).size, "relation")}` : "";
    return { idle: false, summary: `${plural(nodes.length, "node")} named ${quoted(ref.label)} left out${also}`, nodes, edges: [...new Set(edges)] };
  }

  /** The key the ref's edge has now (its ends resolved anew), when the graph has it. */
  private edgeNow(ref: EdgeRef): string | null {
    const source = this.resolve(ref.source);
    const target = this.resolve(ref.target);
    if (!source || !target) return null;
    const key = keyBetween(source, { type: ref.type, act: ref.act ?? undefined, polarity: ref.polarity ?? undefined }, target);
    return this.graph.hasEdge(key) ? key : null;
  }

  private rejectEdge(ref: EdgeRef): CurationEffect {
    const key = this.edgeNow(ref);
    if (!key) return idle(`No ${quoted(ref.label)} in the graph now`);
    const count = this.graph.getEdgeAttribute(key, "evidence").length;
    this.graph.dropEdge(key);
    return { idle: false, summary: `${quoted(ref.label)} left out (${plural(count, "sentence")} of evidence)`, nodes: [], edges: [key] };
  }

  private repolarize(id: number, ref: EdgeRef, polarity: NonNullable<EdgeRef["polarity"]>): CurationEffect {
    const key = this.edgeNow(ref);
    if (!key) return idle(`No ${quoted(ref.label)} in the graph now`);
    const g = this.graph;
    if (g.getEdgeAttribute(key, "type") !== "stance") return idle(`${quoted(ref.label)} is not a stance`);
    const next = moveEdge(g, key, g.source(key), g.target(key), { polarity })!;
    markCurated(g.getEdgeAttributes(next), id);
    return { idle: false, summary: `${quoted(ref.label)}: ${ref.polarity ?? "neutral"} → ${polarity}`, nodes: [], edges: [next] };
  }
}

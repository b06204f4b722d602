// GEXF 1.2 with flat attributes (GEXF has no list values) and the layout as viz positions.
//
// Written an element at a time, byte for byte what graphology-gexf's writer (0.13, through xml-writer with a
// two-space indent) gives for the same node and edge formatters: tests/export/chunks.test.ts holds it to that. The
// attribute model (each column's type, in order of first appearance) needs the whole graph, so a first pass infers it
// (yielding empty chunks between batches) before anything is written.
import type { KnowledgeGraph } from "../graph/types.ts";
import { edgeRow, nodeRow, type Cell } from "./rows.ts";
import { xmlAttribute, xmlText } from "./xml.ts";
import { LayoutSnapshot } from "./positions.ts";
import { ChunkBuffer, type Chunks } from "./chunks.ts";

const NODE_SKIP = new Set(["id", "label", "x", "y", "size"]);
const EDGE_SKIP = new Set(["id", "source", "target"]);
/** Elements read between two empty chunks of the model pass. */
const MODEL_BATCH = 2000;

type ValueType = "string" | "double" | "long" | "integer" | "boolean" | "empty";
// graphology-gexf's priorities: a column takes the most general type any of its values has.
const PRIORITY: Record<ValueType, number> = { string: 5, double: 6, long: 7, integer: 8, boolean: 9, empty: 10 };

function valueType(v: Cell | boolean): ValueType {
  if (v === null || v === "" || (typeof v === "number" && v !== v)) return "empty";
  if (typeof v === "boolean") return "boolean";
  if (typeof v === "number") {
    if (v === (v | 0)) return v <= 0x7fffffff && v >= -0x7fffffff ? "integer" : "long";
    return "double";
  }
  return "string";
}

/** Rows' attributes as graphology-gexf's element formatters gave them: the row without nulls and skipped columns. */
function* attributes(rows: Iterable<Record<string, Cell>>, skip: Set<string>): Generator<[string, Cell][], void, void> {
  for (const row of rows) {
    const out: [string, Cell][] = [];
    for (const k in row) if (row[k] !== null && !skip.has(k)) out.push([k, row[k]]);
    yield out;
  }
}

function* nodeAttributes(graph: KnowledgeGraph) {
  for (const { node, attributes: a } of graph.nodeEntries()) yield* attributes([nodeRow(node, a)], NODE_SKIP);
}

function* edgeAttributes(graph: KnowledgeGraph) {
  for (const { edge, attributes: a, source, target } of graph.edgeEntries()) yield* attributes([edgeRow(edge, source, target, a)], EDGE_SKIP);
}

/** The model pass: each column's type, in order of first non-empty value. */
function* inferModel(elements: Iterable<[string, Cell][]>, model: Map<string, ValueType>): Chunks {
  let n = 0;
  for (const attrs of elements) {
    for (const [k, v] of attrs) {
      const type = valueType(v);
      if (type === "empty") continue;
      const current = model.get(k);
      if (!current || (type !== current && PRIORITY[type] < PRIORITY[current])) model.set(k, type);
    }
    if (++n % MODEL_BATCH === 0) yield "";
  }
}

/** xml-writer's writeAttribute: left out when falsy (but 0), numbers as JS prints them. */
function attr(name: string, value: unknown): string {
  if (typeof value !== "number" && !value) return "";
  return ` ${name}="${xmlAttribute(String(value))}"`;
}

const INDENT = (depth: number) => "\n" + "  ".repeat(depth - 1);

/** <attvalues> of one element at depth 5, its values in model order; "" when the model is empty. */
function attvalues(model: Map<string, ValueType>, attrs: [string, Cell][]): string {
  if (!model.size) return "";
  let inner = "";
  for (const [name] of model) {
    const hit = attrs.find(([k]) => k === name);
    if (!hit || valueType(hit[1]) === "empty") continue;
    inner += `${INDENT(6)}<attvalue${attr("for", name)}${attr("value", String(hit[1]))}/>`;
  }
  return inner ? `${INDENT(5)}<attvalues>${inner}${INDENT(5)}</attvalues>` : `${INDENT(5)}<attvalues/>`;
}

function modelXml(model: Map<string, ValueType>, cls: string): string {
  if (!model.size) return "";
  let out = `${INDENT(3)}<attributes${attr("class", cls)}>`;
  for (const [name, type] of model) out += `${INDENT(4)}<attribute${attr("id", name)}${attr("title", name)}${attr("type", type)}/>`;
  return out + `${INDENT(3)}</attributes>`;
}

/** An element whose children (already indented) may be none: <name .../> or <name ...>children</name>. */
const element = (depth: number, name: string, attrs: string, children: string) =>
  children ? `${INDENT(depth)}<${name}${attrs}>${children}${INDENT(depth)}</${name}>` : `${INDENT(depth)}<${name}${attrs}/>`;

function metaXml(graph: KnowledgeGraph): string {
  const a = graph.getAttributes() as Record<string, unknown>;
  let children = "";
  for (const k in a) {
    if (k === "lastModifiedDate") continue;
    const tag = k.replace(/["'<>&\s]/g, "").trim();
    const v = a[k];
    if (tag && (typeof v === "string" || typeof v === "number" || typeof v === "boolean")) children += `${INDENT(3)}<${tag}>${xmlText(String(v))}</${tag}>`;
  }
  return element(2, "meta", attr("lastmodifieddate", a.lastModifiedDate), children);
}

/** The edge type graphology-gexf declares as the default (graphology-utils' inferType). */
function defaultEdgeType(graph: KnowledgeGraph): "directed" | "undirected" {
  if (graph.type !== "mixed") return graph.type;
  return graph.undirectedSize > 0 && graph.directedSize === 0 ? "undirected" : "directed";
}

/** The document an element at a time, after the model pass; positions as of the call. */
export function* gexfChunks(graph: KnowledgeGraph, layout = new LayoutSnapshot(graph)): Chunks {
  const nodeModel = new Map<string, ValueType>();
  const edgeModel = new Map<string, ValueType>();
  yield* inferModel(nodeAttributes(graph), nodeModel);
  yield* inferModel(edgeAttributes(graph), edgeModel);
  const edgeType = defaultEdgeType(graph);

  const buf = new ChunkBuffer();
  buf.add(`<?xml version="1.0" encoding="UTF-8"?>\n<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http:///www.gexf.net/1.1draft/viz">`);
  buf.add(metaXml(graph));
  buf.add(`${INDENT(2)}<graph${attr("defaultedgetype", edgeType)}>${modelXml(nodeModel, "node")}${modelXml(edgeModel, "edge")}`);

  buf.add(graph.order ? `${INDENT(3)}<nodes>` : `${INDENT(3)}<nodes/>`);
  for (const { node, attributes: a } of layout.nodes(graph)) {
    const [attrs] = attributes([nodeRow(node, a)], NODE_SKIP);
    let children = attvalues(nodeModel, attrs);
    if (a.size !== undefined) children += `${INDENT(5)}<viz:size${attr("value", a.size)}/>`;
    if (a.x !== undefined || a.y !== undefined) children += `${INDENT(5)}<viz:position${a.x !== undefined ? attr("x", a.x) : ""}${a.y !== undefined ? attr("y", a.y) : ""}/>`;
    const full = buf.add(element(4, "node", attr("id", node) + attr("label", a.label), children));
    if (full) yield full;
  }
  if (graph.order) buf.add(`${INDENT(3)}</nodes>`);

  buf.add(graph.size ? `${INDENT(3)}<edges>` : `${INDENT(3)}<edges/>`);
  for (const { edge, attributes: a, source, target, undirected } of graph.edgeEntries()) {
    const [attrs] = attributes([edgeRow(edge, source, target, a)], EDGE_SKIP);
    const type = undirected ? "undirected" : "directed";
    const head =
      attr("id", edge) + (type !== edgeType ? attr("type", type) : "") + attr("source", source) + attr("target", target) + attr("weight", a.evidence.length) + attr("label", a.type);
    const full = buf.add(element(4, "edge", head, attvalues(edgeModel, attrs)));
    if (full) yield full;
  }
  if (graph.size) buf.add(`${INDENT(3)}</edges>`);
  yield buf.take() + `${INDENT(2)}</graph>\n</gexf>`;
}

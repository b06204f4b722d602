// POST /api/curations: the body, validated with zod (a 400 naming the field at fault), then read against the current
// graph into a curation that names what it changes by keys that last (graph/curationTypes.ts).
import { z } from "zod";
import { ENTITY_KINDS, POLARITIES } from "../extract/kinds.ts";
import { nameKey } from "../extract/text.ts";
import { resolvedId } from "../graph/resolveAcross.ts";
import type { CurationSpec, EdgeRef, NodeRef } from "../graph/curationTypes.ts";
import type { GraphState } from "./state.ts";
import { badRequest, HttpError } from "./errors.ts";

const id = (field: string) =>
  z.string({ error: `${field} must be an id, as text` }).min(1, `${field} must not be empty`).max(400, `${field} is longer than 400 characters`);
const text = (field: string, max: number) =>
  z.string({ error: `${field} must be text` }).trim().min(1, `${field} must not be empty`).max(max, `${field} is longer than ${max} characters`);
const note = z.string({ error: "note must be text" }).max(1000, "note is longer than 1000 characters").nullish();

export const curationBody = z.discriminatedUnion(
  "op",
  [
    z.strictObject({ op: z.literal("merge"), node: id("node"), into: id("into"), note }),
    z.strictObject({
      op: z.literal("split"),
      node: id("node"),
      name: text("name", 400).optional(),
      article: z.string({ error: "article must be an article id" }).regex(/^[0-9a-f]{16}$/, "article must be an article id (16 hex digits)").optional(),
      note,
    }),
    z.strictObject({ op: z.literal("rename"), node: id("node"), label: text("label", 400), note }),
    z.strictObject({ op: z.literal("retype"), node: id("node"), kind: z.enum(ENTITY_KINDS, { error: `kind must be one of ${ENTITY_KINDS.join(", ")}` }), note }),
    z.strictObject({ op: z.literal("reject"), node: id("node").optional(), edge: id("edge").optional(), note }),
    z.strictObject({ op: z.literal("repolarize"), edge: id("edge"), polarity: z.enum(POLARITIES, { error: `polarity must be one of ${POLARITIES.join(", ")}` }), note }),
  ],
  { error: "op must be one of merge, split, rename, retype, reject, repolarize" },
);

export type CurationBody = z.infer<typeof curationBody>;

/** The body, or a 400 naming the field at fault. */
export function readCurationBody(body: unknown): CurationBody {
  if (body === undefined) throw new HttpError(415, "unsupported_media_type", "Send the curation as application/json");
  const parsed = curationBody.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.code === "unrecognized_keys" ? issue.keys[0] : issue.path.length ? String(issue.path[0]) : undefined;
    const message = issue.code === "unrecognized_keys" ? `Unknown field "${issue.keys[0]}"` : issue.path.length === 0 ? "The body must be a JSON object with an op" : issue.message;
    throw badRequest(message, field);
  }
  const b = parsed.data;
  if (b.op === "split" && (b.name === undefined) === (b.article === undefined)) throw badRequest("A split takes either name or article", "name");
  if (b.op === "reject" && (b.node === undefined) === (b.edge === undefined)) throw badRequest("A reject takes either node or edge", "node");
  return b;
}

function nodeRef(state: GraphState, given: string, field: string): NodeRef {
  const node = resolvedId(state.canonical, given);
  if (!state.graph.hasNode(node)) throw new HttpError(404, "not_found", `No node with id "${given}"`, field);
  const a = state.graph.getNodeAttributes(node);
  return { id: node, name: nameKey(a.label), kind: a.kind, label: a.label };
}

function edgeRef(state: GraphState, key: string, field: string): EdgeRef {
  const { graph } = state;
  if (!graph.hasEdge(key)) throw new HttpError(404, "not_found", `No edge with id "${key}"`, field);
  const a = graph.getEdgeAttributes(key);
  const source = graph.source(key);
  const target = graph.target(key);
  const verb = a.type === "stance" ? (a.act ?? "stance").replace(/_/g, " ") : a.type === "holds_position" && a.title ? `holds ${a.title}` : a.type.replace(/_/g, " ");
  const label = `${graph.getNodeAttribute(source, "label")} ${verb} ${graph.getNodeAttribute(target, "label")}`;
  return { source, target, type: a.type, act: a.act ?? null, polarity: a.polarity ?? null, label };
}

/** What the body asks, as a curation of the current graph: unknown nodes and edges are 404s, requests that cannot
 * mean anything 400s, each naming its field. */
export function curationSpec(state: GraphState, b: CurationBody): CurationSpec {
  switch (b.op) {
    case "merge": {
      const node = nodeRef(state, b.node, "node");
      const into = nodeRef(state, b.into, "into");
      if (node.id === into.id) throw badRequest(`"${b.node}" and "${b.into}" are one node already`, "into");
      return { op: "merge", node, into };
    }
    case "split": {
      const node = nodeRef(state, b.node, "node");
      const a = state.graph.getNodeAttributes(node.id);
      if (b.name !== undefined) {
        const key = nameKey(b.name);
        if (![a.label, ...a.aliases].some((n) => nameKey(n) === key)) throw badRequest(`"${node.label}" has no name "${b.name}"`, "name");
        return { op: "split", node, name: b.name };
      }
      if (!a.articles.includes(b.article!)) throw badRequest(`"${node.label}" is not in article ${b.article}`, "article");
      return { op: "split", node, article: b.article! };
    }
    case "rename":
      return { op: "rename", node: nodeRef(state, b.node, "node"), label: b.label };
    case "retype":
      return { op: "retype", node: nodeRef(state, b.node, "node"), kind: b.kind };
    case "reject":
      return b.edge !== undefined ? { op: "reject", edge: edgeRef(state, b.edge, "edge") } : { op: "reject", node: nodeRef(state, b.node!, "node") };
    case "repolarize": {
      const edge = edgeRef(state, b.edge, "edge");
      if (edge.type !== "stance") throw badRequest("Only a stance has a polarity", "edge");
      if ((edge.polarity ?? "neutral") === b.polarity) throw badRequest(`The stance is ${b.polarity} already`, "polarity");
      return { op: "repolarize", edge, polarity: b.polarity };
    }
  }
}

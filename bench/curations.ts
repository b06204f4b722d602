// Synthetic curations for bench/reload.ts --curations N: a deterministic mix of every operation on a loaded graph
// (renames, retypes, merges, splits by article, nodes and edges rejected, stances repolarized, and some that match
// nothing), made as POST /api/curations makes them.
import type { GraphState } from "../server/api/state.ts";
import { curationSpec, readCurationBody } from "../server/api/curationBody.ts";
import type { CurationSpec } from "../server/graph/curationTypes.ts";
import { ENTITY_KINDS } from "../server/extract/kinds.ts";
import { rng } from "./synthetic.ts";

/** Shares of each operation in the mix, out of 20. */
const MIX: [string, number][] = [
  ["rename", 6],
  ["retype", 3],
  ["merge", 3],
  ["split", 1],
  ["reject-node", 2],
  ["reject-edge", 2],
  ["repolarize", 2],
  ["idle", 1],
];

export function syntheticCurations(state: GraphState, count: number): CurationSpec[] {
  const r = rng(14);
  const nodes = state.graph.nodes();
  const edges = state.graph.edges();
  const stances = edges.filter((e) => state.graph.getEdgeAttribute(e, "type") === "stance");
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)];
  const ops = MIX.flatMap(([op, n]) => Array<string>(n).fill(op));
  const out: CurationSpec[] = [];
  for (let i = 0; i < count; i++) {
    const op = ops[i % ops.length];
    const node = pick(nodes);
    const body = (): Record<string, unknown> => {
      switch (op) {
        case "rename":
          return { op, node, label: `${state.graph.getNodeAttribute(node, "label")} (checked)` };
        case "retype":
          return { op, node, kind: pick(ENTITY_KINDS) };
        case "merge": {
          const into = pick(nodes);
          return { op, node, into: into === node ? nodes[(nodes.indexOf(node) + 1) % nodes.length] : into };
        }
        case "split": {
          const articles = state.graph.getNodeAttribute(node, "articles");
          return articles.length > 1 ? { op, node, article: pick(articles) } : { op: "rename", node, label: "Split" };
        }
        case "reject-node":
          return { op: "reject", node };
        case "reject-edge":
          return { op: "reject", edge: pick(edges) };
        case "repolarize": {
          const edge = pick(stances);
          const polarity = state.graph.getEdgeAttribute(edge, "polarity") === "support" ? "oppose" : "support";
          return { op, edge, polarity };
        }
        default:
          return { op: "rename", node, label: "Idle" };
      }
    };
    const spec = curationSpec(state, readCurationBody(body()));
    // One that names an entity no article has: kept, and idle on every rebuild.
    out.push(op === "idle" && spec.op === "rename" ? { ...spec, node: { ...spec.node, id: `${spec.node.id}-gone`, name: "no such name" } } : spec);
  }
  return out;
}

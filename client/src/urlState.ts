// The view in the URL with short keys, and back. Pure: decoding drops whatever the data does not know.
import type { EntityKind, Polarity, RelationType } from "./apiTypes.ts";
import { KINDS, POLARITIES } from "./palette.ts";
import { RELATION_TYPES, defaultViewState, type Depth, type ViewState } from "./viewState.ts";

/** What decoding checks values against. */
export interface KnownData {
  hasNode(id: string): boolean;
  /** The node an old id resolved into, if it did (a link made before a later article gave the fuller name). */
  resolve?(id: string): string | undefined;
}

/** The node an id from a link means now, or null when the data does not know it. */
function nodeOf(id: string | null | undefined, known: KnownData): string | null {
  if (!id) return null;
  if (known.hasNode(id)) return id;
  const moved = known.resolve?.(id);
  return moved && known.hasNode(moved) ? moved : null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

// Short codes keep shared links short and readable.
const KIND_CODES: Record<EntityKind, string> = { person: "p", organization: "o", country: "c", location: "l", event: "e", topic: "t" };
const RELATION_CODES: Record<RelationType, string> = {
  holds_position: "hp",
  member_of: "mo",
  chairs: "ch",
  participates_in: "pi",
  absent_from: "af",
  located_in: "li",
  in_conflict_with: "ic",
  part_of: "po",
  stance: "st",
};
const POLARITY_CODES: Record<Polarity, string> = { support: "s", oppose: "o", neutral: "n" };

function codesOf<T extends string>(values: readonly T[], all: readonly T[], codes: Record<T, string>): string {
  return all.filter((v) => values.includes(v)).map((v) => codes[v]).join("");
}

function valuesOf<T extends string>(text: string | null, codes: Record<T, string>, width: number): T[] {
  if (!text) return [];
  const byCode = new Map(Object.entries(codes).map(([v, c]) => [c as string, v as T]));
  const out: T[] = [];
  for (let i = 0; i + width <= text.length; i += width) {
    const v = byCode.get(text.slice(i, i + width));
    if (v && !out.includes(v)) out.push(v);
  }
  return out;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

export function encodeViewState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.node) p.set("n", state.node);
  if (state.depth !== 1) p.set("d", String(state.depth));
  if (state.mode === "focus") p.set("m", "f");
  const k = codesOf(state.hiddenKinds, KINDS, KIND_CODES);
  if (k) p.set("k", k);
  const r = codesOf(state.hiddenRelations, RELATION_TYPES, RELATION_CODES);
  if (r) p.set("r", r);
  const s = codesOf(state.hiddenPolarities, POLARITIES, POLARITY_CODES);
  if (s) p.set("s", s);
  if (state.from) p.set("f", state.from);
  if (state.to) p.set("t", state.to);
  if (state.camera) {
    const { x, y, ratio } = state.camera;
    p.set("c", `${round(x, 4)},${round(y, 4)},${round(ratio, 4)}`);
  }
  if (state.path) p.set("p", `${state.path[0]}~${state.path[1]}`);
  return p.toString();
}

export function decodeViewState(search: string, known: KnownData): ViewState {
  const p = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  const state = defaultViewState();
  const n = nodeOf(p.get("n"), known);
  if (n) state.node = n;
  const d = Number(p.get("d"));
  if (d === 1 || d === 2 || d === 3) state.depth = d as Depth;
  if (p.get("m") === "f") state.mode = "focus";
  state.hiddenKinds = valuesOf(p.get("k"), KIND_CODES, 1);
  state.hiddenRelations = valuesOf(p.get("r"), RELATION_CODES, 2);
  state.hiddenPolarities = valuesOf(p.get("s"), POLARITY_CODES, 1);
  const from = p.get("f");
  const to = p.get("t");
  if (from && DATE.test(from) && !Number.isNaN(Date.parse(from))) state.from = from;
  if (to && DATE.test(to) && !Number.isNaN(Date.parse(to))) state.to = to;
  const c = p.get("c")?.split(",").map(Number);
  if (c && c.length === 3 && c.every(Number.isFinite) && c[2] > 0) state.camera = { x: c[0], y: c[1], ratio: c[2] };
  const path = p.get("p")?.split("~").map((id) => nodeOf(id, known));
  if (path && path.length === 2 && path[0] && path[1] && path[0] !== path[1]) state.path = [path[0], path[1]];
  return state;
}

/** The node ids a link names (its node, its path's ends) that the data does not know: decoding drops them, and the
 * person who opened the link should hear why the view is not the one they were sent. */
export function unknownNodeIds(search: string, known: KnownData): string[] {
  const p = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  const named = [p.get("n"), ...(p.get("p")?.split("~") ?? [])].filter((id): id is string => !!id);
  return [...new Set(named.filter((id) => nodeOf(id, known) === null))];
}

/** Where the view stands (its node or path): a change of place is a step Back can return to, a change of camera or
 * filters is not. */
export function placeOf(search: string): string {
  const p = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  return `${p.get("n") ?? ""}|${p.get("p") ?? ""}`;
}

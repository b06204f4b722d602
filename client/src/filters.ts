// Filters by relation type, stance polarity and article date, reflecting and editing the view state.
import type { Polarity, RelationType } from "./apiTypes.ts";
import type { NeighborFilters } from "./api.ts";
import { clear, h } from "./dom.ts";
import { POLARITIES, POLARITY_COLORS } from "./palette.ts";
import { ENTITY_KINDS, RELATION_TYPES, type ViewState } from "./viewState.ts";

export interface FilterChange {
  hiddenRelations?: RelationType[];
  hiddenPolarities?: Polarity[];
  from?: string | null;
  to?: string | null;
}

const toggle = <T>(list: readonly T[], v: T, on: boolean): T[] => (on ? list.filter((x) => x !== v) : [...new Set([...list, v])]);

export function renderFilters(root: HTMLElement, state: ViewState, onChange: (change: FilterChange) => void): void {
  clear(root);
  const relations = h("fieldset", { className: "filter-group" }, h("legend", null, "Relations"));
  for (const type of RELATION_TYPES) {
    const box = h("input", { attrs: { type: "checkbox", name: "relation", value: type } });
    box.checked = !state.hiddenRelations.includes(type);
    box.addEventListener("change", () => onChange({ hiddenRelations: toggle(state.hiddenRelations, type, box.checked) }));
    relations.appendChild(h("label", null, box, type.replace(/_/g, " ")));
  }
  const polarities = h("fieldset", { className: "filter-group" }, h("legend", null, "Stances"));
  for (const p of POLARITIES) {
    const box = h("input", { attrs: { type: "checkbox", name: "polarity", value: p } });
    box.checked = !state.hiddenPolarities.includes(p);
    box.addEventListener("change", () => onChange({ hiddenPolarities: toggle(state.hiddenPolarities, p, box.checked) }));
    const swatch = h("span", { className: "line-swatch", attrs: { "aria-hidden": "true" } });
    swatch.style.background = POLARITY_COLORS[p];
    polarities.appendChild(h("label", null, box, swatch, p));
  }
  const from = h("input", { attrs: { type: "date", name: "from", id: "filter-from" } });
  const to = h("input", { attrs: { type: "date", name: "to", id: "filter-to" } });
  from.value = state.from ?? "";
  to.value = state.to ?? "";
  if (state.from && state.to && state.from > state.to) for (const box of [from, to]) box.setAttribute("aria-invalid", "true");
  from.addEventListener("change", () => onChange({ from: from.value || null }));
  to.addEventListener("change", () => onChange({ to: to.value || null }));
  const dates = h(
    "fieldset",
    { className: "filter-group" },
    h("legend", null, "Article date"),
    h("label", { attrs: { for: "filter-from" } }, "From"),
    from,
    h("label", { attrs: { for: "filter-to" } }, "To"),
    to,
  );
  root.append(relations, polarities, dates);
}

/**
 * The view's filters as the neighbours route's query, so that the server's node limit is spent on what the view
 * shows. Only what the server means the same way is sent; the view still filters whatever it holds.
 */
export function neighborFilters(state: ViewState): NeighborFilters {
  const out: NeighborFilters = {};
  const kinds = ENTITY_KINDS.filter((k) => !state.hiddenKinds.includes(k));
  if (kinds.length < ENTITY_KINDS.length) out.kind = kinds;
  const types = RELATION_TYPES.filter((t) => !state.hiddenRelations.includes(t));
  if (types.length < RELATION_TYPES.length) out.type = types;
  // The server's polarity filter drops every edge without a polarity, the view's only hides stances of that
  // polarity: the two agree only when stances are the only relations shown.
  if (state.hiddenPolarities.length && types.every((t) => t === "stance")) out.polarity = POLARITIES.filter((p) => !state.hiddenPolarities.includes(p));
  // An inverted range shows nothing in the view; the server would refuse it.
  if (!(state.from && state.to && state.from > state.to)) {
    if (state.from) out.from = state.from;
    if (state.to) out.to = state.to;
  }
  return out;
}

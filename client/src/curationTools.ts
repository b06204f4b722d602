// The "Correct" sections of the panel: for a node, "Merge into…" (with search), "Split name…", "Rename", "Change kind"
// and "Not an entity"; for an edge, "Wrong relation" and "Change polarity". Each applies at once through `apply`.
// Every name shown comes from articles or people: it goes into text nodes only (dom.ts).
import type { EdgeDetail, NodeDetail, Polarity, SearchResult } from "./apiTypes.ts";
import type { CurationRequest } from "./curationsApi.ts";
import { api } from "./api.ts";
import { clear, h } from "./dom.ts";
import { KINDS, KIND_LABELS } from "./palette.ts";

export interface CurationActions {
  /** Makes the correction; `focus` is the node to show afterwards (null: none). */
  apply(body: CurationRequest, focus: string | null): Promise<void>;
}

type Node = NodeDetail["node"];

const button = (label: string, onClick: () => void, className = "") =>
  h("button", { className, attrs: { type: "button" }, on: { click: onClick } }, label);

function form(label: string, fields: HTMLElement[], submit: string, onSubmit: () => void): HTMLFormElement {
  return h(
    "form",
    { className: "curation-form", attrs: { "aria-label": label }, on: { submit: (e) => (e.preventDefault(), onSubmit()) } },
    ...fields,
    h("button", { attrs: { type: "submit" } }, submit),
  );
}

function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  return h("label", null, text, control);
}

function mergeForm(node: Node, actions: CurationActions): HTMLElement {
  const input = h("input", { attrs: { type: "search", autocomplete: "off", spellcheck: "false", placeholder: "Search for the node it is" } });
  const results = h("ul", { className: "curation-results", attrs: { "aria-label": "Nodes to merge into" } });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  const show = (hits: SearchResult[]) => {
    clear(results);
    const others = hits.filter((r) => r.id !== node.id);
    if (!others.length) results.appendChild(h("li", { className: "hint" }, "No other node of that name."));
    for (const r of others) {
      results.appendChild(
        h("li", null, button(`${r.label} · ${KIND_LABELS[r.kind] ?? r.kind}`, () => void actions.apply({ op: "merge", node: node.id, into: r.id }, r.id), "linklike merge-choice")),
      );
    }
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    timer = setTimeout(() => {
      const mine = ++seq;
      if (!q) return clear(results);
      void api.search(q, 8).then((res) => mine === seq && show(res.results), () => mine === seq && show([]));
    }, 120);
  });
  return h("div", { className: "curation-form" }, labelled(`Merge “${node.label}” into`, input), results);
}

function splitForm(node: Node, actions: CurationActions): HTMLElement {
  const select = h("select", null, ...node.aliases.map((a) => h("option", { attrs: { value: a } }, a)));
  return form("Split a name", [labelled(`Take out of “${node.label}” the name`, select)], "Split", () => void actions.apply({ op: "split", node: node.id, name: select.value }, node.id));
}

function renameForm(node: Node, actions: CurationActions): HTMLElement {
  const input = h("input", { attrs: { type: "text", value: node.label, maxlength: "400" } });
  return form("Rename", [labelled("New name", input)], "Rename", () => {
    if (input.value.trim()) void actions.apply({ op: "rename", node: node.id, label: input.value.trim() }, node.id);
  });
}

function kindForm(node: Node, actions: CurationActions): HTMLElement {
  const select = h("select", null, ...KINDS.map((k) => h("option", { attrs: { value: k, ...(k === node.kind ? { selected: "" } : {}) } }, KIND_LABELS[k])));
  return form("Change kind", [labelled("Kind", select)], "Change", () => void actions.apply({ op: "retype", node: node.id, kind: select.value as Node["kind"] }, node.id));
}

const curatedNote = (ids: readonly number[] | undefined) =>
  ids?.length ? h("p", { className: "hint curated-by" }, `Shaped by correction${ids.length === 1 ? "" : "s"} ${ids.map((i) => `#${i}`).join(", ")} (see “Corrections”).`) : null;

/** A section of buttons, one of which may open its form below them. */
function toolSection(title: string, tools: [string, (() => HTMLElement) | (() => void)][], curated: number[] | undefined): HTMLElement {
  const area = h("div", { className: "curation-area" });
  const buttons = tools.map(([label, run]) =>
    button(label, () => {
      const opened = run();
      if (!opened) return;
      clear(area);
      area.appendChild(opened);
      opened.querySelector<HTMLElement>("input, select")?.focus();
    }),
  );
  return h("section", { className: "curation-tools" }, h("h3", null, title), h("div", { className: "curation-buttons", attrs: { role: "group", "aria-label": title } }, ...buttons), area, curatedNote(curated));
}

export function nodeTools(detail: NodeDetail, actions: CurationActions): HTMLElement {
  const node = detail.node;
  const tools: [string, (() => HTMLElement) | (() => void)][] = [["Merge into…", () => mergeForm(node, actions)]];
  if (node.aliases.length) tools.push(["Split name…", () => splitForm(node, actions)]);
  tools.push(["Rename", () => renameForm(node, actions)], ["Change kind", () => kindForm(node, actions)], ["Not an entity", () => void actions.apply({ op: "reject", node: node.id }, null)]);
  return toolSection("Correct this node", tools, node.curated);
}

const POLARITY_CHOICES: Polarity[] = ["support", "oppose", "neutral"];

export function edgeTools(edge: EdgeDetail, actions: CurationActions, focus: string | null): HTMLElement {
  const after = focus ?? edge.source;
  const tools: [string, (() => HTMLElement) | (() => void)][] = [["Wrong relation", () => void actions.apply({ op: "reject", edge: edge.id }, after)]];
  if (edge.type === "stance") {
    tools.push([
      "Change polarity",
      () =>
        h("div", { className: "curation-form", attrs: { role: "group", "aria-label": "New polarity" } },
          ...POLARITY_CHOICES.filter((p) => p !== (edge.polarity ?? "neutral")).map((p) => button(`Make it ${p}`, () => void actions.apply({ op: "repolarize", edge: edge.id, polarity: p }, after)))),
    ]);
  }
  return toolSection("Correct this relation", tools, edge.curated);
}

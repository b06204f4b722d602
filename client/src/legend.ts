// The legend: one toggle button per kind, with its colour and how many nodes of it are in view.
import type { EntityKind } from "./apiTypes.ts";
import { clear, h } from "./dom.ts";
import { KINDS, KIND_COLORS, KIND_LABELS } from "./palette.ts";

export function renderLegend(
  root: HTMLElement,
  counts: ReadonlyMap<EntityKind, number>,
  hidden: readonly EntityKind[],
  onToggle: (kind: EntityKind) => void,
): void {
  clear(root);
  for (const kind of KINDS) {
    const swatch = h("span", { className: "swatch", attrs: { "aria-hidden": "true" } });
    swatch.style.background = KIND_COLORS[kind];
    const shown = !hidden.includes(kind);
    root.appendChild(
      h(
        "li",
        null,
        h(
          "button",
          {
            className: "legend-toggle",
            attrs: { type: "button", "aria-pressed": String(shown), title: `${shown ? "Hide" : "Show"} ${KIND_LABELS[kind].toLowerCase()} nodes` },
            dataset: { kind },
            on: { click: () => onToggle(kind) },
          },
          swatch,
          KIND_LABELS[kind],
          h("span", { className: "count" }, String(counts.get(kind) ?? 0)),
        ),
      ),
    );
  }
}

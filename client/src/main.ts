// Entry point: wires the page's controls to the explorer.
import { byId } from "./dom.ts";
import { Explorer } from "./explorer.ts";
import { SearchBox } from "./search.ts";
import { decodeViewState } from "./urlState.ts";
import type { Depth, ExpandMode } from "./viewState.ts";
import { bindUrlSync } from "./urlSync.ts";

const explorer = new Explorer({
  graph: byId("graph"),
  panel: byId("panel"),
  status: byId("status"),
  legend: byId("legend"),
  filters: byId("filters"),
});

new SearchBox(byId<HTMLInputElement>("search"), byId<HTMLUListElement>("search-results"), (r) => void explorer.selectNode(r.id, { moveCamera: true }));

const depth = byId<HTMLSelectElement>("depth");
depth.addEventListener("change", () => explorer.setDepth(Number(depth.value) as Depth));
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="mode"]')) {
  radio.addEventListener("change", () => radio.checked && explorer.setMode(radio.value as ExpandMode));
}

const layoutButton = byId<HTMLButtonElement>("layout-toggle");
layoutButton.addEventListener("click", () => explorer.layout.toggle());
explorer.onStateChange(() => {
  layoutButton.textContent = explorer.layout.running ? "Stop layout" : "Start layout";
  layoutButton.setAttribute("aria-pressed", String(explorer.layout.running));
  depth.value = String(explorer.state.depth);
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="mode"]')) radio.checked = radio.value === explorer.state.mode;
});
byId("reset-view").addEventListener("click", () => void explorer.showWholeGraph());

void explorer
  .start((graph) => decodeViewState(location.search, { hasNode: (id) => graph.hasNode(id) }))
  .then(() => bindUrlSync(explorer));

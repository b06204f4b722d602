// Entry point: wires the page's controls to the explorer.
import { byId } from "./dom.ts";
import { Explorer } from "./explorer.ts";
import { SearchBox } from "./search.ts";
import { decodeViewState } from "./urlState.ts";
import type { Depth, ExpandMode } from "./viewState.ts";
import { bindUrlSync } from "./urlSync.ts";
import { PathMode } from "./pathMode.ts";
import { IngestDialog } from "./ingest.ts";
import { Curations } from "./curations.ts";
import { download, graphToGexf, viewToPng } from "./exportView.ts";
import { fetchMissingEvidence } from "./exportEvidence.ts";
import { api } from "./api.ts";

const explorer = new Explorer({
  graph: byId("graph"),
  panel: byId("panel"),
  status: byId("status"),
  legend: byId("legend"),
  filters: byId("filters"),
});

const pathMode = new PathMode(explorer, byId<HTMLButtonElement>("path-mode"), byId("path-hint"));

new SearchBox(byId<HTMLInputElement>("search"), byId<HTMLUListElement>("search-results"), (r) => {
  if (pathMode.picking) pathMode.pick(r.id);
  else void explorer.selectNode(r.id, { moveCamera: true });
});

const depth = byId<HTMLSelectElement>("depth");
depth.addEventListener("change", () => explorer.setDepth(Number(depth.value) as Depth));
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="mode"]')) {
  radio.addEventListener("change", () => radio.checked && explorer.setMode(radio.value as ExpandMode));
}

const layoutButton = byId<HTMLButtonElement>("layout-toggle");
layoutButton.addEventListener("click", () => {
  if (explorer.graph.order === 0) return explorer.status.set("The graph is empty: there is nothing to lay out. Add an article first.", "error");
  explorer.layout.toggle();
});
explorer.onStateChange(() => {
  layoutButton.textContent = explorer.layout.running ? "Stop layout" : "Start layout";
  layoutButton.setAttribute("aria-pressed", String(explorer.layout.running));
  depth.value = String(explorer.state.depth);
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="mode"]')) radio.checked = radio.value === explorer.state.mode;
});
new IngestDialog(explorer);
new Curations(explorer);

byId("export-png").addEventListener("click", () => {
  const r = explorer.renderer;
  if (!r) return explorer.status.set("Nothing to export yet: wait for the graph to load.", "error");
  // A blank white picture is no export.
  if (explorer.graph.order === 0) return explorer.status.set("The view is empty: there is nothing to export.", "error");
  viewToPng(r)
    .then((blob) => download(blob, "stancegraph-view.png"))
    .catch((err: Error) => explorer.status.set(`The PNG could not be made: ${err.message}`, "error"));
});
byId("export-gexf").addEventListener("click", () => {
  if (explorer.graph.order === 0) return explorer.status.set("The view is empty: there is nothing to export.", "error");
  // Neighbourhoods send no evidence: the relations that came with one get theirs now, for the evidence column.
  explorer.status.set("Gathering the relations' evidence for the export…", "loading");
  void explorer
    .track(fetchMissingEvidence(explorer.graph, async (ids) => new Map((await api.edges(ids)).edges.map((e) => [e.id, e.evidence]))))
    .then((failed) => {
      download(new Blob([graphToGexf(explorer.graph)], { type: "application/xml" }), "stancegraph-view.gexf");
      if (failed) explorer.status.set(`Exported; the evidence of ${failed} relation${failed === 1 ? "" : "s"} could not be fetched and is left blank.`, "error");
      else explorer.showCounts();
    });
});

byId("reset-view").addEventListener("click", () => void explorer.showWholeGraph());

void explorer
  .start((graph) => decodeViewState(location.search, { hasNode: (id) => graph.hasNode(id) || explorer.partOf !== null, resolve: (id) => explorer.resolved.get(id) }))
  .then(() => bindUrlSync(explorer));

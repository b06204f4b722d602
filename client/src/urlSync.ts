// Keeps the address bar in step with the view, and restores a shared view once the graph is there. Each new place
// (a node chosen, a path found) is a history entry, so that Back returns to the previous one; camera and filter
// changes only rewrite the current entry.
import type { Explorer } from "./explorer.ts";
import { decodeViewState, encodeViewState, placeOf, unknownNodeIds } from "./urlState.ts";
import type { ViewState } from "./viewState.ts";

export async function bindUrlSync(explorer: Explorer): Promise<void> {
  const r = explorer.renderer;
  if (!r) return;
  const known = { hasNode: (id: string) => explorer.graph.hasNode(id), resolve: (id: string) => explorer.resolved.get(id) };
  const unknown = unknownNodeIds(location.search, known);
  await restore(explorer, explorer.state);
  if (unknown.length) {
    // Decoding dropped them: say so, rather than show the whole graph as if it were what was shared.
    const names = unknown.map((id) => `“${id}”`).join(" and ");
    explorer.status.set(`The link names ${names}, not in this graph: the view shows the rest of the link.`, "error");
    if (!explorer.state.node && !explorer.state.path) {
      explorer.panel.message("Not in this graph", `The link names ${names}, which this graph does not hold (its articles may have been removed, or never added here). Search for the name above.`);
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  // While Back or Forward is being shown, the view passes through states that are no place of its own.
  let restoring = false;
  const write = () => {
    const cam = r.getCamera().getState();
    const state = { ...explorer.state, camera: { x: cam.x, y: cam.y, ratio: cam.ratio } };
    const query = encodeViewState(state);
    const url = `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (placeOf(query) !== placeOf(location.search)) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  };
  explorer.onStateChange(() => {
    if (restoring) return;
    clearTimeout(timer);
    timer = setTimeout(write, 250);
  });
  let restores = 0;
  window.addEventListener("popstate", () => {
    clearTimeout(timer);
    restoring = true;
    // Back pressed twice quickly: only the last entry's view is written back.
    const seq = ++restores;
    void restore(explorer, decodeViewState(location.search, known), true).finally(() => {
      if (seq !== restores) return;
      restoring = false;
      write();
    });
  });
  // What the address held that the data does not know is dropped from it at once.
  write();
}

/** Shows a decoded view: its filters, then its path or node, then its camera. */
async function restore(explorer: Explorer, state: ViewState, fromHistory = false): Promise<void> {
  const r = explorer.renderer;
  if (!r) return;
  if (fromHistory) explorer.setState({ ...state, node: explorer.state.node, path: explorer.state.path, camera: null });
  if (state.path) {
    // Path restoring needs the path module; it plugs in here, or listens for the event.
    if (explorer.findPath) await explorer.findPath(state.path[0], state.path[1]);
    else window.dispatchEvent(new CustomEvent("stancegraph:path", { detail: state.path }));
  } else if (state.node) {
    await explorer.selectNode(state.node, { moveCamera: !state.camera });
  } else if (fromHistory) {
    await explorer.clearSelection();
  }
  if (state.camera) r.getCamera().setState({ ...state.camera, angle: 0 });
}

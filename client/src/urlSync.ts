// Keeps the address bar in step with the view, and restores a shared view once the graph is there.
import type { Explorer } from "./explorer.ts";
import { encodeViewState } from "./urlState.ts";

export async function bindUrlSync(explorer: Explorer): Promise<void> {
  const initial = explorer.state;
  const r = explorer.renderer;
  if (!r) return;
  if (initial.path) {
    // Path restoring needs the path module; it listens for this event.
    window.dispatchEvent(new CustomEvent("stancegraph:path", { detail: initial.path }));
  } else if (initial.node) {
    await explorer.selectNode(initial.node, { moveCamera: !initial.camera });
  }
  if (initial.camera) r.getCamera().setState({ ...initial.camera, angle: 0 });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    const cam = r.getCamera().getState();
    const state = { ...explorer.state, camera: { x: cam.x, y: cam.y, ratio: cam.ratio } };
    const query = encodeViewState(state);
    const url = `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, "", url);
  };
  explorer.onStateChange(() => {
    clearTimeout(timer);
    timer = setTimeout(write, 250);
  });
  // What the address held that the data does not know is dropped from it at once.
  write();
}

// Creates the sigma renderer with the programs and settings the explorer needs.
import Sigma from "sigma";
import { EdgeArrowProgram } from "sigma/rendering";
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type { Settings } from "sigma/settings";
import type { ViewEdge, ViewGraph, ViewNode } from "./graphModel.ts";
import { installEdgeLabels } from "./edgeLabels.ts";
import { drawLabelWithHalo, installNodeLabels } from "./nodeLabels.ts";
import { uploadVerticesOnChangeOnly } from "./vertexUploads.ts";

export type Renderer = Sigma<ViewNode, ViewEdge>;

type Reducers = Partial<Pick<Settings<ViewNode, ViewEdge>, "nodeReducer" | "edgeReducer">>;

/** Past this many edges, a drag or zoom draws the nodes only and the edges come back when the camera stops. */
export const HIDE_EDGES_ON_MOVE_FROM = 20_000;

/** Reducers go in with the other settings: set afterwards, each would make sigma index the whole graph again. */
export function createRenderer(graph: ViewGraph, container: HTMLElement, reducers: Reducers = {}): Renderer {
  uploadVerticesOnChangeOnly();
  const renderer = new Sigma<ViewNode, ViewEdge>(graph, container, {
    ...reducers,
    hideEdgesOnMove: graph.size > HIDE_EDGES_ON_MOVE_FROM,
    allowInvalidContainer: true,
    defaultEdgeType: "straight",
    // The programs are typed for any attributes; ours are a narrower case of those.
    edgeProgramClasses: { straight: EdgeArrowProgram as never, curved: EdgeCurvedArrowProgram as never },
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    zIndex: true,
    labelFont: "system-ui, sans-serif",
    labelSize: 13,
    labelWeight: "500",
    labelColor: { color: "#1d2330" },
    defaultDrawNodeLabel: drawLabelWithHalo as never,
    edgeLabelFont: "system-ui, sans-serif",
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#4a5060" },
    labelDensity: 0.9,
    // Small cells offer more candidates; the label pass (nodeLabels.ts) keeps those that fit without overlapping.
    labelGridCellSize: 60,
    labelRenderedSizeThreshold: 5,
    stagePadding: 40,
  });
  installEdgeLabels(renderer as never);
  installNodeLabels(renderer as never);
  // deriveDisplay ends every change of the graph's shape with one pass over the edges: time to check the size.
  const followSize = () => {
    const hide = graph.size > HIDE_EDGES_ON_MOVE_FROM;
    if (renderer.getSetting("hideEdgesOnMove") !== hide) renderer.setSetting("hideEdgesOnMove", hide);
  };
  graph.on("eachEdgeAttributesUpdated", followSize);
  renderer.once("kill", () => graph.off("eachEdgeAttributesUpdated", followSize));
  return renderer;
}

/**
 * Resolves after sigma's next completed render; triggers one so it never waits forever. `reindex` false only draws
 * again (nothing changed since the last indexing), which costs a frame instead of a pass over the whole graph.
 */
export function nextRender(renderer: Renderer, reindex = true): Promise<void> {
  return new Promise((resolve) => {
    renderer.once("afterRender", () => resolve());
    if (reindex) renderer.refresh();
    else renderer.scheduleRender();
  });
}

// Creates the sigma renderer with the programs and settings the explorer needs.
import Sigma from "sigma";
import { EdgeArrowProgram } from "sigma/rendering";
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type { ViewEdge, ViewGraph, ViewNode } from "./graphModel.ts";

export type Renderer = Sigma<ViewNode, ViewEdge>;

export function createRenderer(graph: ViewGraph, container: HTMLElement): Renderer {
  return new Sigma<ViewNode, ViewEdge>(graph, container, {
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
    edgeLabelFont: "system-ui, sans-serif",
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#4a5060" },
    labelDensity: 0.9,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 5,
    // The PNG export reads the WebGL canvases back: keep their pixels after drawing.
    stagePadding: 40,
  });
}

/** Resolves after sigma's next completed render; triggers one so it never waits forever. */
export function nextRender(renderer: Renderer): Promise<void> {
  return new Promise((resolve) => {
    renderer.once("afterRender", () => resolve());
    renderer.refresh();
  });
}

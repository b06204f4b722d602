// Sigma's node and edge reducers: filters hide, emphasis fades everything that is not the point of attention.
// Sigma hands each reducer its own shallow copy of the attributes and runs it for every node and edge whenever it
// re-indexes (each layout step, each emphasis change), so the reducers change that copy in place and allocate nothing.
import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";
import type { ViewEdge, ViewGraph, ViewNode } from "./graphModel.ts";
import type { Emphasis } from "./emphasis.ts";
import type { ViewState } from "./viewState.ts";
import { FADED_EDGE, FADED_NODE, PATH_COLOR } from "./palette.ts";
import { edgeVisible, nodeVisible, type ArticleDates } from "./visibility.ts";

export interface ReducerInputs {
  graph: ViewGraph;
  state: () => ViewState;
  emphasis: Emphasis;
  dates: ArticleDates;
}

export function makeNodeReducer({ state, emphasis, dates }: ReducerInputs) {
  return (node: string, data: ViewNode): Partial<NodeDisplayData> => {
    const res = data as ViewNode & Partial<NodeDisplayData>;
    if (!nodeVisible(data, state(), dates)) {
      res.hidden = true;
      return res;
    }
    const attention = emphasis.hoverNodes ?? emphasis.pathNodes ?? emphasis.focusNodes;
    if (attention && !attention.has(node)) {
      res.color = FADED_NODE;
      res.label = "";
      res.zIndex = 0;
    } else if (attention) {
      res.zIndex = 1;
    }
    if (emphasis.pathNodes?.has(node) && !emphasis.hoverNodes) {
      res.forceLabel = true;
      res.highlighted = true;
    }
    if (emphasis.added.has(node)) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 2;
    }
    if (node === emphasis.selected || node === emphasis.hovered) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 3;
    }
    return res;
  };
}

export function makeEdgeReducer({ graph, state, emphasis, dates }: ReducerInputs) {
  return (edge: string, data: ViewEdge): Partial<EdgeDisplayData> => {
    const res = data as ViewEdge & Partial<EdgeDisplayData>;
    const size = data.size ?? 1;
    if (!edgeVisible(data, state(), dates)) {
      res.hidden = true;
      return res;
    }
    if (emphasis.hovered) {
      if (!graph.hasExtremity(edge, emphasis.hovered)) {
        res.color = FADED_EDGE;
        res.label = "";
      } else res.forceLabel = true;
    } else if (emphasis.pathEdges) {
      if (emphasis.pathEdges.has(edge)) {
        res.color = PATH_COLOR;
        res.size = size * 2.5;
        res.forceLabel = true;
        res.zIndex = 2;
      } else {
        res.color = FADED_EDGE;
        res.label = "";
      }
    } else if (emphasis.focusEdges) {
      if (!emphasis.focusEdges.has(edge)) {
        res.color = FADED_EDGE;
        res.label = "";
      } else if (emphasis.selected && graph.hasExtremity(edge, emphasis.selected)) {
        res.forceLabel = true;
        res.zIndex = 1;
      }
    }
    if (edge === emphasis.selectedEdge) {
      res.size = size * 3;
      res.forceLabel = true;
      res.zIndex = 3;
    }
    return res;
  };
}

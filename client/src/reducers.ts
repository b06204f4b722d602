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

/** Longest label drawn on the canvas: past it a name runs over its neighbours and off the stage (the panel and the
 * search list give it whole). */
export const MAX_CANVAS_LABEL = 40;

export function canvasLabel(label: string): string {
  if (label.length <= MAX_CANVAS_LABEL) return label;
  const cut = label.slice(0, MAX_CANVAS_LABEL - 1);
  // End on a word when one ends reasonably late, so that the name stays recognisable.
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_CANVAS_LABEL * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function makeNodeReducer({ state, emphasis, dates }: ReducerInputs) {
  return (node: string, data: ViewNode): Partial<NodeDisplayData> => {
    const res = data as ViewNode & Partial<NodeDisplayData>;
    if (!nodeVisible(data, state(), dates)) {
      res.hidden = true;
      return res;
    }
    res.label = canvasLabel(data.label);
    const attention = emphasis.hoverNodes ?? emphasis.pathNodes ?? emphasis.focusNodes;
    const pointed = node === emphasis.selected || node === emphasis.hovered;
    if (attention && !attention.has(node) && !pointed) {
      // No label at all, not an empty one: sigma's label grid keeps only the biggest node of each cell, and a faded
      // node with an empty label would win the cell from a neighbour of the selection whose name should show.
      res.color = FADED_NODE;
      (res as Partial<NodeDisplayData>).label = null;
      res.zIndex = 0;
      // Faded means out of the way: never highlighted (freshly added, say), which would draw it, with an empty
      // label box, on the hover layer over the selection's label.
      return res;
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
    if (pointed) {
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

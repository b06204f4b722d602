// What stands out on screen: the selection, its neighbourhood, the hovered node, a path, freshly added nodes.
export class Emphasis {
  selected: string | null = null;
  /** Nodes and edges of the loaded neighbourhood (or path); null when nothing is focused. */
  focusNodes: Set<string> | null = null;
  focusEdges: Set<string> | null = null;
  pathNodes: Set<string> | null = null;
  pathEdges: Set<string> | null = null;
  hovered: string | null = null;
  hoverNodes: Set<string> | null = null;
  added: Set<string> = new Set();
  selectedEdge: string | null = null;

  clearFocus(): void {
    this.selected = null;
    this.focusNodes = null;
    this.focusEdges = null;
    this.selectedEdge = null;
  }

  clearPath(): void {
    this.pathNodes = null;
    this.pathEdges = null;
  }
}

// The status line over the graph: loading, empty and error states, each saying what to do next.
export type StatusTone = "info" | "loading" | "error";

export class StatusLine {
  constructor(private readonly el: HTMLElement) {}

  set(text: string, tone: StatusTone = "info"): void {
    this.el.textContent = text;
    this.el.className = `status ${tone}`;
    this.el.setAttribute("aria-busy", String(tone === "loading"));
  }

  clear(): void {
    this.set("");
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The status line's counts: the view's, and the selection's neighbourhood's when it is only a part of the view. */
export function countsText(
  nodes: number,
  edges: number,
  hood: { label: string; depth: number; nodes: number; edges: number } | null,
  totals: { nodes: number; edges: number } | null = null,
): string {
  // Opened on the overview of a large graph: say how much more there is, and how to reach it.
  const view = `${plural(nodes, "node", "nodes")}, ${plural(edges, "relation", "relations")} shown${totals ? ` of ${plural(totals.nodes, "node", "nodes")} and ${plural(totals.edges, "relation", "relations")}: the best-connected; search a name or click a node to see more` : ""}`;
  if (!hood) return view;
  const ring = hood.depth === 1 ? "" : ` within ${hood.depth} steps`;
  // The relations are those among them all, not only the selection's own (which the panel lists).
  return `${hood.label} and ${plural(hood.nodes, "neighbour", "neighbours")}${ring}: ${plural(hood.edges, "relation", "relations")} · ${view}`;
}

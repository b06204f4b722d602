// The side panel: a node's identity, positions, stances and the sentences behind them; an edge's evidence; a path.
import type { ArticleInfo, EdgeDetail, NodeDetail, NodeQuote, PathsResponse } from "./apiTypes.ts";
import { clear, h } from "./dom.ts";
import { evidenceItem, findTerms, type Range } from "./evidence.ts";
import { KIND_LABELS, POLARITY_COLORS } from "./palette.ts";
import { edgeLabel } from "./graphModel.ts";
import { articleRows, evidenceTerms, listsCutNote } from "./panelText.ts";

export interface PanelActions {
  selectNode(id: string): void;
  selectEdge(id: string): void;
  /** The other names of a node the view holds, to mark them in evidence too. */
  aliases?(id: string): readonly string[];
  /** Sections that correct the node or the edge shown (curations), when the explorer has them. */
  nodeTools?(detail: NodeDetail): HTMLElement | null;
  edgeTools?(edge: EdgeDetail): HTMLElement | null;
}

export class Panel {
  constructor(
    private readonly root: HTMLElement,
    private readonly actions: PanelActions,
  ) {}

  message(title: string, text: string): void {
    this.show(h("h2", null, title), h("p", { className: "hint" }, text));
  }

  loading(what: string): void {
    this.root.setAttribute("aria-busy", "true");
    this.show(h("p", { className: "hint loading" }, `Loading ${what}…`));
  }

  node(detail: NodeDetail, truncated = false): void {
    const { node, edges, mentions, articles } = detail;
    const positions = edges.filter((e) => e.type === "holds_position" && e.source === node.id);
    const taken = edges.filter((e) => e.type === "stance" && e.source === node.id);
    const received = edges.filter((e) => e.type === "stance" && e.target === node.id);
    const others = edges.filter((e) => !positions.includes(e) && !taken.includes(e) && !received.includes(e));
    const quotes = detail.quotes ?? [];

    const head = h(
      "header",
      null,
      h("h2", { attrs: { id: "panel-title" } }, node.label),
      h("p", { className: "meta" }, h("span", { className: `kind kind-${node.kind}` }, KIND_LABELS[node.kind] ?? node.kind), ` · ${node.mentionCount} mention${node.mentionCount === 1 ? "" : "s"} in ${node.articles.length} article${node.articles.length === 1 ? "" : "s"}`),
    );
    const aliases = node.aliases.filter((a) => a !== node.label);
    const sections: HTMLElement[] = [head];
    if (truncated) sections.push(h("p", { className: "hint" }, "The neighbourhood was cut short by the server's limit: focus on a neighbour to see further."));
    const tools = this.actions.nodeTools?.(detail);
    if (tools) sections.push(tools);
    const cut = detail.truncated ? listsCutNote({ edges: edges.length, mentions: mentions.length, quotes: quotes.length }, detail.totals) : null;
    if (cut) sections.push(h("p", { className: "hint lists-cut" }, cut));
    sections.push(
      section("Also known as", aliases.length ? h("ul", { className: "aliases" }, ...aliases.map((a) => h("li", null, a))) : h("p", { className: "hint" }, "No other names in the articles.")),
    );
    const list = (items: EdgeDetail[]) => this.edgeList(items, node.id, node.aliases, articles);
    if (positions.length) sections.push(section("Positions held", list(positions)));
    sections.push(section("Stances taken", taken.length ? list(taken) : none("No stance taken in the articles.")));
    sections.push(section("Stances received", received.length ? list(received) : none("No one takes a stance on it in the articles.")));
    if (others.length) sections.push(section("Other relations", list(others)));
    sections.push(
      section("Quotes", quotes.length ? h("ul", { className: "evidence-list quotes" }, ...quotes.map((q) => quoteItem(q, articles))) : none("Not quoted in the articles.")),
    );
    sections.push(
      section(
        "Evidence",
        mentions.length
          ? h(
              "ul",
              { className: "evidence-list mentions" },
              ...dedupeMentions(mentions).map((m) => evidenceItem(m.sentence.text, m.ranges, m.article, articles[m.article])),
            )
          : none("No mention sentences."),
      ),
    );
    sections.push(section("Articles", articleList(node.articles, articles, mentions)));
    this.show(...sections);
  }

  /** What an article just added: each new node, a click away. */
  added(title: string, nodes: readonly { id: string; label: string; kind: string }[]): void {
    this.show(
      h("header", null,
        h("h2", { attrs: { id: "panel-title" } }, `Added from “${title}”`),
        h("p", { className: "meta" }, nodes.length ? `${nodes.length} new node${nodes.length === 1 ? "" : "s"}, highlighted in the graph` : "No new node: what it says joined nodes already there.")),
      h("ul", { className: "added-nodes" },
        ...nodes.map((n) => h("li", null, nodeLink(n.label, () => this.actions.selectNode(n.id)), h("span", { className: "polarity-tag" }, KIND_LABELS[n.kind as keyof typeof KIND_LABELS] ?? n.kind)))),
    );
  }

  edge(edge: EdgeDetail, articles: Record<string, ArticleInfo>): void {
    const label = edgeLabel(edge.type, edge.act, edge.title);
    const polarity = edge.type === "stance" && edge.polarity ? edge.polarity : null;
    const terms = evidenceTerms(edge.sourceLabel, edge.targetLabel, this.aliasesOf(edge.source), this.aliasesOf(edge.target));
    this.show(
      h("header", null,
        h("h2", { attrs: { id: "panel-title" } }, `${edge.sourceLabel} → ${edge.targetLabel}`),
        h("p", { className: "meta" },
          h("span", { className: `relation${polarity ? ` polarity-${polarity}` : ""}` }, label),
          polarity ? ` · ${polarity}` : "",
          ` · confidence ${Math.round(edge.confidence * 100)}%`),
      ),
      h("p", null,
        nodeLink(edge.sourceLabel, () => this.actions.selectNode(edge.source)),
        " · ",
        nodeLink(edge.targetLabel, () => this.actions.selectNode(edge.target))),
      this.actions.edgeTools?.(edge) ?? null,
      section("Evidence", h("ul", { className: "evidence-list" }, ...edge.evidence.map((ev) => evidenceItem(ev.text, findTerms(ev.text, terms), ev.article, articles[ev.article])))),
    );
  }

  /** The path `shown` of the result, its steps with their evidence, and the other paths of the same length, each
   * a button that shows it (`choose`). */
  path(result: PathsResponse, labels: (id: string) => string, articles: Record<string, ArticleInfo>, shown = 0, choose?: (index: number) => void): void {
    const label = (id: string) => result.nodes?.[id]?.label ?? labels(id);
    if (!result.paths.length) {
      this.message("No path", `Nothing links ${label(result.from)} and ${label(result.to)} within 4 steps. Try other nodes, or expand their neighbourhoods to look around them.`);
      return;
    }
    const best = result.paths[shown] ?? result.paths[0];
    const steps = h("ol", { className: "path-steps" });
    for (const e of best.edges) {
      const terms = evidenceTerms(label(e.source), label(e.target), this.aliasesOf(e.source), this.aliasesOf(e.target));
      steps.appendChild(
        h("li", { dataset: { edge: e.id } },
          h("p", { className: "relation-line" },
            nodeLink(label(e.source), () => this.actions.selectNode(e.source)),
            " ",
            h("button", { className: `linklike relation${e.type === "stance" && e.polarity ? ` polarity-${e.polarity}` : ""}`, attrs: { type: "button", title: "Show this relation's evidence" }, on: { click: () => this.actions.selectEdge(e.id) } },
              edgeLabel(e.type, e.act, e.title)),
            " ",
            nodeLink(label(e.target), () => this.actions.selectNode(e.target))),
          h("ul", { className: "evidence-list" }, ...(e.evidence ?? []).slice(0, 2).map((ev) => evidenceItem(ev.text, findTerms(ev.text, terms), ev.article, articles[ev.article])))),
      );
    }
    const more = result.paths.length - 1;
    const sections: HTMLElement[] = [
      h("header", null,
        h("h2", { attrs: { id: "panel-title" } }, `Path: ${label(result.from)} → ${label(result.to)}`),
        h("p", { className: "meta" }, `${best.edges.length} step${best.edges.length === 1 ? "" : "s"}${more > 0 ? ` · ${more} other path${more === 1 ? "" : "s"} of the same length` : ""}`)),
      steps,
    ];
    if (more > 0 && choose) {
      // The other routes through the graph: an analyst compares them, so each is one click away.
      sections.push(
        section(
          result.paths.length === 2 ? "The other path" : "All paths of this length",
          h("ol", { className: "other-paths" },
            ...result.paths.map((p, i) =>
              h("li", null,
                i === shown
                  ? h("span", { className: "path-current", attrs: { "aria-current": "true" } }, p.nodes.map(label).join(" → "))
                  : h("button", { className: "linklike path-choice", attrs: { type: "button" }, on: { click: () => choose(i) } }, p.nodes.map(label).join(" → "))),
            )),
        ),
      );
    }
    this.show(...sections);
  }

  private aliasesOf(id: string): readonly string[] {
    return this.actions.aliases?.(id) ?? [];
  }

  private edgeList(edges: EdgeDetail[], self: string, selfAliases: readonly string[], articles: Record<string, ArticleInfo>): HTMLElement {
    return h(
      "ul",
      { className: "relations" },
      ...edges.map((e) => {
        const other = e.source === self ? e.targetLabel : e.sourceLabel;
        const otherId = e.source === self ? e.target : e.source;
        const verb = edgeLabel(e.type, e.act, e.title);
        const polarity = e.type === "stance" && e.polarity ? e.polarity : null;
        const item = h("li", { className: `relation-item${polarity ? ` polarity-${polarity}` : ""}`, dataset: { edge: e.id } });
        if (polarity) item.style.borderLeftColor = POLARITY_COLORS[polarity];
        item.appendChild(
          h("p", { className: "relation-line" },
            h("button", { className: "linklike relation", attrs: { type: "button", title: "Show this relation's evidence" }, on: { click: () => this.actions.selectEdge(e.id) } },
              e.source === self ? verb : `${verb} (by)`),
            " ",
            nodeLink(other, () => this.actions.selectNode(otherId)),
            polarity ? h("span", { className: "polarity-tag" }, polarity) : null),
        );
        const terms = evidenceTerms(e.sourceLabel, e.targetLabel, selfAliases, this.aliasesOf(otherId));
        // One sentence per relation keeps the list scannable; the rest are a click away.
        const items = e.evidence.map((ev) => evidenceItem(ev.text, findTerms(ev.text, terms), ev.article, articles[ev.article]));
        if (items.length) item.appendChild(h("ul", { className: "evidence-list" }, items[0]));
        if (items.length > 1) {
          item.appendChild(
            h("details", { className: "more-evidence" },
              h("summary", null, `${items.length - 1} more sentence${items.length === 2 ? "" : "s"}`),
              h("ul", { className: "evidence-list" }, ...items.slice(1))),
          );
        }
        return item;
      }),
    );
  }

  private show(...children: (HTMLElement | null)[]): void {
    clear(this.root);
    this.root.removeAttribute("aria-busy");
    for (const c of children) if (c) this.root.appendChild(c);
    this.root.scrollTop = 0;
  }
}

function section(title: string, body: HTMLElement): HTMLElement {
  return h("section", null, h("h3", null, title), body);
}

/** A quote in its sentence, the quoted or reported words marked. */
function quoteItem(q: NodeQuote, articles: Record<string, ArticleInfo>): HTMLLIElement {
  const item = evidenceItem(q.sentence.text, [[q.start - q.sentence.start, q.end - q.sentence.start]], q.article, articles[q.article]);
  item.classList.add(q.direct ? "quote-direct" : "quote-reported");
  item.title = q.direct ? "Quoted words" : "Reported speech";
  return item;
}

const none = (text: string) => h("p", { className: "hint" }, text);

/** Where the node appears: each article's title, date and source, and how often the mentions shown name it. */
function articleList(ids: readonly string[], articles: Record<string, ArticleInfo>, mentions: NodeDetail["mentions"]): HTMLElement {
  const { rows, more } = articleRows(ids, articles, mentions);
  if (!rows.length) return none("No article.");
  return h(
    "ul",
    { className: "article-list" },
    ...rows.map((r) =>
      h("li", { attrs: { title: r.id } },
        h("span", { className: "article-title" }, r.title || r.id),
        h("span", { className: "article-meta" }, [r.date?.slice(0, 10) ?? "undated", r.source, r.mentions ? `${r.mentions} mention${r.mentions === 1 ? "" : "s"}` : null].filter(Boolean).join(" · "))),
    ),
    more ? h("li", { className: "hint" }, `and ${more} more`) : null,
  );
}

function nodeLink(label: string, onClick: () => void): HTMLElement {
  return h("button", { className: "linklike node-link", attrs: { type: "button" }, on: { click: onClick } }, label);
}

/** One item per sentence, with every mention in it marked. */
function dedupeMentions(mentions: NodeDetail["mentions"]): { article: string; sentence: NodeDetail["mentions"][number]["sentence"]; ranges: Range[] }[] {
  const bySentence = new Map<string, { article: string; sentence: NodeDetail["mentions"][number]["sentence"]; ranges: Range[] }>();
  for (const m of mentions) {
    const key = `${m.article}:${m.sentence.start}`;
    let item = bySentence.get(key);
    if (!item) bySentence.set(key, (item = { article: m.article, sentence: m.sentence, ranges: [] }));
    item.ranges.push([m.start - m.sentence.start, m.end - m.sentence.start]);
  }
  return [...bySentence.values()];
}

// Add an article: paste a link, the text or a whole page, or drop a .txt or .html file; see what the server finds in
// a link or a page (title, date, outlet) before adding; POST it, show progress, then bring what it added into view,
// highlighted. What a page says is only ever shown as text.
import { api, ApiError } from "./api.ts";
import type { Explorer } from "./explorer.ts";
import { addedGraph } from "./addedGraph.ts";
import { byId } from "./dom.ts";
import { articlesApi, isFeedAnswer, type AddedArticle, type AddedFeed, type ArticleBody } from "./articlesApi.ts";
import { foundText } from "./foundText.ts";
import { looksLikeHtml } from "../../server/articles/sniff.ts";

const MAX_BYTES = 2_000_000;

export class IngestDialog {
  private readonly dialog = byId<HTMLDialogElement>("ingest-dialog");
  private readonly form = byId<HTMLFormElement>("ingest-form");
  private readonly text = byId<HTMLTextAreaElement>("ingest-text");
  private readonly link = byId<HTMLInputElement>("ingest-url");
  private readonly found = byId("ingest-found");
  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  /** The body last previewed (as JSON), so that a preview answering late for an older body is not shown. */
  private previewKey = "";
  private readonly file = byId<HTMLInputElement>("ingest-file");
  private readonly title = byId<HTMLInputElement>("ingest-title-input");
  private readonly date = byId<HTMLInputElement>("ingest-date");
  private readonly source = byId<HTMLInputElement>("ingest-source");
  private readonly status = byId("ingest-status");
  private readonly progress = byId<HTMLProgressElement>("ingest-progress");
  private readonly submit = byId<HTMLButtonElement>("ingest-submit");
  private readonly token = byId<HTMLInputElement>("ingest-token");
  private readonly tokenRow = byId("ingest-token-row");

  constructor(private readonly explorer: Explorer) {
    byId("add-article").addEventListener("click", () => this.open());
    byId("ingest-cancel").addEventListener("click", () => this.dialog.close());
    this.form.addEventListener("submit", (e) => {
      e.preventDefault();
      void this.send();
    });
    this.link.addEventListener("input", () => this.schedulePreview());
    this.text.addEventListener("input", () => this.schedulePreview());
    this.file.addEventListener("change", () => {
      const f = this.file.files?.[0];
      if (f) void this.readFile(f);
    });
    // A text file dropped anywhere on the page opens the dialog with its text.
    for (const target of [document.body, this.dialog]) {
      target.addEventListener("dragover", (e) => {
        if (!e.dataTransfer?.types.includes("Files")) return;
        e.preventDefault();
        this.dialog.classList.add("dragging");
      });
      target.addEventListener("dragleave", () => this.dialog.classList.remove("dragging"));
      target.addEventListener("drop", (e) => {
        const f = e.dataTransfer?.files?.[0];
        if (!f) return;
        e.preventDefault();
        e.stopPropagation();
        this.dialog.classList.remove("dragging");
        this.open();
        void this.readFile(f);
      });
    }
  }

  open(): void {
    if (!this.dialog.open) this.dialog.showModal();
    this.say("");
    this.link.focus();
  }

  private async readFile(f: File): Promise<void> {
    if (f.size > MAX_BYTES) return this.say(`“${f.name}” is larger than 2 MB: paste the article's text instead.`, true);
    const page = /\.html?$/i.test(f.name) || f.type === "text/html";
    if (f.type && !f.type.startsWith("text/") && !page) return this.say(`“${f.name}” is neither a text file nor a web page: drop a .txt or .html file, or paste the text.`, true);
    this.text.value = await f.text();
    if (page || looksLikeHtml(this.text.value)) {
      this.say(`Read ${f.name}, a web page: its article and metadata are read from it. Press “Add to graph”.`);
      return this.preview();
    }
    if (!this.title.value) this.title.value = f.name.replace(/\.[^.]+$/, "");
    this.say(`Read ${f.name} (${this.text.value.length.toLocaleString()} characters). Press “Add to graph”.`);
  }

  /** What to send: the text (or page) typed, pasted or dropped, else the link; the fields typed in win. */
  private body(): ArticleBody | null {
    const link = this.link.value.trim() || undefined;
    const meta = { title: this.title.value.trim() || undefined, date: this.date.value || undefined, source: this.source.value.trim() || undefined };
    const text = this.text.value;
    if (text.trim()) return looksLikeHtml(text) ? { html: text, url: link, ...meta } : { text, url: link, ...meta };
    return link ? { url: link, ...meta } : null;
  }

  private schedulePreview(): void {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => void this.preview(), 500);
  }

  /** Shows what the server finds in a link or a page (nothing for plain text, which says it all itself). */
  private async preview(): Promise<void> {
    clearTimeout(this.previewTimer);
    const body = this.body();
    const key = JSON.stringify(body);
    if (key === this.previewKey) return;
    this.previewKey = key;
    if (!body || body.text !== undefined || (body.url && !/^https?:\/\/[^/\s]+/i.test(body.url))) return this.show("");
    this.show(body.url && !body.html ? "Fetching the link…" : "Reading the page…");
    try {
      const found = await articlesApi.preview(body, this.token.value.trim() || undefined);
      if (this.previewKey === key) this.show(foundText(found));
    } catch (err) {
      if (this.previewKey === key) this.show(err instanceof Error ? err.message : String(err), true);
    }
  }

  private async send(): Promise<void> {
    const body = this.body();
    if (!body) return this.say("The article is empty: paste a link, its text or a web page, or drop a .txt or .html file first.", true);
    clearTimeout(this.previewTimer);
    this.busy(true);
    this.say(body.url && !body.text && !body.html ? "Fetching the link, reading the article and extracting who stands where…" : "Reading the article and extracting who stands where…");
    try {
      const res = await this.explorer.track(articlesApi.add(body, this.token.value.trim() || undefined));
      const { nodes, edges, name, note } = isFeedAnswer(res) ? this.fromFeed(res) : this.fromArticle(res);
      if (note) return this.say(note);
      this.say(`Added ${nodes.length} node(s) and ${edges} relation(s). Loading them…`);
      await this.showAdded(nodes, name);
      this.dialog.close();
      this.form.reset();
      this.show("");
      this.previewKey = "";
      this.explorer.status.set(`“${name}” added ${nodes.length} node(s) and ${edges} relation(s), highlighted in the graph.`);
    } catch (err) {
      if (err instanceof ApiError && err.missing) this.say("This server cannot take new articles yet (no POST /api/articles).", true);
      else if (err instanceof ApiError && err.status === 413) this.say("The article is too long for the server: shorten it or split it in parts.", true);
      else if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
        this.tokenRow.hidden = false;
        this.token.focus();
        this.say(this.token.value ? "The server refused this access token: check it and try again." : "This server only takes articles with its access token: enter it above and try again.", true);
      }
      else this.say(`The article could not be added: ${err instanceof Error ? err.message : String(err)}`, true);
    } finally {
      this.busy(false);
    }
  }

  /** What one article brought, or why it brought nothing (`note`). */
  private fromArticle(res: AddedArticle): { nodes: string[]; edges: number; name: string; note?: string } {
    const name = res.article.title ?? "the article";
    if (res.duplicateOf) {
      const similar = Math.round((res.similarity ?? 0) * 100);
      return { nodes: [], edges: 0, name, note: `This is the same story as an article already in the graph (${similar}% alike, a near-duplicate): nothing was added.` };
    }
    this.explorer.rememberArticle(res.article);
    if (res.duplicate) return { nodes: [], edges: 0, name, note: "This article is already in the graph: nothing was added." };
    return { nodes: res.added.nodes, edges: res.added.edges.length, name };
  }

  /** What a feed's items brought together. */
  private fromFeed(res: AddedFeed): { nodes: string[]; edges: number; name: string; note?: string } {
    const nodes = new Set<string>();
    let edges = 0;
    let added = 0;
    for (const r of res.results) {
      if ("error" in r || r.duplicate) continue;
      added++;
      this.explorer.rememberArticle(r.article);
      r.added.nodes.forEach((n) => nodes.add(n));
      edges += r.added.edges.length;
    }
    const failed = res.results.filter((r) => "error" in r).length;
    const name = res.feed.title ?? "the feed";
    if (!added) return { nodes: [], edges: 0, name, note: `Nothing new in ${name}: its ${res.results.length - failed} article(s) are in the graph already${failed ? `, ${failed} could not be read` : ""}.` };
    return { nodes: [...nodes].sort(), edges, name };
  }

  /** Pulls the new nodes, and their relations to what is on screen, into the view, marks them and lists them. */
  private async showAdded(added: string[], title: string): Promise<void> {
    const ex = this.explorer;
    const onScreen = new Set(ex.graph.nodes());
    ex.mergeAndShow(await ex.track(addedGraph(added, (id) => onScreen.has(id), ex.partOf !== null, api)));
    // A selection's neighbourhood or a path would fade what the article added: the view is about the article now.
    ex.clearEmphasis();
    const shown = added.filter((id) => ex.graph.hasNode(id));
    ex.emphasis.added = new Set(shown);
    ex.panel.added(title, shown.map((id) => ({ id, label: ex.graph.getNodeAttribute(id, "label"), kind: ex.graph.getNodeAttribute(id, "kind") })));
    ex.refreshView();
    await ex.renderer?.getCamera().animatedReset({ duration: 300 });
  }

  private busy(on: boolean): void {
    this.progress.hidden = !on;
    this.submit.disabled = on;
    this.dialog.setAttribute("aria-busy", String(on));
  }

  /** The line that says what a link or page holds. */
  private show(text: string, error = false): void {
    this.found.textContent = text;
    this.found.className = `found${error ? " error" : ""}`;
  }

  private say(text: string, error = false): void {
    this.status.textContent = text;
    this.status.className = `status${error ? " error" : ""}`;
  }
}

// Add an article: paste or drop text, POST it, show progress, then bring what it added into view, highlighted.
import { api, ApiError } from "./api.ts";
import type { Explorer } from "./explorer.ts";
import { addedGraph } from "./addedGraph.ts";
import { byId } from "./dom.ts";

const MAX_BYTES = 2_000_000;

export class IngestDialog {
  private readonly dialog = byId<HTMLDialogElement>("ingest-dialog");
  private readonly form = byId<HTMLFormElement>("ingest-form");
  private readonly text = byId<HTMLTextAreaElement>("ingest-text");
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
    this.text.focus();
  }

  private async readFile(f: File): Promise<void> {
    if (f.size > MAX_BYTES) return this.say(`“${f.name}” is larger than 2 MB: paste the article's text instead.`, true);
    if (f.type && !f.type.startsWith("text/")) return this.say(`“${f.name}” is not a text file: drop a .txt file or paste the text.`, true);
    this.text.value = await f.text();
    if (!this.title.value) this.title.value = f.name.replace(/\.[^.]+$/, "");
    this.say(`Read ${f.name} (${this.text.value.length.toLocaleString()} characters). Press “Add to graph”.`);
  }

  private async send(): Promise<void> {
    const text = this.text.value;
    if (!text.trim()) return this.say("The article is empty: paste its text or drop a .txt file first.", true);
    this.busy(true);
    this.say("Reading the article and extracting who stands where…");
    try {
      const res = await this.explorer.track(
        api.ingest(text, {
          title: this.title.value.trim() || undefined,
          date: this.date.value || undefined,
          source: this.source.value.trim() || undefined,
        }, this.token.value.trim() || undefined),
      );
      this.explorer.rememberArticle(res.article);
      if (res.duplicate) {
        this.say("This article is already in the graph: nothing was added.");
        return;
      }
      this.say(`Added ${res.added.nodes.length} node(s) and ${res.added.edges.length} relation(s). Loading them…`);
      const name = res.article.title ?? "the article";
      await this.showAdded(res.added.nodes, name);
      this.dialog.close();
      this.form.reset();
      this.explorer.status.set(`“${name}” added ${res.added.nodes.length} node(s) and ${res.added.edges.length} relation(s), highlighted in the graph.`);
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

  private say(text: string, error = false): void {
    this.status.textContent = text;
    this.status.className = `status${error ? " error" : ""}`;
  }
}

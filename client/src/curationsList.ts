// The "Corrections" list: every correction made by hand, newest first, with what it changes now (or that it matches
// nothing any more), its note and time, each with Undo. Text from articles and people goes into text nodes only.
import type { CurationEntry } from "./curationsApi.ts";
import { clear, h } from "./dom.ts";

export class CorrectionsList {
  readonly dialog = h("dialog", { className: "corrections-dialog", attrs: { "aria-labelledby": "corrections-title" } });
  private readonly list = h("ul", { className: "corrections" });
  private readonly status = h("p", { className: "status", attrs: { role: "status", "aria-live": "polite" } });

  constructor(
    private readonly load: () => Promise<CurationEntry[]>,
    private readonly undo: (entry: CurationEntry) => Promise<void>,
  ) {
    this.dialog.append(
      h("h2", { attrs: { id: "corrections-title" } }, "Corrections"),
      h("p", { className: "hint" }, "Corrections made by hand, newest first. Each applies again on every rebuild, to later articles too; one that matches nothing now is kept, marked idle."),
      this.status,
      this.list,
      h("div", { className: "row actions" }, h("button", { attrs: { type: "button" }, on: { click: () => this.dialog.close() } }, "Close")),
    );
    document.body.appendChild(this.dialog);
  }

  async open(): Promise<void> {
    if (!this.dialog.open) this.dialog.showModal();
    await this.refresh();
  }

  async refresh(): Promise<void> {
    this.status.textContent = "Loading…";
    try {
      this.render(await this.load());
      this.status.textContent = "";
    } catch (err) {
      this.status.textContent = `The corrections could not be loaded: ${err instanceof Error ? err.message : String(err)}`;
    }
  }

  private render(entries: CurationEntry[]): void {
    clear(this.list);
    if (!entries.length) this.list.appendChild(h("li", { className: "hint" }, "No corrections yet: use the “Correct” buttons in a node's or a relation's panel."));
    for (const e of entries) {
      const undo = h("button", { attrs: { type: "button" } }, "Undo");
      undo.addEventListener("click", () => {
        undo.disabled = true;
        void this.undo(e).then(() => this.refresh());
      });
      this.list.appendChild(
        h("li", { className: `correction${e.idle ? " idle" : ""}`, dataset: { id: String(e.id) } },
          h("p", { className: "correction-head" }, h("strong", null, `#${e.id} ${e.op}`), e.idle ? h("span", { className: "polarity-tag" }, "idle") : null, h("span", { className: "hint" }, ` ${e.createdAt.slice(0, 16).replace("T", " ")}`)),
          h("p", { className: "correction-summary" }, e.summary),
          e.note ? h("p", { className: "hint correction-note" }, e.note) : null,
          undo),
      );
    }
  }
}

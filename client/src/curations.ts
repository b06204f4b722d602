// Corrections by hand in the explorer: the panel's "Correct" sections apply a curation at once, the view reloads to
// show the corrected graph, and a notice says what changed with an Undo; "Corrections" lists them all.
import "./curations.css";
import type { Explorer } from "./explorer.ts";
import { ApiError } from "./api.ts";
import { curationsApi, setToken, type CurationEntry, type CurationRequest } from "./curationsApi.ts";
import { edgeTools, nodeTools, type CurationActions } from "./curationTools.ts";
import { CorrectionsList } from "./curationsList.ts";
import { clear, h } from "./dom.ts";

/** The node to show after undoing a correction: the one it took away or changed. */
function focusAfterUndo(entry: CurationEntry): string | null {
  if (entry.op === "merge" || entry.op === "split" || entry.op === "rename" || entry.op === "retype") return entry.node?.id ?? null;
  if (entry.op === "reject") return entry.node?.id ?? entry.edge?.source ?? null;
  return entry.edge?.source ?? null;
}

export class Curations implements CurationActions {
  private readonly notice = h("div", { className: "curation-notice", attrs: { role: "status", "aria-live": "polite" } });
  private readonly list: CorrectionsList;

  constructor(private readonly explorer: Explorer) {
    this.notice.hidden = true;
    (document.querySelector(".stage") ?? document.body).appendChild(this.notice);
    explorer.curationTools = {
      node: (detail) => nodeTools(detail, this),
      edge: (edge) => edgeTools(edge, this, explorer.state.node),
    };
    this.list = new CorrectionsList(
      async () => (await curationsApi.list()).curations,
      (entry) => this.undo(entry),
    );
    const open = h("button", { attrs: { type: "button", id: "corrections-open" }, on: { click: () => void this.list.open() } }, "Corrections");
    document.querySelector(".tools")?.appendChild(open);
  }

  async apply(body: CurationRequest, focus: string | null): Promise<void> {
    this.say("Applying the correction…");
    try {
      const { curation } = await this.explorer.track(curationsApi.create(body));
      await this.show(focus);
      this.say(curation.idle ? `Saved, but it changes nothing now: ${curation.summary}` : `${curation.summary}.`, { undo: () => void this.undo(curation) });
    } catch (err) {
      this.failed(err, () => void this.apply(body, focus));
    }
  }

  async undo(entry: CurationEntry): Promise<void> {
    this.say("Undoing…");
    try {
      await this.explorer.track(curationsApi.remove(entry.id));
      await this.show(focusAfterUndo(entry));
      this.say(`Undone: ${entry.summary}.`);
      if (this.list.dialog.open) await this.list.refresh();
    } catch (err) {
      this.failed(err, () => void this.undo(entry));
    }
  }

  /** The corrected graph, and the node to look at in it (if it is still there). */
  private async show(focus: string | null): Promise<void> {
    await this.explorer.showWholeGraph();
    if (focus) await this.explorer.selectNode(focus, { moveCamera: false });
  }

  private failed(err: unknown, retry: () => void): void {
    if (err instanceof ApiError && err.status === 401) {
      const input = h("input", { attrs: { type: "password", autocomplete: "off", "aria-label": "Access token" } });
      const again = h("button", { attrs: { type: "button" }, on: { click: () => (setToken(input.value), retry()) } }, "Apply again");
      this.say(err.message.includes("wrong") ? "The server refused this access token:" : "This server takes corrections only with its access token:", { extra: [input, again], error: true });
      input.focus();
      return;
    }
    this.say(`The correction could not be made: ${err instanceof Error ? err.message : String(err)}`, { error: true });
  }

  private say(text: string, opts: { undo?: () => void; extra?: HTMLElement[]; error?: boolean } = {}): void {
    clear(this.notice);
    this.notice.hidden = false;
    this.notice.className = `curation-notice${opts.error ? " error" : ""}`;
    this.notice.append(h("span", { className: "curation-said" }, text), ...(opts.extra ?? []));
    if (opts.undo) this.notice.append(h("button", { attrs: { type: "button" }, on: { click: opts.undo } }, "Undo"));
    this.notice.append(h("button", { className: "linklike", attrs: { type: "button", "aria-label": "Dismiss" }, on: { click: () => (this.notice.hidden = true) } }, "×"));
  }
}

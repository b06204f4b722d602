// The Search combobox: autocomplete from /api/nodes, arrows to move, Enter takes the best match, Escape clears.
import type { SearchResult } from "./apiTypes.ts";
import { api, ApiError } from "./api.ts";
import { clear, h } from "./dom.ts";
import { KIND_LABELS, kindColor } from "./palette.ts";

export class SearchBox {
  private results: SearchResult[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: AbortController | null = null;
  private seq = 0;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly onChoose: (result: SearchResult) => void,
  ) {
    input.addEventListener("input", () => this.schedule());
    input.addEventListener("keydown", (e) => this.onKey(e));
    input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
    input.addEventListener("focus", () => {
      if (this.results.length) this.open();
    });
    document.addEventListener("keydown", (e) => {
      const typing = isTextEntry(e.target);
      if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        input.focus();
        input.select();
      }
    });
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.fetch(), 120);
  }

  /** Runs the query now; resolves with the results shown. */
  async fetch(): Promise<SearchResult[]> {
    const q = this.input.value.trim();
    this.inflight?.abort();
    if (!q) {
      this.render([]);
      return [];
    }
    const seq = ++this.seq;
    this.inflight = new AbortController();
    try {
      const res = await api.search(q, 8, this.inflight.signal);
      if (seq !== this.seq) return this.results;
      this.lastQuery = q;
      this.render(res.results, q);
      return res.results;
    } catch (err) {
      if ((err as Error).name === "AbortError") return this.results;
      this.render([], q, err instanceof ApiError ? err.message : "Search failed.");
      return [];
    }
  }

  private render(results: SearchResult[], q = "", error?: string): void {
    this.results = results;
    this.active = results.length ? 0 : -1;
    clear(this.list);
    if (error) {
      this.list.appendChild(h("li", { className: "search-note", attrs: { role: "presentation" } }, error));
    } else if (q && !results.length) {
      this.list.appendChild(h("li", { className: "search-note", attrs: { role: "presentation" } }, `No node matches “${q}”. Try a shorter name or another spelling.`));
    }
    results.forEach((r, i) => {
      const swatch = h("span", { className: "swatch", attrs: { "aria-hidden": "true" } });
      swatch.style.background = kindColor(r.kind);
      const alias = r.aliases.find((a) => a !== r.label && a.toLowerCase().includes(q.toLowerCase()));
      this.list.appendChild(
        h(
          "li",
          {
            attrs: { role: "option", id: `search-option-${i}`, "aria-selected": String(i === this.active) },
            dataset: { id: r.id },
            on: {
              mousedown: (e) => e.preventDefault(),
              click: () => this.choose(i),
            },
          },
          swatch,
          h("span", { className: "option-label" }, r.label),
          h("span", { className: "option-kind" }, KIND_LABELS[r.kind] ?? r.kind),
          alias ? h("span", { className: "option-alias" }, alias) : null,
        ),
      );
    });
    this.highlightActive();
    if (results.length || q) this.open();
    else this.close();
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!this.results.length) return;
      e.preventDefault();
      const n = this.results.length;
      this.active = (this.active + (e.key === "ArrowDown" ? 1 : -1) + n) % n;
      this.highlightActive();
      this.open();
    } else if (e.key === "Enter") {
      e.preventDefault();
      clearTimeout(this.timer);
      // Enter before the answer arrived still takes the best match of what was typed.
      void this.fetchIfStale().then(() => {
        if (this.results.length) this.choose(Math.max(0, this.active));
      });
    } else if (e.key === "Escape") {
      e.preventDefault();
      this.input.value = "";
      this.render([]);
    }
  }

  private lastQuery = "";
  private async fetchIfStale(): Promise<void> {
    const q = this.input.value.trim();
    if (q !== this.lastQuery || !this.results.length) await this.fetch();
  }

  private choose(i: number): void {
    const r = this.results[i];
    if (!r) return;
    this.input.value = r.label;
    this.lastQuery = r.label;
    this.close();
    this.onChoose(r);
  }

  private highlightActive(): void {
    [...this.list.querySelectorAll('[role="option"]')].forEach((el, i) => el.setAttribute("aria-selected", String(i === this.active)));
    if (this.active >= 0) this.input.setAttribute("aria-activedescendant", `search-option-${this.active}`);
    else this.input.removeAttribute("aria-activedescendant");
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
  }
}

/** Where "/" is a character the person is typing, not a shortcut. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"].includes(target.type);
}

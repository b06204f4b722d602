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

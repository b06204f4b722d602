// Progress on stderr: a redrawn bar on a terminal, a plain line every few seconds otherwise (logs, pipes).
export class Progress {
  private lastLine = 0;
  private readonly started = Date.now();
  private readonly tty: boolean;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly plainEveryMs = 2000,
  ) {
    this.tty = Boolean(stream.isTTY);
  }

  update(done: number, counts: { added: number; duplicates: number; failures: number }): void {
    const now = Date.now();
    const rate = done / Math.max((now - this.started) / 1000, 0.001);
    const summary = `${done}/${this.total}  added ${counts.added}  duplicates ${counts.duplicates}  failures ${counts.failures}  ${rate.toFixed(1)} articles/s`;
    if (this.tty) {
      if (now - this.lastLine < 100 && done < this.total) return;
      const width = 30;
      const filled = this.total ? Math.round((done / this.total) * width) : width;
      this.stream.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${summary}\x1b[K`);
      this.lastLine = now;
    } else if (now - this.lastLine >= this.plainEveryMs || done === this.total) {
      this.stream.write(`ingest: ${summary}\n`);
      this.lastLine = now;
    }
  }

  /** A line of its own (a failure), without breaking the bar. */
  note(message: string): void {
    this.stream.write(this.tty ? `\r\x1b[K${message}\n` : `${message}\n`);
  }

  finish(): void {
    if (this.tty) this.stream.write("\n");
  }
}

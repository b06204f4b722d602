// Reusable buffers for large answers. A fresh half-megabyte buffer per answer costs a page fault per 4 KB on first
// write, more than copying the answer into it; a buffer goes back to the pool once its response has closed (its
// bytes handed to the kernel, or the connection gone), so nothing still being sent is ever overwritten.
import type { Response } from "express";

export class AnswerBuffers {
  private readonly idle: Buffer[] = [];
  /** Only memory this pool allocated comes back (never Node's shared small-buffer slab). */
  private readonly own = new WeakSet<ArrayBufferLike>();

  constructor(
    private readonly keep = 8,
    private readonly largest = 16 << 20,
  ) {}

  /** A buffer of exactly `size` bytes (a view of a pooled one when possible). */
  take(size: number): Buffer {
    for (let i = this.idle.length - 1; i >= 0; i--) {
      const b = this.idle[i];
      if (b.length >= size) {
        this.idle.splice(i, 1);
        return b.subarray(0, size);
      }
    }
    const fresh = Buffer.allocUnsafeSlow(size <= this.largest ? Math.max(1 << 16, Math.ceil(size * 1.25)) : size);
    this.own.add(fresh.buffer);
    return fresh.subarray(0, size);
  }

  /** Takes `body` back once `res` has closed. */
  returnAfter(res: Response, body: Buffer): void {
    res.once("close", () => this.give(body));
  }

  give(body: Buffer): void {
    if (!this.own.has(body.buffer)) return;
    const whole = Buffer.from(body.buffer, 0, body.buffer.byteLength);
    if (whole.length > this.largest) return;
    if (this.idle.length >= this.keep) this.idle.shift();
    this.idle.push(whole);
  }
}

// Sends a body given as chunks (export/chunks.ts): a whole graph is hundreds of MB at a million edges, too big to
// build as one string (V8's limit) and too long to build in one go (the server would answer no one else meanwhile).
// The chunks go out as they are made, with backpressure (a slow client holds the writer, not the heap), and the
// event loop turns between slices of them, so that other requests are answered during a long download.
import type { Response } from "express";
import { SLICE_MS } from "../graph/steps.ts";

export interface StreamOptions {
  /** How long chunks are made before the event loop gets a turn (default SLICE_MS). */
  sliceMs?: number;
  /** Told the time between two turns of the event loop in ms (tests, benchmarks). */
  onSlice?: (ms: number) => void;
  /** How long a client may take no bytes at all before the answer is cut off (default STALL_MS). */
  stallMs?: number;
}

/** A client that stops reading would hold its stream, and the whole graph state it reads from, for as long as its
 * connection lives: past this long without taking a byte, the answer is cut off. */
export const STALL_MS = 60_000;

/** Resolves true when the socket can take more or the response is closed (the client left); false when neither
 * happened within `stallMs`. */
function drainedOrClosed(res: Response, stallMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      res.off("drain", drained);
      res.off("close", drained);
      resolve(ok);
    };
    const drained = () => done(true);
    const timer = setTimeout(() => done(false), stallMs);
    res.on("drain", drained);
    res.on("close", drained);
  });
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes the chunks and ends the response: true when the whole body was written, false when the client left first
 * (the chunks stop being made). An error before anything is written is thrown (the error handler answers it); after,
 * the headers are gone, so the response is destroyed: the client sees a cut-off body, never a second answer glued on.
 * Headers (type, disposition) are the caller's to set before.
 */
export async function streamBody(res: Response, chunks: Iterable<string>, opts: StreamOptions = {}): Promise<boolean> {
  const sliceMs = opts.sliceMs ?? SLICE_MS;
  const it = chunks[Symbol.iterator]();
  let closed = false;
  const onClose = () => (closed = true);
  res.on("close", onClose);
  try {
    // A HEAD answer has no body (Node drops it): no reason to make one.
    if (res.req.method === "HEAD") {
      res.end();
      return true;
    }
    // A slice ends only at a real turn of the event loop: a socket that takes each write at once says 'drain' on
    // process.nextTick, so that waiting for it alone would go on for the whole body without a timer or another
    // request getting in.
    let start = performance.now();
    for (;;) {
      if (closed || res.destroyed) return false;
      const r = it.next();
      if (r.done) break;
      if (r.value && !res.write(r.value) && !(await drainedOrClosed(res, opts.stallMs ?? STALL_MS))) {
        console.error(`a streamed answer was cut off: the client took nothing for ${(opts.stallMs ?? STALL_MS) / 1000} s`);
        res.destroy();
        return false;
      }
      if (performance.now() - start >= sliceMs) {
        opts.onSlice?.(performance.now() - start);
        await turn();
        start = performance.now();
      }
    }
    opts.onSlice?.(performance.now() - start);
    res.end();
    return true;
  } catch (err) {
    if (!res.headersSent) {
      // The error answer is JSON, and no download.
      res.removeHeader("Content-Type");
      res.removeHeader("Content-Disposition");
      throw err;
    }
    console.error("a streamed answer failed after its headers were sent:", err);
    res.destroy();
    return false;
  } finally {
    res.off("close", onClose);
    it.return?.();
  }
}

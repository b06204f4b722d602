// Long builds as generators of small steps: one implementation that runs to the end at once (tests, benches, the CLI)
// or in slices between which the event loop turns (a server's background work), and can stop between any two.

/** Runs body(from, to) over [0, count) in chunks of `chunk`, yielding after each. The loops live in plain functions
 * (`body`), which V8 optimizes as usual, rather than in the generator. */
export function* inChunks(count: number, chunk: number, body: (from: number, to: number) => void): Generator<void, void, void> {
  for (let at = 0; at < count; at += chunk) {
    body(at, Math.min(count, at + chunk));
    yield;
  }
}

/** Drives steps to the end at once. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** How long a slice of background work runs before the event loop gets a turn: short next to a request's budget,
 * long enough that yielding (one setImmediate) costs nothing measurable. */
export const SLICE_MS = 12;

export interface SliceOptions<T> {
  /** Stops the work at its next slice boundary: the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  sliceMs?: number;
  /** Checked between slices: a result that makes the rest moot (someone built the same thing meanwhile). */
  done?: () => T | undefined;
  /** Told the length of each slice in ms (the benchmarks' longest event-loop block). */
  onSlice?: (ms: number) => void;
}

/** Drives steps in slices of about `sliceMs`, letting the event loop turn (setImmediate) between them. */
export async function runSliced<T>(steps: Generator<void, T, void>, opts: SliceOptions<T> = {}): Promise<T> {
  const sliceMs = opts.sliceMs ?? SLICE_MS;
  try {
    opts.signal?.throwIfAborted();
    for (let start = performance.now(); ; ) {
      const r = steps.next();
      const now = performance.now();
      if (r.done) {
        opts.onSlice?.(now - start);
        return r.value;
      }
      if (now - start < sliceMs) continue;
      opts.onSlice?.(now - start);
      await new Promise((resolve) => setImmediate(resolve));
      opts.signal?.throwIfAborted();
      const done = opts.done?.();
      if (done !== undefined) return done;
      start = performance.now();
    }
  } finally {
    steps.return(undefined as never);
  }
}

/** Background work that several callers may wait for. It stops (at its next slice) once every caller that joined
 * with a signal has aborted, unless a caller joined without one: that caller needs the result whatever happens. */
export class SharedWork<T> {
  private readonly stop = new AbortController();
  private live = 0;
  private pinned = false;
  readonly promise: Promise<T>;

  /** Told to stop: it ends at its next slice, and whoever needs the result must start anew. */
  get stopping(): boolean {
    return this.stop.signal.aborted;
  }

  constructor(run: (signal: AbortSignal) => Promise<T>) {
    this.promise = run(this.stop.signal);
    this.promise.catch(() => undefined); // an abort nobody waits for is no error
  }

  join(signal?: AbortSignal): Promise<T> {
    if (!signal) {
      this.pinned = true;
      return this.promise;
    }
    if (signal.aborted) return Promise.reject(signal.reason);
    this.live++;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        signal.removeEventListener("abort", onAbort);
        this.live--;
      };
      const onAbort = () => {
        leave();
        if (this.live === 0 && !this.pinned) this.stop.abort(signal.reason);
        reject(signal.reason);
      };
      signal.addEventListener("abort", onAbort);
      this.promise.then(
        (value) => {
          if (signal.aborted) return;
          leave();
          resolve(value);
        },
        (err) => {
          if (signal.aborted) return;
          leave();
          reject(err);
        },
      );
    });
  }
}

/** The one running SharedWork per key (started when none runs): `built` answers a finished result, if any (checked
 * between slices, so that a synchronous build meanwhile ends the sliced one), `keep` stores the result. */
export function sharedBuild<K extends object, T>(
  works: WeakMap<K, SharedWork<T>>,
  key: K,
  built: () => T | undefined,
  steps: () => Generator<void, T, void>,
  keep: (value: T) => void,
  sliceMs?: number,
): SharedWork<T> {
  const running = works.get(key);
  if (running && !running.stopping) return running;
  const work: SharedWork<T> = new SharedWork(async (signal) => {
    try {
      const value = await runSliced(steps(), { signal, done: built, sliceMs });
      if (built() === undefined) keep(value);
      return built() ?? value;
    } finally {
      if (works.get(key) === work) works.delete(key);
    }
  });
  works.set(key, work);
  return work;
}

/** A growing list of 32-bit integers kept off the JS heap (a typed array doubled as needed): a build's large
 * temporary lists cost the garbage collector nothing to trace, where a number[] of a million entries would. */
export class IntList {
  private data = new Int32Array(1024);
  length = 0;

  push(x: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = x;
  }

  at(i: number): number {
    return this.data[i];
  }

  /** The entries, as an array of their own. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

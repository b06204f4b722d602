// A pool of extraction workers, one task at a time each. A worker that dies fails its task and is replaced.
import { Worker } from "node:worker_threads";
import type { WorkerResult, WorkerTask } from "./worker.ts";

const BOOTSTRAP = new URL("./worker.mjs", import.meta.url);
/** The built-in extractor, which a pool loads unless told another module. */
const DEFAULT_EXTRACTOR = new URL("../extract/index.ts", import.meta.url).pathname;

interface Slot {
  worker: Worker;
  busy: boolean;
  task: WorkerTask | null;
  resolve: ((r: WorkerResult) => void) | null;
  ready: Promise<void>;
}

export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: ((slot: Slot) => void)[] = [];
  private closed = false;

  constructor(
    size: number,
    private readonly extractorModule: string = DEFAULT_EXTRACTOR,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(BOOTSTRAP, { workerData: { extractorModule: this.extractorModule } });
    let markReady!: () => void;
    let failReady!: (e: Error) => void;
    const slot: Slot = { worker, busy: false, task: null, resolve: null, ready: new Promise((res, rej) => ((markReady = res), (failReady = rej))) };
    slot.ready.catch(() => undefined);
    worker.on("message", (m: WorkerResult | { ready: true }) => {
      if ("ready" in m) return markReady();
      const resolve = slot.resolve;
      slot.task = null;
      slot.resolve = null;
      resolve?.(m);
      this.release(slot);
    });
    worker.on("error", (err) => {
      failReady(err);
      this.replace(slot, err.message);
    });
    worker.on("exit", (code) => {
      if (!this.closed && code !== 0) this.replace(slot, `worker exited with code ${code}`);
    });
    return slot;
  }

  private replace(slot: Slot, reason: string, timedOut = false): void {
    const i = this.slots.indexOf(slot);
    if (i < 0 || this.closed) return;
    const { task, resolve } = slot;
    slot.task = null;
    slot.resolve = null;
    void slot.worker.terminate();
    const fresh = this.spawn();
    this.slots[i] = fresh;
    if (task && resolve) resolve({ seq: task.seq, error: `extraction worker failed: ${reason}`, ...(timedOut ? { timedOut } : {}) });
    this.release(fresh);
  }

  /** Hands a free worker to the next waiting task, or marks it idle. */
  private release(slot: Slot): void {
    const next = this.waiting.shift();
    slot.busy = next !== undefined;
    if (next) next(slot);
  }

  /** Resolves when every worker has loaded the extractor (or rejects with the first load error). */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  private acquire(): Promise<Slot> {
    const idle = this.slots.find((s) => !s.busy);
    if (idle) {
      idle.busy = true;
      return Promise.resolve(idle);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Extracts in a free worker. Past `timeoutMs` (counted once the worker has loaded the extractor) the worker is
   * replaced and the task answers an error marked `timedOut`: a pathological text cannot hold a worker for good. */
  async run(task: WorkerTask, timeoutMs = Infinity): Promise<WorkerResult> {
    const slot = await this.acquire();
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      slot.task = task;
      slot.resolve = (r) => {
        clearTimeout(timer);
        resolve(r);
      };
      slot.worker.postMessage(task);
      if (Number.isFinite(timeoutMs)) {
        void slot.ready.then(() => {
          if (slot.task === task) timer = setTimeout(() => slot.task === task && this.replace(slot, `took longer than ${timeoutMs / 1000} s`, true), timeoutMs);
        });
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

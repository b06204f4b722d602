// Browser-test plumbing: the real server on a free port, Debian's Chromium through playwright-core, and waits on
// the explorer's readiness flags (window.__stancegraph).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import type {} from "../../client/src/testHooks.ts"; // window.__stancegraph

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface RunningServer {
  url: string;
  /** The temporary store, when one was asked for. */
  dataDir: string | null;
  output(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", rej);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => res(port));
    });
  });
}

/**
 * Starts `tsx server/main.ts` on a free port bound to 127.0.0.1 and waits until /api/graph answers.
 * With `tempStore`, the store lives in a fresh temporary directory (STANCEGRAPH_DB) removed on stop.
 * STANCEGRAPH_TEST_BASE_URL points the tests at a server that is already running instead.
 */
export async function startServer(opts: { tempStore?: boolean; env?: Record<string, string> } = {}): Promise<RunningServer> {
  const external = process.env.STANCEGRAPH_TEST_BASE_URL;
  if (external) return { url: external.replace(/\/$/, ""), dataDir: null, output: () => "", stop: async () => {} };

  const port = await freePort();
  const dataDir = opts.tempStore ? mkdtempSync(join(tmpdir(), "stancegraph-store-")) : null;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: "127.0.0.1", ...opts.env };
  if (dataDir) env.STANCEGRAPH_DB = join(dataDir, "stancegraph.db");
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), "server/main.ts"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so that stop() ends tsx and the node it runs together
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  let exited: number | null = null;
  child.on("exit", (code) => (exited = code ?? -1));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 110_000;
  for (;;) {
    if (exited !== null) throw new Error(`The server exited (${exited}) before answering:\n${log}`);
    try {
      const res = await fetch(`${url}/api/graph`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      killGroup(child);
      throw new Error(`The server did not answer /api/graph in time:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    dataDir,
    output: () => log,
    stop: async () => {
      if (exited === null) {
        const gone = new Promise<void>((r) => child.once("exit", () => r()));
        killGroup(child);
        await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
        if (exited === null) killGroup(child, "SIGKILL");
      }
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface RunningBrowser {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/** Debian's Chromium with a fresh temporary profile, one page open at the given viewport. */
export async function launchBrowser(viewport = { width: 1280, height: 800 }): Promise<RunningBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "stancegraph-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    headless: true,
    viewport,
    acceptDownloads: true,
  });
  // tsx (esbuild keepNames) wraps named functions in __name(): give functions sent to page.evaluate that helper.
  await context.addInitScript({ content: "globalThis.__name ??= (f) => f;" });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  const watch = (p: Page) => {
    p.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    p.on("console", (m) => {
      if (m.type() === "error") errors.push(`console: ${m.text()}`);
    });
  };
  watch(page);
  context.on("page", watch);
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One test file's server (on a temporary store) and Chromium, read inside tests once started. */
export interface ExplorerSession {
  readonly server: RunningServer;
  readonly browser: RunningBrowser;
  /** The browser's first page. */
  readonly page: Page;
  /** The server's base URL. */
  readonly url: string;
  /** A request to the server, its answer parsed as JSON. */
  api<T>(path: string, init?: RequestInit): Promise<T>;
}

/** Starts the server and the browser before the file's tests (beforeAll) and stops both after them (afterAll). */
export function useExplorerSession(opts: { viewport?: { width: number; height: number }; env?: Record<string, string> } = {}): ExplorerSession {
  let server: RunningServer | undefined;
  let browser: RunningBrowser | undefined;
  beforeAll(async () => {
    server = await startServer({ tempStore: true, env: opts.env });
    browser = await launchBrowser(opts.viewport);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error("The explorer session has not started: use it inside hooks and tests");
    return v;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    get page() {
      return started(browser).page;
    },
    get url() {
      return started(server).url;
    },
    api: async <T>(path: string, init?: RequestInit) => (await fetch(`${started(server).url}${path}`, init)).json() as Promise<T>,
  };
}

/** Opens the explorer and waits until sigma has drawn and the opening requests and layout are done. */
export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__stancegraph?.ready === true && window.__stancegraph.renders > 0, null, { timeout: 60_000 });
  await waitIdle(page);
}

/** Waits until no request or layout is under way in the explorer, and one more frame has been drawn. */
export async function waitIdle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => window.__stancegraph?.pending === 0 && !window.__stancegraph.layoutRunning, null, { timeout });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const r = window.__stancegraph!.renderer!;
        r.once("afterRender", () => resolve());
        r.refresh();
      }),
  );
}

/** Clicks a node where sigma draws it. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const pos = await page.evaluate((node) => window.__stancegraph!.nodePosition(node), id);
  if (!pos) throw new Error(`Node ${id} is not displayed`);
  const box = await page.locator("#graph").boundingBox();
  if (!box) throw new Error("The graph container is not on screen");
  // Hover first and wait until sigma has the node under the pointer (the camera may still be settling), then click.
  await page.mouse.move(box.x + pos.x, box.y + pos.y);
  await page
    .waitForFunction((node) => window.__stancegraph!.emphasis().hovered === node, id, { timeout: 5_000 })
    .catch(() => undefined);
  // Sigma reads two clicks within its doubleClickTimeout (300 ms) as a double click: leave a gap, as a person would.
  await page.waitForTimeout(400);
  const at = (await page.evaluate((node) => window.__stancegraph!.nodePosition(node), id)) ?? pos;
  await page.mouse.click(box.x + at.x, box.y + at.y);
}

export function artifactPath(name: string): string {
  const dir = join(ROOT, "tests/artifacts");
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

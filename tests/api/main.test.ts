import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("server start-up", () => {
  it("exits with an error, not a pretend 'listening', when its port is taken", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const port = (taken.address() as { port: number }).port;
    const dir = mkdtempSync(join(tmpdir(), "stancegraph-main-"));
    try {
      const child = spawn(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), "server/main.ts"], {
        cwd: ROOT,
        env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", STANCEGRAPH_DB: join(dir, "store.db") },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let log = "";
      child.stdout.on("data", (d) => (log += d));
      child.stderr.on("data", (d) => (log += d));
      const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
      expect(code).toBe(1);
      expect(log).toMatch(/cannot listen at 127\.0\.0\.1:\d+: .*EADDRINUSE/);
      expect(log).not.toMatch(/listening at/);
    } finally {
      taken.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});

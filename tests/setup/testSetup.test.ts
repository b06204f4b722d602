// `npm test` on a machine without Chromium: one line that says what to install, never a stack of failures.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const SCRIPT = join(import.meta.dirname, "../../scripts/test-setup.mjs");
const run = (env: Record<string, string>) => spawnSync(process.execPath, [SCRIPT], { env: { ...process.env, ...env }, encoding: "utf8" });

describe("scripts/test-setup.mjs", () => {
  it("passes quietly when Chromium is there", () => {
    const r = run({ CHROMIUM_PATH: process.execPath }); // any file that exists
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
  });

  it("stops with one line saying what to install when Chromium is missing and cannot be installed", () => {
    const r = run({ CHROMIUM_PATH: "/nonexistent/chromium" });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual(["npm test: the browser tests need Chromium at /nonexistent/chromium: install it (Debian or Ubuntu: sudo apt-get install -y chromium), then run npm test again"]);
  });
});

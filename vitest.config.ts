import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "server/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Browser tests start their own server and Chromium: run files one at a time on this 2-core machine.
    fileParallelism: false,
  },
});

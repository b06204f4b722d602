import { defineConfig } from "vite";

// The client is a static bundle in dist/client, served by the express app.
export default defineConfig({
  root: "client",
  build: { outDir: "../dist/client", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
});

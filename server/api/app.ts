// The express app, apart from listen() so that tests can drive it.
import express from "express";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { StateSource } from "./state.ts";
import { errorHandler, HttpError, unknownRoute } from "./errors.ts";
import { nodesRouter } from "./routes/nodes.ts";
import { queryRoutes } from "./routes/queryRoutes.ts";
import { articlesRouter } from "./routes/articles.ts";
import { curationsRouter } from "./routes/curations.ts";
import { requireTokenForWrites } from "./auth.ts";
import { securityHeaders } from "./security.ts";
import type { GraphStore } from "../store/graphStore.ts";
import { graphViewChunks } from "./serialize.ts";
import { streamBody } from "./streamBody.ts";
import type { QuoteLookup } from "./quotes.ts";

export interface AppOptions {
  clientDir?: string;
  /** The writable store: mounts /api/articles. */
  store?: GraphStore;
  /** When set, writes need `Authorization: Bearer <token>`. */
  token?: string | null;
  /** Largest request body (default 5 MB). */
  bodyLimit?: number | string;
  /** The articles' quotes when there is no store (tests build graph-only states); else read from the store. */
  quotes?: QuoteLookup;
}

export function createApp(source: StateSource, options: AppOptions = {}): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);
  app.use(securityHeaders());
  app.use("/api", requireTokenForWrites(options.token ?? null));
  app.use("/api", answerLoading(source));

  const store = options.store;
  const quotes = options.quotes ?? (store ? (id: string) => store.reader.quotes(id) : undefined);
  app.get("/api/graph", async (_req, res) => {
    // Streamed from the state current now, however long the download takes (a whole graph can be hundreds of MB).
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    await streamBody(res, graphViewChunks(source.current()));
  });
  app.use("/api/nodes", nodesRouter(source, quotes));
  queryRoutes(app, source, quotes);
  if (options.store) app.use("/api/articles", articlesRouter(options.store, { bodyLimit: options.bodyLimit }));
  if (options.store) app.use("/api/curations", curationsRouter(options.store));
  app.use("/api", unknownRoute);

  if (options.clientDir && existsSync(options.clientDir)) {
    app.use(express.static(options.clientDir, { index: "index.html" }));
    app.get("/", (_req, res) => res.sendFile(join(options.clientDir!, "index.html")));
  }
  app.use(unknownRoute);
  app.use(errorHandler);
  return app;
}

/** While the store is first read, reads of the graph answer 503 "loading" (with Retry-After) rather than an empty
 * graph; the OpenAPI document and writes (queued until the graph is read) go on. */
function answerLoading(source: StateSource): express.RequestHandler {
  return (req, res, next) => {
    if (!source.loading?.() || (req.method !== "GET" && req.method !== "HEAD") || req.path === "/openapi.json") return next();
    res.set("Retry-After", "2");
    next(new HttpError(503, "loading", "The server has just started and is still reading its store; retry shortly"));
  };
}

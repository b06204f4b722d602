// Mounts the graph-query routes (other than /api/nodes) in one place, so app.ts needs a single line for them.
import type { Express } from "express";
import type { StateSource } from "../state.ts";
import { pathsRouter } from "./paths.ts";
import { stancesRouter } from "./stances.ts";
import { edgesRouter } from "./edges.ts";
import { statsRouter } from "./stats.ts";
import { exportRouter } from "./export.ts";
import { overviewRouter } from "./overview.ts";
import { openapiDocument } from "../openapi.ts";
import type { QuoteLookup } from "../quotes.ts";

export function queryRoutes(app: Express, source: StateSource, quotes?: QuoteLookup): void {
  app.use("/api/paths", pathsRouter(source));
  app.use("/api/stances", stancesRouter(source, quotes));
  app.use("/api/edges", edgesRouter(source));
  app.use("/api/stats", statsRouter(source));
  app.use("/api/overview", overviewRouter(source));
  app.use("/api/export", exportRouter(source));
  const doc = JSON.stringify(openapiDocument());
  app.get("/api/openapi.json", (_req, res) => {
    res.type("application/json; charset=utf-8").send(doc);
  });
}

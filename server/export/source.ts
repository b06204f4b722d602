// Where the export command reads the graph: the store at STANCEGRAPH_DB when it exists (with its saved layout),
// else the articles folder, extracted and laid out as the server does without a store.
import { existsSync } from "node:fs";
import type { Config } from "../config.ts";
import type { GraphState } from "../api/state.ts";
import { openDatabase } from "../store/schema.ts";
import { loadState } from "../store/load.ts";
import { applySavedLayout, generation } from "../store/layoutCache.ts";
import { readArticleFolder } from "../graph/folder.ts";
import { buildState } from "../graph/build.ts";
import { layoutGraph } from "../graph/layout.ts";

export async function loadExportState(config: Pick<Config, "dbPath" | "articlesDir">): Promise<{ state: GraphState; from: string }> {
  if (existsSync(config.dbPath)) {
    const db = openDatabase(config.dbPath, { readonly: true });
    try {
      const state = loadState(db);
      if (!applySavedLayout(db, state.graph, generation(db))) layoutGraph(state.graph);
      return { state, from: config.dbPath };
    } finally {
      db.close();
    }
  }
  // The extractor loads its model on import: only when there is no store to read.
  const { extractArticle } = await import("../graph/article.ts");
  const extracted = readArticleFolder(config.articlesDir).map((a) => extractArticle(a.text));
  const state = buildState(extracted);
  layoutGraph(state.graph);
  return { state, from: config.articlesDir };
}

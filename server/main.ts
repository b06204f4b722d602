// Starts the server: builds the graph from the articles folder and serves the API and the client.
import { readConfig } from "./config.ts";
import { createApp } from "./api/app.ts";
import { buildGraph } from "./graph/build.ts";
import { layoutGraph } from "./graph/layout.ts";
import { extractArticle } from "./graph/article.ts";
import { readArticleFolder } from "./graph/folder.ts";
import type { GraphState } from "./api/state.ts";

const config = readConfig();
const extracted = readArticleFolder(config.articlesDir).map((a) => extractArticle(a.text));
const graph = buildGraph(extracted);
layoutGraph(graph);
const state: GraphState = { graph, articles: new Map(extracted.map((a) => [a.record.id, a.record])) };

const app = createApp({ current: () => state }, { clientDir: config.clientDir });
const server = app.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  console.log(`Stancegraph: ${graph.order} nodes, ${graph.size} edges from ${extracted.length} article(s) at http://${config.host}:${port}/`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));

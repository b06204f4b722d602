// Starts the server: opens the store (seeding an empty one from the articles folder), builds the graph from it, serves.
import { readConfig } from "./config.ts";
import { createApp } from "./api/app.ts";
import { workerExtractor } from "./ingest/workerExtractor.ts";
import { readArticleFolder } from "./graph/folder.ts";
import { GraphStore } from "./store/graphStore.ts";
import { exposureWarning } from "./api/auth.ts";

const config = readConfig();
const warning = exposureWarning(config.host, config.token);
if (warning) console.error(warning);

// Articles are read in a worker thread: a long one does not stop the server answering meanwhile.
const extractor = workerExtractor({ timeoutMs: config.extractTimeoutMs });
// A big store takes a while to read: the server listens meanwhile, its API answering 503 "loading".
const store = GraphStore.open(config.dbPath, { extract: extractor.extract, startInBackground: true });
if (store.isEmpty()) {
  const seeded = await store.ingestMany(readArticleFolder(config.articlesDir).map((a) => ({ text: a.text })));
  console.log(`Stancegraph: seeded an empty store with ${seeded.added} article(s) from ${config.articlesDir}`);
}

store.watch(); // articles added by `npm run ingest` meanwhile show up without a restart

const app = createApp(store, { clientDir: config.clientDir, store, token: config.token, bodyLimit: config.bodyLimit });
const server = app.listen(config.port, config.host, (err?: Error) => {
  if (err) {
    // Express hands the listen error here (the port in use, say): a server that cannot listen must not pretend to.
    console.error(`Stancegraph: cannot listen at ${config.host}:${config.port}: ${err.message}`);
    void Promise.all([store.close(), extractor.close()]).finally(() => process.exit(1));
    return;
  }
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  if (store.loading()) console.log(`Stancegraph: listening at http://${config.host}:${port}/, reading ${config.dbPath}…`);
  void store.ready().then(() => {
    const { graph, articles } = store.current();
    console.log(`Stancegraph: ${graph.order} nodes, ${graph.size} edges from ${articles.size} article(s) in ${config.dbPath} at http://${config.host}:${port}/`);
  });
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => void Promise.all([store.close(), extractor.close()]).then(() => process.exit(0))));
}

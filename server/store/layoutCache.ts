// Positions saved with the generation of the store they were computed for: a restart on an unchanged store reuses
// them instead of running the layout again. They are still a function of the stored articles only.
import type { DB } from "./schema.ts";
import type { KnowledgeGraph } from "../graph/types.ts";

export function generation(db: DB): number {
  return Number(db.prepare("SELECT value FROM meta WHERE key = 'generation'").pluck().get());
}

/** Applies saved positions if they were computed for this generation and cover every node. */
export function applySavedLayout(db: DB, graph: KnowledgeGraph, gen: number): boolean {
  const saved = Number(db.prepare("SELECT value FROM meta WHERE key = 'layout_generation'").pluck().get());
  if (saved !== gen) return false;
  if ((db.prepare("SELECT count(*) FROM layout").pluck().get() as number) !== graph.order) return false;
  const rows = db.prepare("SELECT node, x, y, size FROM layout").raw().iterate() as Iterable<[string, number, number, number]>;
  let applied = 0;
  for (const [node, x, y, size] of rows) {
    if (!graph.hasNode(node)) return false;
    const a = graph.getNodeAttributes(node);
    a.x = x;
    a.y = y;
    a.size = size;
    applied++;
  }
  return applied === graph.order;
}

/** Saves positions, unless the store changed since `gen` (another writer): then they would describe another graph. */
export function saveLayout(db: DB, graph: KnowledgeGraph, gen: number): void {
  db.transaction(() => {
    if (generation(db) !== gen) return;
    db.prepare("DELETE FROM layout").run();
    const insert = db.prepare("INSERT INTO layout (node, x, y, size) VALUES (?, ?, ?, ?)");
    graph.forEachNode((node, a) => insert.run(node, a.x, a.y, a.size));
    db.prepare("UPDATE meta SET value = ? WHERE key = 'layout_generation'").run(String(gen));
  }).immediate();
}

// The curations table: corrections by hand, one row each, with the time and an optional note. Writes are one
// transaction each and move the store's generation on (a saved layout is of the graph before them); the rebuild reads
// them all, oldest first, and applies them after entity resolution (server/graph/curate.ts).
import type { DB } from "./schema.ts";
import type { Curation, CurationSpec } from "../graph/curationTypes.ts";

interface Row {
  id: number;
  spec: string;
  note: string | null;
  created_at: string;
}

const curation = (r: Row): Curation => ({ id: r.id, spec: JSON.parse(r.spec) as CurationSpec, note: r.note, createdAt: r.created_at });

/** Whether the store has the table (a read-only store of an older program may lack it: it has no curations then). */
function hasTable(db: DB): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'curations'").get() !== undefined;
}

/** Every curation, in the order made (what the rebuild applies). */
export function readCurations(db: DB): Curation[] {
  if (!hasTable(db)) return [];
  return (db.prepare("SELECT id, spec, note, created_at FROM curations ORDER BY id").all() as Row[]).map(curation);
}

export class CurationLog {
  private readonly insert;
  private readonly remove_;
  private readonly newestFirst;
  private readonly one;
  private readonly bumpGeneration;

  constructor(private readonly db: DB) {
    this.insert = db.prepare("INSERT INTO curations (op, spec, note, created_at) VALUES (?, ?, ?, ?)");
    this.remove_ = db.prepare("DELETE FROM curations WHERE id = ?");
    this.newestFirst = db.prepare("SELECT id, spec, note, created_at FROM curations ORDER BY id DESC");
    this.one = db.prepare("SELECT id, spec, note, created_at FROM curations WHERE id = ?");
    this.bumpGeneration = db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'");
  }

  /** Stores a curation; its id. */
  add(spec: CurationSpec, note: string | null, beforeCommit?: () => void): number {
    return this.db.transaction(() => {
      const id = Number(this.insert.run(spec.op, JSON.stringify(spec), note, new Date().toISOString()).lastInsertRowid);
      this.bumpGeneration.run();
      beforeCommit?.();
      return id;
    }).immediate();
  }

  /** Deletes a curation (its undo); false if there is none of that id. */
  remove(id: number, beforeCommit?: () => void): boolean {
    return this.db.transaction(() => {
      if (this.remove_.run(id).changes === 0) return false;
      this.bumpGeneration.run();
      beforeCommit?.();
      return true;
    }).immediate();
  }

  get(id: number): Curation | null {
    const row = this.one.get(id) as Row | undefined;
    return row ? curation(row) : null;
  }

  /** The log, newest first. */
  list(): Curation[] {
    return (this.newestFirst.all() as Row[]).map(curation);
  }
}

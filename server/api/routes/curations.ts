// The curations API: corrections by hand, stored in the store and applied on every rebuild. POST makes one (201 with
// its id, once the graph shows it), GET lists them newest first with what each changes now, DELETE undoes one.
import express, { Router } from "express";
import type { GraphStore } from "../../store/graphStore.ts";
import { CurationLog } from "../../store/curations.ts";
import type { Curation } from "../../graph/curationTypes.ts";
import type { GraphState } from "../state.ts";
import { badRequest, notFound } from "../errors.ts";
import { curationSpec, readCurationBody } from "../curationBody.ts";

/** A curation as the API answers it: what was asked (by the keys it keeps), when, and what it changes now. */
export function curationView(c: Curation, state: GraphState) {
  const effect = state.curations?.get(c.id) ?? { idle: true, summary: "Not applied to the graph yet", nodes: [], edges: [] };
  return { id: c.id, ...c.spec, note: c.note, createdAt: c.createdAt, idle: effect.idle, summary: effect.summary, changes: { nodes: effect.nodes, edges: effect.edges } };
}

const curationId = (raw: string): number | null => (/^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null);

export function curationsRouter(store: GraphStore): Router {
  const router = Router();
  const log = new CurationLog(store.db);

  router.get("/", (_req, res) => {
    const state = store.current();
    res.json({ curations: log.list().map((c) => curationView(c, state)) });
  });

  router.get("/:id", (req, res) => {
    const id = curationId(req.params.id);
    const c = id === null ? null : log.get(id);
    if (!c) throw notFound(`No curation with id "${req.params.id}"`);
    res.json({ curation: curationView(c, store.current()) });
  });

  router.post("/", express.json({ type: ["application/json", "application/*+json"], limit: "64kb", strict: true }), async (req, res) => {
    const body = readCurationBody(req.body);
    // Read against the graph once it shows every write so far (a server that has just started reads its store
    // first), at its turn in the write queue; stored in one transaction.
    await store.ready();
    const id = (await store.change(() => log.add(curationSpec(store.current(), body), body.note ?? null)))!;
    const view = curationView(log.get(id)!, store.current());
    if (view.op === "split" && view.idle) {
      // A name that is only another name inside an article's entity has nothing of its own to move: not kept.
      await store.change(() => (log.remove(id) ? true : null));
      throw badRequest(view.summary, body.op === "split" && body.article !== undefined ? "article" : "name");
    }
    res.status(201).json({ id, curation: view });
  });

  router.delete("/:id", async (req, res) => {
    const id = curationId(req.params.id);
    const before = id === null ? null : log.get(id);
    if (!before) throw notFound(`No curation with id "${req.params.id}"`);
    const view = curationView(before, store.current());
    const removed = await store.change(() => (log.remove(before.id) ? true : null));
    if (!removed) throw notFound(`No curation with id "${req.params.id}"`);
    res.json({ id: before.id, removed: view });
  });

  return router;
}

// The articles API: list, read, add (text/plain or JSON) and delete. Writes go through the GraphStore, which commits
// before the graph changes and answers in the order requests arrive.
import express, { Router, type Request, type Response } from "express";
import type { GraphStore } from "../../store/graphStore.ts";
import { InvalidArticleError } from "../../articles/input.ts";
import { HttpError, badRequest, notFound } from "../errors.ts";
import { intParam } from "../params.ts";
import { textProblem } from "../../articles/text.ts";
import { FEED_TYPES, readArticleRequest } from "../articleBody.ts";
import { ingestFeed } from "../feedIngest.ts";
import { articlePreview } from "../articlePreview.ts";
import { relationEdge } from "../relationEdge.ts";
import type { GraphState } from "../state.ts";
import type { Relation } from "../../extract/types.ts";

export interface ArticlesRouterOptions {
  /** Largest accepted request body: bytes, or a string such as "5mb". */
  bodyLimit?: number | string;
}

const ARTICLE_ID = /^[0-9a-f]{16}$/;

/** Input that cannot be an article (a page with none, a link that does not answer…) is the caller's 400. */
const asBadRequest = (err: unknown): never => {
  if (err instanceof InvalidArticleError) throw new HttpError(400, err.code, err.message, err.field);
  throw err;
};

/** Each relation's `edge` as the graph keys it: the article's own entity ids are kept for its entities, but an edge
 * joins the nodes they resolved into (graph/resolveAcross.ts) or curations moved them to, so the store's key would
 * not find it in /api/edges; null when the graph has no such edge (both ends one node, or a curation took it out). */
function graphEdges<R extends Relation>(relations: R[], state: GraphState, article: string): (R & { edge: string | null })[] {
  return relations.map((r) => ({ ...r, edge: relationEdge(state, article, r) }));
}

export function articlesRouter(store: GraphStore, options: ArticlesRouterOptions = {}): Router {
  const router = Router();
  const limit = options.bodyLimit ?? "5mb";

  router.get("/", (req, res) => {
    const count = intParam(req.query.limit, "limit", 1, 1000, 100);
    const offset = intParam(req.query.offset, "offset", 0, Number.MAX_SAFE_INTEGER, 0);
    res.json({ total: store.reader.count(), limit: count, offset, articles: store.reader.list(count, offset) });
  });

  router.get("/:id", (req, res) => {
    const article = ARTICLE_ID.test(req.params.id) ? store.reader.get(req.params.id) : null;
    if (!article) throw notFound(`No article with id "${req.params.id}"`);
    res.json({ article: { ...article, relations: graphEdges(article.relations, store.current(), article.id) } });
  });

  const bodies = [
    express.text({ type: ["text/plain", "text/html", "application/xhtml+xml", ...FEED_TYPES], limit, defaultCharset: "utf-8" }),
    express.json({ type: ["application/json", "application/*+json"], limit, strict: true }),
  ];

  // What a body or a link holds, read but not stored: the explorer shows it before it adds.
  router.post(
    "/preview",
    ...bodies,
    async (req: Request, res: Response) => {
      const { arrival } = await readArticleRequest(req).catch(asBadRequest);
      res.json(articlePreview(arrival));
    },
  );

  router.post(
    "/",
    ...bodies,
    async (req: Request, res: Response) => {
      const { arrival, keepNearDuplicates } = await readArticleRequest(req).catch(asBadRequest);
      try {
        if (arrival.kind === "feed") {
          const result = await ingestFeed(store, arrival.feed, arrival.url, keepNearDuplicates);
          res.status(result.results.some((r) => "duplicate" in r && !r.duplicate) ? 201 : 200).json(result);
          return;
        }
        const problem = textProblem(arrival.input.text);
        if (problem) throw badRequest(problem, "text");
        const result = await store.ingest(arrival.input, { keepNearDuplicates }).catch(asBadRequest);
        res.status(result.duplicate ? 200 : 201).json(result);
      } catch (err) {
        if (err instanceof HttpError) throw err;
        console.error("ingest failed:", err);
        throw new HttpError(500, "ingest_failed", "The article could not be processed; nothing was stored and the graph is unchanged");
      }
    },
  );

  router.delete("/:id", async (req, res) => {
    const removed = ARTICLE_ID.test(req.params.id) ? await store.remove(req.params.id) : null;
    if (!removed) throw notFound(`No article with id "${req.params.id}"`);
    res.json({ id: req.params.id, ...removed });
  });

  return router;
}

// The articles API: list, read, add (text/plain or JSON) and delete. Writes go through the GraphStore, which commits
// before the graph changes and answers in the order requests arrive.
import express, { Router, type Request } from "express";
import { z } from "zod";
import type { GraphStore, ArticleInput } from "../../store/graphStore.ts";
import { InvalidArticleError } from "../../store/graphStore.ts";
import { HttpError, badRequest, notFound } from "../errors.ts";
import { intParam } from "../params.ts";
import { textProblem } from "../../articles/text.ts";
import { resolvedEdgeKey } from "../../graph/build.ts";
import type { Relation } from "../../extract/types.ts";

export interface ArticlesRouterOptions {
  /** Largest accepted request body: bytes, or a string such as "5mb". */
  bodyLimit?: number | string;
}

const ARTICLE_ID = /^[0-9a-f]{16}$/;
const optionalText = (max: number) => z.string().max(max, `must be at most ${max} characters`).nullish();

const articleBody = z.strictObject({
  text: z.string({ error: "text is required and must be a string" }),
  title: optionalText(1000),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, "date must be an ISO date such as 2025-06-04")
    // Date.parse rolls "2025-02-30" over to 2 March: the day must also read back as itself.
    .refine((d) => !Number.isNaN(Date.parse(d)) && new Date(`${d.slice(0, 10)}T00:00:00Z`).toISOString().startsWith(d.slice(0, 10)), "date is not a real date")
    .nullish(),
  source: optionalText(1000),
  url: z.httpUrl("url must be an http(s) URL").max(2000).nullish(),
});

function readBody(req: Request): ArticleInput {
  if (typeof req.body === "string") return { text: req.body };
  if (req.body === undefined) throw new HttpError(415, "unsupported_media_type", "Send the article as text/plain, or as application/json { text, title?, date?, source?, url? }");
  const parsed = articleBody.safeParse(req.body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.code === "unrecognized_keys" ? issue.keys[0] : issue.path.length ? String(issue.path[0]) : undefined;
    const message = issue.code === "unrecognized_keys" ? `Unknown field "${issue.keys[0]}"` : field && !issue.message.includes(field) ? `${field}: ${issue.message}` : issue.message;
    throw badRequest(message, field);
  }
  return parsed.data;
}

/** Each relation's `edge` as the graph keys it: the article's own entity ids are kept for its entities, but an edge
 * joins the nodes they resolved into (graph/resolveAcross.ts), so the store's key would not find it in /api/edges;
 * null when both ends resolved into one node (the graph drops such a relation). */
function graphEdges<R extends Relation>(relations: R[], canonical: ReadonlyMap<string, string> | undefined): (R & { edge: string | null })[] {
  return relations.map((r) => ({ ...r, edge: resolvedEdgeKey(r, canonical) }));
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
    res.json({ article: { ...article, relations: graphEdges(article.relations, store.current().canonical) } });
  });

  router.post(
    "/",
    express.text({ type: "text/plain", limit, defaultCharset: "utf-8" }),
    express.json({ type: ["application/json", "application/*+json"], limit, strict: true }),
    async (req, res) => {
      const input = readBody(req);
      const problem = textProblem(input.text);
      if (problem) throw badRequest(problem, "text");
      let result;
      try {
        result = await store.ingest(input);
      } catch (err) {
        if (err instanceof InvalidArticleError) throw badRequest(err.message, "text");
        console.error("ingest failed:", err);
        throw new HttpError(500, "ingest_failed", "The article could not be processed; nothing was stored and the graph is unchanged");
      }
      res.status(result.duplicate ? 200 : 201).json(result);
    },
  );

  router.delete("/:id", async (req, res) => {
    const removed = ARTICLE_ID.test(req.params.id) ? await store.remove(req.params.id) : null;
    if (!removed) throw notFound(`No article with id "${req.params.id}"`);
    res.json({ id: req.params.id, ...removed });
  });

  return router;
}

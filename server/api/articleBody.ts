// What POST /api/articles (and /preview) take: text/plain (an article's text), text/html (a web page), a feed (RSS or
// Atom, its items each an article), or JSON with
// one of `text`, `html` (a page, pasted) or `url` alone (a page or a feed, fetched), with the metadata the caller
// gives (title, date, source, url, which win over the page's) and `keepNearDuplicates`. Read through the articles
// layer into what arrived: one article, or a feed of them.
import type { Request } from "express";
import { z } from "zod";
import { readBody as readArrivalBody, readLink, type Arrival } from "../articles/arrive.ts";
import { normalUrl } from "../articles/input.ts";
import { HttpError, badRequest } from "./errors.ts";

const optionalText = (max: number) => z.string().max(max, `must be at most ${max} characters`).nullish();

export const articleDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, "date must be an ISO date such as 2025-06-04")
  // Date.parse rolls "2025-02-30" over to 2 March: the day must also read back as itself.
  .refine((d) => !Number.isNaN(Date.parse(d)) && new Date(`${d.slice(0, 10)}T00:00:00Z`).toISOString().startsWith(d.slice(0, 10)), "date is not a real date");

export const articleBody = z.strictObject({
  text: z.string({ error: "text must be a string" }).optional(),
  html: z.string({ error: "html must be a string" }).optional(),
  title: optionalText(1000),
  date: articleDate.nullish(),
  source: optionalText(1000),
  // Any host, addresses included: whether a link may be fetched is the fetcher's to say (server/articles/addressPolicy.ts).
  url: z.url({ protocol: /^https?$/, error: "url must be an http(s) URL" }).max(2000).nullish(),
  keepNearDuplicates: z.boolean().optional(),
});

/** Content types of a feed posted as the body. */
export const FEED_TYPES = ["application/rss+xml", "application/atom+xml", "application/xml", "text/xml"];

export interface ArticleRequest {
  arrival: Arrival;
  keepNearDuplicates: boolean;
}

const UNSUPPORTED = "Send the article as text/plain, a web page as text/html, a feed as application/rss+xml or application/atom+xml, or JSON { text | html | url, title?, date?, source?, url?, keepNearDuplicates? }";

function parsedJson(body: unknown): z.infer<typeof articleBody> {
  const parsed = articleBody.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue.code === "unrecognized_keys" ? issue.keys[0] : issue.path.length ? String(issue.path[0]) : undefined;
  const message = issue.code === "unrecognized_keys" ? `Unknown field "${issue.keys[0]}"` : field && !issue.message.includes(field) ? `${field}: ${issue.message}` : issue.message;
  throw badRequest(message, field);
}

/** The request's article(s); a link is fetched here (a FetchError, a 400, when it cannot be). */
export async function readArticleRequest(req: Request): Promise<ArticleRequest> {
  const keepQuery = req.query.keepNearDuplicates === "true" || req.query.keepNearDuplicates === "1";
  if (typeof req.body === "string") {
    const kind = req.is(["text/html", "application/xhtml+xml"]) ? "html" : req.is(FEED_TYPES) ? "feed" : "text";
    return { arrival: readArrivalBody(req.body, kind), keepNearDuplicates: keepQuery };
  }
  if (req.body === undefined) throw new HttpError(415, "unsupported_media_type", UNSUPPORTED);
  const { text, html, keepNearDuplicates, ...given } = parsedJson(req.body);
  const keep = keepNearDuplicates ?? keepQuery;
  if (text !== undefined && html !== undefined) throw badRequest("Send text or html, not both", "html");
  if (given.url) given.url = normalUrl(given.url);
  if (text !== undefined) return { arrival: readArrivalBody(text, "text", given), keepNearDuplicates: keep };
  if (html !== undefined) return { arrival: readArrivalBody(html, "html", given), keepNearDuplicates: keep };
  if (given.url) return { arrival: await readLink(given.url, { ...given, url: null }), keepNearDuplicates: keep };
  throw badRequest("text is required (or html, a web page, or url alone, a link to fetch)", "text");
}

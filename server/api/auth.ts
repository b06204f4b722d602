// Bearer-token check for write routes, and the start-up warning for a server exposed without one.
import { createHash, timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import { HttpError } from "./errors.ts";

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/** Compares through fixed-length digests, so that neither the length nor the content leaks through timing. */
export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Requires `Authorization: Bearer <token>` on every write when a token is configured; reads stay open. */
export function requireTokenForWrites(token: string | null): RequestHandler {
  return (req, res, next) => {
    if (!token || READ_METHODS.has(req.method)) return next();
    const header = req.get("authorization") ?? "";
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match && tokenMatches(match[1], token)) return next();
    res.set("WWW-Authenticate", 'Bearer realm="stancegraph"');
    next(new HttpError(401, "unauthorized", match ? "The bearer token is wrong" : "This route needs an Authorization: Bearer <token> header"));
  };
}

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h) || /^::ffff:127\.\d+\.\d+\.\d+$/.test(h);
}

/** A warning to print at start, or null: anyone who can reach a non-loopback address could write without a token. */
export function exposureWarning(host: string, token: string | null): string | null {
  if (token || isLoopback(host)) return null;
  return `Warning: listening on ${host} without STANCEGRAPH_TOKEN: anyone who can reach it can add and delete articles.`;
}

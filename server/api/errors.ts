// One JSON error shape for every failure: { error: { code, message, field? } }.
import type { ErrorRequestHandler, RequestHandler } from "express";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, field?: string) => new HttpError(400, "bad_request", message, field);
export const notFound = (message: string) => new HttpError(404, "not_found", message);

export const unknownRoute: RequestHandler = (req, _res, next) => {
  // baseUrl + path: the path as the client sent it, also under a mount point such as /api.
  next(new HttpError(404, "no_route", `No route for ${req.method} ${req.baseUrl}${req.path}`));
};

interface BodyParserError {
  type?: string;
  status?: number;
  code?: string;
  message?: string;
}

/** Codes for the client errors that express and its body parsers raise, where "bad_request" would hide the status. */
const CODE_OF_STATUS: Record<number, string> = { 413: "payload_too_large", 415: "unsupported_media_type" };

export const errorHandler: ErrorRequestHandler = (err: unknown, _req, res, _next) => {
  let e: HttpError;
  if (err instanceof HttpError) e = err;
  else {
    const b = err as BodyParserError;
    if (b?.type === "entity.too.large") e = new HttpError(413, "payload_too_large", "The request body is larger than the limit");
    else if (b?.type === "entity.parse.failed") e = new HttpError(400, "malformed_json", "The request body is not valid JSON");
    else if (b && typeof b.status === "number" && b.status >= 400 && b.status < 500) {
      // zlib's own words ("incorrect header check") do not say what was wrong with the request.
      const zlib = typeof b.code === "string" && b.code.startsWith("Z_");
      const message = zlib ? `The request body could not be decoded as its Content-Encoding says (${b.message})` : (b.message ?? "Bad request");
      e = new HttpError(b.status, CODE_OF_STATUS[b.status] ?? "bad_request", message);
    } else {
      console.error(err);
      e = new HttpError(500, "internal", "Internal error");
    }
  }
  if (res.headersSent) return;
  res.status(e.status).json({ error: { code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) } });
};

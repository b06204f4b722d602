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
  next(new HttpError(404, "no_route", `No route for ${req.method} ${req.path}`));
};

interface BodyParserError {
  type?: string;
  status?: number;
  message?: string;
}

export const errorHandler: ErrorRequestHandler = (err: unknown, _req, res, _next) => {
  let e: HttpError;
  if (err instanceof HttpError) e = err;
  else {
    const b = err as BodyParserError;
    if (b?.type === "entity.too.large") e = new HttpError(413, "payload_too_large", "The request body is larger than the limit");
    else if (b?.type === "entity.parse.failed") e = new HttpError(400, "malformed_json", "The request body is not valid JSON");
    else if (b && typeof b.status === "number" && b.status >= 400 && b.status < 500) e = new HttpError(b.status, "bad_request", b.message ?? "Bad request");
    else {
      console.error(err);
      e = new HttpError(500, "internal", "Internal error");
    }
  }
  if (res.headersSent) return;
  res.status(e.status).json({ error: { code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) } });
};

// Sends an already-serialized JSON body: no second stringify, no etag.
import type { Response } from "express";

export function sendJson(res: Response, body: string | Buffer): void {
  res.type("application/json; charset=utf-8").send(body);
}

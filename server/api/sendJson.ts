// Sends an already-serialized JSON body: no second stringify, no etag.
import type { Response } from "express";

export function sendJsonText(res: Response, body: string): void {
  res.type("application/json; charset=utf-8").send(body);
}

// Sends an already-serialized JSON body: no second stringify, no etag, and none of res.send's per-call work (type
// lookup, freshness check, encoding of strings it is given as buffers): the headers, then the bytes. HEAD answers
// send no body (Node's response drops it).
import type { Response } from "express";

const JSON_TYPE = "application/json; charset=utf-8";

export function sendJson(res: Response, body: string | Buffer): void {
  res.setHeader("Content-Type", JSON_TYPE);
  res.setHeader("Content-Length", typeof body === "string" ? Buffer.byteLength(body) : body.length);
  res.end(body);
}

// A local web site for fetch tests: bound to 127.0.0.1 on a free port, each path answered by a handler, every
// request counted. Stopped by the test that started it.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface Site {
  url: string;
  /** Requests so far, by path. */
  hits: Map<string, number>;
  /** Each request's headers, in order. */
  requests: { path: string; headers: IncomingMessage["headers"] }[];
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

/** A handler answering a fixed body. */
export const send = (body: string | Buffer, type = "text/html; charset=utf-8", headers: Record<string, string> = {}): Handler => (_req, res) => {
  res.writeHead(200, { "Content-Type": type, ...headers });
  res.end(body);
};

export async function startSite(routes: Record<string, Handler> = {}): Promise<Site> {
  const table = new Map(Object.entries(routes));
  const hits = new Map<string, number>();
  const requests: Site["requests"] = [];
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    hits.set(path, (hits.get(path) ?? 0) + 1);
    requests.push({ path, headers: req.headers });
    const handler = table.get(path);
    if (handler) return handler(req, res);
    res.writeHead(404, { "Content-Type": "text/plain" });
    res.end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    requests,
    route: (path, handler) => void table.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

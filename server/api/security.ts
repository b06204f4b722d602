// Security headers, with a Content-Security-Policy that fits the Vite-built client: its own scripts and workers
// (sigma may start workers from blob: URLs), inline styles from the graph library, images from data:/blob: URLs.
// Helmet decides the headers; with these static options they are the same for every request, so helmet runs once
// and each request gets the recorded headers (one middleware and a loop, not a dozen middlewares).
import helmet from "helmet";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";

export const helmetOptions: Parameters<typeof helmet>[0] = {
  contentSecurityPolicy: {
    useDefaults: true,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      workerSrc: ["'self'", "blob:"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:", "blob:"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      // The server speaks plain HTTP (TLS, if any, ends at a proxy): upgrading would break a LAN deployment.
      upgradeInsecureRequests: null,
    },
  },
};

/** What helmet does to a response: the headers it sets and the ones it removes, in order. */
export function helmetHeaders(): { set: [string, string][]; remove: string[] } {
  const set: [string, string][] = [];
  const remove: string[] = [];
  let failed: unknown = null;
  const res = {
    setHeader: (name: string, value: unknown) => void set.push([name, String(value)]),
    removeHeader: (name: string) => void remove.push(name),
  };
  helmet(helmetOptions)({ method: "GET", headers: {} } as IncomingMessage, res as unknown as ServerResponse, (err?: unknown) => {
    failed = err ?? null;
  });
  if (failed) throw failed;
  return { set, remove };
}

export function securityHeaders(): RequestHandler {
  const { set, remove } = helmetHeaders();
  return (_req, res, next) => {
    for (let i = 0; i < set.length; i++) res.setHeader(set[i][0], set[i][1]);
    for (let i = 0; i < remove.length; i++) res.removeHeader(remove[i]);
    next();
  };
}

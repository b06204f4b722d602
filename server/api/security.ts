// Security headers, with a Content-Security-Policy that fits the Vite-built client: its own scripts and workers
// (sigma may start workers from blob: URLs), inline styles from the graph library, images from data:/blob: URLs.
import helmet from "helmet";
import type { RequestHandler } from "express";

export function securityHeaders(): RequestHandler {
  return helmet({
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
  });
}

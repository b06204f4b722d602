// All configuration read from the environment, in one place.
import { resolve } from "node:path";
import { addressPolicy } from "./articles/addressPolicy.ts";

export interface Config {
  port: number;
  host: string;
  articlesDir: string;
  dbPath: string;
  token: string | null;
  clientDir: string;
  /** Largest request body accepted by POST /api/articles, in bytes. */
  bodyLimit: number;
  /** Longest an article posted to the server may take to extract, in milliseconds; past it, it is refused. */
  extractTimeoutMs: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0..65535, got "${env.PORT}"`);
  const bodyLimit = Number(env.STANCEGRAPH_BODY_LIMIT ?? 5 * 1024 * 1024);
  if (!Number.isInteger(bodyLimit) || bodyLimit < 1) throw new Error(`STANCEGRAPH_BODY_LIMIT must be a positive number of bytes, got "${env.STANCEGRAPH_BODY_LIMIT}"`);
  const extractTimeout = Number(env.STANCEGRAPH_EXTRACT_TIMEOUT ?? 120);
  if (!(extractTimeout > 0)) throw new Error(`STANCEGRAPH_EXTRACT_TIMEOUT must be a positive number of seconds, got "${env.STANCEGRAPH_EXTRACT_TIMEOUT}"`);
  // STANCEGRAPH_FETCH_PRIVATE is read where links are fetched (tests set it for themselves); checked here, so that a
  // value that is neither 1 nor a list of addresses stops the start rather than the first fetch.
  addressPolicy(env.STANCEGRAPH_FETCH_PRIVATE);
  return {
    port,
    bodyLimit,
    extractTimeoutMs: extractTimeout * 1000,
    host: env.HOST ?? "127.0.0.1",
    articlesDir: resolve(env.STANCEGRAPH_ARTICLES ?? "data/articles"),
    dbPath: resolve(env.STANCEGRAPH_DB ?? "data/stancegraph.db"),
    token: env.STANCEGRAPH_TOKEN || null,
    clientDir: resolve(env.STANCEGRAPH_CLIENT ?? "dist/client"),
  };
}

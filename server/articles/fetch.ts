// Fetching a link safely: http(s) only, a time limit over the whole exchange, a size limit on the (decoded) body,
// a content-type check, at most a few redirects, a User-Agent that names the product, and no address the policy
// refuses (addressPolicy.ts), checked after DNS resolution on every hop: the address checked is the one connected to.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Readable } from "node:stream";
import { addressPolicy, type AddressPolicy } from "./addressPolicy.ts";
import { InvalidArticleError } from "./input.ts";
import { decodeBody } from "./charset.ts";
import { looksLikeFeed, looksLikeHtml } from "./sniff.ts";

export const USER_AGENT = "Stancegraph/0.1 (news knowledge graph; article fetcher)";

export type BodyKind = "html" | "feed" | "text";

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Conditional GET: a 304 answers `notModified`. */
  etag?: string | null;
  lastModified?: string | null;
  policy?: AddressPolicy;
}

export interface Fetched {
  /** The address the body came from, after redirects. */
  url: string;
  notModified: boolean;
  kind: BodyKind;
  body: string;
  etag: string | null;
  lastModified: string | null;
}

export const FETCH_DEFAULTS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

/** A link that could not be fetched: the caller's to fix (a 400), nothing stored. */
export class FetchError extends InvalidArticleError {
  constructor(message: string, code = "fetch_failed") {
    super(message, "url", code);
  }
}

const KINDS: [RegExp, BodyKind][] = [
  [/^(text\/html|application\/xhtml\+xml)$/, "html"],
  [/^(application\/(rss|atom|rdf|feed)\+xml|application\/xml|text\/xml)$/, "feed"],
  [/^text\/plain$/, "text"],
];

/** What the answer is by its Content-Type; without one, by what the body looks like. */
function kindOf(contentType: string | undefined, url: string, body: string): BodyKind {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  for (const [re, kind] of KINDS) if (re.test(type)) return kind;
  if (!type) return looksLikeFeed(body) ? "feed" : looksLikeHtml(body) ? "html" : "text";
  throw new FetchError(`${url} answered ${type}, which is neither a web page, a feed nor plain text`, "unsupported_content");
}

/** A lookup that refuses names resolving to a refused address (all of them are checked). */
function guardedLookup(policy: AddressPolicy): LookupFunction {
  return ((hostname: string, options: { all?: boolean }, callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const refused = addresses.map((a) => policy.refusal(a.address)).find((r) => r !== null);
      if (refused) return callback(new FetchError(`${hostname} resolves to ${refused}`, "fetch_refused"), []);
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  }) as unknown as LookupFunction;
}

function unreachable(url: URL, err: NodeJS.ErrnoException): FetchError {
  if (err instanceof FetchError) return err;
  const why: Record<string, string> = {
    ENOTFOUND: "no such host, or no network",
    EAI_AGAIN: "the name could not be resolved: no network?",
    ECONNREFUSED: "the connection was refused",
    ECONNRESET: "the connection was reset",
    ENETUNREACH: "the network is unreachable: offline?",
    EHOSTUNREACH: "the host is unreachable",
    ETIMEDOUT: "the connection timed out",
  };
  return new FetchError(`Could not fetch ${url.href}: ${why[err.code ?? ""] ?? err.message}${err.code ? ` (${err.code})` : ""}; nothing was stored`);
}

function decoded(res: IncomingMessage): Readable {
  const encoding = String(res.headers["content-encoding"] ?? "").toLowerCase();
  if (encoding === "gzip" || encoding === "x-gzip") return res.pipe(createGunzip());
  if (encoding === "deflate") return res.pipe(createInflate());
  if (encoding === "br") return res.pipe(createBrotliDecompress());
  return res;
}

/** One exchange: the answer's head, and its body when it is a 200. */
function exchange(url: URL, opts: Required<Pick<FetchOptions, "maxBytes">> & FetchOptions, policy: AddressPolicy, signal: AbortSignal) {
  return new Promise<{ res: IncomingMessage; body: Buffer | null }>((resolve, reject) => {
    const headers: Record<string, string> = {
      "User-Agent": USER_AGENT,
      Accept: "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8",
      "Accept-Encoding": "gzip, deflate, br",
    };
    if (opts.etag) headers["If-None-Match"] = opts.etag;
    if (opts.lastModified) headers["If-Modified-Since"] = opts.lastModified;
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(url, { method: "GET", headers, lookup: guardedLookup(policy), signal });
    req.on("error", (err) => reject(signal.aborted ? new FetchError(`${url.href} did not answer within ${(opts.timeoutMs ?? 0) / 1000} s; nothing was stored`) : unreachable(url, err)));
    req.on("response", (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        return resolve({ res, body: null });
      }
      const declared = Number(res.headers["content-length"]);
      const tooLarge = () => new FetchError(`${url.href} is larger than the ${(opts.maxBytes / 1024 / 1024).toFixed(1)} MB limit; nothing was stored`, "too_large");
      if (declared > opts.maxBytes) {
        res.destroy();
        return reject(tooLarge());
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const stream = decoded(res);
      stream.on("data", (c: Buffer) => {
        size += c.length;
        if (size > opts.maxBytes) {
          req.destroy();
          stream.destroy();
          reject(tooLarge());
        } else chunks.push(c);
      });
      const failed = (err: Error) =>
        reject(signal.aborted ? new FetchError(`${url.href} did not answer within ${(opts.timeoutMs ?? 0) / 1000} s; nothing was stored`) : new FetchError(`${url.href}: the body could not be read (${err.message})`));
      res.on("error", failed);
      stream.on("error", failed);
      stream.on("end", () => resolve({ res, body: Buffer.concat(chunks) }));
    });
    req.end();
  });
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function checkedUrl(href: string, policy: AddressPolicy): URL {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw new FetchError(`"${href}" is not a URL`, "bad_url");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchError(`Only http and https links are fetched, not ${url.protocol}`, "bad_url");
  if (url.username || url.password) throw new FetchError("Links with a user name or password are not fetched", "bad_url");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) {
    const refused = policy.refusal(host);
    if (refused) throw new FetchError(`Refused to fetch ${url.href}: ${refused}`, "fetch_refused");
  }
  return url;
}

/** Fetches a page, a feed or a text; throws a FetchError (a 400-class error, nothing stored) when it cannot. */
export async function safeFetch(href: string, options: FetchOptions = {}): Promise<Fetched> {
  const opts = { ...FETCH_DEFAULTS, ...options };
  const policy = options.policy ?? addressPolicy();
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let url = checkedUrl(href, policy);
  for (let hops = 0; ; hops++) {
    const { res, body } = await exchange(url, opts, policy, signal);
    const status = res.statusCode ?? 0;
    if (REDIRECTS.has(status)) {
      const location = res.headers.location;
      if (!location) throw new FetchError(`${url.href} redirected (${status}) without saying where`);
      if (hops >= opts.maxRedirects) throw new FetchError(`${href} redirected more than ${opts.maxRedirects} times`, "too_many_redirects");
      url = checkedUrl(new URL(location, url).href, policy);
      continue;
    }
    const etag = (res.headers.etag as string | undefined) ?? null;
    const lastModified = (res.headers["last-modified"] as string | undefined) ?? null;
    if (status === 304) return { url: url.href, notModified: true, kind: "feed", body: "", etag: etag ?? opts.etag ?? null, lastModified: lastModified ?? opts.lastModified ?? null };
    if (status !== 200 || !body) throw new FetchError(`${url.href} answered ${status} ${res.statusMessage ?? ""}`.trim() + "; nothing was stored", "fetch_failed");
    const text = decodeBody(body, res.headers["content-type"]);
    return { url: url.href, notModified: false, kind: kindOf(res.headers["content-type"], url.href, text), body: text, etag, lastModified };
  }
}

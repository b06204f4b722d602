// Fetching links safely, against a local site on 127.0.0.1: the address rules (after DNS, on every redirect), the
// limits, the content-type check, conditional GET, and clear errors when nothing answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { addressPolicy } from "../../server/articles/addressPolicy.ts";
import { FetchError, safeFetch, USER_AGENT } from "../../server/articles/fetch.ts";
import { freePort } from "../helpers/browser.ts";
import { send, startSite, type Site } from "../helpers/siteServer.ts";

let site: Site;
const loopbackOnly = addressPolicy("127.0.0.1");
const refused = async (p: Promise<unknown>) => {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(FetchError);
  return err as FetchError;
};

beforeAll(async () => {
  const redirect = (to: () => string) => (_req: unknown, res: import("node:http").ServerResponse) => {
    res.writeHead(302, { Location: to() });
    res.end();
  };
  site = await startSite({
    "/page": send("<html><body><p>hello</p></body></html>"),
    "/feed.xml": send("<rss><channel><title>t</title></channel></rss>", "application/rss+xml"),
    "/untyped-feed": (_req, res) => {
      res.writeHead(200);
      res.end("<?xml version='1.0'?><rss><channel><title>t</title></channel></rss>");
    },
    "/image": send(Buffer.from([0x89, 0x50, 0x4e, 0x47]), "image/png"),
    "/big": send("x".repeat(300_000)),
    "/big-chunked": (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html" });
      for (let i = 0; i < 30; i++) res.write("y".repeat(10_000));
      res.end();
    },
    "/bomb": send(gzipSync(Buffer.alloc(5_000_000, 32)), "text/html", { "Content-Encoding": "gzip" }),
    "/gzip": send(gzipSync("<html><body>zipped</body></html>"), "text/html", { "Content-Encoding": "gzip" }),
    "/latin1": send(Buffer.from("<p>Caf\xe9</p>", "latin1"), "text/html; charset=iso-8859-1"),
    "/to-private": redirect(() => "http://10.1.2.3/secret"),
    "/to-metadata": redirect(() => "http://169.254.169.254/latest/meta-data/"),
    "/to-ipv6-loopback": redirect(() => `http://[::1]:${new URL(site.url).port}/page`),
    "/to-localhost": redirect(() => `http://localhost:${new URL(site.url).port}/page`),
    "/to-page": redirect(() => "/page"),
    "/to-file": redirect(() => "file:///etc/passwd"),
    "/loop": redirect(() => "/loop"),
    "/missing": (_req, res) => {
      res.writeHead(404);
      res.end();
    },
    "/never": () => undefined,
    "/etag": (req, res) => {
      if (req.headers["if-none-match"] === '"v1"') {
        res.writeHead(304);
        return res.end();
      }
      res.writeHead(200, { "Content-Type": "application/rss+xml", ETag: '"v1"', "Last-Modified": "Mon, 02 Jun 2025 10:00:00 GMT" });
      res.end("<rss><channel><title>t</title></channel></rss>");
    },
  });
});
afterAll(() => site.close());

describe("safeFetch", () => {
  it("fetches a page and a feed, naming the product in its User-Agent", async () => {
    const page = await safeFetch(`${site.url}/page`, { policy: loopbackOnly });
    expect(page).toMatchObject({ kind: "html", body: "<html><body><p>hello</p></body></html>", url: `${site.url}/page`, notModified: false });
    expect(site.requests.at(-1)!.headers["user-agent"]).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^Stancegraph\//);
    expect((await safeFetch(`${site.url}/feed.xml`, { policy: loopbackOnly })).kind).toBe("feed");
    expect((await safeFetch(`${site.url}/gzip`, { policy: loopbackOnly })).body).toBe("<html><body>zipped</body></html>");
    expect((await safeFetch(`${site.url}/latin1`, { policy: loopbackOnly })).body).toBe("<p>Café</p>");
    expect((await safeFetch(`${site.url}/to-page`, { policy: loopbackOnly })).url).toBe(`${site.url}/page`);
    expect((await safeFetch(`${site.url}/untyped-feed`, { policy: loopbackOnly })).kind).toBe("feed"); // no Content-Type: by its look
  });

  it("refuses loopback, by address and by name after DNS, without connecting, unless allowed", async () => {
    const before = site.requests.length;
    const none = addressPolicy("");
    expect((await refused(safeFetch(`${site.url}/page`, { policy: none }))).code).toBe("fetch_refused");
    expect((await refused(safeFetch(`http://localhost:${new URL(site.url).port}/page`, { policy: none }))).message).toMatch(/localhost resolves to .*non-public/);
    expect(site.requests.length).toBe(before);
    const saved = process.env.STANCEGRAPH_FETCH_PRIVATE;
    try {
      delete process.env.STANCEGRAPH_FETCH_PRIVATE;
      await refused(safeFetch(`${site.url}/page`));
      process.env.STANCEGRAPH_FETCH_PRIVATE = "1";
      expect((await safeFetch(`${site.url}/page`)).kind).toBe("html");
    } finally {
      if (saved === undefined) delete process.env.STANCEGRAPH_FETCH_PRIVATE;
      else process.env.STANCEGRAPH_FETCH_PRIVATE = saved;
    }
  });

  it("checks every redirect again: private, metadata and IPv6 loopback addresses are refused, names after DNS", async () => {
    for (const path of ["/to-private", "/to-metadata", "/to-ipv6-loopback"]) {
      const err = await refused(safeFetch(`${site.url}${path}`, { policy: loopbackOnly }));
      expect(err.code, path).toBe("fetch_refused");
    }
    // localhost resolves to 127.0.0.1 here (allowed by this policy) and maybe ::1 (not): refused then, or fetched.
    const viaName = await safeFetch(`${site.url}/to-localhost`, { policy: addressPolicy("127.0.0.1") }).then((f) => f.url, (e: Error) => e.message);
    expect(viaName).toMatch(/\/page$|localhost resolves to ::1/);
    expect(site.requests.filter((r) => r.path === "/to-localhost")).toHaveLength(1);
    expect((await refused(safeFetch(`${site.url}/to-file`, { policy: loopbackOnly }))).message).toMatch(/Only http and https/);
    expect((await refused(safeFetch(`${site.url}/loop`, { policy: loopbackOnly }))).code).toBe("too_many_redirects");
    expect(site.hits.get("/loop")).toBe(6); // the first request and 5 redirects
  });

  it("refuses bodies past the size limit, declared or not, compressed or not", async () => {
    const opts = { policy: loopbackOnly, maxBytes: 200_000 };
    for (const path of ["/big", "/big-chunked", "/bomb"]) expect((await refused(safeFetch(`${site.url}${path}`, opts))).code, path).toBe("too_large");
  });

  it("refuses other content types, error statuses, silence past the time limit, and a port nobody answers", async () => {
    expect((await refused(safeFetch(`${site.url}/image`, { policy: loopbackOnly }))).message).toMatch(/image\/png, which is neither a web page/);
    expect((await refused(safeFetch(`${site.url}/missing`, { policy: loopbackOnly }))).message).toMatch(/answered 404/);
    const started = Date.now();
    expect((await refused(safeFetch(`${site.url}/never`, { policy: loopbackOnly, timeoutMs: 300 }))).message).toMatch(/did not answer within 0.3 s/);
    expect(Date.now() - started).toBeLessThan(3000);
    const closed = await freePort();
    expect((await refused(safeFetch(`http://127.0.0.1:${closed}/`, { policy: loopbackOnly }))).message).toMatch(/Could not fetch .*connection was refused .*nothing was stored/);
    expect((await refused(safeFetch("ftp://example.org/x", { policy: loopbackOnly }))).code).toBe("bad_url");
  });

  it("asks conditionally with ETag and Last-Modified, and a 304 says not modified", async () => {
    const first = await safeFetch(`${site.url}/etag`, { policy: loopbackOnly });
    expect(first).toMatchObject({ etag: '"v1"', lastModified: "Mon, 02 Jun 2025 10:00:00 GMT", notModified: false });
    const again = await safeFetch(`${site.url}/etag`, { policy: loopbackOnly, etag: first.etag, lastModified: first.lastModified });
    expect(again).toMatchObject({ notModified: true, etag: '"v1"' });
    expect(site.requests.at(-1)!.headers["if-modified-since"]).toBe("Mon, 02 Jun 2025 10:00:00 GMT");
  });
});

// Whole-graph answers streamed: GET /api/graph and /api/export give the same bytes as the one-string answers they
// replaced; a small request is answered while a big answer is still being made; a client that leaves mid-stream
// stops the writing; an error mid-stream cuts the answer off rather than appending a second one.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import request from "supertest";
import express from "express";
import { createServer, get, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp } from "../../server/api/app.ts";
import { graphView } from "../../server/api/serialize.ts";
import { streamBody } from "../../server/api/streamBody.ts";
import { errorHandler } from "../../server/api/errors.ts";
import { neighborhoodGraph } from "../../server/export/subgraph.ts";
import { queryIndexFor } from "../../server/graph/queryIndex.ts";
import type { GraphState } from "../../server/api/state.ts";
import type { KnowledgeGraph } from "../../server/graph/types.ts";
import { syntheticState } from "../../bench/synthetic.ts";
import { threeArticleState } from "../helpers/queryFixtures.ts";
import { refCsv, refCypher, refGexf, refGraphml, refJson } from "../export/reference.ts";

const text = (res: request.Response, cb: (err: Error | null, body: string) => void) => {
  let body = "";
  res.setEncoding("utf8");
  res.on("data", (c: string) => (body += c));
  res.on("end", () => cb(null, body));
};
const getText = (app: express.Express, path: string) => request(app).get(path).buffer(true).parse(text);

const three: GraphState = { ...threeArticleState(), canonical: new Map([["person:moor", "person:ines-moor"], ["country:sylvanian", "country:sylvania"]]) };
const synthetic = syntheticState({ edges: 2000, seed: 5 });

async function listen(app: express.Express): Promise<{ base: string; server: Server }> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** The whole body of a GET, as a string. */
function fetchText(url: string): Promise<{ res: IncomingMessage; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ res, body }));
      res.on("error", reject);
    }).on("error", reject);
  });
}

describe("GET /api/graph, streamed", () => {
  for (const [name, state] of [["the three-article graph with resolved ids", three], ["a synthetic 2,000-edge graph (many chunks)", synthetic]] as const) {
    it(`answers ${name} byte for byte as res.json(graphView(state)) did`, async () => {
      const res = await getText(createApp({ current: () => state }), "/api/graph").expect(200);
      expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
      expect(res.body).toBe(JSON.stringify(graphView(state)));
    });
  }

  it("answers HEAD with the headers and no body", async () => {
    const res = await request(createApp({ current: () => three })).head("/api/graph").expect(200);
    expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(res.text ?? "").toBe("");
  });

  it("streams from the state current when it began, though another is swapped in meanwhile", async () => {
    let current: GraphState = synthetic;
    const { base, server } = await listen(createApp({ current: () => current }));
    try {
      const got = await new Promise<string>((resolve, reject) => {
        get(`${base}/api/graph`, (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (c: string) => {
            body += c;
            current = three; // swapped after the first bytes
          });
          res.on("end", () => resolve(body));
        }).on("error", reject);
      });
      expect(got).toBe(JSON.stringify(graphView(synthetic)));
      expect((await fetchText(`${base}/api/graph`)).body).toBe(JSON.stringify(graphView(three)));
    } finally {
      server.close();
    }
  });
});

describe("GET /api/export, streamed", () => {
  const refs: [string, (g: KnowledgeGraph) => string][] = [
    ["format=gexf", refGexf],
    ["format=graphml", refGraphml],
    ["format=json", refJson],
    ["format=csv&table=nodes", (g) => refCsv(g, "nodes")],
    ["format=csv&table=edges", (g) => refCsv(g, "edges")],
    ["format=cypher", refCypher],
  ];

  for (const [name, state] of [["the three-article graph", three], ["a synthetic 2,000-edge graph", synthetic]] as const) {
    it(`answers ${name}, whole and one neighbourhood, in every format byte for byte as the string writers did`, async () => {
      const app = createApp({ current: () => state });
      const ix = queryIndexFor(state);
      const center = state === three ? "person:omar-vale" : ix.nodeIds[ix.edgeSource[0]];
      const hood = neighborhoodGraph(ix, ix.nodeIndex.get(center)!, 2);
      expect(hood.size).toBeGreaterThan(0);
      for (const [q, ref] of refs) {
        const whole = await getText(app, `/api/export?${q}`).expect(200);
        expect(whole.headers["content-disposition"], q).toMatch(/^attachment/);
        expect(whole.body, q).toBe(ref(state.graph));
        const part = await getText(app, `/api/export?${q}&node=${encodeURIComponent(center)}&depth=2`).expect(200);
        expect(part.body, q).toBe(ref(hood));
      }
    });
  }
});

describe("a large /api/graph stream", () => {
  // ~50k edges: about 25 MB of JSON, some hundreds of ms of making.
  const big = syntheticState({ edges: 50_000, seed: 2 });
  const bigBytes = Buffer.byteLength(JSON.stringify(graphView(big)));
  /** Each request's path, in the order the server ended their answers (res.end). */
  let ended: string[] = [];
  /** Edges the streamed answer has read from the graph so far. */
  let edgesRead = 0;
  let base = "";
  let server: Server;

  beforeAll(async () => {
    queryIndexFor(big); // /api/stats answers from the index: built now, not during the stream
    const edgeEntries = big.graph.edgeEntries.bind(big.graph);
    // Counts the edges the writer reads: how far the stream has got, and whether it goes on after the client left.
    (big.graph as { edgeEntries: unknown }).edgeEntries = function* () {
      for (const e of edgeEntries()) {
        edgesRead++;
        yield e;
      }
    };
    const app = express();
    app.use((req, res, next) => {
      const end = res.end.bind(res) as (...args: unknown[]) => typeof res;
      res.end = ((...args: unknown[]) => {
        ended.push(req.originalUrl);
        return end(...args);
      }) as typeof res.end;
      next();
    });
    app.use(createApp({ current: () => big }));
    ({ base, server } = await listen(app));
  });
  afterAll(() => server?.close());

  it("lets a small request be answered while it is being made, before the big answer ends", async () => {
    ended = [];
    edgesRead = 0;
    let statsAt = -1;
    let bytesAtStats = -1;
    let bytes = 0;
    const stats = new Promise<string>((resolve, reject) => {
      get(`${base}/api/graph`, (res) => {
        res.on("data", (c: Buffer) => {
          bytes += c.length;
          // At the first bytes of the big answer, ask for a small one.
          if (statsAt < 0) {
            statsAt = 0;
            fetchText(`${base}/api/stats`).then(({ body }) => {
              bytesAtStats = bytes;
              statsAt = edgesRead;
              resolve(body);
            }, reject);
          }
        });
        res.on("end", () => (bytes === bigBytes ? undefined : reject(new Error(`big answer: ${bytes} of ${bigBytes} bytes`))));
      }).on("error", reject);
    });
    expect(JSON.parse(await stats)).toMatchObject({ edges: big.graph.size });
    await vi.waitFor(() => expect(bytes).toBe(bigBytes), { timeout: 20_000, interval: 20 });
    // The server ended the small answer first, when the stream had read only part of the graph.
    expect(ended).toEqual(["/api/stats", "/api/graph"]);
    expect(statsAt).toBeLessThan(big.graph.size);
    expect(bytesAtStats).toBeLessThan(bigBytes);
  }, 30_000);

  it("stops making the answer when the client leaves mid-stream, and goes on answering others", async () => {
    ended = [];
    edgesRead = 0;
    await new Promise<void>((resolve, reject) => {
      const req = get(`${base}/api/graph`, (res) => {
        let bytes = 0;
        res.on("data", (c: Buffer) => {
          bytes += c.length;
          // A third of the way in: past the nodes, into the edges.
          if (bytes > bigBytes / 3) {
            req.destroy();
            resolve();
          }
        });
      });
      req.on("error", () => undefined); // the destroy's own abort
      req.on("close", () => resolve());
    });
    // The server notices, stops reading the graph, and never ends the answer as if whole.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const readThen = edgesRead;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(edgesRead).toBe(readThen);
    expect(edgesRead).toBeGreaterThan(0);
    expect(edgesRead).toBeLessThan(big.graph.size * 0.9);
    const { res, body } = await fetchText(`${base}/api/stats`);
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(body).edges).toBe(big.graph.size);
  }, 30_000);

  it("reads the graph again whole for the next client", async () => {
    edgesRead = 0;
    const { body } = await fetchText(`${base}/api/graph`);
    expect(Buffer.byteLength(body)).toBe(bigBytes);
    expect(edgesRead).toBe(big.graph.size);
  }, 30_000);
});

describe("streamBody", () => {
  function appOf(chunks: () => Iterable<string>, onDone?: (whole: boolean) => void) {
    const app = express();
    app.get("/s", async (_req, res) => {
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      const whole = await streamBody(res, chunks());
      onDone?.(whole);
    });
    app.get("/ok", (_req, res) => void res.json({ ok: true }));
    app.use(errorHandler);
    return app;
  }

  it("stops pulling chunks from an endless source once the client has gone, and closes the source", async () => {
    let made = 0;
    let closed = false;
    const chunk = "x".repeat(64 * 1024);
    const done = new Promise<boolean>((resolve) => {
      const app = appOf(
        function* () {
          try {
            for (;;) {
              made++;
              yield chunk;
            }
          } finally {
            closed = true;
          }
        },
        resolve,
      );
      void listen(app).then(({ base, server }) => {
        const req = get(`${base}/s`, (res) => {
          let bytes = 0;
          res.on("data", (c: Buffer) => {
            bytes += c.length;
            if (bytes > 1_000_000) req.destroy();
          });
        });
        req.on("error", () => undefined);
        void done.then(() => server.close());
      });
    });
    expect(await done).toBe(false);
    expect(closed).toBe(true);
    const madeThen = made;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(made).toBe(madeThen);
  }, 30_000);

  it("cuts off the answer to a client that stops reading, and lets go of it", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    let made = 0;
    const chunk = "x".repeat(64 * 1024);
    const app = express();
    const done = new Promise<boolean>((resolve) => {
      app.get("/s", async (_req, res) => {
        resolve(
          await streamBody(
            res,
            (function* () {
              for (;;) (made++, yield chunk);
            })(),
            { stallMs: 300 },
          ),
        );
      });
    });
    const { base, server } = await listen(app);
    try {
      // A client that asks and then never reads: the socket buffers fill, and the writer waits for a drain.
      const req = get(`${base}/s`, (res) => res.pause());
      req.on("error", () => undefined);
      const started = performance.now();
      expect(await done).toBe(false);
      expect(performance.now() - started).toBeLessThan(10_000);
      const madeThen = made;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(made).toBe(madeThen);
      expect(quiet).toHaveBeenCalledWith(expect.stringMatching(/took nothing for 0.3 s/));
      req.destroy();
    } finally {
      quiet.mockRestore();
      server.close();
    }
  }, 30_000);

  it("answers an error raised before the first chunk as JSON, and cuts off the body after it", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const early = appOf(function* () {
        throw new Error("no graph");
      });
      const res = await request(early).get("/s").expect(500);
      expect(res.body.error.code).toBe("internal");

      const late = appOf(function* () {
        yield "x".repeat(100_000);
        throw new Error("mid-stream");
      });
      const { base, server } = await listen(late);
      try {
        const outcome = await new Promise<string>((resolve) => {
          get(`${base}/s`, (r) => {
            let bytes = 0;
            r.on("data", (c: Buffer) => (bytes += c.length));
            r.on("end", () => resolve(`ended after ${bytes} bytes`));
            r.on("error", () => resolve("cut off"));
            r.on("aborted", () => resolve("cut off"));
          }).on("error", () => resolve("cut off"));
        });
        expect(outcome).toBe("cut off");
        // The server goes on answering.
        expect(JSON.parse((await fetchText(`${base}/ok`)).body)).toEqual({ ok: true });
      } finally {
        server.close();
      }
    } finally {
      quiet.mockRestore();
    }
  }, 30_000);
});

import { afterAll, describe, expect, it } from "vitest";
import request from "supertest";
import { fileURLToPath } from "node:url";
import { workerExtractor } from "../../server/ingest/workerExtractor.ts";
import { extractArticle } from "../../server/graph/article.ts";
import { InvalidArticleError } from "../../server/store/graphStore.ts";
import { createApp } from "../../server/api/app.ts";
import { openTempStore, tableCounts } from "../store/helpers.ts";
import { articleA } from "../helpers/fixtures.ts";

const fake = fileURLToPath(new URL("./fakeExtract.ts", import.meta.url));
const real = workerExtractor();
const limited = workerExtractor({ extractorModule: fake, timeoutMs: 2500 });
afterAll(() => Promise.all([real.close(), limited.close()]));

describe("workerExtractor", () => {
  it("gives what the extractor gives in this thread", async () => {
    const text = "Talks in Berlin\n\nChancellor Olaf Scholz said on Friday that Germany would send more air defence systems to Ukraine.";
    const given = { date: "2025-06-04" };
    expect(await real.extract(text, given)).toEqual(extractArticle(text, given));
  }, 60_000);

  it("refuses an article past the time limit, and reads the next one in a fresh worker", async () => {
    await limited.ready();
    const err = await limited.extract("Slow one SLOW-EXTRACTION-5000 here.", {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidArticleError);
    expect((err as Error).message).toMatch(/longer than 2\.5 s/);
    const next = await limited.extract("Anna Berg met Omar Vale in Oslo.", {});
    expect(next.extraction.entities.map((e) => e.name)).toContain("Anna");
  }, 30_000);

  it("passes an extractor's own failure on as an error, not as the caller's fault", async () => {
    const err = await limited.extract("FAIL-EXTRACTION", {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(InvalidArticleError);
    expect((err as Error).message).toMatch(/refuses this text/);
  }, 30_000);
});

describe("POST /api/articles with extraction in a worker", () => {
  it("answers other requests while an article is read, and refuses one past the time limit leaving the store as it was", async () => {
    const store = openTempStore({ extract: limited.extract, layout: "off" });
    const app = createApp(store, { store });
    await request(app).post("/api/articles").type("text/plain").send(articleA.record.text).expect(201);
    const before = tableCounts(store);
    await limited.ready();
    // 1.5 s of work in the worker, under the limit: a read is answered meanwhile, at once. (Extracting in this
    // thread, the read would wait for the whole extraction.)
    let posted = false;
    const post = request(app).post("/api/articles").type("text/plain").send("Takes a while SLOW-EXTRACTION-1500 with Anna Berg.").then((r) => ((posted = true), r));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const asked = performance.now();
    await request(app).get("/api/stats").expect(200);
    expect(performance.now() - asked).toBeLessThan(700);
    expect(posted).toBe(false);
    expect((await post).status).toBe(201);
    // Past the limit: a 400 on text, nothing stored.
    const after = tableCounts(store);
    const res = await request(app).post("/api/articles").type("text/plain").send("Never ends SLOW-EXTRACTION-60000 here.").expect(400);
    expect(res.body.error).toMatchObject({ field: "text" });
    expect(res.body.error.message).toMatch(/took longer than/);
    expect(tableCounts(store)).toEqual(after);
    expect(after.articles).toBe(before.articles + 1);
    await store.close();
  }, 60_000);
});

// The client's API calls: a 503 while the server rebuilds its query index is waited out, other failures are errors.
import { afterEach, describe, expect, it, vi } from "vitest";
import { api, ApiError } from "../../client/src/api.ts";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
const busy = () => json(503, { error: { code: "index_building", message: "The graph was just changed: its query index is being built." } }, { "Retry-After": "0" });

afterEach(() => vi.unstubAllGlobals());

describe("api", () => {
  it("tries a read again when the server answers 503 with Retry-After, and answers what comes next", async () => {
    const answers = [busy(), busy(), json(200, { query: "an", results: [] })];
    const fetch = vi.fn(async () => answers.shift()!);
    vi.stubGlobal("fetch", fetch);
    await expect(api.search("an")).resolves.toEqual({ query: "an", results: [] });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("gives up after a few tries with the server's message", async () => {
    const fetch = vi.fn(async () => busy());
    vi.stubGlobal("fetch", fetch);
    const err = await api.node("person:anna").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe("index_building");
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it("waits as long as a just-started server says it is loading, past the busy retries", async () => {
    const loading = () => json(503, { error: { code: "loading", message: "Still reading the store" } }, { "Retry-After": "0" });
    const answers = [...Array.from({ length: 6 }, loading), json(200, { query: "x", results: [] })];
    const fetch = vi.fn(async () => answers.shift()!);
    vi.stubGlobal("fetch", fetch);
    await expect(api.search("x")).resolves.toEqual({ query: "x", results: [] });
    expect(fetch).toHaveBeenCalledTimes(7);
  });

  it("does not repeat a 404", async () => {
    const fetch = vi.fn(async () => json(404, { error: { code: "not_found", message: "No node" } }));
    vi.stubGlobal("fetch", fetch);
    await expect(api.node("person:nobody")).rejects.toMatchObject({ status: 404, code: "not_found" });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

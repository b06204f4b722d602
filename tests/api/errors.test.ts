// The one JSON error handler: the code agrees with the status, and the message says what was wrong.
import { describe, expect, it } from "vitest";
import request from "supertest";
import { createApp } from "../../server/api/app.ts";
import { openTempStore } from "../store/helpers.ts";

function setup() {
  const store = openTempStore();
  return { store, app: createApp(store, { store }) };
}

describe("errors from the body parsers", () => {
  it("answer 415 unsupported_media_type for a charset or Content-Encoding the server cannot read (was code bad_request)", async () => {
    const { store, app } = setup();
    try {
      const charset = await request(app).post("/api/articles").set("Content-Type", "text/plain; charset=klingon").send("Hello from Freedonia.").expect(415);
      expect(charset.body.error).toMatchObject({ code: "unsupported_media_type" });
      expect(charset.body.error.message).toContain("KLINGON");
      const jsonLatin1 = await request(app).post("/api/articles").set("Content-Type", "application/json; charset=latin1").send('{"text":"Hello."}').expect(415);
      expect(jsonLatin1.body.error.code).toBe("unsupported_media_type");
      const encoding = await request(app).post("/api/articles").set("Content-Type", "text/plain").set("Content-Encoding", "compress").send("Hello.").expect(415);
      expect(encoding.body.error.code).toBe("unsupported_media_type");
      expect(store.reader.count()).toBe(0);
    } finally {
      await store.close();
    }
  });

  it("answer 400 saying the body did not decode, for a gzip body that is not gzip (was zlib's 'incorrect header check')", async () => {
    const { store, app } = setup();
    try {
      const res = await request(app).post("/api/articles").set("Content-Type", "text/plain").set("Content-Encoding", "gzip").send("not gzip at all").expect(400);
      expect(res.body.error.code).toBe("bad_request");
      expect(res.body.error.message).toMatch(/^The request body could not be decoded as its Content-Encoding says/);
    } finally {
      await store.close();
    }
  });
});

describe("an unknown route", () => {
  it("names the path as the client sent it, /api included (was 'No route for PUT /articles')", async () => {
    const { store, app } = setup();
    try {
      const put = await request(app).put("/api/articles").send("x").expect(404);
      expect(put.body.error).toEqual({ code: "no_route", message: "No route for PUT /api/articles" });
      const nested = await request(app).patch("/api/articles/0123456789abcdef").expect(404);
      expect(nested.body.error.message).toBe("No route for PATCH /api/articles/0123456789abcdef");
      const outside = await request(app).get("/nowhere").expect(404);
      expect(outside.body.error.message).toBe("No route for GET /nowhere");
    } finally {
      await store.close();
    }
  });
});

import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

// Sentences written for the purpose: who takes part in an event and where it is, read from the parse.
describe("participation read from the parse", () => {
  const event = (t: ReturnType<typeof run>) => t.out.entities.find((e) => e.kind === "event");
  const takesPart = (t: ReturnType<typeof run>, who: string) =>
    t.out.relations.some((r) => r.type === "participates_in" && r.source === t.idOf(who) && r.target === event(t)?.id);

  it("the subject of a verb of attending whose object is the event", () => {
    const t = run("Ruth Kell addressed the Nordic Energy Summit on Monday.");
    expect(takesPart(t, "Ruth Kell")).toBe(true);
  });

  it("an actor at an event", () => {
    const t = run("Ruth Kell is at the Nordic Energy Summit in Oslo, where energy is on the agenda.");
    expect(takesPart(t, "Ruth Kell")).toBe(true);
    expect(t.out.relations.some((r) => r.type === "located_in" && r.source === event(t)?.id && r.target === t.idOf("Oslo"))).toBe(true);
  });

  it("a skipped event is an absence, not a participation", () => {
    const t = run("Tom Hart skipped the Nordic Energy Summit this year.");
    expect(t.out.relations.some((r) => r.type === "absent_from" && r.source === t.idOf("Tom Hart"))).toBe(true);
    expect(takesPart(t, "Tom Hart")).toBe(false);
  });
});

describe("places named inside an event phrase", () => {
  it("'climate talks in Geneva': the event is located in the place at its end", () => {
    const t = run("Ruth Kell attended climate talks in Geneva last week.");
    const ev = t.out.entities.find((e) => e.kind === "event");
    expect(ev).toBeDefined();
    expect(t.rel(ev!.id, "located_in", t.idOf("Geneva"))).toBeDefined();
  });
});

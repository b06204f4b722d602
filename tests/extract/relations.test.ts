import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("relations", () => {
  it("reads offices from appositives and possessives", () => {
    const t = run("Lena Vogt, the president of Austria, arrived. Spain's Prime Minister Carlos Ruiz followed.");
    expect(t.rel("person:carlos-ruiz", "holds_position", "country:spain")?.attributes.title).toBe("Prime Minister");
  });

  it("reads co-chairs of an organisation from an appositive", () => {
    const t = run("The Arctic Security Council, a body co-chaired by Norway and Canada, met on Monday.");
    const council = t.idOf("Arctic Security Council");
    expect(t.rel("country:norway", "chairs", council)).toBeDefined();
    expect(t.rel("country:canada", "chairs", council)).toBeDefined();
  });

  it("tells attendance from absence and resolves the day", () => {
    const t = run("date 2024-05-08\nTalks\nMinister Eva Lind attended the Nordic Energy Summit on Thursday. Minister Olaf Berg did not attend the Nordic Energy Summit.");
    const ev = t.out.entities.find((e) => e.kind === "event")!.id;
    const went = t.rel("person:eva-lind", "participates_in", ev);
    expect(went?.attributes.date).toBe("2024-05-09");
    expect(t.rel("person:olaf-berg", "absent_from", ev)).toBeDefined();
    expect(t.rel("person:olaf-berg", "participates_in", ev)).toBeUndefined();
  });

  it("finds armed conflict between named sides", () => {
    const t = run("Armenia said Azerbaijan was shelling villages in Armenia. Its war with Azerbaijan continues.");
    const conflict = t.out.relations.filter((r) => r.type === "in_conflict_with").map((r) => [r.source, r.target].sort().join("|"));
    expect(conflict).toContain("country:armenia|country:azerbaijan");
  });

  it("every relation carries its sentence as evidence", () => {
    const text = "Spain's Prime Minister Carlos Ruiz spoke.";
    const t = run(text);
    for (const r of t.out.relations) for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

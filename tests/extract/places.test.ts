import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

// Sentences written for the purpose: a place stated inside another.
describe("places within places", () => {
  const within = (t: ReturnType<typeof run>, inner: string, outer: string) =>
    t.out.relations.some((r) => r.type === "located_in" && r.source === t.idOf(inner) && r.target === t.idOf(outer));

  it("reads 'X in Y' and 'X, Y'", () => {
    const t = run("The talks were held in Lyon in France. Later the team flew to Austin, Texas.");
    expect(within(t, "Lyon", "France")).toBe(true);
    expect(within(t, "Austin", "Texas")).toBe(true);
  });

  it("reads 'the Chilean city of X' and 'Chile's X region'", () => {
    const t = run("Floods hit the Chilean city of Temuco on Monday, and Chile's Araucania region was worst hit.");
    expect(t.out.relations.some((r) => r.type === "located_in" && r.source === t.idOf("Temuco") && r.target === "country:chile")).toBe(true);
  });

  it("does not pair the places of a list", () => {
    const t = run("Results came in from Dover, Hastings, Folkestone and Deal.");
    expect(t.out.relations.filter((r) => r.type === "located_in")).toHaveLength(0);
  });
});

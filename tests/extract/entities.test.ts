import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("entity mentions and resolution", () => {
  it("splits titles from names and ties the affiliation from a demonym or country", () => {
    const t = run("French Foreign Minister Anne Dubois met Canadian Prime Minister Paul Martin in Ottawa. Dubois later left.");
    expect(t.idOf("Anne Dubois")).toBe("person:anne-dubois");
    expect(t.idOf("Dubois")).toBe("person:anne-dubois");
    expect(t.rel("person:anne-dubois", "holds_position", "country:france")?.attributes.title).toBe("Foreign Minister");
    expect(t.rel("person:paul-martin", "holds_position", "country:canada")?.attributes.title).toBe("Prime Minister");
    expect(t.idOf("Ottawa")).toBe("location:ottawa");
  });

  it("reads acronyms from parentheses and from initials", () => {
    const t = run("The World Trade Organization (WTO) ruled on Monday. Later the WTO said more. The Global Energy Forum Council met and GEFC members agreed.");
    expect(t.idOf("WTO")).toBe(t.idOf("World Trade Organization"));
    expect(t.idOf("GEFC")).toBe(t.idOf("Global Energy Forum Council"));
  });

  it("takes a capital for its state, but not after a locative preposition", () => {
    const t = run("Talks were held in Paris on Monday. Beijing must stop, the envoy said, and Beijing's allies agreed.");
    expect(t.idOf("Paris")).toBe("location:paris");
    expect(t.mentionsOf("country:china")).toContain("Beijing");
  });

  it("points demonyms at their country", () => {
    const t = run("The German economy grew. Germany's exports rose.");
    const germany = t.out.entities.find((e) => e.id === "country:germany");
    expect(germany?.mentions.map((m) => m.form)).toEqual(["demonym", "name"]);
  });

  it("merges spelling variants with and without accents", () => {
    const t = run("José Ramírez won the vote. Jose Ramirez then thanked supporters.");
    expect(t.out.entities.filter((e) => e.kind === "person")).toHaveLength(1);
    expect(t.idOf("Jose Ramirez")).toBe("person:jose-ramirez");
  });

  it("does not invent entities from sentence-initial common words", () => {
    const t = run("Notably, prices rose. Achieving growth is hard. Markets fell.");
    expect(t.out.entities.filter((e) => e.kind !== "topic")).toEqual([]);
  });

  it("finds named and nominal events and merges them", () => {
    const t = run("Leaders gathered for the Pacific Trade Summit in Tokyo on Friday. The summit ended with a deal.");
    const ev = t.out.entities.filter((e) => e.kind === "event");
    expect(ev).toHaveLength(1);
    expect(t.mentionsOf(ev[0].id)).toEqual(["Pacific Trade Summit", "The summit"]);
    expect(t.rel(ev[0].id, "located_in", "location:tokyo")).toBeDefined();
  });
});

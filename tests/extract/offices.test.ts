import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

// Sentences written for the purpose: each states one office or membership the way news does.
describe("offices and memberships", () => {
  const holds = (t: ReturnType<typeof run>, person: string, body: string) =>
    t.out.relations.find((r) => r.type === "holds_position" && r.source === t.idOf(person) && r.target === t.idOf(body));
  const member = (t: ReturnType<typeof run>, person: string, body: string) =>
    t.out.relations.find((r) => r.type === "member_of" && r.source === t.idOf(person) && r.target === t.idOf(body));

  it("reads an organisation and a lower-case role before a name", () => {
    const t = run("Northgate Radio chief political correspondent Dora Pell said the vote was close. Dora Pell later left.");
    expect(holds(t, "Dora Pell", "Northgate Radio")?.attributes.title).toBe("chief political correspondent");
  });

  it("reads a role and its body from an appositive", () => {
    const t = run("Marta Quist, executive director of the Harbour Workers Alliance, said the strike would go on.");
    expect(holds(t, "Marta Quist", "Harbour Workers Alliance")?.attributes.title).toBe("executive director");
  });

  it("reads a possessive body in an appositive", () => {
    const t = run("The plan was drawn up by Ivo Brandt, the Kestrel Group's boss, in March.");
    expect(holds(t, "Ivo Brandt", "Kestrel Group")?.attributes.title).toBe("boss");
  });

  it("reads a demonym before a national office as the country", () => {
    const t = run("Talks began as Chilean Foreign Minister Rosa Ibanez arrived in Lima. Rosa Ibanez met officials.");
    expect(t.out.relations.find((r) => r.type === "holds_position" && r.source === t.idOf("Rosa Ibanez") && r.target === "country:chile")).toBeDefined();
  });

  it("gives an unqualified national office to the article's own country", () => {
    const text = "Britain plans a new tax\n\nHome Secretary Alan Marsh said Britain would act. MPs in the Commons and Labour backbenchers in Westminster agreed with the plan.";
    const t = run(text);
    const r = t.out.relations.find((x) => x.type === "holds_position" && x.source === t.idOf("Alan Marsh"));
    expect(r?.target).toBe(t.idOf("Britain"));
    expect(r?.attributes.title).toBe("Home Secretary");
  });

  it("does not give a past office, but keeps the party of a former member", () => {
    const t = run("Former Labour minister Tom Weld said the Labour party had lost its way. Tom Weld spoke in Leeds.");
    expect(t.out.relations.some((r) => r.type === "holds_position" && r.source === t.idOf("Tom Weld"))).toBe(false);
    expect(t.out.relations.find((r) => r.type === "member_of" && r.source === t.idOf("Tom Weld"))?.target).toBe(t.idOf("Labour"));
  });

  it("reads a US party label after a name and makes the party when nothing else names it", () => {
    const text = "Senator Carl Ober, R-Neb., said the bill would fail.";
    const t = run(text);
    const r = t.out.relations.find((x) => x.type === "member_of" && x.source === t.idOf("Carl Ober"));
    expect(r).toBeDefined();
    const party = t.out.entities.find((e) => e.id === r!.target)!;
    expect(party.kind).toBe("organization");
    expect(party.name).toMatch(/Republican/);
    expect(text.slice(party.mentions[0].start, party.mentions[0].end)).toBe("R");
  });

  it("resolves 'the chancellor' to the person the article names and gives the office", () => {
    const text = "Drew sets out budget plans\n\nThe chancellor has set out his plans for the economy. Britain will borrow less, he said. MPs from Labour and the Tories in the Commons debated it. Peter Drew told MPs the economy was growing. Mr Drew said he was confident.";
    const t = run(text);
    expect(t.mentionsOf(t.idOf("Peter Drew"))).toContain("The chancellor");
    const r = t.out.relations.find((x) => x.type === "holds_position" && x.source === t.idOf("Peter Drew"));
    expect(r?.attributes.title?.toLowerCase()).toBe("chancellor");
  });

  it("keeps the evidence exact", () => {
    const text = "Marta Quist, executive director of the Harbour Workers Alliance, spoke.";
    const t = run(text);
    for (const r of t.out.relations) for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

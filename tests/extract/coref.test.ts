import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("coreference", () => {
  it("follows a pronoun chain across sentences", () => {
    const t = run("Senator Maria Lopez arrived late. She said little. Her aides said she was tired.");
    const m = t.mentionsOf("person:maria-lopez");
    expect(m).toEqual(["Maria Lopez", "She", "Her", "she"]);
  });

  it("'his minister' is the person titled so, not the pronoun's owner", () => {
    const t = run("Health Minister Ann Lee spoke on Monday. Later Tom Hart praised his minister for an excellent job.");
    expect(t.mentionsOf("person:ann-lee")).toContain("his minister");
    expect(t.mentionsOf("person:tom-hart")).toContain("Tom Hart");
    expect(t.mentionsOf("person:tom-hart")).not.toContain("his minister");
    // words that name a person are no issue either
    expect(t.out.entities.filter((e) => e.kind === "topic" && /minister/.test(e.name))).toHaveLength(0);
  });

  it("'the committee' is the article's one committee; with two committees it is neither", () => {
    const one = run("The Transport Select Committee published its report on Monday. The committee said the rail plan was a mistake.");
    const body = one.byText("Transport Select Committee");
    expect(body?.kind).toBe("organization");
    expect(one.mentionsOf(body?.id)).toContain("The committee");
    const two = run("The Transport Select Committee and the Health Select Committee met on Monday. The committee said the plan was a mistake.");
    const mentions = two.out.entities.flatMap((e) => e.mentions.map((m) => two.slice(m)));
    expect(two.byText("Health Select Committee")?.kind).toBe("organization");
    expect(mentions).not.toContain("The committee");
  });

  it("a subject pronoun passes over a possessor for the person the sentence was about", () => {
    const t = run("Mr Tom Hart said the vote would help Mr Sam Cole's chances. He said the count was fair.");
    expect(t.mentionsOf("person:tom-hart")).toContain("He");
    expect(t.mentionsOf("person:sam-cole")).not.toContain("He");
    // with no one else to refer to, the possessor it is
    const alone = run("The vote would help Mr Sam Cole's chances. He said the count was fair.");
    expect(alone.mentionsOf("person:sam-cole")).toContain("He");
  });

  it("a subject pronoun after an earlier sentence takes that sentence's subject, not the last name in it", () => {
    const t = run("Mr Dan Lowe agreed with Mr Sam Cole about the vote. He said the count was fair.");
    expect(t.mentionsOf("person:dan-lowe")).toContain("He");
    expect(t.mentionsOf("person:sam-cole")).not.toContain("He");
  });

  it("a subject 'they' is the body the sentence before opened with, not one it merely names", () => {
    const t = run("The Green Alliance met ministers on Monday. They said the plan was a disaster.");
    expect(t.mentionsOf(t.idOf("Green Alliance"))).toContain("They");
    const other = run("Ministers met the Green Alliance on Monday. They said the plan was a disaster.");
    expect(other.idOf("Green Alliance")).toBeDefined();
    expect(other.mentionsOf(other.idOf("Green Alliance"))).not.toContain("They");
  });

  it("a pronoun skips a person whose honorific says otherwise", () => {
    const t = run("Ms Ruth Kell met Mr Tom Hart on Monday. She said the talks went well.");
    expect(t.mentionsOf("person:ruth-kell")).toContain("She");
    expect(t.mentionsOf("person:tom-hart")).toContain("Tom Hart");
    expect(t.mentionsOf("person:tom-hart")).not.toContain("She");
  });

  it("resolves a cataphoric 'For his part' to the name that follows", () => {
    const t = run("Chancellor Ida Berg spoke first. For his part, Norwegian Prime Minister Lars Holm disagreed.");
    const his = t.out.entities.find((e) => e.mentions.some((m) => t.slice(m) === "his"));
    expect(his?.id).toBe("person:lars-holm");
  });

  it("resolves an epithet through the person's country, and 'his country' to that country", () => {
    const t = run("Kenyan President Samuel Otieno spoke in Nairobi. The Kenyan leader said his country would grow.");
    expect(t.mentionsOf("person:samuel-otieno")).toContain("The Kenyan leader");
    expect(t.mentionsOf("country:kenya")).toContain("his country");
  });

  it("skips people named only inside quotes when resolving pronouns outside them", () => {
    const t = run("Governor Ann Cole spoke. \"Nobody trusts Peter Vance,\" she said.");
    const she = t.out.entities.find((e) => e.mentions.some((m) => t.slice(m) === "she"));
    expect(she?.id).toBe("person:ann-cole");
  });
});

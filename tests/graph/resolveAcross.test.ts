import { describe, expect, it } from "vitest";
import { canonicalIds, type EntityRef } from "../../server/graph/resolveAcross.ts";

const person = (id: string, name: string, support = 1, ...aliases: string[]): EntityRef => ({ id, kind: "person", names: [name, ...aliases], support });
const org = (id: string, name: string, ...aliases: string[]): EntityRef => ({ id, kind: "organization", names: [name, ...aliases], support: 1 });

describe("entity resolution across articles", () => {
  it("makes a surname, a spelling variant and the full name one person, named by the best-attested full name", () => {
    const map = canonicalIds([
      person("person:zelensky", "Zelensky"),
      person("person:volodymyr-zelenskyy", "Volodymyr Zelenskyy", 1),
      person("person:volodymyr-zelensky", "Volodymyr Zelensky", 3),
    ]);
    expect(map.get("person:zelensky")).toBe("person:volodymyr-zelensky");
    expect(map.get("person:volodymyr-zelenskyy")).toBe("person:volodymyr-zelensky");
    expect(map.has("person:volodymyr-zelensky")).toBe(false);
  });

  it("treats a middle name or initial as the same person, but a different first name as another", () => {
    const map = canonicalIds([person("person:john-a-smith", "John A. Smith"), person("person:john-smith", "John Smith", 2), person("person:jane-smith", "Jane Smith")]);
    expect(map.get("person:john-a-smith")).toBe("person:john-smith");
    expect(map.has("person:jane-smith")).toBe(false);
  });

  it("leaves a surname alone when two known people carry it", () => {
    const map = canonicalIds([person("person:smith", "Smith"), person("person:john-smith", "John Smith"), person("person:jane-smith", "Jane Smith")]);
    expect(map.size).toBe(0);
  });

  it("gives a surname two people carry to the one the articles name far more often, and only then", () => {
    // In 9 articles against 1: "Obama" is Barack Obama, as a reader takes it.
    const dominant = canonicalIds([person("person:obama", "Obama", 12), person("person:barack-obama", "Barack Obama", 9), person("person:michelle-obama", "Michelle Obama", 1)]);
    expect(dominant.get("person:obama")).toBe("person:barack-obama");
    expect(dominant.has("person:michelle-obama")).toBe(false);
    // Not four times as often (7 against 2), or in fewer than three articles (2 against 0 is not a choice between two).
    const close = canonicalIds([person("person:obama", "Obama"), person("person:barack-obama", "Barack Obama", 7), person("person:michelle-obama", "Michelle Obama", 2)]);
    expect(close.has("person:obama")).toBe(false);
    const few = canonicalIds([person("person:brown", "Brown"), person("person:gordon-brown", "Gordon Brown", 2), person("person:james-brown", "James Brown", 0)]);
    expect(few.has("person:brown")).toBe(false);
  });

  it("joins a company's short form and an acronym with the name it abbreviates, never across kinds", () => {
    const map = canonicalIds([
      org("organization:altria-group", "Altria Group"),
      org("organization:altria", "Altria"),
      org("organization:north-atlantic-treaty-organization", "North Atlantic Treaty Organization", "NATO"),
      org("organization:nato", "NATO"),
      person("person:altria", "Altria"),
    ]);
    expect(map.get("organization:altria")).toBe("organization:altria-group");
    expect(map.get("organization:nato")).toBe("organization:north-atlantic-treaty-organization");
    expect(map.has("person:altria")).toBe(false);
  });

  it("keeps an acronym two organisations share, and one office of two countries, apart", () => {
    const map = canonicalIds([
      org("organization:world-trade-organisation", "World Trade Organisation", "WTO"),
      org("organization:world-tourism-organisation", "World Tourism Organisation", "WTO"),
      org("organization:wto", "WTO"),
      org("organization:us-treasury", "US Treasury"),
      org("organization:uk-treasury", "UK Treasury"),
      org("organization:us-securities-and-exchange-commission", "US Securities and Exchange Commission"),
      org("organization:securities-exchange-commission", "Securities & Exchange Commission"),
    ]);
    expect(map.has("organization:wto")).toBe(false);
    expect(map.has("organization:world-tourism-organisation")).toBe(false);
    expect(map.has("organization:us-treasury") || map.has("organization:uk-treasury")).toBe(false);
    expect(map.get("organization:securities-exchange-commission")).toBe("organization:us-securities-and-exchange-commission");
  });

  it("does not guess a lone surname from a different spelling", () => {
    const map = canonicalIds([person("person:cowley", "Cowley"), person("person:michael-cawley", "Michael Cawley"), person("person:marc-toutai", "Marc Toutai"), person("person:marc-touati", "Marc Touati", 2)]);
    expect(map.has("person:cowley")).toBe(false);
    expect(map.get("person:marc-toutai")).toBe("person:marc-touati");
  });

  it("gives the same answer whatever order the entities come in", () => {
    const refs = [
      person("person:putin", "Putin"),
      person("person:vladimir-putin", "Vladimir Putin", 2),
      person("person:vladimir-v-putin", "Vladimir V. Putin"),
      org("organization:altria", "Altria"),
      org("organization:altria-group", "Altria Group"),
      person("person:muammar-gaddafi", "Muammar Gaddafi"),
      person("person:muammar-qaddafi", "Muammar Qaddafi", 2),
    ];
    const expected = [...canonicalIds(refs)].sort();
    for (let seed = 1; seed <= 5; seed++) {
      const shuffled = [...refs].sort((a, b) => ((a.id.length * 31 + seed * 17) % 7) - ((b.id.length * 31 + seed * 17) % 7) || (seed % 2 ? 1 : -1));
      expect([...canonicalIds(shuffled)].sort()).toEqual(expected);
    }
    expect(new Map(expected).get("person:muammar-gaddafi")).toBe("person:muammar-qaddafi");
  });
});

import { describe, expect, it } from "vitest";
import { extract } from "../../server/extract/index.ts";
import { parseHeader } from "../../server/extract/header.ts";
import { splitSentences } from "../../server/extract/sentences.ts";
import { tagText } from "../../server/extract/postags.ts";
import { detectMentions } from "../../server/extract/mentions.ts";

// Sentences written for these tests, not taken from any corpus.
const ruleCandidates = (text: string) => {
  const sentences = splitSentences(text, parseHeader(text).bodyStart);
  return detectMentions(text, sentences, tagText(text, sentences));
};
const entityAt = (text: string, name: string) => {
  const start = text.indexOf(name);
  const e = extract(text).entities.find((x) => x.mentions.some((m) => m.start === start && m.end === start + name.length && m.form === "name"));
  return { start, e };
};

describe("tagger names in the mention stage", () => {
  it("turns a name only the tagger finds into a person with exact offsets", () => {
    const text = "The firm said its new plant would open in spring.\nVelmora Holdings said earnings rose, and Tarquin Ebbe welcomed the news.";
    const start = text.indexOf("Tarquin Ebbe");
    // The rules alone make no person of it.
    expect(ruleCandidates(text).some((c) => c.start === start && c.kind === "person")).toBe(false);
    const { e } = entityAt(text, "Tarquin Ebbe");
    expect(e?.kind).toBe("person");
    expect(e?.name).toBe("Tarquin Ebbe");
    expect(e?.mentions).toContainEqual({ start, end: start + "Tarquin Ebbe".length, form: "name" });
  });

  it("follows the tagger's type where the rules only guessed", () => {
    const text = "Talks resumed on Monday.\nBrenneck, a regional carrier, said it would cut routes from Ostravia.";
    expect(entityAt(text, "Ostravia").e?.kind).toBe("location");
  });

  it("keeps a country from the country list and an organisation with its acronym", () => {
    const text = "Talks resumed on Monday.\nThe Norland Shipping Agency (NSA) said Portugal would join the route.";
    const agency = entityAt(text, "Norland Shipping Agency").e;
    expect(agency?.kind).toBe("organization");
    expect(entityAt(text, "NSA").e?.id).toBe(agency?.id);
    expect(entityAt(text, "Portugal").e?.id).toBe("country:portugal");
  });
});

describe("rule mentions read from what follows a name", () => {
  const kindOf = (text: string, name: string) => ruleCandidates(text).find((c) => c.name === name)?.kind;
  it("a name followed by 'shares' or 'militant group' is an organisation; alone it is unknown", () => {
    expect(kindOf("Officials said the Karvo Tenth terrorist group had claimed the attack.", "Karvo Tenth")).toBe("organization");
    expect(kindOf("Investors said Karvo Tenth shares fell.", "Karvo Tenth")).toBe("organization");
    expect(kindOf("Officials said the Karvo Tenth had claimed the attack.", "Karvo Tenth")).toBe("unknown");
  });
});

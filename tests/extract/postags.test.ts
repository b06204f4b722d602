// The tag index the later stages read: parts of speech from the UD tagger in context, name classes from the lexicon.
import { describe, expect, it } from "vitest";
import { tagText } from "../../server/extract/postags.ts";
import { splitSentences } from "../../server/extract/sentences.ts";

const tagsOf = (text: string) => {
  const index = tagText(text, splitSentences(text));
  return (word: string, nth = 0) => {
    let at = -1;
    for (let k = 0; k <= nth; k++) at = text.indexOf(word, at + 1);
    return index.get(at) ?? new Set<string>();
  };
};

describe("tag index", () => {
  it("reads a word's part of speech in its sentence: the same word a verb in one place, a noun in another", () => {
    const tag = tagsOf("The union talks to the minister. The talks ended on Friday.");
    expect(tag("talks").has("Verb")).toBe(true);
    expect(tag("talks", 1).has("Noun")).toBe(true);
    expect(tag("talks", 1).has("Verb")).toBe(false);
  });

  it("gives first names, places and countries their name classes from the lexicon", () => {
    const tag = tagsOf("Officials said John Marwick flew from London to France.");
    expect(tag("John").has("FirstName")).toBe(true);
    expect(tag("John").has("Person")).toBe(true);
    expect(tag("London").has("City")).toBe(true);
    expect(tag("France").has("Country")).toBe(true);
    expect(tag("flew").has("Person")).toBe(false);
  });

  it("gives no name class to a word read as a verb or a lower-case word", () => {
    const tag = tagsOf("Will the bill pass? Nobody knows.");
    expect(tag("Will").has("Person")).toBe(false);
    expect(tag("bill").has("Person")).toBe(false);
    expect(tag("bill").has("Noun")).toBe(true);
  });

  it("marks acronyms, gerunds, adjectives and numbers", () => {
    const tag = tagsOf("The BBC is reporting a stable rise of 25 points.");
    expect(tag("BBC").has("Acronym")).toBe(true);
    expect(tag("reporting").has("Gerund")).toBe(true);
    expect(tag("stable").has("Adjective")).toBe(true);
    expect(tag("25").has("Value")).toBe(true);
  });

  it("reads a capitalised noun inside a sentence as a name's word, and the sentence's first word for what it is", () => {
    const tag = tagsOf("Shares rose after the Evening Chronicle reported the deal.");
    expect(tag("Chronicle").has("ProperNoun")).toBe(true);
    expect(tag("Shares").has("ProperNoun")).toBe(false);
  });
});

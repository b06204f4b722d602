import { describe, expect, it } from "vitest";
import { recognizeNames } from "../../server/extract/ner/index.ts";
import { tokenize, sentences } from "../../server/extract/ner/tokenize.ts";

// Sentences written for these tests, not taken from any corpus.
function names(text: string) {
  return recognizeNames(text).map((s) => ({ name: text.slice(s.start, s.end), type: s.type }));
}

describe("tokenize", () => {
  it("keeps offsets and splits punctuation, possessives and abbreviations the CoNLL way", () => {
    const text = `"Mr. Okafor's plan," said the U.S. envoy (in Lagos).`;
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks.map((t) => t.text)).toEqual([
      '"', "Mr.", "Okafor", "'s", "plan", ",", '"', "said", "the", "U.S.", "envoy", "(", "in", "Lagos", ")", ".",
    ]);
  });

  it("splits sentences at final marks and line breaks", () => {
    const text = "Ana left. Bo stayed\nCy came";
    const toks = tokenize(text);
    expect(sentences(text, toks).map(([a, b]) => toks.slice(a, b).map((t) => t.text).join(" "))).toEqual([
      "Ana left .",
      "Bo stayed",
      "Cy came",
    ]);
  });
});

describe("recognizeNames", () => {
  it("finds a person, a country and an organization with exact offsets", () => {
    const text = "Prime Minister Margaret Okonkwo told the World Bank on Tuesday that Nigeria would repay its loans.";
    const found = names(text);
    expect(found).toContainEqual({ name: "Margaret Okonkwo", type: "PER" });
    expect(found).toContainEqual({ name: "Nigeria", type: "LOC" });
    expect(found).toContainEqual({ name: "World Bank", type: "ORG" });
    for (const s of recognizeNames(text)) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
  });

  it("handles titles without a period, attached punctuation and possessives", () => {
    const text = `Mr Howard's spokesman said: "Australia will not back down," adding that talks would resume in Canberra.`;
    const found = names(text);
    expect(found).toContainEqual({ name: "Howard", type: "PER" });
    expect(found).toContainEqual({ name: "Australia", type: "LOC" });
    expect(found).toContainEqual({ name: "Canberra", type: "LOC" });
  });

  it("reads typographic quotes and apostrophes like ASCII ones", () => {
    const text = "“We will not wait,” said Priya Raman, who chairs Northwind Holdings’s board in Toronto.";
    const found = names(text);
    expect(found).toContainEqual({ name: "Priya Raman", type: "PER" });
    expect(found).toContainEqual({ name: "Toronto", type: "LOC" });
    expect(found.every((f) => !/^[“”’]|[“”’]$/.test(f.name))).toBe(true);
  });

  it("reads an all-caps dateline", () => {
    const text = "BRUSSELS, June 4 - European Union ministers met Javier Ortega of Spain to discuss fishing quotas.";
    const found = names(text);
    expect(found).toContainEqual({ name: "BRUSSELS", type: "LOC" });
    expect(found).toContainEqual({ name: "Javier Ortega", type: "PER" });
    expect(found).toContainEqual({ name: "Spain", type: "LOC" });
  });

  it("works on space-tokenized text", () => {
    const text = "Shares in Siemens AG rose 3 percent in Frankfurt , traders said .";
    const found = names(text);
    expect(found.some((f) => f.name.startsWith("Siemens") && f.type === "ORG")).toBe(true);
    expect(found).toContainEqual({ name: "Frankfurt", type: "LOC" });
  });

  it("does not throw on empty, emoji, odd or very long input", () => {
    expect(recognizeNames("")).toEqual([]);
    expect(() => recognizeNames("   \n\t ")).not.toThrow();
    const emoji = "👍🏽 Great news from Paris 🎉🇫🇷!";
    for (const s of recognizeNames(emoji)) {
      expect(s.end).toBeGreaterThan(s.start);
      expect(emoji.slice(s.start, s.end)).not.toMatch(/^\s|\s$/);
    }
    expect(() => recognizeNames("\u0000\uffff\ud800 ... --- ''' \"\"")).not.toThrow();
    // Long runs of punctuation in one chunk must not go quadratic.
    for (const run of ["'".repeat(5000), "(".repeat(5000) + "x", "x" + ".".repeat(5000), "—".repeat(5000)]) {
      expect(recognizeNames(run)).toEqual([]);
    }
    const long = "Officials in Berlin and Tokyo met again , ".repeat(2000);
    const spans = recognizeNames(long);
    expect(spans.length).toBeGreaterThan(1000);
    for (const s of spans.slice(0, 50)) expect(["Berlin", "Tokyo"]).toContain(long.slice(s.start, s.end));
  });

  it("is deterministic", () => {
    const text = "Angela Ruiz of Acme Corp. flew from Madrid to Lima.";
    expect(recognizeNames(text)).toEqual(recognizeNames(text));
  });
});

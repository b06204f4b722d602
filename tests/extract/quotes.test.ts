import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const quoteOf = (t: ReturnType<typeof run>, words: string) => t.out.quotes.find((q) => t.slice(q.content)!.includes(words));

describe("quotes", () => {
  it("attributes `\"…,\" X said` and `\"…\", he said`", () => {
    const t = run("Mayor Tom Reed opened the bridge. \"This is a great day,\" Reed said. \"We waited years\", he said.");
    const a = quoteOf(t, "great day")!;
    expect(a.speaker).toBe("person:tom-reed");
    expect(t.slice(a.cue)).toBe("said");
    expect(t.slice(a.content)).toBe("\"This is a great day,\"");
    expect(a.direct).toBe(true);
    const b = quoteOf(t, "waited years")!;
    expect(b.speaker).toBe("person:tom-reed");
    expect(t.slice(b.speakerSpan)).toBe("he");
  });

  it("attributes `said X` inversions and appositive speakers", () => {
    const t = run("\"Prices will fall,\" said Laura Kim. Dr Omar Haddad, a doctor, said the clinic was full.");
    expect(quoteOf(t, "Prices will fall")?.speaker).toBe("person:laura-kim");
    const r = quoteOf(t, "clinic was full")!;
    expect(r.direct).toBe(false);
    expect(t.slice(r.speakerSpan)).toBe("Omar Haddad");
  });

  it("reads reported speech with and without 'that', and sentence-final attribution", () => {
    const t = run("Economist Jane Hall said that rates would rise soon. Growth will slow next year, analysts said.");
    const a = quoteOf(t, "rates would rise")!;
    expect(t.slice(a.content)).toBe("that rates would rise soon");
    expect(a.speaker).toBe("person:jane-hall");
    const b = quoteOf(t, "Growth will slow")!;
    expect(t.slice(b.speakerSpan)).toBe("analysts");
    expect(t.slice(b.content)).toBe("Growth will slow next year");
  });

  it("takes `He added: \"…\"` and joins a quote split around its attribution", () => {
    const t = run("Coach Ben Ray spoke. He added: \"We play to win.\" \"We lost,\" Ray said, \"but we learned.\"");
    expect(quoteOf(t, "play to win")?.speaker).toBe("person:ben-ray");
    const split = quoteOf(t, "We lost")!;
    expect(t.slice(split.content)).toBe("\"We lost,\" Ray said, \"but we learned.\"");
  });

  it("keeps nested quotes inside the outer one and continues a quote across paragraphs", () => {
    const t = run("Minister Eva Lind said: \"They called it 'a disaster' and left.\"\n\"Then we rebuilt everything.\"\n");
    expect(t.out.quotes.filter((q) => q.direct)).toHaveLength(1);
    const q = t.out.quotes.find((x) => x.direct)!;
    expect(t.slice(q.content)).toContain("Then we rebuilt");
    expect(q.speaker).toBe("person:eva-lind");
  });

  it("never makes a person named only inside the quote its speaker", () => {
    const t = run("\"Peter Vance is wrong,\" the spokeswoman said.");
    const q = quoteOf(t, "Vance is wrong")!;
    expect(q.speaker).not.toBe("person:peter-vance");
    expect(t.slice(q.speakerSpan)).toBe("the spokeswoman");
  });

  it("survives an unclosed quotation mark", () => {
    const t = run("The mayor said \"this will never end\n\nNew paragraph here.");
    for (const q of t.out.quotes) expect(q.content.end).toBeLessThanOrEqual(t.out.quotes.length ? 1e9 : 0);
    expect(t.out.quotes.every((q) => q.content.end > q.content.start)).toBe(true);
  });
});

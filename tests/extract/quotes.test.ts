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

  it("finds the speaker past an abbreviated title, a party tag in brackets and a long appositive", () => {
    const t = run(
      "Lawmakers met on Friday. \"The bill is a disgrace,\" Rep. Nora Lund (D-Wis.) said. " +
        "\"It is an invasion of our rights,\" Paul Stone, the attorney general of Ohio, one of the states suing, said at an event.",
    );
    const a = quoteOf(t, "disgrace")!;
    expect(a.speaker).toBe("person:nora-lund");
    const b = quoteOf(t, "invasion")!;
    expect(b.speaker).toBe("person:paul-stone");
    expect(t.slice(b.speakerSpan)).toBe("Paul Stone");
    // The cue of a direct quote is not read again as reported speech ("said at an event").
    expect(t.out.quotes.filter((q) => t.slice(q.content)!.includes("at an event"))).toEqual([]);
  });

  it("credits the person, not an organisation, named before a long appositive", () => {
    const t = run("Angela Moss, a developer and spokeswoman for the Harbor Investors Council, which is made up of investors, said many of the projects that critics cite failed.");
    const q = quoteOf(t, "projects")!;
    expect(q.speaker).toBe("person:angela-moss");
    // "that" inside the content is a relative pronoun, not the start of the reported clause.
    expect(t.slice(q.content)).toBe("many of the projects that critics cite failed");
  });

  it("reads `Name, title, said …` as reported speech, not as an inverted attribution", () => {
    const t = run("But Megan Hale, senior associate for organizing at the Carver Institute, said parents still want local schools.");
    const q = quoteOf(t, "parents")!;
    expect(t.slice(q.content)).toBe("parents still want local schools");
    expect(q.speaker).toBe("person:megan-hale");
  });

  it("takes a sentence-final attribution followed by a time and another clause, without the dateline", () => {
    const t = run("LONDON ― The new tax is an insult to every worker, union leaders said Friday afternoon, as they gathered outside parliament.");
    const q = quoteOf(t, "insult")!;
    expect(t.slice(q.content)).toBe("The new tax is an insult to every worker");
    expect(t.slice(q.speakerSpan)).toBe("union leaders");
  });

  it("reads transcript turns (`NAME: …`) and credits the person named in full", () => {
    const t = run("Budget talks\n\nHost Chris Walton interviewed Governor Dana Morel on Sunday.\n\nWALTON: Let me start with the budget and the vote next week.\n\nMOREL: We have the votes and we will pass it.\n\nBREAKING: VOTE DELAYED AGAIN");
    const a = quoteOf(t, "start with the budget")!;
    expect(t.slice(a.speakerSpan)).toBe("WALTON");
    expect(a.speaker).toBe("person:chris-walton");
    expect(t.slice(a.cue)).toBe(":");
    expect(a.direct).toBe(false);
    expect(quoteOf(t, "we will pass it")?.speaker).toBe("person:dana-morel");
    expect(quoteOf(t, "VOTE DELAYED")).toBeUndefined();
  });

  it("credits a headline's claim to the person or poll before its colon or reporting verb, not to a rubric", () => {
    const a = run("Dana Morel Says Budget Vote Will Pass Next Week\n\nGovernor Dana Morel spoke on Sunday.");
    const h = a.out.quotes.find((q) => a.slice(q.cue) === "Says")!;
    expect(h.speaker).toBe("person:dana-morel");
    expect(a.slice(h.content)).toBe("Budget Vote Will Pass Next Week");
    const b = run("Poll: Voters Turn Away From the Ruling Party\n\nA new survey was published on Monday.");
    expect(b.slice(b.out.quotes[0]?.speakerSpan)).toBe("Poll");
    const c = run("The Latest: Storm reaches the coast\n\nThe storm reached the coast on Monday.");
    expect(c.out.quotes).toEqual([]);
  });

  it("reads what polls and footage show, but not a person who shows up", () => {
    const t = run("Instant polls showed Clinton was the winner of the debate. He showed up late to the hall.");
    expect(t.slice(quoteOf(t, "winner")?.speakerSpan)).toBe("Instant polls");
    expect(quoteOf(t, "late")).toBeUndefined();
  });

  it("does not read a circumstance after the verb as what was said", () => {
    const t = run("Mayor Tom Reed was never charged with any crime related to the bridge. The story was reported by the Daily Post on Monday.");
    expect(t.out.quotes).toEqual([]);
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

describe("two reports in one sentence", () => {
  it("'X say A, while Y say B': each speaker keeps their own words", () => {
    const text = "The Greens say a Liberal vote could let the Socialists in, while the Liberals say the Greens would mean higher rents.";
    const t = run(text);
    const words = t.out.quotes.map((q) => [t.out.entities.find((e) => e.id === q.speaker)?.name, t.slice(q.content)]);
    const greens = words.find(([who]) => /Green/.test(who ?? ""));
    expect(greens?.[1]).not.toMatch(/higher rents/);
  });
});

describe("speakers named by an office", () => {
  it("'the former U.S. senator said' is no quote of the United States; 'Canada said' is Canada's own", () => {
    const t = run('Ann Lee spoke in Ohio on Monday. The former first lady and U.S. senator said it was "a mistake" to use private email.');
    expect(t.out.entities.some((e) => e.id === "country:united-states")).toBe(true);
    expect(quoteOf(t, "private email")?.speaker).not.toBe("country:united-states");
    const body = run("Officials met in Ottawa. Canada said the talks had gone well.");
    expect(quoteOf(body, "talks had gone well")?.speaker).toBe("country:canada");
  });
});

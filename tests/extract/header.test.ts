import { describe, expect, it } from "vitest";
import { parseHeader } from "../../server/extract/header.ts";
import { resolveWeekday, parseDate } from "../../server/extract/dates.ts";
import { splitSentences } from "../../server/extract/sentences.ts";

describe("header", () => {
  it("takes the headline, a dated metadata line and a wire-service credit", () => {
    const text = "date 2024-03-12\nMinisters Agree New Trade Rules\n\n(Wire- Example Press Agency (EPA)) PARIS, March 12 (EPA) -- Ministers met.\n";
    const h = parseHeader(text);
    expect(h.article).toEqual({ title: "Ministers Agree New Trade Rules", date: "2024-03-12", source: "Example Press Agency (EPA)" });
    expect(text.slice(h.titleSpan!.start, h.titleSpan!.end)).toBe("Ministers Agree New Trade Rules");
    expect(text.slice(h.bodyStart).trimStart().startsWith("(Wire-")).toBe(true);
  });

  it("takes no title from a first line that opens with a dateline: the story starts there", () => {
    const text = "LONDON, 5 October 2016 (Reuters) - British Prime Minister Jane Hale said on Wednesday that talks would start.\nShe added that the timing was right.\n";
    const h = parseHeader(text);
    expect(h.article).toEqual({ title: null, date: "2016-10-05", source: "Reuters" });
    expect(h.bodyStart).toBe(0);
    expect(text.slice(h.creditSpans[0].start, h.creditSpans[0].end)).toBe("LONDON, 5 October 2016 (Reuters) -");
  });

  it("has no title when the text is a single line", () => {
    expect(parseHeader("Just one line of prose with no headline.").article.title).toBeNull();
  });

  it("resolves weekdays against the article date", () => {
    expect(resolveWeekday("2025-06-04", "Wednesday")).toBe("2025-06-04"); // the same day
    expect(resolveWeekday("2025-06-04", "Thursday")).toBe("2025-06-05");
    expect(resolveWeekday("2025-06-04", "Monday")).toBe("2025-06-02");
    expect(resolveWeekday(null, "Monday")).toBeNull();
    expect(parseDate("Sept. 12, 2016")).toBe("2016-09-12");
    expect(parseDate("4 June 2025")).toBe("2025-06-04");
  });
});

describe("sentences", () => {
  it("keeps abbreviations and initials inside a sentence and offsets exact", () => {
    const text = "Mr. Smith met U.S. officials on Jan. 5. He left. \"Why?\" she asked.";
    const ss = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(ss).toEqual(["Mr. Smith met U.S. officials on Jan. 5.", "He left.", "\"Why?\" she asked."]);
  });

  it("treats line breaks as paragraph ends", () => {
    const text = "First para\nSecond para. Still second.";
    const ss = splitSentences(text);
    expect(ss.map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });
});

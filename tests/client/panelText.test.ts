// The side panel's data-only words: the note on cut lists, the names marked in evidence.
import { describe, expect, it } from "vitest";
import { articleRows, evidenceTerms, listsCutNote } from "../../client/src/panelText.ts";
import { findTerms } from "../../client/src/evidence.ts";

describe("listsCutNote", () => {
  it("names only the lists the server cut", () => {
    // A hub whose relations and quotes all came, its mentions cut at 200.
    expect(listsCutNote({ edges: 32, mentions: 200, quotes: 72 }, { edges: 32, mentions: 351, quotes: 72 })).toBe("Showing the first 200 of 351 mentions.");
    expect(listsCutNote({ edges: 200, mentions: 200, quotes: 3 }, { edges: 3052, mentions: 9000, quotes: 3 })).toBe(
      "Showing the 200 strongest of 3052 relations and the first 200 of 9000 mentions.",
    );
    expect(listsCutNote({ edges: 1, mentions: 2, quotes: 3 }, { edges: 2, mentions: 3, quotes: 4 })).toBe(
      "Showing the 1 strongest of 2 relations, the first 2 of 3 mentions and the first 3 of 4 quotes.",
    );
  });

  it("says nothing when nothing was cut or the totals are missing", () => {
    expect(listsCutNote({ edges: 5, mentions: 5, quotes: 0 }, { edges: 5, mentions: 5, quotes: 0 })).toBeNull();
    expect(listsCutNote({ edges: 5, mentions: 5, quotes: 0 }, undefined)).toBeNull();
  });
});

describe("evidenceTerms", () => {
  it("marks the name the sentence uses, not only the full label", () => {
    const sentence = "In one tweet Friday, Trump said: “Did Crooked Hillary help disgusting Alicia M become a U.S. citizen?”";
    const terms = evidenceTerms("Donald Trump", "Alicia", [". Trump", "Donald J. Trump", "Donald Trump.", "Trump"]);
    expect(terms).toContain("Trump");
    expect(terms).not.toContain(". Trump");
    const marked = findTerms(sentence, terms).map(([s, e]) => sentence.slice(s, e));
    expect(marked).toEqual(["Trump", "Alicia"]);
  });
});

describe("articleRows", () => {
  const infos = {
    old: { title: "Tusk urges Germany", date: "2020-01-15", source: "PAP" },
    new: { title: "Zelensky urges allies", date: "2025-06-04T09:00:00Z", source: "KUNA" },
    undated: { title: "A column", date: null, source: null },
  };
  it("lists every article of the node, newest first and undated last, with its mentions", () => {
    const { rows, more } = articleRows(["undated", "old", "new", "old"], infos, [{ article: "new" }, { article: "new" }, { article: "old" }]);
    expect(rows.map((r) => [r.id, r.mentions])).toEqual([["new", 2], ["old", 1], ["undated", 0]]);
    expect(rows[0]).toMatchObject({ title: "Zelensky urges allies", source: "KUNA" });
    expect(more).toBe(0);
  });

  it("stops at the limit and says how many more, and keeps an article it has no metadata for", () => {
    const { rows, more } = articleRows(["new", "old", "gone"], infos, [], 2);
    expect(rows.map((r) => r.id)).toEqual(["new", "old"]);
    expect(more).toBe(1);
    expect(articleRows(["gone"], infos, []).rows[0]).toEqual({ id: "gone", title: null, date: null, source: null, mentions: 0 });
  });
});

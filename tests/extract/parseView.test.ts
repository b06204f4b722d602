// Which sentences the extractor parses: those a parse-reading stage can use.
import { describe, expect, it } from "vitest";
import { sentencesWorthParsing } from "../../server/extract/parseView.ts";
import { EntityTable } from "../../server/extract/entities.ts";
import type { Quote } from "../../server/extract/types.ts";

const span = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

describe("sentences worth parsing", () => {
  const text = "Shares fell. Ruth Kell resigned. The plan works, a source said. It will pass, Tom Hart said.";
  const sentences = ["Shares fell.", "Ruth Kell resigned.", "The plan works, a source said.", "It will pass, Tom Hart said."].map((s) => span(text, s));
  const table = new EntityTable();
  const kell = table.add("person", "Ruth Kell");
  table.mention(kell, span(text, "Ruth Kell"), "name", 1);
  const hart = table.add("person", "Tom Hart");
  table.mention(hart, span(text, "Tom Hart"), "name", 3);
  const quote = (content: string, speaker: string | null): Quote => ({ speaker, speakerSpan: null, cue: span(text, "said"), content: span(text, content), direct: false });

  it("a sentence naming an actor, or words a known speaker said; not words no one is known to have said", () => {
    const worth = sentencesWorthParsing(sentences, table, [quote("The plan works", null), quote("It will pass", hart.id)]);
    expect(Array.from(worth)).toEqual([0, 1, 0, 1]);
    const spoken = sentencesWorthParsing(sentences, table, [quote("The plan works", kell.id)]);
    expect(Array.from(spoken)).toEqual([0, 1, 1, 1]);
  });
});

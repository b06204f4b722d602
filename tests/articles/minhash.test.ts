// Near-duplicate arithmetic: a lightly edited copy is similar, another story is not, and signatures are deterministic.
import { describe, expect, it } from "vitest";
import { bandKeys, NEAR_DUPLICATE_SIMILARITY, signature, similarity } from "../../server/articles/minhash.ts";
import { lightlyEdited, storyParagraphs } from "../helpers/newsPages.ts";

const story = storyParagraphs(3).join("\n\n");

describe("MinHash", () => {
  it("finds a lightly edited copy similar and another story not", () => {
    const s = similarity(signature(story), signature(lightlyEdited(story)));
    expect(s).toBeGreaterThanOrEqual(NEAR_DUPLICATE_SIMILARITY);
    expect(s).toBeLessThan(1);
    for (let i = 0; i < 12; i++) if (i !== 3) expect(similarity(signature(story), signature(storyParagraphs(i).join("\n\n")))).toBeLessThan(0.3);
  });

  it("is deterministic and ignores case, spacing and punctuation", () => {
    expect([...signature(story)]).toEqual([...signature(story)]);
    expect(similarity(signature(story), signature(story.toUpperCase().replace(/\s+/g, "  ")))).toBe(1);
    expect(bandKeys(signature(story))).toHaveLength(32);
  });
});

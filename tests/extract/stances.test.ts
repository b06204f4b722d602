import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const stances = (t: ReturnType<typeof run>) => t.out.relations.filter((r) => r.type === "stance");
const stance = (t: ReturnType<typeof run>, source: string, target: string) => stances(t).filter((r) => r.source === source && r.target === target);

describe("stances", () => {
  it("maps speech acts to polarity and act", () => {
    const t = run("Senator Rosa Diaz praised Canada. Governor Tim Hale condemned Iran.");
    expect(stance(t, "person:rosa-diaz", "country:canada").map((r) => [r.polarity, r.attributes.act])).toEqual([["support", "praises"]]);
    expect(stance(t, "person:tim-hale", "country:iran").map((r) => [r.polarity, r.attributes.act])).toEqual([["oppose", "criticizes"]]);
  });

  it("gives a stance in a 'that' clause with a subject of its own to that subject, and none for a pledge not to act", () => {
    const t = run("Senator Rosa Diaz is demanding that Governor Tim Hale make a pledge not to pardon Omar Vale.");
    expect(stance(t, "person:rosa-diaz", "person:omar-vale")).toEqual([]);
    expect(stance(t, "person:tim-hale", "person:omar-vale")).toEqual([]);
    // A stance noun in the verb's own object still shares its holder.
    const u = run("Chancellor Ida Berg provides military support to Norway.");
    expect(stance(u, "person:ida-berg", "country:norway").length).toBeGreaterThan(0);
  });

  it("flips a negated support and cancels a negated criticism", () => {
    const t = run("Senator Rosa Diaz did not support Canada. Governor Tim Hale did not criticize Iran.");
    expect(stance(t, "person:rosa-diaz", "country:canada").map((r) => r.polarity)).toEqual(["oppose"]);
    expect(stance(t, "person:tim-hale", "country:iran")).toEqual([]);
  });

  it("points issue stances at canonical topics", () => {
    const t = run("Prime Minister Ana Sousa urged allies to boost air defences. She called for higher defence spending.");
    const topics = stances(t).filter((r) => r.source === "person:ana-sousa" && r.target.startsWith("topic:")).map((r) => r.target);
    expect(topics).toContain("topic:air-defense");
    expect(topics).toContain("topic:defense-spending");
  });

  it("takes the holder from the speaker of a quote", () => {
    const t = run("\"We must not allow Iran to win,\" Foreign Minister Jon Berg said.");
    expect(stance(t, "person:jon-berg", "country:iran").map((r) => r.polarity)).toEqual(["oppose"]);
  });

  it("reads a retreat from support as opposition", () => {
    const t = run("Analysts saw Brazil stepping back from its support for Chile.");
    expect(stance(t, "country:brazil", "country:chile").map((r) => r.polarity)).toEqual(["oppose"]);
  });
});

describe("stance cues that are not the holder's verb", () => {
  it("'the support of X' is a noun, and X is the one who gives it", () => {
    const t = run("Tom Hart consolidates the support of the Green Party ahead of the vote.");
    expect(t.out.relations.some((r) => r.type === "stance" && r.source === t.idOf("Tom Hart") && r.target === t.idOf("Green Party"))).toBe(false);
  });

  it("a clause with a subject of its own: 'would choose X and 44 percent would back Y'", () => {
    const t = run("Among likely voters, 46 percent would choose Ruth Kell and 44 percent would back Tom Hart.");
    expect(t.out.relations.some((r) => r.type === "stance" && r.source === t.idOf("Ruth Kell") && r.target === t.idOf("Tom Hart"))).toBe(false);
  });
});

describe("judgements in reported words", () => {
  it("'a stable and prosperous Iraq' is a state hoped for, not praise; 'Iraq had become stable' is praise", () => {
    const hoped = run("Tom Hart, the foreign minister, said the agreement would help build a stable and prosperous Iraq.");
    expect(hoped.idOf("Tom Hart")).toBeDefined();
    expect(hoped.idOf("Iraq")).toBe("country:iraq");
    expect(stance(hoped, hoped.idOf("Tom Hart")!, "country:iraq")).toEqual([]);
    const said = run("Tom Hart, the foreign minister, said Iraq had become stable and prosperous.");
    expect(stance(said, said.idOf("Tom Hart")!, "country:iraq").map((r) => r.polarity)).toEqual(["support"]);
  });

  it("what a subject might have done, or cannot do, judges it not; what it did does", () => {
    const might = run("Tom Hart, the foreign minister, said he went to bed thinking Canada might have won.");
    expect(stance(might, might.idOf("Tom Hart")!, "country:canada")).toEqual([]);
    const cannot = run("Tom Hart, the foreign minister, said that Canada cannot afford to keep running the risk.");
    expect(stance(cannot, cannot.idOf("Tom Hart")!, "country:canada")).toEqual([]);
    const did = run("Tom Hart, the foreign minister, said Canada had won.");
    expect(stance(did, did.idOf("Tom Hart")!, "country:canada").map((r) => r.polarity)).toEqual(["support"]);
  });

  it("'- warning that X …' warns X, whatever the tagger makes of 'warning'", () => {
    const t = run('Tom Hart said he was taking "nothing for granted" ahead of the vote - warning that the Tory strategy was to win power via the back door.');
    expect(stance(t, t.idOf("Tom Hart")!, "organization:conservative-party").map((r) => r.polarity)).toEqual(["oppose"]);
  });

  it("one who says words of their own inside another's is a speaker, not someone judged", () => {
    const t = run("But Tom Hart, the foreign minister, has described the affair as a crackdown on corruption - and the BBC's Ruth Kell in Moscow says most Russians believe the destruction of the company was justified.");
    expect(stance(t, t.idOf("Tom Hart")!, t.idOf("Ruth Kell")!)).toEqual([]);
  });

  it("the agent of a kindness is not praised for it; the agent of a harm is blamed", () => {
    const favoured = run('Tom Hart, the foreign minister, said: "They want to tip things towards a favored candidate by Canada."');
    expect(stance(favoured, favoured.idOf("Tom Hart")!, "country:canada")).toEqual([]);
    const attacked = run('Tom Hart, the foreign minister, said: "We were brutally attacked by Canada."');
    expect(stance(attacked, attacked.idOf("Tom Hart")!, "country:canada").map((r) => r.polarity)).toEqual(["oppose"]);
  });
});

describe("words that judge only in some company", () => {
  it("'a charm offensive' is a campaign; 'deeply offensive' is a judgement", () => {
    const campaign = run('Tom Hart said that "Canada will adopt a charm offensive in the talks."');
    expect(campaign.idOf("Canada")).toBe("country:canada");
    expect(stance(campaign, campaign.idOf("Tom Hart")!, "country:canada").filter((r) => r.polarity === "oppose")).toEqual([]);
    const judged = run("Tom Hart said the remarks by Canada were deeply offensive.");
    expect(stance(judged, judged.idOf("Tom Hart")!, "country:canada").map((r) => r.polarity)).toEqual(["oppose"]);
  });
});

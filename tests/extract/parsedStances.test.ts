import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

// Sentences written for the purpose: the holder and target of each stance are read from the parse.
// Both ends must be entities of the extraction: an assertion of no stance between names never found could not fail.
const stance = (t: ReturnType<typeof run>, holder: string, target: string) => {
  const [h, g] = [t.idOf(holder), t.idOf(target)];
  expect(h, `no entity "${holder}"`).toBeDefined();
  expect(g, `no entity "${target}"`).toBeDefined();
  return t.out.relations.filter((r) => r.type === "stance" && r.source === h && r.target === g);
};
const topicStance = (t: ReturnType<typeof run>, holder: string, word: RegExp) =>
  t.out.relations.filter((r) => {
    const e = t.out.entities.find((x) => x.id === r.target);
    return r.type === "stance" && r.source === t.idOf(holder) && e?.kind === "topic" && word.test([e.name, ...e.aliases].join(" "));
  });

describe("stances read from the parse", () => {
  it("subject and object of a judging verb", () => {
    const t = run("Ruth Kell criticised Tom Hart on Monday. Tom Hart said nothing.");
    expect(stance(t, "Ruth Kell", "Tom Hart").map((r) => r.polarity)).toEqual(["oppose"]);
  });

  it("the agent of a passive holds the stance toward its subject", () => {
    const t = run("Tom Hart was praised by Ruth Kell for his courage.");
    expect(stance(t, "Ruth Kell", "Tom Hart").map((r) => r.polarity)).toContain("support");
    expect(stance(t, "Tom Hart", "Ruth Kell")).toHaveLength(0);
  });

  it("the possessor of what is judged is the target", () => {
    const t = run("Ruth Kell attacked Tom Hart's budget in a speech.");
    expect(stance(t, "Ruth Kell", "Tom Hart").map((r) => r.polarity)).toContain("oppose");
  });

  it("a negated verb gives no stance", () => {
    const t = run("Ruth Kell did not criticise Tom Hart.");
    expect(stance(t, "Ruth Kell", "Tom Hart")).toHaveLength(0);
  });

  it("a preposition names the target of 'agree with'", () => {
    const t = run("Ruth Kell agreed with Tom Hart about the budget.");
    expect(stance(t, "Ruth Kell", "Tom Hart").map((r) => r.polarity)).toContain("support");
  });

  it("a nominal judgement: X's criticism of Y", () => {
    const t = run("Ruth Kell's criticism of Tom Hart surprised many voters.");
    expect(stance(t, "Ruth Kell", "Tom Hart").map((r) => r.polarity)).toContain("oppose");
  });

  it("came under fire from X: X opposes the subject", () => {
    const t = run("Tom Hart came under fire from Ruth Kell over the budget.");
    expect(stance(t, "Ruth Kell", "Tom Hart").map((r) => r.polarity)).toContain("oppose");
  });

  it("calling for an apology from someone opposes them", () => {
    const t = run("Ruth Kell called for an apology from Tom Hart.");
    expect(stance(t, "Ruth Kell", "Tom Hart").map((r) => r.polarity)).toContain("oppose");
  });
});

describe("topic stances read from the parse", () => {
  it("a policy verb's object is the topic", () => {
    const t = run("Ruth Kell wants to scrap tuition fees for students.");
    expect(topicStance(t, "Ruth Kell", /tuition fees/).map((r) => r.polarity)).toContain("oppose");
  });

  it("a refused deed is opposed", () => {
    const t = run("Tom Hart has refused to apologise for the remarks.");
    expect(topicStance(t, "Tom Hart", /apology/).map((r) => r.polarity)).toEqual(["oppose"]);
  });

  it("a known issue gets its canonical name, the phrase kept as an alias", () => {
    const t = run("Ruth Kell called for higher defence spending in Europe.");
    const r = topicStance(t, "Ruth Kell", /defense spending/);
    expect(r.map((x) => x.polarity)).toContain("support");
    const topic = t.out.entities.find((e) => e.id === r[0].target)!;
    expect(topic.name).toBe("defense spending");
  });

  it("evidence is the sentence, exactly", () => {
    const text = "Ruth Kell wants to scrap tuition fees. Tom Hart was praised by Ruth Kell.";
    const t = run(text);
    for (const r of t.out.relations) for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe("party rivalry in reported words", () => {
  it("a party speaking of a rival party attacks it, unless it praises", () => {
    const text = "Greens target city voters\n\nThe Green Party and the Liberal Party are both campaigning. A Green Party spokesman said: \"The Liberal Party would raise rents for every family.\" Ana Ruiz, the Green Party leader, said the Liberal Party had a wonderful, brilliant record on parks.";
    const t = run(text);
    const green = t.idOf("Green Party"), liberal = t.idOf("Liberal Party");
    const stances = t.out.relations.filter((r) => r.type === "stance" && r.target === liberal);
    expect(stances.some((r) => r.source === green && r.polarity === "oppose")).toBe(true);
    expect(stances.some((r) => r.source === t.idOf("Ana Ruiz") && r.polarity === "oppose")).toBe(false);
  });
});

describe("the subject before an appositive", () => {
  it("'X, former Green minister and now an envoy, warned Y': X holds the stance, not the party in the appositive", () => {
    const t = run("The letter came a day after Ruth Kell, former Green Party minister and now an envoy, warned the Harbour Workers Union to back down.");
    const warned = t.out.relations.filter((r) => r.type === "stance" && r.target === t.idOf("Harbour Workers Union"));
    expect(warned.map((r) => r.source)).toContain(t.idOf("Ruth Kell"));
    expect(warned.map((r) => r.source)).not.toContain(t.idOf("Green Party"));
  });
});

describe("pronouns inside a direct quote", () => {
  it("'he' in someone's quoted words is the person named before them, and the words judge him", () => {
    const t = run("Tom Hart was asked to resign. Ruth Kell said: \"He has behaved in a disgraceful, shameful way.\"");
    expect(stance(t, "Ruth Kell", "Tom Hart").map((r) => r.polarity)).toContain("oppose");
  });

  it("a name right after the verb is its object, even past a long appositive", () => {
    const t = run("Ruth Kell accused Tom Hart, of the Daily Planet newspaper, of lying about the budget.");
    expect(stance(t, "Ruth Kell", "Tom Hart").map((r) => r.polarity)).toContain("oppose");
  });

  it("faced opposition from X, won the backing of X: the giver judges the subject", () => {
    const t = run("Tom Hart faced fierce opposition from Ruth Kell over the budget. Ann Lee has won the backing of the Green Party.");
    expect(stance(t, "Ruth Kell", "Tom Hart").map((r) => r.polarity)).toEqual(["oppose"]);
    expect(stance(t, "Green Party", "Ann Lee").map((r) => r.polarity)).toEqual(["support"]);
    expect(stance(t, "Tom Hart", "Ruth Kell")).toHaveLength(0);
  });

  it("a relative pronoun stands for its noun, as holder and as object", () => {
    const t = run("Ruth Kell, who praised Tom Hart on Monday, left early.");
    expect(stance(t, "Ruth Kell", "Tom Hart").map((r) => r.polarity)).toContain("support");
  });

  it("an event can be judged: condemned the debate", () => {
    const t = run("Tom Hart condemned the Commons debate on the bill as a charade.");
    const e = t.out.entities.find((x) => x.kind === "event");
    expect(e).toBeDefined();
    expect(t.out.relations.some((r) => r.type === "stance" && r.source === t.idOf("Tom Hart") && r.target === e!.id && r.polarity === "oppose")).toBe(true);
  });

  it("words of misfortune and 'outstanding issues' judge no one", () => {
    const t = run("Ruth Kell said Tom Hart was losing the vote. Ann Lee said Tom Hart's plan still left outstanding issues.");
    expect(stance(t, "Ruth Kell", "Tom Hart")).toHaveLength(0);
    expect(stance(t, "Ann Lee", "Tom Hart").filter((r) => r.polarity === "support")).toHaveLength(0);
  });

  it("the surface pass takes its holder from the parse: who is allowed to sue is who sues", () => {
    const t = run("Tom Hart plans to veto a bill that would allow families to sue Ruth Kell.");
    expect(stance(t, "Tom Hart", "Ruth Kell")).toHaveLength(0);
  });

  it("no stance toward a promise's bystander, a court one appeals to, a bombed place, or a country words name as a place", () => {
    const t = run([
      "Tom Hart promised to cut taxes, which is not what Ruth Kell had in mind.",
      "Ann Lee will appeal to the Supreme Court.",
      "Ann Lee said terror groups would remember the effect of the bomb on Spain's election.",
      "Ruth Kell said: \"They want to sow discord, hatred and chaos in the United States.\"",
    ].join(" "));
    expect(stance(t, "Tom Hart", "Ruth Kell")).toHaveLength(0);
    expect(stance(t, "Ann Lee", "Supreme Court")).toHaveLength(0);
    expect(stance(t, "Ann Lee", "Spain")).toHaveLength(0);
    expect(stance(t, "Ruth Kell", "United States")).toHaveLength(0);
  });

  it("words of failing and giving way judge the one they are said of, in reported speech too", () => {
    const t = run("Ruth Kell said Tom Hart was \"sinking fast\" after the debate. The Greens say he is surrendering a key veto.");
    expect(stance(t, "Ruth Kell", "Tom Hart").map((r) => r.polarity)).toContain("oppose");
    expect(stance(t, "Greens", "Tom Hart").map((r) => r.polarity)).toContain("oppose");
  });

  it("a quoted 'he' is the first person named in the sentence before, not the last", () => {
    const t = run("Ann Lee debated Tom Hart on Monday. Ruth Kell said: \"I thought he was very effective and solid.\"");
    expect(stance(t, "Ruth Kell", "Ann Lee").map((r) => r.polarity)).toEqual(["support"]);
    expect(stance(t, "Ruth Kell", "Tom Hart")).toHaveLength(0);
  });

  it("in someone's own words, a verb with a third party as subject is the third party's act, not the speaker's", () => {
    const t = run("\"Tom Hart will defend the failures of Ann Lee,\" Ruth Kell wrote.");
    expect(stance(t, "Ruth Kell", "Ann Lee").filter((r) => r.polarity === "support")).toHaveLength(0);
  });

  it("'unbecoming' judges, and a quoted 'he' takes the whole clause's words as its subject", () => {
    const t = run("The board may bar Tom Hart from office. Ruth Kell said: \"He has behaved in a manner unbecoming of his office.\"");
    expect(stance(t, "Ruth Kell", "Tom Hart").map((r) => r.polarity)).toContain("oppose");
  });

  it("'difficult for families to sue X' is the families' act, and a reported verb is the speaker's only when it says what ought to be", () => {
    const t = run("Tom Hart said the bill would make it more difficult for families to sue Ruth Kell. Ann Lee said the party needed to back Ruth Kell.");
    expect(stance(t, "Tom Hart", "Ruth Kell")).toHaveLength(0);
    expect(stance(t, "Ann Lee", "Ruth Kell").map((r) => r.polarity)).toContain("support");
  });

  it("'X has been accused of …' with no agent: the accuser is who speaks in the next sentence", () => {
    const t = run("Budget row\n\nFinance Minister Tom Hart has been accused of misleading voters over the budget.\n\nGreen spokeswoman Ruth Kell told reporters the figures did not add up.");
    expect(stance(t, "Ruth Kell", "Tom Hart").map((r) => r.polarity)).toContain("oppose");
  });

  it("no stance from a noun read as a verb, a cut in demand for someone's goods, an allegation about someone, or news reported", () => {
    const t = run([
      "Acme Steel has expanded output to meet demand driven by China's booming economy.",
      "Slower exports would mean slower growth for Acme Steel, reducing the demand for US goods.",
      "Ruth Kell rejected the allegation that Tom Hart had been sidelined.",
      "Tom Hart was led weeping from the court, Reuters reported.",
      "\"Power needs are set to rise and Acme Steel will benefit from that,\" said Ann Lee.",
    ].join(" "));
    expect(stance(t, "Acme Steel", "China")).toHaveLength(0);
    expect(stance(t, "Acme Steel", "US")).toHaveLength(0);
    expect(stance(t, "Ruth Kell", "Tom Hart")).toHaveLength(0);
    expect(stance(t, "Reuters", "Tom Hart")).toHaveLength(0);
    expect(stance(t, "Ann Lee", "Acme Steel")).toHaveLength(0);
  });

  it("inside someone's words a verb's object ends with them", () => {
    const t = run("\"We don't want to fall into debt,\" Green Party's Ruth Kell told the BBC.");
    expect(stance(t, "Ruth Kell", "Green Party")).toHaveLength(0);
  });

  it("no verdict from a subject's own side-taking, a party label, or a relative clause on a group that is no actor", () => {
    const t = run([
      "Ruth Kell said that Tom Hart also supported the invasion in 2003.",
      "\"Subpoenas are not optional,\" Rep. Ann Lee (R-Utah) said.",
      "Tom Hart will accuse special interest groups that support Ruth Kell.",
    ].join(" "));
    expect(stance(t, "Ruth Kell", "Tom Hart").filter((r) => r.polarity === "support")).toHaveLength(0);
    expect(t.out.relations.filter((r) => r.type === "stance" && r.source === t.idOf("Ann Lee") && /republican/.test(r.target))).toHaveLength(0);
    expect(stance(t, "Tom Hart", "Ruth Kell").filter((r) => r.polarity === "support")).toHaveLength(0);
  });
});

describe("demands made of someone", () => {
  it("'called for an apology from X' opposes X and backs no one", () => {
    const t = run("Ruth Kell has called for an apology from Tom Hart.");
    expect(stance(t, "Ruth Kell", "Tom Hart").map((r) => r.polarity)).toEqual(["oppose"]);
  });

  it("'among those who called for an apology from X': the one among them holds the call, not X", () => {
    const t = run("Ruth Kell is among those who have called for an apology from Tom Hart.");
    expect(t.idOf("Tom Hart")).toBeDefined();
    expect(topicStance(t, "Tom Hart", /apolog/)).toEqual([]);
    expect(topicStance(t, "Ruth Kell", /apolog/).map((r) => r.polarity)).toEqual(["support"]);
  });
});

describe("participles after a comma", () => {
  it("'A defended B, warning C against …': A warns C, B does not", () => {
    const t = run("Ruth Kell defended Tom Hart, warning the BBC against demonising him.");
    expect(stance(t, "Ruth Kell", "BBC").map((r) => r.polarity)).toEqual(["oppose"]);
    expect(stance(t, "Tom Hart", "BBC")).toEqual([]);
    expect(stance(t, "Ruth Kell", "Tom Hart").map((r) => r.polarity)).toEqual(["support"]);
  });
});

describe("defences: telling others to stop judging someone", () => {
  it("'warned the press against attacking X', 'urged the press to stop attacking X', 'not to criticise X' support X", () => {
    for (const text of [
      "Ruth Kell warned the press against attacking Tom Hart.",
      "Ruth Kell urged the press to stop attacking Tom Hart.",
      "Ruth Kell urged the press not to criticise Tom Hart.",
    ]) {
      const t = run(text);
      expect(stance(t, "Ruth Kell", "Tom Hart").map((r) => r.polarity), text).toEqual(["support"]);
    }
  });

  it("'banned from suing X' is no stance on X; 'warned that X was attacking Y' still is", () => {
    const banned = run("The Acme Bank has been banned from suing Tom Hart.");
    expect(stance(banned, "Acme Bank", "Tom Hart")).toEqual([]);
    const warned = run("Ruth Kell warned that Tom Hart was attacking the union.");
    expect(stance(warned, "Ruth Kell", "Tom Hart").every((r) => r.polarity === "oppose")).toBe(true);
    expect(stance(warned, "Ruth Kell", "Tom Hart").length).toBeGreaterThan(0);
  });

  it("a name after a closing quote and an honorific is the verb's object", () => {
    const t = run('Ruth Kell said Tom Hart had denied Ms Ann Lee\'s claims.');
    expect(stance(t, "Tom Hart", "Ann Lee").map((r) => r.polarity)).toEqual(["oppose"]);
  });
});

describe("parse slips a stance must survive", () => {
  it("who is allowed to sue holds the suing; a noun after an '-ly' adverb is a verb misread", () => {
    const t = run("As President Tom Hart appears set to veto legislation that would allow 9/11 families to sue Canada, Democratic nominee Ruth Kell apparently disagrees with her former boss.");
    expect(stance(t, "Tom Hart", "Canada")).toHaveLength(0);
    expect(t.out.relations.filter((r) => r.type === "stance" && r.source === t.idOf("Tom Hart") && /democratic/.test(r.target))).toHaveLength(0);
  });
});

describe("a noun the tagger reads as a bare verb", () => {
  it("'warned demand for X's crude would outstrip supply' demands nothing of X; 'to \"really call out X\"' still judges X", () => {
    const t = run("The Harbour Energy Agency warned demand for Canada's crude in the first quarter would outstrip supply.");
    expect(stance(t, "Harbour Energy Agency", "Canada")).toHaveLength(0);
    const c = run('Ruth Kell called on the government to "really call out Canada on this".');
    expect(stance(c, "Ruth Kell", "Canada").map((r) => r.polarity)).toContain("oppose");
  });
});

describe("blame through what a thing is called", () => {
  it("'called climate change a hoax perpetrated by Canada' is against Canada; 'a plan drawn up by Canada' is no blame", () => {
    const t = run("Tom Hart has called climate change a hoax perpetrated by Canada to hurt American manufacturing.");
    expect(stance(t, "Tom Hart", "Canada").map((r) => r.polarity)).toEqual(["oppose"]);
    const plain = run("Tom Hart has called the scheme a plan drawn up by Canada.");
    expect(stance(plain, "Tom Hart", "Canada")).toHaveLength(0);
  });
});

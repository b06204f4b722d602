import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

// Sentences written for the purpose: each pattern by which an actor takes a side on an issue.
const topicStances = (t: ReturnType<typeof run>, holder: string, word: RegExp) =>
  t.out.relations.filter((r) => {
    const e = t.out.entities.find((x) => x.id === r.target);
    return r.type === "stance" && r.source === t.idOf(holder) && e?.kind === "topic" && word.test([e.name, ...e.aliases].join(" "));
  });
const polarities = (t: ReturnType<typeof run>, holder: string, word: RegExp) => [...new Set(topicStances(t, holder, word).map((r) => r.polarity))];

describe("topic stances: holders", () => {
  it("both of two coordinated subjects hold the stance", () => {
    const t = run("Ruth Kell and Tom Hart want the abolition of parking charges.");
    expect(polarities(t, "Ruth Kell", /abolition/)).toEqual(["support"]);
    expect(polarities(t, "Tom Hart", /abolition/)).toEqual(["support"]);
  });

  it("a pronoun subject of a reported clause is the reporter", () => {
    const t = run("The Green Party says they would scrap road tolls within a year.");
    expect(polarities(t, "Green Party", /road tolls/)).toEqual(["oppose"]);
  });

  it("the urger, not the one urged, holds the stance", () => {
    const t = run("Ruth Kell urged the Transport Ministry to scrap road tolls.");
    expect(polarities(t, "Ruth Kell", /road tolls/)).toEqual(["oppose"]);
    expect(topicStances(t, "Transport Ministry", /road tolls/)).toHaveLength(0);
  });

  it("one among those who called for something holds it", () => {
    const t = run("Ruth Kell is among those who have called for a public inquiry.");
    expect(polarities(t, "Ruth Kell", /inquiry/)).toEqual(["support"]);
  });
});

describe("topic stances: intentions and calls", () => {
  it("an intended deed without a policy verb is the issue, named by its verb and object", () => {
    const t = run("Tom Hart has pledged to open a rail link between the two towns.");
    const r = topicStances(t, "Tom Hart", /rail link/);
    expect(r.map((x) => x.polarity)).toEqual(["support"]);
    expect(t.out.entities.find((e) => e.id === r[0].target)!.name).toBe("open rail link");
  });

  it("a deed that is only a general act is not an issue", () => {
    const t = run("Tom Hart plans to visit the factory next week.");
    expect(topicStances(t, "Tom Hart", /factory/)).toHaveLength(0);
  });

  it("plans announced by an actor are the actor's; plans attacked by an actor turn", () => {
    const t = run("Ruth Kell unveiled plans to scrap road tolls. Tom Hart attacked plans to introduce congestion charges.");
    expect(polarities(t, "Ruth Kell", /road tolls/)).toEqual(["oppose"]);
    expect(polarities(t, "Tom Hart", /congestion charges/)).toEqual(["oppose"]);
  });

  it("the decision by an actor to do something is its own", () => {
    const t = run("Observers noted the decision by Ruth Kell to abolish the toll.");
    expect(polarities(t, "Ruth Kell", /toll/)).toEqual(["oppose"]);
  });

  it("resisting calls to do something opposes the deed", () => {
    const t = run("The Transport Ministry has resisted calls to publish the safety report.");
    expect(polarities(t, "Transport Ministry", /safety report/)).toEqual(["oppose"]);
    expect(topicStances(t, "Transport Ministry", /^calls$/)).toHaveLength(0);
  });
});

describe("topic stances: nouns of stance", () => {
  it("a possessor's opposition to a plan", () => {
    const t = run("Ruth Kell's opposition to the new airport runway was clear.");
    expect(polarities(t, "Ruth Kell", /runway/)).toEqual(["oppose"]);
  });

  it("support voiced by the subject", () => {
    const t = run("Tom Hart voiced support for a higher minimum wage.");
    expect(polarities(t, "Tom Hart", /minimum wage/)).toEqual(["support"]);
  });

  it("no support is no stance", () => {
    const t = run("Tom Hart voiced no support for the toll.");
    expect(topicStances(t, "Tom Hart", /toll/)).toHaveLength(0);
  });
});

describe("topic stances: more policy verbs", () => {
  it("lifting a rule opposes it", () => {
    const t = run("Tom Hart promised to lift the parking restrictions.");
    expect(polarities(t, "Tom Hart", /parking restrictions/)).toEqual(["oppose"]);
  });

  it("signing a bill supports it", () => {
    const t = run("Ruth Kell said she would sign the housing bill.");
    expect(polarities(t, "Ruth Kell", /housing bill/)).toEqual(["support"]);
  });
});

describe("topic stances: what a noun's modifiers say", () => {
  it("a relative pronoun stands for the noun it modifies", () => {
    const t = run("The road tax, which the Green Party opposed, was raised again.");
    expect(polarities(t, "Green Party", /road tax/)).toEqual(["oppose"]);
  });

  it("the agent of a participle takes the side on the noun it modifies", () => {
    const t = run("Parents chose free schools promoted by the Green Party.");
    expect(polarities(t, "Green Party", /free schools/)).toEqual(["support"]);
  });

  it("what an actor plans it is for", () => {
    const t = run("Tom Hart's planned rail reforms were published on Monday.");
    expect(polarities(t, "Tom Hart", /rail reforms/)).toEqual(["support"]);
  });

  it("an intention supported is the possessor's and the supporter's", () => {
    const t = run("Ruth Kell supported Tom Hart's intention to abolish the road toll.");
    expect(polarities(t, "Tom Hart", /road toll/)).toEqual(["oppose"]);
    expect(polarities(t, "Ruth Kell", /road toll/)).toEqual(["oppose"]);
  });
});

describe("topic stances: canonical names", () => {
  it("a known issue's word inside another word is not that issue", () => {
    const t = run("Tom Hart wants to protect small farms.");
    const names = t.out.entities.filter((e) => e.kind === "topic").map((e) => e.name);
    expect(names).not.toContain("weapons");
    expect(polarities(t, "Tom Hart", /farms/)).toEqual(["support"]);
  });
});

describe("topic stances: titles and negation", () => {
  it("a title the parse makes the head stands for the name", () => {
    const t = run("Sen. Tom Hart called on the Transport Ministry to scrap road tolls.");
    expect(polarities(t, "Tom Hart", /road tolls/)).toEqual(["oppose"]);
  });

  it("a negation above the verb leaves its side unread", () => {
    const t = run("Ruth Kell said the city cannot afford the risk of accepting new road tolls.");
    expect(topicStances(t, "Ruth Kell", /road tolls/).filter((r) => r.polarity === "support")).toHaveLength(0);
  });
});

describe("topic stances: reported judgements of a thing", () => {
  it("a reported clause judging a plan", () => {
    const t = run("Ruth Kell said the parking plans were unworkable.");
    expect(polarities(t, "Ruth Kell", /parking plans/)).toEqual(["oppose"]);
  });

  it("calling a change sensible", () => {
    const t = run("Tom Hart called the new speed limit sensible.");
    expect(polarities(t, "Tom Hart", /speed limit/)).toEqual(["support"]);
  });

  it("a neutral report is no judgement", () => {
    const t = run("Tom Hart said the meeting was on Tuesday.");
    expect(t.out.relations.filter((r) => r.type === "stance")).toHaveLength(0);
  });

  it("offering something is being for it", () => {
    const t = run("The Green Party says it would offer free bus passes to pensioners.");
    expect(polarities(t, "Green Party", /bus passes/)).toEqual(["support"]);
  });
});

describe("topic stances: what ought to be", () => {
  it("the reporter of 'should', not the one who should act, takes the side", () => {
    const t = run("Ruth Kell said the Transport Ministry should scrap road tolls.");
    expect(polarities(t, "Ruth Kell", /road tolls/)).toEqual(["oppose"]);
    expect(topicStances(t, "Transport Ministry", /road tolls/)).toHaveLength(0);
  });

  it("a deed that ought to be done is the issue", () => {
    const t = run("Tom Hart said the regulator should investigate the energy market.");
    expect(polarities(t, "Tom Hart", /energy market/)).toEqual(["support"]);
  });

  it("what a country ought to be", () => {
    const t = run("The Green Party argued that the city should be a refuge for migrants.");
    expect(polarities(t, "Green Party", /refuge/)).toEqual(["support"]);
  });
});

describe("topic stances: blamed deeds", () => {
  it("the accuser is against the deed", () => {
    const t = run("Ruth Kell accused Tom Hart of cutting the school budget.");
    const r = topicStances(t, "Ruth Kell", /school budget/);
    expect([...new Set(r.map((x) => x.polarity))]).toEqual(["oppose"]);
    expect(r.some((x) => t.out.entities.find((e) => e.id === x.target)!.name === "cut school budget")).toBe(true);
  });
});

describe("topic stances: predicates", () => {
  it("a predicate noun promoted by an actor stands for its subject", () => {
    const t = run("Free schools remain a popular idea, promoted by the Green Party.");
    expect(polarities(t, "Green Party", /free schools/)).toEqual(["support"]);
  });

  it("what ought to be is named by the predicate's own words", () => {
    const t = run("The Green Party argued that the city should be a refuge for migrants.");
    const r = topicStances(t, "Green Party", /refuge/);
    const topic = t.out.entities.find((e) => e.id === r[0].target)!;
    expect(topic.aliases.some((a) => /^a refuge for migrants$/.test(a))).toBe(true);
  });
});

describe("topic stances: coordinated deeds and more verbs", () => {
  it("a conjunct of a promised deed is promised too", () => {
    const t = run("Tom Hart promised to lift parking charges and open the old rail line.");
    expect(polarities(t, "Tom Hart", /parking charges/)).toEqual(["oppose"]);
    expect(polarities(t, "Tom Hart", /rail line/)).toEqual(["support"]);
  });

  it("protesting a system opposes it; advocating for something supports it", () => {
    const t = run("Ruth Kell protested the new zoning system. Tom Hart has long advocated for cheaper public housing.");
    expect(polarities(t, "Ruth Kell", /zoning system/)).toEqual(["oppose"]);
    expect(polarities(t, "Tom Hart", /public housing/)).toEqual(["support"]);
  });
});

describe("topic stances: plans put forward", () => {
  it("a scheme an actor sets out is for what it is a scheme of", () => {
    const t = run("Ruth Kell is setting out a new scheme of apprenticeship grants for school leavers.");
    expect(polarities(t, "Ruth Kell", /apprenticeship grants/)).toEqual(["support"]);
  });
});

describe("topic stances: critics and supporters", () => {
  it("one named a critic of a plan is against it", () => {
    const t = run("Tom Hart, a fierce critic of the road toll plans, spoke on Monday.");
    expect(polarities(t, "Tom Hart", /road toll plans|plans/)).toEqual(["oppose"]);
  });

  it("one said to be a supporter of a policy is for it", () => {
    const t = run("Ruth Kell is a long-standing supporter of free school meals.");
    expect(polarities(t, "Ruth Kell", /school meals/)).toEqual(["support"]);
  });
});

// Sides taken by description, by a wish on a thing, or by a reported judgement.
const topicNames = (t: ReturnType<typeof run>) => t.out.entities.filter((e) => e.kind === "topic").map((e) => e.name);

describe("topic stances by description in a speaker's words", () => {
  it("a judging noun's 'of' object is what the speaker is against", () => {
    const t = run('Ruth Kell said: "We are watching the folly of the harbour tax unfold."');
    expect(polarities(t, "Ruth Kell", /harbour tax/)).toEqual(["oppose"]);
  });

  it("a praising noun's 'of' object is what the speaker is for", () => {
    const t = run('Tom Hart said: "Everyone has seen the success of the school meals scheme."');
    expect(polarities(t, "Tom Hart", /school meals/)).toEqual(["support"]);
  });

  it("a condemning adjective on a thing is the speaker's side against it", () => {
    const t = run('Ruth Kell said: "The council is using sinister tactics against tenants."');
    expect(polarities(t, "Ruth Kell", /tactics/)).toEqual(["oppose"]);
  });

  it("an adjective that only sorts people or things takes no side", () => {
    const t = run('Tom Hart said: "The result rests with angry voters in poor districts."');
    expect(topicStances(t, "Tom Hart", /voters|districts/)).toHaveLength(0);
  });

  it("narration outside any quote holds nothing", () => {
    const t = run("The folly of the harbour tax became clear in March.");
    expect(topicNames(t)).toHaveLength(0);
  });

  it("the judging word is left out of the topic's name", () => {
    const t = run('Ruth Kell said: "This deeply unsatisfactory licensing law has to go."');
    expect(polarities(t, "Ruth Kell", /licensing law/)).toEqual(["oppose"]);
    expect(topicNames(t).some((n) => /unsatisfactory/.test(n))).toBe(false);
  });
});

describe("topic stances by reported judgement", () => {
  it("a participle the parse makes passive still judges its subject", () => {
    const t = run('The finance minister, Tom Hart, spoke on Monday. Tom Hart told reporters the fuel duty, set in 1990, was "fully justified".');
    expect(polarities(t, "Tom Hart", /fuel duty/)).toEqual(["support"]);
  });

  it("a predicate noun judges through its modifiers", () => {
    const t = run("Ruth Kell said that the curfew was a further example of the council's authoritarian instincts.");
    expect(polarities(t, "Ruth Kell", /curfew/)).toEqual(["oppose"]);
  });

  it("a party adjective on a nameless speaker stands for the party", () => {
    const t = run('Britain sent no minister. A British official said: "The toll scheme was a big misjudgement."');
    expect(polarities(t, "Britain", /toll scheme/)).toEqual(["oppose"]);
  });
});

describe("topic stances by a deed wished on a thing", () => {
  it("wanting a thing to be done to something supports the deed", () => {
    const t = run("Norway and Denmark want the fishing quota to be capped at current levels.");
    expect(polarities(t, "Norway", /cap/)).toEqual(["support"]);
    expect(polarities(t, "Denmark", /cap/)).toEqual(["support"]);
  });

  it("saying a thing should be changed supports the change", () => {
    const t = run("Ruth Kell said the licensing law should be amended before the summer.");
    expect(polarities(t, "Ruth Kell", /amend/)).toEqual(["support"]);
  });

  it("saying a thing should be scrapped is against the thing", () => {
    const t = run("Ruth Kell said the harbour tax should be scrapped.");
    expect(polarities(t, "Ruth Kell", /harbour tax/)).toEqual(["oppose"]);
  });

  it("a subject denied ('neither … nor') is no wish", () => {
    const t = run("Ruth Kell said neither the mayor nor the council should be allowed to delay the vote.");
    expect(topicNames(t)).toHaveLength(0);
  });
});

describe("topic stances: resigning and plain deeds", () => {
  it("resigning over something is against it", () => {
    const t = run("Tom Hart, who resigned from the cabinet over the road building programme, spoke later.");
    expect(polarities(t, "Tom Hart", /road building/)).toEqual(["oppose"]);
  });

  it("a deed simply done is no side taken on it", () => {
    const t = run("Tom Hart resigned on Tuesday.");
    expect(topicNames(t)).toHaveLength(0);
  });
});

describe("topic stances: reports after the fact, intentions as subjects, relative clauses", () => {
  it("a passive that still takes an object wishes that object on someone, reported after the clause", () => {
    const t = run("Small farmers should be given more legal protection from supermarkets, the Green Party says.");
    expect(polarities(t, "Green Party", /legal protection/)).toEqual(["support"]);
  });

  it("wanting to see a thing is being for it", () => {
    const t = run('Ruth Kell wants to see "tougher safety checks" on rented homes.');
    expect(polarities(t, "Ruth Kell", /safety checks/)).toEqual(["support"]);
  });

  it("an intention's possessor holds the deed it names, and 'not simply … but' denies nothing", () => {
    const t = run("The Green Party's aim is not simply cutting congestion but building new cycle lanes.");
    expect(polarities(t, "Green Party", /congestion/)).toEqual(["oppose"]);
    expect(polarities(t, "Green Party", /cycle lanes/)).toEqual(["support"]);
  });

  it("a stranded preposition in a relative clause takes the clause's noun", () => {
    const t = run("Ministers kept the curfew rules, which the Supreme Court has ruled against.");
    expect(polarities(t, "Supreme Court", /curfew/)).toEqual(["oppose"]);
  });

  it("a gerund subject judged by its predicate is not a deed done", () => {
    const t = run('Ruth Kell said: "We know this. Raising the harbour tax again is not an option."');
    expect(polarities(t, "Ruth Kell", /harbour tax/)).not.toContain("support");
  });
});

describe("topic stances: failing claims, losses lamented, things lacking", () => {
  it("a claim said not to add up is what the speaker is against", () => {
    const t = run("The Green Party claims the council's promised road savings simply don't add up.");
    expect(polarities(t, "Green Party", /road savings/)).toEqual(["oppose"]);
  });

  it("one who reports another giving a thing up is for the thing", () => {
    const t = run("The Green Party says the mayor is surrendering his veto over planning.");
    expect(polarities(t, "Green Party", /veto/)).toEqual(["support"]);
  });

  it("one's own giving up is no lament", () => {
    const t = run("Ruth Kell said she would give up her seat on the board.");
    expect(topicStances(t, "Ruth Kell", /seat/)).toHaveLength(0);
  });

  it("against the lack of a thing is for the thing", () => {
    const t = run("Tom Hart criticised the council's lack of affordable housing.");
    expect(polarities(t, "Tom Hart", /affordable housing/)).toEqual(["support"]);
    expect(topicStances(t, "Tom Hart", /^lack$/)).toHaveLength(0);
  });

  it("a speaker speaks for the body they call theirs", () => {
    const t = run('Ruth Kell said: "My department strongly supports the new cycle lanes."');
    expect(polarities(t, "Ruth Kell", /cycle lanes/)).toEqual(["support"]);
  });

  it("a thing pledged to be a centrepiece is what the pledger is for", () => {
    const t = run('Tom Hart pledged free school meals would be a "centrepiece" of the campaign.');
    expect(polarities(t, "Tom Hart", /school meals/)).toEqual(["support"]);
  });
});

describe("topic stances: wanted things, led groups, possibilities", () => {
  it("a thing wanted to do something is wanted", () => {
    const t = run("Ruth Kell wants speed cameras to replace the old traffic wardens.");
    expect(polarities(t, "Ruth Kell", /speed cameras/)).toEqual(["support"]);
  });

  it("people wanted to do something are addressed, not wanted", () => {
    const t = run("Ruth Kell wants ministers to scrap the harbour tax.");
    expect(topicStances(t, "Ruth Kell", /ministers/)).toHaveLength(0);
  });

  it("a nameless group speaks through the one leading it", () => {
    const t = run("Nine unions led by the Transport Workers Union are challenging the new pension rules.");
    expect(polarities(t, "Transport Workers Union", /pension rules/)).toEqual(["oppose"]);
  });

  it("a judgement said to be possible is none made", () => {
    const t = run("Ruth Kell warned that the harbour tax could be unlawful.");
    expect(topicStances(t, "Ruth Kell", /harbour tax/)).toHaveLength(0);
  });
});

describe("topic stances: harms and the speaker's own support", () => {
  it("a deed named as a risk is opposed, even when the risk cannot be afforded", () => {
    const t = run("Tom Hart said the country cannot afford the risk of accepting the new fishing quotas.");
    expect(polarities(t, "Tom Hart", /fishing quotas/)).toEqual(["oppose"]);
  });

  it("'our support for' is the speaker's", () => {
    const t = run('Ruth Kell said: "Our support for the new cycle lanes is not in doubt."');
    expect(polarities(t, "Ruth Kell", /cycle lanes/)).toEqual(["support"]);
  });
});

describe("topic stances: what only describes", () => {
  it("a describing adjective judges nothing ('sluggish growth', 'bad news')", () => {
    const t = run('Tom Hart said: "Sluggish growth and bad news from the banks will not stop us."');
    expect(topicNames(t)).toHaveLength(0);
  });

  it("a country adjective on a firm is no voice of the country", () => {
    const t = run("Norway signed the pact. A Norwegian shipping firm is seeking new export subsidies.");
    expect(topicStances(t, "Norway", /subsidies/)).toHaveLength(0);
  });

  it("what an intention did is not what it intends", () => {
    const t = run("The Green Party's decision has spread alarm among farmers.");
    expect(topicNames(t)).toHaveLength(0);
  });

  it("a firm that says it may lose something laments nothing", () => {
    const t = run("The Harbour Company said it may lose millions this year.");
    expect(topicNames(t)).toHaveLength(0);
  });
});

describe("topic stances: what a thing is called", () => {
  it("'called climate change a hoax' is against it, 'called the plan a success' for it", () => {
    expect(polarities(run("Tom Hart called climate change a hoax."), "Tom Hart", /climate/)).toEqual(["oppose"]);
    expect(polarities(run("Tom Hart called the plan a success."), "Tom Hart", /plan/)).toEqual(["support"]);
  });

  it("the article's government after a sentence that ends in an abbreviation", () => {
    const t = run("Tony Blair, the British prime minister, spoke to MPs. He sent the advice to the PM. The government has resisted calls to publish the full advice.");
    expect(t.byText("government")?.id).toBe("organization:uk-government");
    expect(polarities(t, "government", /publish/)).toEqual(["oppose"]);
  });
});

describe("topic stances: judgements of actors are no issues", () => {
  it("'offered praise for X' praises X and takes no side on 'praise'", () => {
    const t = run("Tom Hart has repeatedly offered praise for Ruth Kell.");
    expect(t.idOf("Ruth Kell")).toBeDefined();
    expect(t.out.relations.some((r) => r.source === t.idOf("Tom Hart") && r.target === t.idOf("Ruth Kell") && r.polarity === "support")).toBe(true);
    expect(polarities(t, "Tom Hart", /praise/)).toEqual([]);
  });
});

describe("topic stances: an op-ed's author", () => {
  const body = [
    "Last week the city was attacked again.",
    "We cannot keep waiting for the next attack.",
    "Our police officers need more support.",
    "Such timidity has built a tyranny of political correctness in every department.",
    "We must act now, before it is too late.",
  ];

  it("the prose of a piece that argues in the first person and ends on its author's line is the author's", () => {
    const t = run([...body, "Ruth Kell is the former mayor of Harbour City."].join(" "));
    expect(polarities(t, "Ruth Kell", /political correctness/)).toEqual(["oppose"]);
    expect(t.out.quotes.some((q) => q.speaker === t.idOf("Ruth Kell"))).toBe(false);
  });

  it("a report that ends on someone's description is not theirs", () => {
    const report = body.map((s) => s.replace(/\bWe\b/g, "Residents").replace(/\bOur\b/g, "The"));
    const t = run([...report, "Ruth Kell is the former mayor of Harbour City."].join(" "));
    expect(polarities(t, "Ruth Kell", /political correctness/)).toEqual([]);
  });
});

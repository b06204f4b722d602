// Parties, standing bodies, common-noun events and the clean-ups of the entity stage, on sentences written for the
// purpose (none taken from the evaluation articles).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const kindsOf = (t: ReturnType<typeof run>) => t.out.entities.map((e) => `${e.kind}:${e.name}`);

describe("parties", () => {
  it("gathers a UK party's names, short forms and adjective into one party", () => {
    const t = run("The Tories rejected the plan. Conservative leader Ann Hale said the Conservatives would vote against it, and one Tory MP walked out. Lib Dem spokesman Tom Reed said the Liberal Democrats would back it.");
    const tory = t.idOf("Tories");
    expect(tory).toBe("organization:conservative-party");
    expect(t.idOf("Conservatives")).toBe(tory);
    expect(t.idOf("Tory")).toBe(tory);
    expect(t.idOf("Lib Dem")).toBe("organization:liberal-democrats");
    expect(t.idOf("Liberal Democrats")).toBe("organization:liberal-democrats");
    expect(kindsOf(t)).not.toContain("person:Lib Dem");
  });

  it("splits a party label and a title from the person they qualify", () => {
    const t = run("Labour MP Ruth Okafor and Liberal Democrat Peter Vance both spoke in the Commons on Monday.");
    expect(t.idOf("Ruth Okafor")).toBe("person:ruth-okafor");
    expect(t.idOf("Peter Vance")).toBe("person:peter-vance");
    expect(t.idOf("Labour")).toBe("organization:labour-party");
    expect(t.idOf("Liberal Democrat")).toBe("organization:liberal-democrats");
    expect(kindsOf(t).filter((k) => k.startsWith("organization:") && /Okafor|Vance/.test(k))).toEqual([]);
  });

  it("reads US party words and a senator's state label", () => {
    const t = run("Sen. Laura Finch (R-Ohio) said Republicans and the GOP leadership would fight on, while Democrats said the Democratic plan was better.");
    expect(t.idOf("Republicans")).toBe("organization:republican-party");
    expect(t.idOf("GOP")).toBe("organization:republican-party");
    expect(t.idOf("Democrats")).toBe("organization:democratic-party");
    expect(t.idOf("R")).toBe("organization:republican-party");
    expect(kindsOf(t)).not.toContain("person:Ohio");
  });

  it("leaves a party word inside another body's name alone", () => {
    const t = run("The Democratic National Committee met in Denver. The Party of Democratic Action protested.");
    expect(t.out.entities.some((e) => e.kind === "organization" && /Democratic National Committee$/.test(e.name))).toBe(true);
    expect(t.out.entities.some((e) => e.id === "organization:democratic-party")).toBe(false);
  });
});

describe("standing bodies", () => {
  it("makes the article's own government, parliament and cabinet entities", () => {
    const t = run("Labour MPs warned that the government would lose the vote in the Commons. The cabinet met at No 10, and ministers said Parliament would decide. The House of Lords and the law lords were not consulted.");
    expect(t.idOf("government")).toBe("organization:uk-government");
    expect(t.idOf("ministers")).toBe("organization:uk-government");
    expect(t.idOf("Commons")).toBe("organization:house-of-commons");
    expect(t.idOf("cabinet")).toBe("organization:cabinet");
    expect(t.idOf("No 10")).toBe("organization:downing-street");
    expect(t.idOf("Parliament")).toBe("organization:parliament");
    expect(t.idOf("House of Lords")).toBe("organization:house-of-lords");
    expect(t.idOf("law lords")).toBe("organization:law-lords");
  });

  it("reads a foreign government by its demonym and a seat of government that speaks", () => {
    const t = run("Senator Dale Ortiz said the White House had ignored the Japanese government, and Congress agreed.");
    expect(t.idOf("Japanese government")).toBe("organization:japanese-government");
    expect(t.idOf("White House")).toBe("organization:white-house");
    expect(t.idOf("Congress")).toBe("organization:congress");
  });

  it("reads a lower-case committee as a body", () => {
    const t = run("The Commons transport select committee said the scheme was flawed. The committee's chairman, Nora Quill, agreed.");
    expect(t.idOf("Commons transport select committee")).toBe("organization:commons-transport-select-committee");
  });

  it("drops bills, acts and treaties, and titles or initials standing alone", () => {
    const t = run("MPs debated the Water Safety Bill and the Treaty of Lisbon. Lord said nothing. P. was absent, and the QC left.");
    expect(kindsOf(t).filter((k) => /Bill|Treaty|^[a-z]+:(?:Lord|P\.|QC)$/.test(k))).toEqual([]);
  });

  it("gives the items of a long comma-separated list no entities unless named elsewhere", () => {
    const t = run("The seats it hopes to win are: Upper Marsh, Kilby North, Eastham Vale, Pellow Bridge and Corran West. Its leader will visit Kilby North on Friday.");
    expect(t.out.entities.some((e) => e.name === "Upper Marsh")).toBe(false);
    expect(t.out.entities.some((e) => e.name === "Corran West")).toBe(false);
  });
});

describe("names resolved within the article", () => {
  it("joins a first name alone and a shorter body name to their full forms", () => {
    const t = run("Marcus Webb chairs the Senate Finance Committee. Marcus said the Finance Committee would meet.");
    expect(t.idOf("Marcus")).toBe(t.idOf("Marcus Webb"));
    expect(t.idOf("Finance Committee")).toBe(t.idOf("Senate Finance Committee"));
  });

  it("gives a shared surname to the person named most recently", () => {
    const t = run("Helen Ward met Simon Ward's lawyers. Later Helen Ward said Ward would appeal. Simon Ward declined to comment, but Ward's aide spoke.");
    expect(t.out.entities.filter((e) => e.kind === "person").map((e) => e.name).sort()).toEqual(["Helen Ward", "Simon Ward"]);
  });
});

describe("events named by common nouns", () => {
  it("finds an election, keeps an earlier one apart and refers the plain mention to the coming one", () => {
    const t = run("Labour won the 1998 general election. The party says the next general election will be hard, and the election campaign has begun.");
    const events = t.out.entities.filter((e) => e.kind === "event");
    expect(events).toHaveLength(2);
    const coming = events.find((e) => !/1998/.test(e.name))!;
    expect(t.mentionsOf(coming.id)).toContain("the election campaign");
  });

  it("finds a meeting with its parties, a news conference and a launch", () => {
    const t = run("After a meeting of trade ministers in Oslo, Ms Berg held her monthly news conference. Ahead of Mr Dale's launch, critics spoke.");
    const names = t.out.entities.filter((e) => e.kind === "event").map((e) => [e.name, ...e.aliases]);
    expect(names.some((n) => n.includes("meeting of trade ministers"))).toBe(true);
    expect(names.some((n) => n.includes("news conference"))).toBe(true);
    expect(names.some((n) => n.includes("Mr Dale's launch"))).toBe(true);
  });

  it("does not make events of compounds, idioms or generic uses", () => {
    const t = run("The election strategy was set. The group declared war on the council. Its war was long.");
    expect(t.out.entities.filter((e) => e.kind === "event")).toEqual([]);
  });
});

describe("kinds and fragments", () => {
  it("reads a broadcaster's programme as an organisation and a peer as a person", () => {
    const t = run("Lord Pemberton of Askey told BBC Radio 4's Evening Report that Baroness Hale was wrong.");
    expect(t.byText("Evening Report")?.kind).toBe("organization");
    expect(t.out.entities.some((e) => e.name === "Askey")).toBe(false);
    expect(t.byText("Hale")?.kind ?? t.byText("Baroness Hale")?.kind).toBe("person");
  });

  it("keeps a body named '<head> for <name>' whole and does not make a firm's 'of <place>' one name", () => {
    const t = run("A complaint went to the Commission for Fair Housing. Acme Motor Corp of Japan said nothing.");
    expect(t.idOf("Commission for Fair Housing")).toBe("organization:commission-for-fair-housing");
  });

  it("reads the people of a region as the region and faiths as no entity", () => {
    const t = run("He said Kashmiris on both sides welcomed the bus link, and Sunni Muslims in the valley prayed.");
    expect(t.idOf("Kashmiris")).toBe("location:kashmir");
    expect(t.out.entities.some((e) => /Muslims/.test(e.name))).toBe(false);
  });
});

describe("places, joint polls and holidays", () => {
  it("reads a shrine and a province as places and the home capital as the city", () => {
    const t = run("Labour MPs met in London. Pilgrims visited the Silver Temple in Pattan, a town in Pakistan's Sindh province.");
    expect(t.byText("Silver Temple")?.kind).toBe("location");
    expect(t.byText("Sindh")?.kind).toBe("location");
    expect(t.idOf("London")).toBe("location:london");
  });

  it("splits a joint poll into its two media and keeps a holiday as an event", () => {
    const t = run("A new Daily Post-Metro News poll found Republicans ahead. Rallies were held before Eid al-Adha.");
    expect(t.byText("Daily Post")?.kind).toBe("organization");
    expect(t.byText("Metro News")?.kind).toBe("organization");
    expect(t.byText("Eid al-Adha")?.kind).toBe("event");
  });

  it("joins a capitalised particle surname to the person named in full", () => {
    const t = run("Yusuf bin Tarek was sighted. Later Bin Tarek was said to have fled.");
    expect(t.idOf("Bin Tarek")).toBe(t.idOf("Yusuf bin Tarek"));
  });
});

describe("US places and institutional names", () => {
  it("reads a town before its state as a place, a 'Royal' body as an organisation, a chant and a prize as nothing", () => {
    const t = run("Trump spoke in Tillamook, Ore., on Friday, where the crowd chanted U-S-A. The Royal Mint said the Hawthorn Prize for Poetry was cancelled.");
    expect(t.byText("Tillamook")?.kind).toBe("location");
    expect(t.out.entities.some((e) => e.name === "U-S-A")).toBe(false);
    expect(t.out.entities.some((e) => /Prize/.test(e.name))).toBe(false);
    expect(t.byText("Royal Mint")?.kind ?? "organization").toBe("organization");
  });
});

describe("government departments", () => {
  it("keeps the Treasury, a department the tagger missed and Whitehall as bodies", () => {
    const t = run("Tory leader Ann Hale attacked the plans. The Treasury said the Home Office and the Foreign Office disagreed, and Whitehall sources said no.");
    expect(t.byText("Treasury")?.kind).toBe("organization");
    expect(t.byText("Home Office")?.kind).toBe("organization");
    expect(t.byText("Whitehall")?.kind).toBe("organization");
  });
});

describe("devolved bodies and party members", () => {
  it("reads 'Welsh Assembly' and 'Scottish Parliament' as bodies and a name after a party's possessive as its member", () => {
    const t = run("Plaid Cymru's Gwen Ellis Price criticised the plan. The Welsh Assembly and the Scottish Parliament backed it.");
    expect(t.byText("Welsh Assembly")?.kind).toBe("organization");
    expect(t.byText("Scottish Parliament")?.kind).toBe("organization");
    expect(t.byText("Gwen Ellis Price")?.kind).toBe("person");
  });
});

describe("bodies at the start of a sentence and inside other names", () => {
  it("finds 'The Commons' opening a sentence and leaves 'European Parliament' whole", () => {
    const t = run("Labour MPs were angry. The Commons voted on Tuesday. The European Parliament met.");
    expect(t.idOf("Commons")).toBe("organization:house-of-commons");
    expect(t.byText("European Parliament")?.kind).toBe("organization");
    expect(t.out.entities.some((e) => e.id === "organization:parliament")).toBe(false);
  });
});

describe("attacks as events", () => {
  it("takes a placed or dated attack for an event, a politician's attack for words", () => {
    const t = run("Mr Hale's attack on the minister was fierce. The Lisbon bombings shook the campaign.");
    const names = t.out.entities.filter((e) => e.kind === "event").map((e) => e.name);
    expect(names).toContain("Lisbon bombings");
    expect(names.some((n) => /Hale/.test(n))).toBe(false);
  });
});

describe("office titles", () => {
  it("does not make an entity of a brief's word inside an office title, and keeps a country before one", () => {
    const t = run("Culture Secretary Mary Holt and Work and Pensions Secretary Dan Price met US Secretary of State Ann Reyes.");
    expect(t.out.entities.some((e) => e.name === "Culture" || e.name === "Work")).toBe(false);
    expect(t.byText("US")?.kind).toBe("country");
  });
});

describe("campaigns", () => {
  it("reads a candidate's campaign as an organisation and keeps the candidate a person", () => {
    const t = run("Ann Reyes and Bob Stone debated. A spokesman for the Reyes campaign said the Stone campaign was wrong.");
    expect(t.out.entities.find((e) => e.name === "Reyes campaign")?.kind).toBe("organization");
    expect(t.idOf("Reyes")).toBe("person:ann-reyes");
    expect(t.out.entities.some((e) => e.kind === "event" && /campaign/.test(e.name))).toBe(false);
  });
});

describe("event phrases read with the tagger", () => {
  it("does not take a verb for the head, a sentence's opening word for a modifier, or a cut-off honorific for a complement", () => {
    const t = run("Following Monday's presidential debate, Activist Ann Ross talks about a summit meeting between Mr. Obama and Mr. Putin.");
    const names = t.out.entities.filter((e) => e.kind === "event").map((e) => e.name);
    expect(names).toContain("Monday's presidential debate");
    expect(names.some((n) => /Following|talks|between Mr/.test(n))).toBe(false);
  });
});

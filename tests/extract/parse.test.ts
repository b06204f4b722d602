// The dependency parser's queries, on sentences written for these tests, with the trained model.
import { describe, expect, it } from "vitest";
import { parseSpan, locateSpan, parseDocument, type ParsedSentence } from "../../server/extract/parse/index.ts";
import {
  agentOf, appositivesOf, children, clausalComplementOf, conjuncts, isNegated, modalsOf, modifierChain, objectsOf,
  obliqueWith, subjectOf, subtree,
} from "../../server/extract/parse/queries.ts";

const parse = (text: string) => parseSpan(text, { start: 0, end: text.length });
const at = (s: ParsedSentence, form: string) => s.tokens.findIndex((t) => t.form === form);
const form = (s: ParsedSentence, i: number) => (i < 0 ? null : s.tokens[i].form);
const forms = (s: ParsedSentence, ids: number[]) => ids.map((i) => s.tokens[i].form);

describe("parse queries", () => {
  it("subject, object and an oblique with a preposition: accuse X of Y", () => {
    const s = parse("The minister accused the union of lying about the talks.");
    const verb = at(s, "accused");
    expect(form(s, subjectOf(s, verb))).toBe("minister");
    expect(forms(s, objectsOf(s, verb))).toEqual(["union"]);
    expect(form(s, obliqueWith(s, verb, "of"))).toBe("lying");
  });

  it("warn X against Y", () => {
    const s = parse("The regulator warned the banks against raising their fees.");
    const verb = at(s, "warned");
    expect(form(s, subjectOf(s, verb))).toBe("regulator");
    expect(forms(s, objectsOf(s, verb))).toEqual(["banks"]);
    expect(form(s, obliqueWith(s, verb, "against"))).toBe("raising");
  });

  it("the agent of a passive and an appositive", () => {
    const s = parse("Hart's plan was backed by his deputy, Ruth Kell.");
    const verb = at(s, "backed");
    expect(s.tokens[subjectOf(s, verb)].deprel).toBe("nsubj:pass");
    expect(form(s, subjectOf(s, verb))).toBe("plan");
    const agent = agentOf(s, verb);
    expect(form(s, agent)).toBe("deputy");
    expect(forms(s, appositivesOf(s, agent))).toEqual(["Ruth"]);
    expect(form(s, appositivesOf(s, at(s, "Ruth"))[0])).toBe("deputy");
    // the possessive
    expect(s.tokens[at(s, "Hart")].deprel).toBe("nmod:poss");
  });

  it("the modifier chain before a name", () => {
    const a = parse("Swedish prime minister Anna Lind arrived on Monday.");
    expect(forms(a, modifierChain(a, at(a, "Anna")))).toEqual(["Swedish", "prime", "minister"]);
    const b = parse("Green Party leader Tom Hart spoke to reporters.");
    expect(forms(b, modifierChain(b, at(b, "Tom")))).toEqual(["Green", "Party", "leader"]);
    // the subject phrase holds the name, whichever word of "leader Tom Hart" the parse makes its head
    expect(forms(b, subtree(b, subjectOf(b, at(b, "spoke"))))).toEqual(["Green", "Party", "leader", "Tom", "Hart"]);
  });

  it("the clausal complement of a reporting verb, and of a parenthetical one", () => {
    const a = parse("The chairman said that the company would cut jobs.");
    expect(form(a, clausalComplementOf(a, at(a, "said")))).toBe("cut");
    const b = parse("The company will cut jobs, the chairman said.");
    expect(form(b, clausalComplementOf(b, at(b, "said")))).toBe("cut");
  });

  it("a subject inherited through xcomp and through coordination", () => {
    const a = parse("The mayor wants to build a new bridge.");
    expect(form(a, subjectOf(a, at(a, "build")))).toBe("mayor");
    const b = parse("The senator arrived late and criticised the budget.");
    expect(form(b, subjectOf(b, at(b, "criticised")))).toBe("senator");
    expect(s(b, "criticised").lemma).toMatch(/^criticis|^criticiz/);
  });

  it("a participle after a comma takes the main clause's subject", () => {
    const a = parse("The senator criticised the plan, calling it a disaster.");
    expect(form(a, subjectOf(a, at(a, "calling")))).toBe("senator");
  });

  it("lemmas of verbs whose base ends in -ee", () => {
    const a = parse("She disagreed with the union and guaranteed the pay rise.");
    expect(s(a, "disagreed").lemma).toBe("disagree");
    expect(s(a, "guaranteed").lemma).toBe("guarantee");
    const b = parse("The talks succeeded because the union needed a deal.");
    expect(s(b, "needed").lemma).toBe("need");
  });

  it("negation and modality", () => {
    const a = parse("The union did not accept the offer.");
    expect(isNegated(a, at(a, "accept"))).toBe(true);
    const b = parse("The union never accepted the offer.");
    expect(isNegated(b, at(b, "accepted"))).toBe(true);
    const c = parse("The union accepted the offer.");
    expect(isNegated(c, at(c, "accepted"))).toBe(false);
    const d = parse("The bank could raise rates, but it won't cut them.");
    expect(modalsOf(d, at(d, "raise"))).toEqual(["could"]);
    expect(isNegated(d, at(d, "cut"))).toBe(true);
  });

  it("conjuncts and children by relation", () => {
    const a = parse("Hart, Kell and Moss signed the letter.");
    expect(forms(a, conjuncts(a, at(a, "Kell")))).toEqual(["Hart", "Kell", "Moss"]);
    expect(forms(a, children(a, at(a, "signed"), "obj"))).toEqual(["letter"]);
  });

  it("maps character spans to tokens and their head", () => {
    const text = "Shares fell. The chief executive of Acme Foods resigned on Friday.";
    const doc = parseDocument(text, [{ start: 0, end: 12 }, { start: 13, end: text.length }]);
    expect(doc[1].tokens[0].start).toBe(13);
    for (const sent of doc) for (const t of sent.tokens) expect(text.slice(t.start, t.end)).toBe(t.form);
    const span = { start: text.indexOf("The chief"), end: text.indexOf(" resigned") };
    const where = locateSpan(doc, span)!;
    expect(where.sentence).toBe(1);
    expect(doc[1].tokens[where.head].form).toBe("executive");
  });

  it("parses only the sentences asked for; the others come back with no tokens", () => {
    const text = "Shares fell. The chief executive resigned.";
    const doc = parseDocument(text, [{ start: 0, end: 12 }, { start: 13, end: text.length }], undefined, (i) => i === 1);
    expect(doc.map((d) => d.tokens.length > 0)).toEqual([false, true]);
    expect(doc[0]).toMatchObject({ start: 0, end: 12 });
  });
});

function s(sent: ParsedSentence, f: string) {
  return sent.tokens[at(sent, f)];
}

describe("tags the tagger misreads in news, fixed before the parse", () => {
  const tagOf = (text: string, word: string) => {
    const p = parseSpan(text, { start: 0, end: text.length });
    return p.tokens.find((t) => t.form === word)!;
  };

  it("an office word after a determiner is a noun, and the verb after it a verb", () => {
    const text = "The premier insisted Mr Hart will have a key role in the party's campaign, and praised his handling of the economy.";
    expect(tagOf(text, "premier").upos).toBe("NOUN");
    expect(tagOf(text, "insisted").xpos).toBe("VBD");
  });

  it("a verb-tagged plural ending a phrase a preposition opens after a verb is a noun; after a subordinator it stays a verb", () => {
    const text = "The appeal judges ruled against the detention measures last week.";
    expect(tagOf(text, "measures").upos).toBe("NOUN");
    expect(tagOf(text, "ruled").deprel).toBe("root");
    expect(tagOf("Prices will rise before the new model hits the streets.", "hits").upos).toBe("VERB");
  });

  it("a word tagged a determiner that is none is an adjective, or before a determiner an adverb", () => {
    const text = "New European commission president Tom Hart has suggested the cash could be shared out.";
    expect(tagOf(text, "New").upos).toBe("ADJ");
    expect(tagOf(text, "Hart").deprel).toMatch(/^(?:nsubj|flat)/);
    expect(tagOf("Meanwhile the talks went on.", "Meanwhile").upos).not.toBe("DET");
  });

  it("a noun after a subject pronoun and its adverbs is the pronoun's verb", () => {
    expect(tagOf("I very much hope it would be possible to reach a compromise on this.", "hope").upos).toBe("VERB");
    expect(tagOf("I very much hope it would be possible to reach a compromise on this.", "hope").deprel).toBe("root");
  });

  it("a plural noun right after an -ly adverb after its subject is a verb", () => {
    const text = "As President Tom Hart appears set to veto legislation that would allow 9/11 families to sue Canada, Democratic nominee Ruth Kell apparently disagrees with her former boss.";
    expect(tagOf(text, "disagrees").upos).toBe("VERB");
    expect(tagOf(text, "disagrees").deprel).toBe("root");
  });
});

// Reporting verbs (speech cues) and stance verbs mapped to speech acts and polarity, in the spirit of GDELT CAMEO.
import type { Polarity } from "../types.ts";
import { formsOf } from "./inflect.ts";

/** Verbs that introduce direct or reported speech. */
export const REPORTING = formsOf({
  say: ["said"], tell: ["told"], add: [], stress: [], state: [], note: [], warn: [], urge: [], insist: [], claim: [],
  argue: [], explain: [], announce: [], declare: [], emphasize: [], emphasise: [], write: ["wrote", "written"],
  tweet: ["tweeted"], post: [], report: [], reply: [], respond: [], answer: [], ask: [], acknowledge: [], admit: [],
  suggest: [], predict: [], estimate: [], believe: [], think: ["thought"], confirm: [], deny: [], reveal: [], recall: [],
  observe: [], remark: [], mention: [], point: [], continue: [], conclude: [], caution: [], complain: [], charge: [],
  allege: [], assert: [], contend: [], maintain: [], testify: [], describe: [], call: [], reiterate: [], underline: [],
  underscore: [], highlight: [], pledge: [], promise: [], vow: [], concede: [], agree: [], quip: ["quipped"],
  joke: [], shout: [], yell: [], tell_: [], feel: ["felt"], know: ["knew", "known"], hope: [], fear: [], expect: [],
  learn: ["learnt"], indicate: [], show: ["shown"], find: ["found"], accuse: [], stat: [], read: [], sing: ["sang", "sung"],
  demand: [], boast: [], brag: [], counter: [], retort: [], hint: [], signal: [], forecast: [], project: [],
  told: [], recount: [], detail: [], cite: [], quote: [], assure: [], inform: [], advise: [], opine: [],
  comment: [], whisper: [], scream: [], lament: [], concur: [], muse: [], wonder: [], hold: ["held"],
});
/** Reporting nouns for "according to", "in a statement". */
export const ACCORDING_TO = /\baccording to\b/i;

export interface StanceAct {
  act: string;
  polarity: Polarity;
}

const act = (a: string, polarity: Polarity): StanceAct => ({ act: a, polarity });
/** Speech-act and action verbs -> stance act and polarity toward their object. */
const STANCE_BASES: Record<string, [StanceAct, string[]]> = {
  urge: [act("urges", "support"), []], "call for": [act("calls_for", "support"), []], "call on": [act("urges", "support"), []],
  appeal: [act("urges", "support"), []], demand: [act("demands", "support"), []],
  commit: [act("commits_to", "support"), []], pledge: [act("commits_to", "support"), []], promise: [act("commits_to", "support"), []],
  vow: [act("commits_to", "support"), []], reaffirm: [act("commits_to", "support"), []], deliver: [act("supports", "support"), []],
  support: [act("supports", "support"), []], back: [act("supports", "support"), []], endorse: [act("supports", "support"), []],
  welcome: [act("praises", "support"), []], praise: [act("praises", "support"), []], hail: [act("praises", "support"), []],
  applaud: [act("praises", "support"), []], thank: [act("praises", "support"), []], help: [act("supports", "support"), []],
  aid: [act("supports", "support"), []], defend: [act("supports", "support"), []], strengthen: [act("supports", "support"), []],
  reinforce: [act("supports", "support"), []], boost: [act("supports", "support"), []], increase: [act("supports", "support"), []],
  enhance: [act("supports", "support"), []], provide: [act("supports", "support"), []], favour: [act("supports", "support"), []],
  favor: [act("supports", "support"), []], advocate: [act("supports", "support"), []], champion: [act("supports", "support"), []],
  intensify: [act("supports", "support"), []], "ramp up": [act("supports", "support"), []], expand: [act("supports", "support"), []],
  criticize: [act("criticizes", "oppose"), []], criticise: [act("criticizes", "oppose"), []], condemn: [act("criticizes", "oppose"), []],
  denounce: [act("criticizes", "oppose"), []], blame: [act("criticizes", "oppose"), []], accuse: [act("criticizes", "oppose"), []],
  attack: [act("criticizes", "oppose"), []], slam: [act("criticizes", "oppose"), []], reject: [act("rejects", "oppose"), []],
  oppose: [act("opposes", "oppose"), []], resist: [act("opposes", "oppose"), []],
  counter: [act("opposes", "oppose"), []], sanction: [act("opposes", "oppose"), []], punish: [act("opposes", "oppose"), []],
  threaten: [act("threatens", "oppose"), []], warn: [act("warns", "oppose"), []], deter: [act("opposes", "oppose"), []],
  force: [act("opposes", "oppose"), []], pressure: [act("opposes", "oppose"), []], isolate: [act("opposes", "oppose"), []],
  cut: [act("opposes", "oppose"), ["cut"]], reduce: [act("opposes", "oppose"), []], scrap: [act("opposes", "oppose"), []],
  block: [act("opposes", "oppose"), []], ban: [act("opposes", "oppose"), []], veto: [act("opposes", "oppose"), []],
  mock: [act("criticizes", "oppose"), []], ridicule: [act("criticizes", "oppose"), []], insult: [act("criticizes", "oppose"), []],
  sue: [act("opposes", "oppose"), []], investigate: [act("opposes", "oppose"), []],
  require: [act("calls_for", "support"), []], retaliate: [act("opposes", "oppose"), []], "call out": [act("criticizes", "oppose"), []],
  confront: [act("opposes", "oppose"), []], boycott: [act("opposes", "oppose"), []], impeach: [act("opposes", "oppose"), []], "invest in": [act("supports", "support"), []], prioritize: [act("supports", "support"), []],
  prioritise: [act("supports", "support"), []], protect: [act("supports", "support"), []], recognize: [act("supports", "support"), []],
};
export const STANCE_VERBS = new Map<string, StanceAct>();
for (const [base, [a, irr]] of Object.entries(STANCE_BASES)) {
  const [verb, particle] = base.split(" ");
  for (const [form] of formsOf({ [verb]: irr })) STANCE_VERBS.set(particle ? `${form} ${particle}` : form, a);
}

/** Nouns that carry a stance toward what follows ("support for X", "commitment to X"). */
export const STANCE_NOUNS = new Map<string, StanceAct>([
  ["support", act("supports", "support")], ["commitment", act("commits_to", "support")], ["aid", act("supports", "support")],
  ["assistance", act("supports", "support")], ["help", act("supports", "support")], ["solidarity", act("supports", "support")],
  ["backing", act("supports", "support")], ["praise", act("praises", "support")], ["importance", act("supports", "support")],
  ["need", act("calls_for", "support")], ["opposition", act("opposes", "oppose")], ["criticism", act("criticizes", "oppose")],
  ["sanctions", act("opposes", "oppose")], ["pressure", act("opposes", "oppose")], ["deterrence", act("opposes", "oppose")],
  ["condemnation", act("criticizes", "oppose")],
]);

/** Hostile actions: an actor doing these to someone is reported as an aggressor (speaker opposes the actor). */
export const HOSTILE_VERBS = formsOf({
  fire: [], attack: [], invade: [], bomb: [], shell: [], strike: ["struck"], target: [], kill: [], launch: [], occupy: [],
  annex: [], threaten: [], blur: [], mislead: ["misled"], destroy: [], seize: [], shoot: ["shot"], besiege: [],
  aggress: [], violate: [], terrorize: [], terrorise: [],
});
/** Nouns of armed conflict. */
export const CONFLICT_NOUNS = /\b(?:war|wars|invasion|aggression|attacks?|offensive|conflict|fight|fighting|hostilities|occupation|assault|strikes|bombardment|incursion)\b/i;

export const NEGATION = /\b(?:not|never|no longer|n't|refuse[sd]? to|declin(?:e|es|ed) to|fail(?:s|ed)? to|without)\b/i;

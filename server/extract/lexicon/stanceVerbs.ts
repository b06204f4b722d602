// Verbs and nouns by which one actor judges another, read from the parse: the holder is the subject (or the agent of
// a passive), the target the object or the oblique the preposition names. General English, no names.
import type { Polarity } from "../types.ts";

export interface Judging {
  act: string;
  polarity: Polarity;
  /** Prepositions whose oblique is the target ("agree with X", "hit out at X"); none means the object. */
  preps?: string[];
  /** An object the verb needs before its target, read as a particle or fixed phrase ("hit out at"). */
  particle?: string;
}

const j = (act: string, polarity: Polarity, preps?: string[], particle?: string): Judging => ({ act, polarity, preps, particle });

/** Lemma (or lemma + particle) -> what the verb does to its target. British and American spellings both. */
export const JUDGING_VERBS = new Map<string, Judging>([
  ["criticise", j("criticizes", "oppose")], ["criticize", j("criticizes", "oppose")], ["attack", j("criticizes", "oppose")],
  ["accuse", j("accuses", "oppose")], ["condemn", j("criticizes", "oppose")], ["denounce", j("criticizes", "oppose")],
  ["blame", j("criticizes", "oppose")], ["slam", j("criticizes", "oppose")], ["lambast", j("criticizes", "oppose")],
  ["rebuke", j("criticizes", "oppose")], ["deride", j("criticizes", "oppose")], ["mock", j("criticizes", "oppose")],
  ["ridicule", j("criticizes", "oppose")], ["insult", j("criticizes", "oppose")], ["castigate", j("criticizes", "oppose")],
  ["reject", j("rejects", "oppose")], ["oppose", j("opposes", "oppose")], ["sue", j("sues", "oppose")],
  ["warn", j("warns", "oppose")], ["threaten", j("threatens", "oppose")], ["challenge", j("opposes", "oppose")],
  ["dismiss", j("rejects", "oppose")], ["rebut", j("rejects", "oppose")], ["contradict", j("opposes", "oppose")],
  ["defy", j("opposes", "oppose")], ["snub", j("opposes", "oppose")], ["undermine", j("opposes", "oppose")],
  ["betray", j("opposes", "oppose")], ["smear", j("criticizes", "oppose")], ["demonise", j("criticizes", "oppose")],
  ["demonize", j("criticizes", "oppose")], ["vilify", j("criticizes", "oppose")], ["disparage", j("criticizes", "oppose")],
  ["question", j("opposes", "oppose")], ["scold", j("criticizes", "oppose")], ["chide", j("criticizes", "oppose")],
  ["fault", j("criticizes", "oppose")], ["impeach", j("opposes", "oppose")], ["unendorse", j("opposes", "oppose")],
  ["disown", j("opposes", "oppose")], ["boycott", j("opposes", "oppose")], ["target", j("opposes", "oppose")],
  ["deny", j("rejects", "oppose")], ["dispute", j("rejects", "oppose")], ["refute", j("rejects", "oppose")],
  ["blast", j("criticizes", "oppose")], ["savage", j("criticizes", "oppose")], ["brand", j("criticizes", "oppose")],
  ["aim", j("criticizes", "oppose", ["at"])], ["scorn", j("criticizes", "oppose")], ["berate", j("criticizes", "oppose")],
  ["disagree", j("opposes", "oppose", ["with"])], ["clash", j("opposes", "oppose", ["with"])],
  ["break", j("opposes", "oppose", ["with"])], ["split", j("opposes", "oppose", ["with"])],
  ["vote", j("opposes", "oppose", ["against"])], ["rebel", j("opposes", "oppose", ["against"])],
  ["campaign", j("opposes", "oppose", ["against"])], ["protest", j("opposes", "oppose", ["against"])],
  ["complain", j("criticizes", "oppose", ["about"])], ["round", j("criticizes", "oppose", ["on"])],
  ["turn", j("criticizes", "oppose", ["on"])], ["hit", j("criticizes", "oppose", ["at"], "out")],
  ["lash", j("criticizes", "oppose", ["at"], "out")], ["rail", j("criticizes", "oppose", ["against"])],
  ["back", j("supports", "support")], ["support", j("supports", "support")], ["endorse", j("supports", "support")],
  ["praise", j("praises", "support")], ["welcome", j("praises", "support")], ["hail", j("praises", "support")],
  ["applaud", j("praises", "support")], ["congratulate", j("praises", "support")], ["commend", j("praises", "support")],
  ["laud", j("praises", "support")], ["salute", j("praises", "support")], ["thank", j("praises", "support")],
  ["defend", j("supports", "support")], ["champion", j("supports", "support")], ["embrace", j("supports", "support")],
  ["admire", j("praises", "support")], ["trust", j("supports", "support")], ["vindicate", j("supports", "support")],
  ["agree", j("supports", "support", ["with"])], ["side", j("supports", "support", ["with"])],
  ["stand", j("supports", "support", ["by", "behind"])], ["rally", j("supports", "support", ["behind", "around"])],
]);

/** Nouns that carry a judgement of whoever follows ("criticism of X", "an attack on X", "support for X"). */
export const JUDGING_NOUNS_OF = new Map<string, Judging>([
  ["criticism", j("criticizes", "oppose", ["of"])], ["attack", j("criticizes", "oppose", ["on"])],
  ["condemnation", j("criticizes", "oppose", ["of"])], ["complaint", j("criticizes", "oppose", ["about", "against"])],
  ["accusation", j("accuses", "oppose", ["against"])], ["opposition", j("opposes", "oppose", ["to"])],
  ["lawsuit", j("sues", "oppose", ["against"])], ["challenge", j("opposes", "oppose", ["to"])],
  ["support", j("supports", "support", ["for"])], ["backing", j("supports", "support", ["for"])],
  ["praise", j("praises", "support", ["for"])], ["endorsement", j("supports", "support", ["of"])],
  ["tribute", j("praises", "support", ["to"])], ["congratulations", j("praises", "support", ["to"])],
]);

/** What a demand asks of someone: calling for X's apology or resignation opposes X. */
export const DEMANDED_OF = /^(?:apology|apologies|resignation|sacking|dismissal|removal|impeachment|prosecution|arrest|investigation|inquiry|probe)$/i;

/** Verbs of demanding whose object may be such a demand. */
export const DEMAND_VERBS = new Set(["call", "demand", "urge", "want", "seek", "press", "ask"]);

/** Telling someone to stop judging a third party defends that party: "warned the BBC against demonising him", "urged
 * the press to stop attacking her". The verbs of telling, and the verbs of leaving off in between. */
export const DISSUADING = new Set(["warn", "urge", "tell", "ask", "caution", "advise", "implore", "beg", "call"]);
export const LEAVING_OFF = new Set(["stop", "avoid", "refrain", "cease", "quit", "desist", "steer"]);

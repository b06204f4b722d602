// Verbs by which an actor takes a side on an issue, a policy or a plan: what the verb does to its object
// ("scrap tuition fees" opposes the fees, "back ID cards" supports them). General English, no names.
import type { Polarity } from "../types.ts";

const FOR: Polarity = "support", AGAINST: Polarity = "oppose";

/** Lemma -> polarity toward the object; a preposition after the colon names an oblique object instead. */
export const POLICY_VERBS = new Map<string, Polarity>([
  ["back", FOR], ["support", FOR], ["endorse", FOR], ["welcome", FOR], ["praise", FOR], ["defend", FOR],
  ["champion", FOR], ["favour", FOR], ["favor", FOR], ["advocate", FOR], ["propose", FOR], ["promise", FOR],
  ["pledge", FOR], ["vow", FOR], ["want", FOR], ["seek", FOR], ["demand", FOR], ["urge", FOR], ["introduce", FOR],
  ["unveil", FOR], ["protect", FOR], ["keep", FOR], ["retain", FOR], ["preserve", FOR], ["increase", FOR],
  ["boost", FOR], ["expand", FOR], ["extend", FOR], ["restore", FOR], ["reintroduce", FOR], ["approve", FOR],
  ["accept", FOR], ["adopt", FOR], ["renew", FOR], ["prioritise", FOR], ["prioritize", FOR], ["fund", FOR],
  ["promote", FOR], ["deliver", FOR], ["ensure", FOR], ["guarantee", FOR], ["implement", FOR], ["enforce", FOR],
  ["applaud", FOR], ["hail", FOR], ["embrace", FOR], ["favour", FOR], ["recommend", FOR], ["require", FOR],
  ["strengthen", FOR], ["improve", FOR], ["encourage", FOR], ["need", FOR], ["insist:on", FOR], ["call:for", FOR],
  ["push:for", FOR], ["press:for", FOR], ["argue:for", FOR], ["campaign:for", FOR], ["commit:to", FOR],
  ["agree:to", FOR], ["invest:in", FOR], ["stand:by", FOR], ["vote:for", FOR],
  ["oppose", AGAINST], ["reject", AGAINST], ["criticise", AGAINST], ["criticize", AGAINST], ["attack", AGAINST],
  ["condemn", AGAINST], ["denounce", AGAINST], ["scrap", AGAINST], ["abolish", AGAINST], ["axe", AGAINST],
  ["end", AGAINST], ["ban", AGAINST], ["block", AGAINST], ["veto", AGAINST], ["tackle", AGAINST], ["fight", AGAINST],
  ["combat", AGAINST], ["resist", AGAINST], ["drop", AGAINST], ["halt", AGAINST], ["stop", AGAINST], ["repeal", AGAINST],
  ["challenge", AGAINST], ["question", AGAINST], ["dismiss", AGAINST], ["condemn", AGAINST], ["slam", AGAINST],
  ["blame", AGAINST], ["attack", AGAINST], ["deplore", AGAINST], ["regret", AGAINST], ["scrutinise", AGAINST],
  ["overturn", AGAINST], ["prevent", AGAINST], ["limit", AGAINST], ["restrict", AGAINST], ["curb", AGAINST],
  ["warn:against", AGAINST], ["vote:against", AGAINST], ["campaign:against", AGAINST], ["argue:against", AGAINST],
  ["protest:against", AGAINST], ["rule:against", AGAINST], ["complain:about", AGAINST], ["object:to", AGAINST],
  ["sign", FOR], ["pass", FOR], ["offer", FOR], ["provide", FOR], ["advocate:for", FOR], ["protest", AGAINST], ["tighten", FOR], ["stick:to", FOR], ["lift", AGAINST], ["outlaw", AGAINST],
  ["relax", AGAINST], ["override", AGAINST], ["cut", AGAINST], ["reduce", AGAINST], ["slash", AGAINST],
  ["lower", AGAINST], ["resign:over", AGAINST], ["quit:over", AGAINST], ["crack:on", AGAINST], ["clamp:on", AGAINST], ["speak:against", AGAINST], ["speak:out", AGAINST],
]);

/** Nouns that state a side, with the preposition of what they are about: "opposition to the plans". */
export const STANCE_NOUNS = new Map<string, Polarity>([
  ["support:for", FOR], ["backing:for", FOR], ["enthusiasm:for", FOR], ["call:for", FOR], ["demand:for", FOR],
  ["pressure:for", FOR], ["plea:for", FOR], ["campaign:for", FOR], ["argument:for", FOR], ["commitment:to", FOR],
  ["vote:for", FOR], ["opposition:to", AGAINST], ["objection:to", AGAINST], ["hostility:to", AGAINST],
  ["resistance:to", AGAINST], ["criticism:of", AGAINST], ["campaign:against", AGAINST], ["argument:against", AGAINST],
  ["vote:against", AGAINST], ["crackdown:on", AGAINST], ["war:on", AGAINST], ["ban:on", AGAINST], ["moratorium:on", AGAINST],
]);

/** Verbs whose object states the subject's own side or intention: "voiced opposition to", "unveiled plans to". */
export const LIGHT_VERBS = new Set([
  "voice", "express", "give", "lend", "offer", "declare", "signal", "reiterate", "renew", "repeat", "step", "make", "show",
  "announce", "unveil", "reveal", "set", "outline", "publish", "launch", "throw", "confirm", "put", "lay", "restate", "underline",
]);

/** Nouns of intention whose "to" clause names the deed intended: "plans to scrap fees", "a pledge to cut taxes". */
export const INTENT_NOUNS = /^(?:plan|proposal|pledge|promise|commitment|bid|decision|intention|move|attempt|effort|drive|campaign|threat|vow|offer|determination|desire|wish|ambition|aim|goal|strategy|scheme)$/i;

/** Nouns that ask for something; a side taken on them is a side taken on what they ask for. */
export const CALL_NOUNS = /^(?:call|demand|pressure|plea|request|appeal)$/i;

/** Verbs whose subject's side passes to the deed they ask of another: "urged the government to scrap fees". */
export const URGING = new Set(["urge", "call", "press", "ask", "push", "encourage", "lobby", "persuade", "want", "implore", "challenge"]);

/** Reporting verbs: a pronoun subject of their complement is the reporter ("the Tories say they would …"). */
export const REPORTING = new Set([
  "say", "tell", "insist", "argue", "claim", "add", "warn", "believe", "think", "state", "announce", "confirm", "suggest",
  "indicate", "signal", "admit", "stress", "maintain", "contend", "declare", "assert", "write", "promise", "pledge", "vow",
]);

/** Deeds too general to be an issue when intended ("wants to meet", "plans to go"). */
export const NO_DEED = /^(?:be|have|do|assess|examine|review|consider|study|monitor|judge|measure|debate|treat|make|get|go|come|see|meet|visit|say|tell|talk|speak|discuss|know|think|take|give|put|set|look|find|win|lose|become|lead|run|form|hold|attend|travel|return|leave|stay|use|try|help|show|ask|answer|address|spend|play|work|live|wait|watch|hear|read|write|call|let|seem|continue|start|begin|finish|join|face|raise|learn|understand|explain|reach|bring|send|turn|move|put|hope)$/i;

/** Verbs that take a stance on the deed of their complement: "plans to scrap fees", "refused to apologise". */
export const CONTROL_VERBS = new Set(["want", "plan", "promise", "pledge", "vow", "seek", "aim", "intend", "propose", "hope", "try", "agree", "decide", "need", "call", "urge"]);
export const REFUSING = new Set(["refuse", "decline", "reject", "oppose"]);

/** Deeds that are themselves the issue when nothing is their object ("refused to apologise": an apology). */
export const DEED_TOPICS = new Map<string, string>([
  ["apologise", "apology"], ["apologize", "apology"], ["resign", "resignation"], ["negotiate", "negotiations"],
  ["compromise", "compromise"], ["withdraw", "withdrawal"], ["intervene", "intervention"], ["retaliate", "retaliation"],
  ["consult", "consultation"], ["cooperate", "cooperation"], ["co-operate", "cooperation"],
]);

/** Object heads too vague to be an issue on their own ("said it", "want things"). */
export const VAGUE_OBJECTS = /^(?:it|this|that|these|those|them|him|her|me|us|you|something|anything|everything|nothing|thing|things|way|lot|one|what|which|who|all|some|any|more|much|time|people|part)$/i;

/** Verbs that judge their object by a predicate: "called the change pragmatic", "described the bill as a charade". */
export const CALLING = new Set(["call", "describe", "brand", "dub", "deem", "label", "term", "condemn", "denounce", "hail", "praise", "attack", "criticise", "criticize", "dismiss"]);

/** Words that judge a policy, beside the general valence list: what they say of a plan, a bill or a measure. */
export const POLICY_VALENCE = new Map<string, number>([
  ["unworkable", -2], ["impractical", -2], ["unenforceable", -2], ["draconian", -2], ["authoritarian", -2],
  ["misguided", -2], ["ill-conceived", -2], ["half-baked", -2], ["unjust", -2], ["unlawful", -3], ["illegal", -3],
  ["disgraceful", -3], ["absurd", -2], ["shambles", -2], ["charade", -2], ["fantasy", -2], ["misjudgement", -2],
  ["misjudgment", -2], ["unsatisfactory", -2], ["underhand", -2], ["flawed", -2], ["tyranny", -2], ["folly", -2],
  ["fiasco", -2], ["farce", -2], ["reckless", -2], ["irresponsible", -2], ["unfair", -2], ["unfounded", -2], ["unaffordable", -2], ["counterproductive", -2], ["counter-productive", -2], ["divisive", -2],
  ["centrepiece", 2], ["centerpiece", 2], ["cornerstone", 2], ["priority", 2], ["pragmatic", 2], ["sensible", 2], ["reasonable", 2], ["workable", 2], ["lawful", 2], ["legal", 2], ["necessary", 2],
  ["essential", 2], ["vital", 2], ["fair", 2], ["proportionate", 2], ["justified", 2], ["balanced", 2], ["right", 2],
  ["important", 0], ["clear", 0],
]);

/** Verbs that blame someone for a deed: the deed is what the accuser is against. */
export const ACCUSING = new Set(["accuse", "blame", "criticise", "criticize", "condemn", "attack", "fault", "castigate", "rebuke", "chide"]);

/** Nouns that judge what they are "of": "the madness of the deal" (against), "the success of the surge" (for). */
export const JUDGING_NOUNS = new Map<string, number>([
  ["madness", -2], ["folly", -2], ["absurdity", -2], ["farce", -2], ["charade", -2], ["travesty", -2], ["scandal", -2],
  ["disgrace", -2], ["shambles", -2], ["fiasco", -2], ["tyranny", -2], ["nonsense", -2], ["lunacy", -2], ["insanity", -2],
  ["hypocrisy", -2], ["outrage", -2], ["evil", -2], ["evils", -2], ["horror", -2], ["horrors", -2], ["menace", -2],
  ["scourge", -2], ["idiocy", -2], ["stupidity", -2],
  ["success", 2], ["triumph", 2], ["virtue", 2], ["virtues", 2], ["merit", 2], ["merits", 2], ["benefit", 2],
  ["benefits", 2], ["wisdom", 2], ["genius", 2],
]);

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
]);

/** Verbs that take a stance on the deed of their complement: "plans to scrap fees", "refused to apologise". */
export const CONTROL_VERBS = new Set(["want", "plan", "promise", "pledge", "vow", "seek", "aim", "intend", "propose", "hope", "try", "agree", "decide", "need", "call", "urge"]);
export const REFUSING = new Set(["refuse", "decline", "fail", "reject", "oppose"]);

/** Deeds that are themselves the issue when nothing is their object ("refused to apologise": an apology). */
export const DEED_TOPICS = new Map<string, string>([
  ["apologise", "apology"], ["apologize", "apology"], ["resign", "resignation"], ["negotiate", "negotiations"],
  ["compromise", "compromise"], ["withdraw", "withdrawal"], ["intervene", "intervention"], ["retaliate", "retaliation"],
  ["consult", "consultation"], ["cooperate", "cooperation"], ["co-operate", "cooperation"],
]);

/** Object heads too vague to be an issue on their own ("said it", "want things"). */
export const VAGUE_OBJECTS = /^(?:it|this|that|these|those|them|him|her|me|us|you|something|anything|everything|nothing|thing|things|way|lot|one|what|which|who|all|some|any|more|much|time|people|part)$/i;

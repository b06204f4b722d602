// Attitudes stated as what someone is rather than what they do: "X has been critical of Y", "X, a fierce critic of
// Y", "X is a longtime ally of Y", "Trump supporter Ann Lee", "made a complaint about Y". Read off the surface: the
// holder is the clause's subject or the name the phrase is in apposition to, the target the actor right after.
import type { Polarity, Relation, Span } from "./types.ts";
import type { Sentence } from "./sentences.ts";
import type { EntityTable, MentionRef } from "./entities.ts";
import type { QuotedSegment } from "./quoted.ts";
import { appositiveHead, evidenceOf, subjectBefore } from "./clauses.ts";

const ACTORS = new Set(["person", "organization", "country"]);
const INTENSIFIER = "(?:(?:very|highly|deeply|fiercely|openly|sharply|increasingly|strongly|particularly|so|too|more|most|publicly|always|often|bitterly|harshly|vocally|consistently)\\s+)*";
const ADJECTIVES: Record<string, Polarity> = {
  critical: "oppose", dismissive: "oppose", scornful: "oppose", contemptuous: "oppose", suspicious: "oppose", hostile: "oppose",
  skeptical: "oppose", sceptical: "oppose", distrustful: "oppose", disdainful: "oppose", supportive: "support",
  appreciative: "support", fond: "support", proud: "support", respectful: "support",
};
const NOUNS: Record<string, Polarity> = {
  critic: "oppose", opponent: "oppose", foe: "oppose", enemy: "oppose", detractor: "oppose", adversary: "oppose",
  supporter: "support", ally: "support", backer: "support", fan: "support", defender: "support", champion: "support",
  admirer: "support", friend: "support", loyalist: "support", cheerleader: "support",
};
const COMPLAINTS: Record<string, Polarity> = { complaint: "oppose", complaints: "oppose", criticism: "oppose", attack: "oppose", attacks: "oppose", lawsuit: "oppose", protest: "oppose", praise: "support", tribute: "support" };

const ADJ = new RegExp(`\\b(?:is|was|were|are|been|being|be|remains?|remained|became|become|grown|grew|appeared|seemed|proved)\\s+${INTENSIFIER}(${Object.keys(ADJECTIVES).join("|")})\\s+(?:of|to|toward|towards)\\s+(?:the\\s+)?`, "gi");
const NOUN = new RegExp(`\\b(?:a|an|the|one)\\s+(?:of\\s+the\\s+)?(?:(?:fierce|vocal|staunch|longtime|long-time|leading|prominent|harsh|outspoken|key|close|loyal|strong|big|bitter|chief|frequent|fervent|ardent|enthusiastic|female|male|young|old|lifelong)\\s+)*(${Object.keys(NOUNS).join("|")})s?\\s+of\\s+(?:the\\s+)?`, "gi");
const MADE = new RegExp(`\\b(?:made|lodged|filed|launched|voiced|expressed|renewed|issued|paid|brought|led)\\s+(?:a|an|its|their|his|her|the)?\\s*(?:[a-z]+\\s+)?(${Object.keys(COMPLAINTS).join("|")})\\s+(?:about|against|on|of|to)\\s+(?:the\\s+)?`, "gi");
const COMPOUND = new RegExp(`^\\s+(${Object.keys(NOUNS).join("|")})s?\\s+$`, "i");

export function extractAttitudes(text: string, sentences: Sentence[], table: EntityTable, quoted: QuotedSegment[]): Relation[] {
  const out: Relation[] = [];
  const actor = (r: MentionRef | undefined) => !!r && ACTORS.has(table.get(r.id)!.kind);
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    const refs = table.within(s);
    const emit = (holder: MentionRef | undefined, target: MentionRef | undefined, polarity: Polarity, act: string) => {
      if (!holder || !target || holder.id === target.id || !actor(holder) || !actor(target)) return;
      out.push({ source: holder.id, target: target.id, type: "stance", polarity, attributes: { act }, evidence: [evidenceOf(text, s as Span)], confidence: 0.6 });
    };
    const targetAt = (at: number) => refs.find((r) => r.start === at && actor(r));
    for (const [re, table_, act] of [[ADJ, ADJECTIVES, "judges"], [NOUN, NOUNS, "sides"], [MADE, COMPLAINTS, "complains"]] as const) {
      for (const m of slice.matchAll(re)) {
        const at = s.start + (m.index ?? 0);
        const polarity = (table_ as Record<string, Polarity>)[m[1].toLowerCase()];
        const target = targetAt(at + m[0].length);
        // "X, a critic of Y": the name the phrase stands beside; else the clause's subject ("X has been critical of Y").
        const holder = (re === NOUN ? appositiveHead(text, s, at + m[0].length, table) : undefined) ?? subjectBefore(text, s, at, table, quoted);
        emit(holder, target, polarity, act === "complains" && polarity === "oppose" ? "criticizes" : polarity === "support" ? "supports" : "opposes");
      }
    }
    // "Trump supporter Ann Lee": an actor's supporter named by the phrase before the name.
    for (let i = 0; i + 1 < refs.length; i++) {
      const a = refs[i], b = refs.find((r) => r.start > a.end && table.get(r.id)!.kind === "person");
      if (!b || !actor(a)) continue;
      const m = COMPOUND.exec(text.slice(a.end, b.start));
      if (m) emit(b, a, NOUNS[m[1].toLowerCase()], "sides");
    }
  }
  return out;
}

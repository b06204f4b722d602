// Party politics in reported words: when a party, or someone the article places in one, speaks of a rival party or
// of a rival party's people, the words are an attack unless they praise ("Labour says the Lib Dems would cap
// ambitions", "Mr Howard said Mr Blair would waste more"). Parties come from the offices stage's memberships.
import type { Quote, Relation, Span } from "./types.ts";
import type { Sentence } from "./sentences.ts";
import { findSentence } from "./sentences.ts";
import type { EntityTable } from "./entities.ts";
import type { TagIndex } from "./postags.ts";
import { evidenceOf } from "./clauses.ts";
import { isParty } from "./offices.ts";
import { clauseValence, near } from "./judgements.ts";

const TARGETS = new Set(["person", "organization"]);

/** Each actor's party: a party is its own; a person's is the party the article makes them a member or officer of. */
export function partiesOf(table: EntityTable, offices: Relation[]): Map<string, string> {
  const party = new Map<string, string>();
  for (const e of table.byId.values()) if (isParty(e)) party.set(e.id, e.id);
  for (const r of offices) {
    if ((r.type === "member_of" || r.type === "holds_position") && isParty(table.get(r.target)) && !party.has(r.source)) party.set(r.source, r.target);
  }
  return party;
}

export function extractRivalry(text: string, sentences: Sentence[], table: EntityTable, quotes: Quote[], tags: TagIndex, offices: Relation[]): Relation[] {
  const party = partiesOf(table, offices);
  if (new Set(party.values()).size < 2) return [];
  const out: Relation[] = [];
  for (const q of quotes) {
    const own = q.speaker ? party.get(q.speaker) : undefined;
    if (!q.speaker || !own) continue;
    const skip = table.within(q.content);
    for (const r of skip) {
      const theirs = party.get(r.id);
      if (!theirs || theirs === own || r.id === q.speaker || !TARGETS.has(table.get(r.id)!.kind) || r.form === "demonym") continue;
      const s = findSentence(sentences, r.start);
      const clause: Span = s ? { start: Math.max(s.start, q.content.start), end: Math.min(s.end, q.content.end) } : q.content;
      if (clauseValence(text, near(text, clause, r), tags, skip) > 0) continue;
      out.push({
        source: q.speaker, target: r.id, type: "stance", polarity: "oppose", attributes: { act: "criticizes" },
        evidence: [evidenceOf(text, s ?? q.content)], confidence: 0.5,
      });
    }
  }
  return out;
}

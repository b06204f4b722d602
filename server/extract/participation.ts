// Who takes part in an event, and where it is, read from the parse: the subject of a verb of attending whose object
// or oblique is the event ("attended the summit", "told his news conference", "spoke at a rally", "competing in the
// primary"), an actor at an event ("Mr Blair is at a summit", "At a rally, Trump said"), a role in or the winner of
// one ("his role in the campaign", "the winner of the debate"); an event "in" or "at" a place is located there.
import type { Relation, RelationType, Span } from "./types.ts";
import type { Sentence } from "./sentences.ts";
import type { EntityTable } from "./entities.ts";
import type { ParsedSentence } from "./parse/index.ts";
import { prepositionOf, subjectOf } from "./parse/queries.ts";
import { evidenceOf } from "./clauses.ts";
import { isRel, rel, viewOf, hollow, MAX_READ_TOKENS } from "./parseView.ts";

const KINDS = new Set(["person", "organization", "country", "event", "location"]);
const ACTOR = new Set(["person", "organization", "country"]);
const PLACE = new Set(["location", "country"]);

/** Verbs whose object is an event attended: lemma -> attended (true) or stayed away from (false). */
const ATTEND_OBJ = new Map<string, boolean>([
  ["attend", true], ["address", true], ["tell", true], ["join", true], ["win", true], ["lose", true], ["contest", true],
  ["host", true], ["lead", true], ["open", true], ["enter", true], ["fight", true], ["chair", true], ["headline", true],
  ["skip", false], ["miss", false], ["boycott", false], ["shun", false],
]);
/** Verbs whose oblique ("at", "in", "to", "before") is an event taken part in. */
const ATTEND_OBL = new Set(["speak", "talk", "appear", "compete", "participate", "take", "vote", "campaign", "stand", "run", "arrive", "perform", "present", "testify", "say", "tell", "announce", "declare", "insist", "warn", "argue", "pledge", "promise", "claim", "meet", "be"]);
/** Nouns that tie a person to an event they hold: "his role in X", "the winner of X". */
const ROLE_IN = new Set(["role", "part", "winner", "loser", "host", "participant", "speaker", "organiser", "organizer", "star", "victory", "defeat", "performance", "appearance", "speech"]);

export function extractParticipation(text: string, parse: ParsedSentence[], sentences: Sentence[], table: EntityTable): Relation[] {
  const out: Relation[] = [];
  const kind = (id: string) => table.get(id)!.kind;
  parse.forEach((p, si) => {
    if (p.tokens.length > MAX_READ_TOKENS) return;
    const v = viewOf(p, table, KINDS);
    const evidence: Span = sentences[si] ?? p;
    const add = (source: string | undefined, target: string, type: RelationType, confidence: number) => {
      if (!source || source === target) return;
      out.push({ source, target, type, attributes: {}, evidence: [evidenceOf(text, evidence)], confidence });
    };
    const actorOf = (k: number) => (k >= 0 && v.actor[k] && ACTOR.has(kind(v.actor[k]!.id)) ? v.actor[k]!.id : undefined);
    p.tokens.forEach((t, k) => {
      const ev = v.actor[k];
      if (!ev || kind(ev.id) !== "event") return;
      // Only the event mention's head token speaks for it.
      if (t.head >= 0 && v.actor[t.head]?.id === ev.id) return;
      const prep = prepositionOf(p, k);
      const g = t.head;
      if (g >= 0) {
        const gl = p.tokens[g].lemma.toLowerCase();
        const gov = p.tokens[g];
        if (isRel(t.deprel, "obj") && ATTEND_OBJ.has(gl) && !hollow(v, g)) {
          add(actorOf(subjectOf(p, g)), ev.id, ATTEND_OBJ.get(gl) ? "participates_in" : "absent_from", 0.7);
        } else if ((isRel(t.deprel, "obl") || isRel(t.deprel, "advcl")) && /^(?:at|in|to|before|during)$/.test(prep) && (ATTEND_OBL.has(gl) || prep === "at") && gov.upos === "VERB" && !hollow(v, g)) {
          add(actorOf(subjectOf(p, g)), ev.id, "participates_in", 0.65);
        } else if (isRel(t.deprel, "nmod") && /^(?:in|of|at)$/.test(prep) && ROLE_IN.has(gl)) {
          // "his role in the campaign" (a possessor), "Pence was the winner of the debate" (a subject).
          const poss = v.kids[g].find((c) => isRel(rel(v, c), "nmod:poss"));
          add(actorOf(poss ?? subjectOf(p, g)), ev.id, "participates_in", 0.6);
        }
      }
      // "Mr Blair is at a summit": the event as a predicate with "at".
      if (prep === "at" && v.kids[k].some((c) => rel(v, c) === "cop")) add(actorOf(subjectOf(p, k)), ev.id, "participates_in", 0.65);
      // "a summit in Brussels": the event's own "in"/"at" place.
      for (const c of v.kids[k]) {
        const place = v.actor[c];
        if (place && PLACE.has(kind(place.id)) && isRel(rel(v, c), "nmod") && /^(?:in|at)$/.test(prepositionOf(p, c))) add(ev.id, place.id, "located_in", 0.7);
      }
    });
  });
  return out;
}

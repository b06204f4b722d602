// A stand-in extractor for store and ingest tests: deterministic, fast, and shaped like the real one. Capitalised
// words are entities (kind from a hash of the word); consecutive entities in a sentence get a relation.
// Texts from tests/helpers/fixtures.ts get their hand-written extractions.
import type { Entity, EntityKind, Extraction, Relation } from "../../server/extract/types.ts";
import { articleA, articleB } from "../helpers/fixtures.ts";

const KINDS: EntityKind[] = ["person", "organization", "country", "location", "event", "topic"];
const known = new Map([articleA, articleB].map((a) => [a.record.text, a.extraction]));

function kindOf(word: string): EntityKind {
  let h = 0;
  for (const c of word) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return KINDS[h % KINDS.length];
}

// Slows each extraction down (busy wait) so that a test can kill an ingest half-way through.
const delayMs = Number(process.env.FAKE_EXTRACT_DELAY_MS ?? 0);

export function extract(text: string): Extraction {
  if (text.includes("FAIL-EXTRACTION")) throw new Error("fake extractor refuses this text");
  // "SLOW-EXTRACTION-1500": this text takes 1.5 s of busy work (time limits, a server answering meanwhile).
  const slow = Number(/SLOW-EXTRACTION-(\d+)/.exec(text)?.[1] ?? 0);
  for (const until = Date.now() + Math.max(delayMs, slow); Date.now() < until; );
  const fixture = known.get(text);
  if (fixture) return structuredClone({ ...fixture, article: { title: null, date: null, source: null } });
  const entities = new Map<string, Entity>();
  const relations: Relation[] = [];
  const sentence = /[^.!?\n]+[.!?]?/g;
  for (let s = sentence.exec(text); s; s = sentence.exec(text)) {
    const inSentence: string[] = [];
    const word = /\b[A-Z][a-z]{2,}\b/g;
    for (let w = word.exec(s[0]); w; w = word.exec(s[0])) {
      const kind = kindOf(w[0]);
      const id = `${kind}:${w[0].toLowerCase()}`;
      const start = s.index + w.index;
      let e = entities.get(id);
      if (!e) entities.set(id, (e = { id, kind, name: w[0], aliases: [w[0].toUpperCase()], mentions: [] }));
      e.mentions.push({ start, end: start + w[0].length, form: "name" });
      inSentence.push(id);
    }
    for (let i = 1; i < inSentence.length; i++) {
      if (inSentence[i] === inSentence[i - 1]) continue;
      const stance = i % 2 === 0;
      relations.push({
        source: inSentence[i - 1],
        target: inSentence[i],
        type: stance ? "stance" : "member_of",
        attributes: stance ? { act: "urges" } : {},
        ...(stance ? { polarity: "support" as const } : {}),
        evidence: [{ start: s.index, end: s.index + s[0].length, text: s[0] }],
        confidence: 0.5 + (i % 5) / 10,
      });
    }
  }
  return { article: { title: text.split("\n")[0].slice(0, 80) || null, date: null, source: null }, entities: [...entities.values()], relations, quotes: [] };
}

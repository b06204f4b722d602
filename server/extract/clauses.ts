// Who is acting at a point in a sentence: the clause subject, or the speaker of the quote the point lies in.
import type { Quote, Span } from "./types.ts";
import type { Sentence } from "./sentences.ts";
import type { EntityTable, MentionRef } from "./entities.ts";
import { inQuoted, type QuotedSegment } from "./quoted.ts";

const ACTOR = new Set(["person", "organization", "country"]);

/** The speaker of the quote (direct or reported) whose content holds this offset; quotes sorted by content start. */
export function speakerAt(quotes: Quote[], offset: number): Quote | undefined {
  let lo = 0, hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].content.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  // Contents rarely nest deeply: look back a few quotes from the last one starting at or before the offset.
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) {
    const q = quotes[i];
    if (q.speaker && offset < q.content.end) return q;
  }
  return undefined;
}

/**
 * The actor a verb at `offset` belongs to: the nearest actor mention before it in the same clause (not a possessor,
 * not after a preposition), then the sentence's first person, else the quote speaker.
 */
export function subjectBefore(text: string, s: Sentence, offset: number, table: EntityTable, quoted: QuotedSegment[]): MentionRef | undefined {
  const refs = table.within({ start: s.start, end: offset }).filter((r) => ACTOR.has(table.get(r.id)!.kind));
  const quoteOfVerb = inQuoted(quoted, offset);
  // "X, former Labour minister and now a European Commissioner, warned …": the name before the appositive.
  const wrapped = /,\s[^,;"“”]{1,90},\s*(?:\w+ly\s+)?$/.exec(text.slice(s.start, offset));
  if (wrapped) {
    const at = s.start + wrapped.index;
    const named = refs.filter((r) => r.end === at && table.get(r.id)!.kind === "person").pop();
    if (named && inQuoted(quoted, named.start) === quoteOfVerb) return named;
  }
  for (let i = refs.length - 1; i >= 0; i--) {
    const r = refs[i];
    if (inQuoted(quoted, r.start) !== quoteOfVerb) continue;
    // Adjectival demonyms ("the Ukrainian leader") and names nested in a longer mention are not subjects.
    if (r.form === "demonym" && /^\s+[a-z]/.test(text.slice(r.end, r.end + 3))) continue;
    if (refs.some((o) => o !== r && o.start <= r.start && o.end >= r.end && o.end - o.start > r.end - r.start)) continue;
    const between = text.slice(r.end, offset);
    if (/^['’]s?\s/.test(between)) continue; // possessor: "Ukraine's air defense"
    // Too far, or across a quotation, dash or clause break: not this verb's subject.
    if (/["“”;:]|\s--\s|—/.test(between) || between.split(/\s+/).length > 16) return undefined;
    if (/[;]|\bthat\b|\bwhich\b|\bwho\b/.test(between) && !/^\s*,[^,]*,\s*/.test(between)) continue;
    // "… would choose X and 44 percent would back Y": a clause with a subject of its own starts after X.
    if (/\b(?:and|but|while|whereas)\s+(?:\d[\d,.]*\s*(?:percent|per cent|%)?|the|a|an|some|many|most|few|all|others|voters|people)\b/i.test(between)) return undefined;
    const before = text.slice(Math.max(s.start, r.start - 12), r.start);
    if (/\b(?:to|of|for|with|from|into|against|on|at|by|in)\s+(?:the\s+)?$/i.test(before) && table.get(r.id)!.kind !== "person") continue;
    return r;
  }
  return undefined;
}

/** The head of an appositive: in "the X Group, an alliance co-chaired by A and B that …", X Group. */
export function appositiveHead(text: string, s: Sentence, offset: number, table: EntityTable, kinds = ACTOR): MentionRef | undefined {
  const slice = text.slice(s.start, offset);
  const m = /,\s+(?:an?|the)\s+[^,]*$/.exec(slice);
  if (!m) return undefined;
  const commaAt = s.start + m.index;
  return table.within({ start: s.start, end: commaAt }).filter((r) => kinds.has(table.get(r.id)!.kind) && r.end >= commaAt - 1).pop();
}

export const evidenceOf = (text: string, span: Span) => ({ start: span.start, end: span.end, text: text.slice(span.start, span.end) });

/** The first actor of a sentence that can be its subject (outside quotes, not a possessor or adjectival demonym). */
export function mainSubject(text: string, s: Sentence, table: EntityTable, quoted: QuotedSegment[]): MentionRef | undefined {
  const refs = table.within(s).filter((r) => ACTOR.has(table.get(r.id)!.kind) && !inQuoted(quoted, r.start));
  return refs.find((r) => {
    if (r.form === "demonym" && /^\s+[a-z]/.test(text.slice(r.end, r.end + 3))) return false;
    if (/^['’]s?\s/.test(text.slice(r.end, r.end + 3))) return false;
    if (refs.some((o) => o !== r && o.start <= r.start && o.end >= r.end && o.end - o.start > r.end - r.start)) return false;
    return !/\b(?:to|of|for|with|from|into|against|on|at|by|in)\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, r.start - 12), r.start)) || table.get(r.id)!.kind === "person";
  });
}

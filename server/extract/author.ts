// The author of an opinion piece as the speaker of its own prose. An op-ed ends on its author's line ("Rudy
// Giuliani is the former mayor of New York City.") and argues in the first person; its unquoted sentences are that
// person's words, as a quote's content is its speaker's. Only the stance stages read these: the article's
// attributions (its quotes) stay as the text gives them.
import type { EntityTable } from "./entities.ts";
import type { Sentence } from "./sentences.ts";
import type { Quote, Span } from "./types.ts";

/** "X is the former mayor of …", "X is a senior fellow at …", "X, a former senator, is …": a short closing line. */
const BIO = /^\s*[A-Z][^.!?]{0,60}?(?:,[^,]{3,80},)?\s+(?:is|was|has been|served as)\s+(?:a|an|the|former|currently)\b[^!?]{0,200}$/;
/** First-person words of the writer's own voice ("us" only in lower case: "US" is a country). */
const FIRST_PERSON = /\b(?:[Ww]e|[Oo]ur|us|I|[Mm]y)\b/g;
/** At least this many outside quotation marks make the piece an argument, not a report. */
const MIN_FIRST_PERSON = 3;

/** The author's prose as quotes spoken by them: the body's sentences before the author's line that hold no one
 * else's words, or none when the piece is no op-ed. `taken`: spans already someone's words (quotes, quoted text). */
export function authorQuotes(text: string, sentences: Sentence[], table: EntityTable, taken: readonly Span[]): Quote[] {
  const last = sentences[sentences.length - 1];
  if (!last || sentences.length < 5 || !BIO.test(text.slice(last.start, last.end))) return [];
  const first = table.within(last)[0];
  const author = first && table.get(first.id)!.kind === "person" && first.start - last.start < 4 ? first : undefined;
  if (!author) return [];
  const inside = (s: Span) => taken.some((t) => t.start < s.end && s.start < t.end);
  const body = sentences.slice(0, -1).filter((s) => !inside(s));
  const voice = body.reduce((n, s) => n + (text.slice(s.start, s.end).match(FIRST_PERSON)?.length ?? 0), 0);
  if (voice < MIN_FIRST_PERSON) return [];
  const bio = { start: last.start, end: last.end };
  return body.map((s) => ({ speaker: author.id, speakerSpan: { start: author.start, end: author.end }, cue: bio, content: { start: s.start, end: s.end }, direct: false }));
}

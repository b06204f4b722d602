// Quotes: direct speech in quotation marks and reported speech ("X said that …", "…, officials said"), each with
// its cue, content and speaker (an entity where the speaker span names one).
import type { Quote, Span } from "./types.ts";
import { findSentence, type Sentence } from "./sentences.ts";
import type { EntityTable, MentionRef } from "./entities.ts";
import { TITLE_HEADS } from "./lexicon/titles.ts";
import type { TagIndex } from "./postags.ts";
import { inQuoted, type QuotedSegment } from "./quoted.ts";
import { tokenize, type Token } from "./tokens.ts";
import { REPORTING } from "./lexicon/verbs.ts";
import { TITLE_ABBREVIATIONS } from "./lexicon/abbreviations.ts";

// Reporting verbs that are also common nouns or other verbs: only cues when compromise tags them as verbs.
const AMBIGUOUS = new Set(["report", "reports", "post", "posts", "state", "states", "note", "notes", "call", "calls", "point", "points",
  "claim", "claims", "project", "read", "find", "found", "hold", "held", "show", "shows", "counter", "detail", "quote", "comment",
  "comments", "hope", "hopes", "fear", "fears", "charge", "charges", "continue", "continues", "continued", "learn", "feel", "know",
  "knew", "known", "think", "thought", "believe", "expect", "expects", "expected", "signal", "forecast", "stat", "cite", "sing",
  "answer", "promise", "pledge", "vow", "demand", "agree", "describe", "described", "maintain", "indicate", "estimate", "reply",
  "mention", "concede", "deny", "confirm", "reveal", "recall", "observe", "predict", "suggest", "suggests", "suggested", "tell", "ask",
  "caution", "warn", "wonder", "assure", "advise", "inform", "whisper", "shout", "yell", "scream", "post", "posted", "call", "called"]);
// Finite cues that take the speaker right before them; "call", "point" need their particle.
const NEEDS_PARTICLE: Record<string, RegExp> = { point: /^\s+out\b/, pointed: /^\s+out\b/, points: /^\s+out\b/, pointing: /^\s+out\b/ };
// Cues that invert with their speaker: ", said the official."
const INVERTING = /^(?:said|says|added|adds|wrote|writes|noted|notes|explained|explains|continued|asked|asks|told|tells|declared|insisted|argued|stressed|warned|acknowledged|admitted|conceded|recalled|replied|responded|countered|quipped|remarked|observed|predicted|reported|reports)$/;
// Cues that only introduce speech with a colon, a quote or "that" after them ("He continued: …").
const NEEDS_INTRO = new Set(["continue", "continues", "continued", "show", "shows", "showed", "find", "finds", "found", "hold", "holds", "held", "read", "reads", "post", "posts", "posted", "know", "knows", "knew"]);
const SKIP_BACK = new Set(["also", "later", "previously", "again", "then", "once", "reportedly", "has", "had", "have", "was", "is", "will", "would", "had", "further", "repeatedly", "recently", "earlier", "publicly", "privately", "simply", "flatly", "told", "often", "never", "not", "did", "does", "do", "has", "may", "might", "could", "can", "should", "must"]);
const NP_STOP = new Set(["that", "which", "who", "whom", "and", "but", "because", "while", "when", "if", "as", "than", "so", "said", "says", "where", "after", "before", "since", "though", "although", "what", "how", "why", "to"]);

export function extractQuotes(text: string, sentences: Sentence[], quoted: QuotedSegment[], tags: TagIndex, table: EntityTable, title: Span | null = null): Quote[] {
  const quotes: Quote[] = [];
  const sentenceAt = (offset: number) => findSentence(sentences, offset);
  const cueAt = (t: Token) => isCue(text, t, tags);

  // --- direct speech ---
  let last: { quote: Quote; inner: number; paragraph: number } | null = null;
  let prevEnd = 0;
  for (let i = 0; i < quoted.length; i++) {
    const seg = quoted[i];
    const s = sentenceAt(seg.start);
    if (!s) continue;
    const inner = seg.inner.end - seg.inner.start;
    const words = text.slice(seg.inner.start, seg.inner.end).trim().split(/\s+/).length;
    const gap = text.slice(Math.max(s.start, prevEnd), seg.start);
    prevEnd = seg.end;
    // A quote that opens its clause; one inside prose ("called it “unhinged”") is part of reported speech.
    const opensClause = !/[\p{L}\p{N}]/u.test(gap) || /[:,;—–―-]\s*$/.test(gap);
    const afterSentence = sentenceAt(Math.max(seg.start, seg.end - 1));
    const afterEnd = Math.min(afterSentence?.end ?? seg.end, quoted[i + 1]?.start ?? text.length);
    const a = attributionAfter(text, tokenize(text, { start: seg.end, end: Math.max(seg.end, afterEnd) }), cueAt);
    const b = a ? null : attributionBefore(text, tokenize(text, { start: windowStart(text, s.start, seg.start), end: seg.start }), cueAt, table);
    // `"…," X said, "…"`: the second part hangs on the same cue as the first.
    const sameCue = !a && b && last && b.cue.start === last.quote.cue.start;
    const found = sameCue ? null : a ?? b;
    if (sameCue && last) {
      last.quote.content = { start: last.quote.content.start, end: seg.end };
      last.inner += inner;
      continue;
    }
    if (!found) {
      // An unattributed quote right after an attributed one continues it, when that makes the better span.
      if (last && opensClause && s.paragraph - last.paragraph <= 1 && seg.start - last.quote.content.end < 300 && words >= 2) {
        const merged = (last.inner + inner) / (seg.end - last.quote.content.start);
        const alone = last.inner / (last.inner + inner);
        if (merged >= alone) {
          last.quote.content = { start: last.quote.content.start, end: seg.end };
          last.inner += inner;
          last.paragraph = s.paragraph;
        }
      }
      continue;
    }
    if (!opensClause && !b) continue;
    if (words < 3 && !opensClause) continue;
    // `said that "…"`: the reported content starts at "that" and is not a direct quote.
    const that = b && /\bthat\s*$/i.test(text.slice(b.end, seg.start));
    const content = that ? { start: seg.start - (text.slice(b.end, seg.start).length - text.slice(b.end, seg.start).search(/that\s*$/i)), end: seg.end } : { start: seg.start, end: seg.end };
    const q = makeQuote(text, found.speaker, found.cue, content, !that, table);
    quotes.push(q);
    last = { quote: q, inner, paragraph: s.paragraph };
  }

  // --- reported speech ---
  const direct = [...quotes].sort((x, y) => x.content.start - y.content.start);
  const usedCues = new Set(quotes.map((q) => q.cue.start));
  const clashes = (span: Span) => nearby(direct, span).some((q) => overlapShare(q.content, span) > 0.5) || quotes.slice(-8).some((q) => overlapShare(q.content, span) > 0.5);
  for (const s of sentences) {
    const tokens = tokenize(text, s);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (inQuoted(quoted, t.start) || usedCues.has(t.start) || !cueAt(t)) continue;
      const r = reported(text, s, tokens, k, quoted, table);
      if (r && !clashes(r.content)) quotes.push(makeQuote(text, r.speaker, r.cue, r.content, false, table));
    }
    const acc = /\baccording to\b/i.exec(text.slice(s.start, s.end));
    if (acc) {
      const at = s.start + acc.index;
      const sp = npAfter(text, tokenize(text, { start: at + acc[0].length, end: s.end }));
      if (sp) {
        const lead = text.slice(s.start, at).replace(/[\s,]+$/, "");
        const content = lead.split(/\s+/).length >= 3 ? { start: s.start, end: s.start + lead.length } : trimEnd(text, sp.end, s.end);
        if (content.end > content.start && !clashes(content)) {
          quotes.push(makeQuote(text, sp, { start: at, end: at + acc[0].length }, content, false, table));
        }
      }
    }
  }
  const headline = title ? headlineQuote(text, title, table) : null;
  if (headline) quotes.push(headline);
  for (const t of transcriptTurns(text, sentences)) {
    if (clashes(t.content)) continue;
    const q = makeQuote(text, t.speaker, t.cue, t.content, false, table);
    // "PENCE:" names by surname the person the article introduced in full.
    q.speaker = personBySurname(table, text.slice(t.speaker.start, t.speaker.end)) ?? q.speaker;
    quotes.push(q);
  }
  quotes.sort((x, y) => x.content.start - y.content.start || x.cue.start - y.cue.start);
  return quotes;
}

// A transcript turn: a paragraph that opens with a speaker's name in capitals and a colon ("WALLACE: Let's start …").
const TURN = /^["“]?(\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,2}):\s+(?=\S)/u;

function transcriptTurns(text: string, sentences: Sentence[]): { speaker: Span; cue: Span; content: Span }[] {
  const turns: { speaker: Span; cue: Span; content: Span }[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (i > 0 && sentences[i - 1].paragraph === s.paragraph) continue;
    const m = TURN.exec(text.slice(s.start, s.end));
    if (!m) continue;
    let last = s;
    while (sentences[last.index + 1]?.paragraph === s.paragraph) last = sentences[last.index + 1];
    const from = s.start + m[0].length;
    const body = text.slice(from, last.end);
    // A headline in capitals is not a turn.
    if (body.split(/\s+/).length < 4 || !/\p{Ll}/u.test(body)) continue;
    const name = s.start + m.index + m[0].indexOf(m[1]);
    const colon = name + m[1].length;
    turns.push({ speaker: { start: name, end: colon }, cue: { start: colon, end: colon + 1 }, content: trimEnd(text, from, last.end) });
  }
  return turns;
}

// Headline conventions: "Pence: Flowers Won't Be at Debate", "De Blasio Says Blast Was 'Intentional'".
const HEADLINE_CUE = /\s(?:Says|Said|Warns|Tells|Urges|Claims|Insists|Admits|Vows|Denies)\s/;
// Sources that are not people: "Poll: Voters Abandon …".
const SOURCE_NOUN = /^(?:poll|new poll|survey|study|report|audit)$/i;

/** The headline's claim and who it is credited to, when the headline names a person or organisation (or a poll)
 * before a colon or a reporting verb. */
function headlineQuote(text: string, title: Span, table: EntityTable): Quote | null {
  const line = text.slice(title.start, title.end);
  const colon = /^([^:]{2,60}):\s+(?=\S)/.exec(line);
  const says = colon ? null : HEADLINE_CUE.exec(line);
  const head = colon ? colon[1] : says && says.index <= 60 ? line.slice(0, says.index) : null;
  if (head === null) return null;
  const speakerSpan = { start: title.start, end: title.start + head.length };
  const named = table.within(speakerSpan).find((r) => { const k = table.get(r.id)?.kind; return k === "person" || k === "organization"; });
  const id = named?.id ?? (head.trim().split(/\s+/).length <= 3 ? personBySurname(table, head.trim()) : null);
  if (!id && !SOURCE_NOUN.test(head.trim())) return null;
  const cueStart = colon ? title.start + head.length : title.start + says!.index + 1;
  const cue = { start: cueStart, end: colon ? cueStart + 1 : cueStart + says![0].trim().length };
  const content = trimEnd(text, colon ? title.start + colon[0].length : cue.end + 1, title.end);
  if (content.end - content.start < 8) return null;
  return { speaker: id, speakerSpan: named ? { start: named.start, end: named.end } : speakerSpan, cue, content, direct: false };
}

/** The one person whose name ends with this surname, if exactly one does. */
function personBySurname(table: EntityTable, name: string): string | null {
  const surname = name.split(/\s+/).pop()!.toLowerCase();
  const found = [...table.byId.values()].filter((e) => e.kind === "person" && e.name.includes(" ") && e.name.split(/\s+/).pop()!.toLowerCase() === surname);
  return found.length === 1 ? found[0].id : null;
}

function makeQuote(text: string, speaker: Span | null, cue: Span, content: Span, direct: boolean, table: EntityTable): Quote {
  let id: string | null = null;
  if (speaker) {
    const refs = table.within(speaker);
    const person = refs.filter((r) => table.get(r.id)?.kind === "person").pop();
    const whole = refs.find((r) => r.start === speaker.start && r.end === speaker.end);
    // "the former first lady and U.S. senator said": a country naming one person's office is not the speaker (a party's
    // "leader" speaks for the party as well as anyone the graph knows).
    const office = (r: MentionRef) => { const w = /^\s+([a-z]+)\b/.exec(text.slice(r.end, r.end + 30)); return table.get(r.id)?.kind === "country" && !!w && TITLE_HEADS.has(w[1]); };
    const other = refs.filter((r) => (table.get(r.id)?.kind === "organization" || table.get(r.id)?.kind === "country") && !office(r)).pop();
    id = (person ?? whole ?? (refs.length === 1 ? other : undefined))?.id ?? null;
  }
  return { speaker: id, speakerSpan: speaker, cue, content, direct };
}

// Documents and figures that "show" what they say: "The poll shows Clinton leading", "Video showed him running".
const SHOWING = /^(?:show|shows|showed|shown|showing)$/;
const EVIDENCE_SOURCE = /\b(?:polls?|surveys?|data|analysis|analyses|study|studies|reports?|videos?|footage|documents?|records?|transcripts?|slides?|figures|numbers|averages?|results|research|findings|statistics|tallies|estimates)\b[^.;:!?]{0,60}$/i;

function isCue(text: string, t: Token, tags: TagIndex): boolean {
  if (!REPORTING.has(t.lower)) return false;
  const introduced = /^\s*(?:[:"“]|that\b)/.test(text.slice(t.end, t.end + 8));
  if (NEEDS_INTRO.has(t.lower) && !introduced && !(SHOWING.test(t.lower) && EVIDENCE_SOURCE.test(text.slice(Math.max(0, t.start - 120), t.start)))) return false;
  const particle = NEEDS_PARTICLE[t.lower];
  if (particle && !particle.test(text.slice(t.end, t.end + 6))) return false;
  if (AMBIGUOUS.has(t.lower) || AMBIGUOUS.has(REPORTING.get(t.lower) ?? "")) {
    const tg = tags.get(t.start);
    if (tg && !tg.has("Verb")) return false;
  }
  return true;
}

interface Attribution { cue: Span; speaker: Span | null; end: number }

/** `, X said` or `, said X` right after a closing quotation mark. */
function attributionAfter(text: string, tokens: Token[], cueAt: (t: Token) => boolean): Attribution | null {
  let k = 0;
  // `“…” ― Name`: a dash, then the speaker's name.
  if (tokens[0] && /^[―—–]$/.test(tokens[0].text)) {
    const np = npAfter(text, tokens.slice(1));
    if (np) return { cue: { start: tokens[0].start, end: tokens[0].end }, speaker: np, end: np.end };
  }
  while (k < tokens.length && /^[,;:—–-]$/.test(tokens[k].text)) k++;
  if (k >= tokens.length) return null;
  if (cueAt(tokens[k])) {
    const np = npAfter(text, tokens.slice(k + 1));
    return np ? { cue: tokens[k], speaker: np, end: np.end } : null;
  }
  // Up to 8 words of speaker, then the cue; past a comma soon after the name, an appositive may run longer:
  // `“…,” Rep. Ann Lee (D-Wis.), the committee's chair, said`.
  let depth = 0;
  let firstComma = -1;
  for (let j = k; j < Math.min(tokens.length, k + (firstComma >= 0 ? 30 : 10)); j++) {
    const t = tokens[j];
    if (t.text === "(" || t.text === ")") {
      depth = Math.max(0, depth + (t.text === "(" ? 1 : -1));
      continue;
    }
    if (depth > 0 || abbreviationDot(tokens, j)) continue;
    if (cueAt(t) && j > k) {
      let e = j;
      while (e > k && (SKIP_BACK.has(tokens[e - 1].lower) || tokens[e - 1].text === ",")) e--;
      if (e === k) return null;
      // The speaker is the name before the appositive.
      const nameEnd = firstComma > k ? firstComma : e;
      return { cue: { start: t.start, end: t.end }, speaker: { start: tokens[k].start, end: tokens[nameEnd - 1].end }, end: t.end };
    }
    if (t.text === ",") {
      if (firstComma < 0 && j - k <= 6) firstComma = j;
      continue;
    }
    const relative = firstComma >= 0 && tokens[j - 1]?.text === "," && /^(?:who|which)$/.test(t.lower);
    if (/^[.!?;"“”]$/.test(t.text) || (NP_STOP.has(t.lower) && !relative)) return null;
  }
  return null;
}

/** A full stop that ends an abbreviated title or an initial ("Rep.", "J."), not a sentence. */
function abbreviationDot(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const prev = tokens[j - 1];
  return t.text === "." && !!prev && prev.end === t.start && (TITLE_ABBREVIATIONS.has(prev.lower) || /^\p{Lu}$/u.test(prev.text));
}

/** `X said: "…"`, `X told reporters "…"`, and gerund cues `…, stating "…"` whose speaker is the clause subject. */
function attributionBefore(text: string, tokens: Token[], cueAt: (t: Token) => boolean, table: EntityTable): Attribution | null {
  let k = tokens.length - 1;
  while (k >= 0 && /^[,:;—–-]$/.test(tokens[k].text)) k--;
  // Allow "that", and after "told"/"asked" a short object, between the cue and the quote.
  for (let back = 0; back <= 4 && k - back >= 0; back++) {
    const t = tokens[k - back];
    if (!cueAt(t)) {
      if (/^[.!?;"“”]$/.test(t.text)) return null;
      continue;
    }
    const between = tokens.slice(k - back + 1, k + 1).map((x) => x.lower);
    const objectVerb = OBJECT_CUE.test(t.lower);
    if (between.length && !(between.length === 1 && between[0] === "that") && !objectVerb && !/^(?:in|on)$/.test(between[0])) return null;
    const cue = { start: t.start, end: t.end };
    if (/ing$/.test(t.lower)) return { cue, speaker: clauseSubject(tokens, k - back, table), end: t.end };
    const sp = npBefore(text, tokens, k - back, table);
    return sp ? { cue, speaker: sp, end: t.end } : null;
  }
  return null;
}

/** The subject of the clause a gerund hangs on: the first person (or resolved pronoun) mention in it. */
function clauseSubject(tokens: Token[], k: number, table: EntityTable): Span | null {
  if (!tokens.length) return null;
  const refs = table.within({ start: tokens[0].start, end: tokens[k].start });
  const person = refs.find((r) => table.get(r.id)?.kind === "person");
  return person ? { start: person.start, end: person.end } : null;
}

/** The noun phrase ending right before tokens[k] (skipping auxiliaries and adverbs); appositives resolve to the name. */
function npBefore(text: string, tokens: Token[], k: number, table: EntityTable): Span | null {
  let e = k;
  while (e > 0 && SKIP_BACK.has(tokens[e - 1].lower)) e--;
  let b = e;
  // Appositive: `X, a doctor, said`; over up to three comma-separated parts a person named before one wins
  // (`X, a developer and spokeswoman for the Y Coalition, which …, said` is X, not the coalition).
  if (b > 0 && tokens[b - 1].text === ",") {
    let nearest: Span | null = null;
    for (let c = b - 1, part = 0; part < 3; part++) {
      c--;
      while (c >= 0 && tokens[c].text !== ",") c--;
      if (c <= 0) break;
      const names = table.ordered().filter((r) => r.end <= tokens[c].start && r.end >= tokens[c - 1].start);
      const person = names.find((r) => table.get(r.id)?.kind === "person");
      if (person) return { start: person.start, end: person.end };
      const last = names[names.length - 1];
      if (part === 0 && last) nearest = { start: last.start, end: last.end };
    }
    return nearest;
  }
  while (b > 0 && e - b < 8) {
    const t = tokens[b - 1];
    if (NP_STOP.has(t.lower) || /^[^\p{L}\p{N}'’.&]/u.test(t.text)) break;
    b--;
  }
  if (b === e) return null;
  return { start: tokens[b].start, end: tokens[e - 1].end };
}

/** The noun phrase starting at tokens[0], up to punctuation: `said the company's spokesman`. */
function npAfter(text: string, tokens: Token[]): Span | null {
  let e = 0;
  while (e < tokens.length && e < 10 && (abbreviationDot(tokens, e) || (!/^[,.;:!?"“”()]$/.test(tokens[e].text) && !NP_STOP.has(tokens[e].lower) && !/^(?:on|in|at|during|last|this|yesterday|today)$/i.test(tokens[e].lower)))) e++;
  if (e === 0) return null;
  return { start: tokens[0].start, end: tokens[e - 1].end };
}

// Cues that take a hearer before what is said: "told reporters that …".
const OBJECT_CUE = /^(?:told|tells|tell|telling|asked|asks|ask|asking|reminded|assured|warned|urged|informed|promised)$/;

// What may follow a sentence-final cue: when and where it was said, to whom.
const TAIL_LEAD = /^\s*(?:on|in|at|during|last|this|yesterday|today|earlier|recently|late|told|to|via|when|after|before|of|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** `X said (that) …` and `…, X said.` outside quotation marks. */
function reported(text: string, s: Sentence, tokens: Token[], k: number, quoted: QuotedSegment[], table: EntityTable): { speaker: Span | null; cue: Span; content: Span } | null {
  const cue = { start: tokens[k].start, end: tokens[k].end };
  const rest = tokens.slice(k + 1).filter((t) => !/^[.!?"”]$/.test(t.text) || t.end < s.end - 1);
  const tail = text.slice(tokens[k].end, s.end).replace(/[\s.!?"”]+$/, "");
  // Sentence-final attribution: `…, sources said.` / `…, said the official.`
  // ", said the official." — but not the appositive "X, a doctor, said …".
  const cueFirst = k > 0 && tokens[k - 1].text === "," && INVERTING.test(tokens[k].lower) && !appositiveBefore(text, tokens, k - 1, table);
  const tailWords = tail.split(/\s+/).filter(Boolean).length;
  // `…, lawmakers said Friday afternoon, as they …`: a short time or place phrase, then a comma and another clause.
  const firstPart = tail.split(",")[0];
  const timed = TAIL_LEAD.test(tail);
  const partTail = timed && tail.includes(",") && firstPart.split(/\s+/).filter(Boolean).length <= 4;
  const shortTail = tailWords === 0 || (tailWords <= 8 && (cueFirst || timed)) || partTail;
  if (shortTail && !/\b(?:that|to)\b/.test(partTail ? firstPart : tail) && !/ing$/.test(tokens[k].lower)) {
    let c = k - 1;
    while (c >= 0 && tokens[c].text !== ",") c--;
    if (c > 2) {
      const sp = c + 1 < k ? { start: tokens[c + 1].start, end: tokens[k - 1].end } : npAfter(text, rest);
      const spClean = sp ? stripAux(text, sp) : null;
      const content = { start: contentStart(text, s), end: tokens[c].start };
      if (spClean && content.end - content.start > 10) return { speaker: spClean, cue, content };
    }
  }
  if (/ing$/.test(tokens[k].lower) && k === 0) return null;
  // `X said (that) …`: the speaker comes before the cue.
  const speaker = /ing$/.test(tokens[k].lower) ? clauseSubject(tokens, k, table) : npBefore(text, tokens, k, table);
  if (!speaker) return null;
  let from = k + 1;
  // "said that …", "said on Friday that …", "told reporters that …"; not a relative "that" inside the content
  // ("said many of the examples that critics …").
  const that = tokens.slice(k + 1, k + 8).findIndex((t) => t.lower === "that");
  if (that >= 0 && (that === 0 || TAIL_LEAD.test(text.slice(tokens[k].end)) || (OBJECT_CUE.test(tokens[k].lower) && that <= 3))) from = k + 1 + that;
  else if (tokens[from] && /^[,:]$/.test(tokens[from].text)) from++;
  if (!tokens[from] || tokens.length - from < 4) return null;
  if (inQuoted(quoted, tokens[from].start) || (tokens[from + 1] && inQuoted(quoted, tokens[from + 1].start) && tokens[from].lower === "that")) return null;
  // "charged with a crime", "reported by the Post", "tweeted at a rally": a circumstance, not what was said.
  if (/^(?:with|of|by|from|at|as|into)$/.test(tokens[from].lower)) return null;
  // "Labour say X, while the Tories say Y": a second report with its own speaker ends the first one's words.
  const next = SECOND_REPORT.exec(text.slice(tokens[from].start, s.end));
  const content = trimEnd(text, tokens[from].start, next ? tokens[from].start + next.index : s.end);
  return content.end > content.start ? { speaker, cue, content } : null;
}
const SECOND_REPORT = /,?\s+(?:while|whereas|but|and)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:say|says|said|claim|claims|claimed|argue|argues|argued|insist|insists|insisted|warn|warns|warned|counter|counters|countered)\b/;

/** Whether the comma at tokens[c] closes an appositive: "Name, a/an/the …," or, over up to three parts, a sentence
 * that opens with a name and a comma ("But Ann Lee, senior associate at the Y Institute, said …"). */
function appositiveBefore(text: string, tokens: Token[], c: number, table: EntityTable): boolean {
  let d = c - 1;
  for (let part = 0; part < 3; part++, d--) {
    while (d >= 0 && tokens[d].text !== ",") d--;
    if (d < 1) return false;
    const name = table.ordered().filter((r) => r.end <= tokens[d].start && r.end >= tokens[d - 1].start).pop();
    if (!name) continue;
    if (part === 0 && /^(?:a|an|the)$/i.test(tokens[d + 1]?.text ?? "")) return true;
    // The name opens the sentence (after at most a conjunction or adverb).
    const before = tokens.findIndex((t) => t.end > name.start);
    if (before <= 1 && table.get(name.id)?.kind === "person") return true;
  }
  return false;
}

function stripAux(text: string, sp: Span): Span {
  const m = /\s+(?:also|has|had|have|was|is|will|would|later|previously)$/i.exec(text.slice(sp.start, sp.end));
  return m ? { start: sp.start, end: sp.end - m[0].length } : sp;
}

// A dateline opening the first sentence: "WASHINGTON ― ", "LONDON (Reuters) - ".
const DATELINE = /^\p{Lu}[\p{Lu} .,'’-]*(?:\([^)]{1,40}\))?\s*[―—–-]+\s*/u;

function contentStart(text: string, s: Sentence): number {
  let i = s.start;
  while (i < s.end && /\s/.test(text[i])) i++;
  const dateline = DATELINE.exec(text.slice(i, Math.min(s.end, i + 80)));
  return dateline ? i + dateline[0].length : i;
}

function trimEnd(text: string, start: number, end: number): Span {
  let e = end;
  while (e > start && /[\s.!?]/.test(text[e - 1])) e--;
  return { start, end: e };
}

// How far before a quote its attribution is looked for: more than any real clause, and it keeps a "sentence" of
// thousands of quotes from being read again from its start for each one (quadratic: 40 KB took 8 s).
const BACK_WINDOW = 1500;

/** Where the text read for a quote's attribution starts: its sentence's start, or a word start at most BACK_WINDOW
 * characters before the quote. */
function windowStart(text: string, sentenceStart: number, quoteStart: number): number {
  if (quoteStart - sentenceStart <= BACK_WINDOW) return sentenceStart;
  const space = text.slice(quoteStart - BACK_WINDOW, quoteStart).search(/\s/);
  return space < 0 ? quoteStart : quoteStart - BACK_WINDOW + space + 1;
}

/** Quotes (sorted by content start) whose content may overlap the span. */
function nearby(sorted: Quote[], span: Span): Quote[] {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].content.start < span.end) lo = mid + 1;
    else hi = mid;
  }
  return sorted.slice(Math.max(0, lo - 8), lo);
}

function overlapShare(a: Span, b: Span): number {
  const o = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const u = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return u ? o / u : 0;
}

// Events named by a common noun phrase: "the 1997 general election", "Labour's controversial poster campaign",
// "a meeting of foreign ministers", "Mr Kennedy's launch", "the Iraq war", "a memorial service for …". The head
// nouns are English's words for things actors take part in; what each needs before it counts as an event (a
// modifier, a possessor, a complement) keeps generic uses ("a war", "the campaign") from becoming entities.
import type { Span } from "./types.ts";
import type { Sentence } from "./sentences.ts";
import type { TagIndex } from "./postags.ts";
import { COUNTRY_NAMES, CAPITALS, DEMONYMS, REGIONS } from "./lexicon/countries.ts";

/** A country, capital or region name ("Spain's election", "the Madrid bomb"). */
const placeLike = (w: string) => COUNTRY_NAMES.has(w.replace(/['’]s$/, "")) || CAPITALS.has(w.replace(/['’]s$/, "")) || REGIONS.has(w.replace(/['’]s$/, ""));

export interface CommonEventPhrase extends Span {
  name: string;
  aliases: string[];
  head: string;
  /** Modifier and complement words, for matching a later mention to this event. */
  modifiers: string;
  /** The words that tell two events with one head apart (names, numbers, the parties of a meeting). */
  telling: string;
  /** Of those, the ones no plain mention can mean: a year, a date, a place ("the 1997 election", "Spain's"). */
  strong: string;
  named: boolean;
  /** Bare ("the debate"): refers back to an event if there is one. */
  definite: boolean;
  /** A bare phrase that is the event itself when nothing came before. */
  creates: boolean;
  sentence: number;
}

type Needs = "none" | "mods" | "possessor" | "complement" | "mods-or-complement" | "possessor-or-complement";

interface HeadRule {
  needs: Needs;
  /** Prepositions that open a complement naming the event's parties or place. */
  complement?: string[];
  /** Modifiers that must be present (one of), e.g. "memorial" for "service". */
  oneOf?: RegExp;
  /** The class the event belongs to, when not the head itself ("election campaign" is the election). */
  cls?: string;
  /** Needs a place, a date or a number among its modifiers ("the Madrid bombings", "the 9/11 attacks"), not a
   * possessor ("Howard's attack on Blair" is words, not an event). */
  placed?: boolean;
}

const HEADS: Record<string, HeadRule> = {
  election: { needs: "none" },
  elections: { needs: "mods", cls: "election" },
  "by-election": { needs: "none" },
  referendum: { needs: "none", complement: ["on"] },
  primary: { needs: "mods", oneOf: /^(?:presidential|republican|democratic|gop|party|state|\p{Lu}.*)$/u },
  // A party's "caucus" is its legislators (a group); the caucuses a state holds are the event.
  caucuses: { needs: "mods", oneOf: /^(?:presidential|\p{Lu}.*)$/u },
  summit: { needs: "none", complement: ["in", "of"] },
  meeting: { needs: "none", complement: ["of", "with", "in", "between"] },
  talks: { needs: "mods-or-complement", complement: ["in", "with", "between", "on"] },
  conference: { needs: "mods", oneOf: /^(?:news|press|party|peace|climate|donors|\p{Lu}.*)$/u },
  debate: { needs: "none" },
  hearing: { needs: "mods-or-complement", complement: ["on", "into"] },
  inquiry: { needs: "mods", oneOf: /^(?:public|independent|\p{Lu}.*)$/u },
  rally: { needs: "none", complement: ["in", "at"] },
  protest: { needs: "mods" },
  protests: { needs: "mods", cls: "protest" },
  "walk-in": { needs: "none" },
  "walk-ins": { needs: "none", cls: "walk-in" },
  ceremony: { needs: "mods" },
  service: { needs: "mods", oneOf: /^(?:memorial|funeral|remembrance|thanksgiving)$/, complement: ["for"] },
  funeral: { needs: "none" },
  launch: { needs: "possessor-or-complement", complement: ["of"] },
  tour: { needs: "possessor-or-complement", complement: ["of"] },
  visit: { needs: "possessor-or-complement", complement: ["to"] },
  address: { needs: "complement", complement: ["to"] },
  gathering: { needs: "complement", complement: ["of"] },
  campaign: { needs: "mods" },
  war: { needs: "mods-or-complement", complement: ["on", "in", "against"], oneOf: /^(?:terror|civil|cold|gulf|trade|world|\p{Lu}\p{L}*)$/u },
  attack: { needs: "mods", placed: true },
  attacks: { needs: "mods", placed: true, cls: "attack" },
  bomb: { needs: "mods", placed: true, cls: "attack" },
  bombing: { needs: "mods", placed: true, cls: "attack" },
  bombings: { needs: "mods", placed: true, cls: "attack" },
  arguments: { needs: "mods", oneOf: /^(?:oral|\p{Lu}.*['’]s)$/u },
  convention: { needs: "mods", oneOf: /^(?:democratic|republican|party|national|labour|tory|conservative)$/i },
};

const DETERMINERS = new Set(["the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "a", "an", "any", "some", "every", "each", "another", "no"]);
const NOT_MODIFIERS = new Set([
  ...DETERMINERS, "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "but", "as", "than", "into",
  "about", "after", "before", "during", "over", "under", "against", "between", "is", "was", "are", "were", "be", "been",
  "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "must", "not", "said", "says", "say",
  "which", "who", "whose", "what", "it", "he", "she", "they", "we", "i", "you", "there", "here", "also", "only", "even",
  "such", "same", "own", "very", "more", "most", "so", "up", "out", "off", "one", "all", "both", "if", "when", "while",
  "following", "ahead", "amid", "despite", "unlike", "since", "until", "through", "throughout", "toward", "towards",
]);
const ORDINAL = /^(?:first|second|third|final|last|next|upcoming|coming|forthcoming|previous|latest|recent|monthly|weekly|annual|daily|historic|new)$/;

/** Heads that English also uses as verbs after a subject (compromise's tag tells them apart; "campaign" it misreads). */
const VERBAL = new Set(["talks", "debate", "visit", "tour", "launch", "rally", "address", "protest", "attack", "attacks", "hearing"]);
const MONTHS = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** A word compromise takes for a name (so a capital that is not only the sentence's). */
function properNoun(tags: TagIndex | undefined, w: Word): boolean {
  const t = tags?.get(w.start);
  return !t || t.has("ProperNoun") || t.has("Person") || t.has("Place") || t.has("Organization") || t.has("Acronym") || t.has("Value");
}
const MEETING_HEADS = new Set(["meeting", "gathering", "talks", "summit", "conference"]);
const DAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|week|month|year|night)$/;
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|last|next|this|week|month|year|morning|afternoon|evening|night|\d.*)$/;

// Words with inner points, apostrophes and hyphens ("U.S", "Labour's", "walk-in"), a plural possessive's apostrophe,
// never a sentence's full stop.
const WORD = /9\/11|[\p{L}\p{N}]+(?:[.'’\/-][\p{L}\p{N}]+)*(?:['’](?![\p{L}]))?/gu;

interface Word extends Span {
  w: string;
  lower: string;
}

function wordsOf(text: string, s: Sentence): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(s.start, s.end);
  for (const m of slice.matchAll(WORD)) {
    const start = s.start + m.index!;
    out.push({ start, end: start + m[0].length, w: m[0], lower: m[0].toLowerCase() });
  }
  return out;
}

/** Only blanks between two words (a comma or a quote ends a noun phrase). */
const joined = (text: string, a: Word, b: Word) => /^[ \t]+$/.test(text.slice(a.end, b.start));

function isVerb(tags: TagIndex | undefined, w: Word): boolean {
  const t = tags?.get(w.start);
  if (!t) return false;
  return (t.has("Verb") || t.has("Adverb")) && !t.has("Adjective") && !t.has("Noun") && !t.has("Gerund");
}

/** A word a noun phrase may hold: a name, a noun, an adjective, a number (by compromise's tags when it has them). */
function nominal(tags: TagIndex | undefined, w: Word): boolean {
  if (/^\p{Lu}|^\d/u.test(w.w) || /^(?:the|both|all)$/.test(w.lower)) return true;
  const t = tags?.get(w.start);
  if (!t) return true;
  return (t.has("Noun") || t.has("Adjective")) && !t.has("Preposition") && !t.has("Conjunction");
}

/** Whether the word ending at `end` modifies a lower-case noun right after it ("election bid", "summit agenda"). */
export function modifiesNext(text: string, end: number, tags?: TagIndex): boolean {
  const m = /^[ \t]+([a-z][a-z-]*)/.exec(text.slice(end, end + 30));
  // "the election result", "the summit's aftermath": nouns that still speak of the event itself.
  if (!m || /^(?:results?|outcome|victory|defeat|win|day|night|date|count|aftermath|campaign|itself)$/.test(m[1])) return false;
  const t = tags?.get(end + m[0].length - m[1].length);
  return !!t && t.has("Noun") && !t.has("Verb") && !t.has("Preposition") && !t.has("Pronoun") && !t.has("Determiner") && !t.has("Adverb");
}

/** Finds event phrases in every sentence. */
export function commonEventPhrases(text: string, sentences: Sentence[], tags?: TagIndex): CommonEventPhrase[] {
  const out: CommonEventPhrase[] = [];
  for (const s of sentences) {
    const ws = wordsOf(text, s);
    for (let i = 0; i < ws.length; i++) {
      const headWord = ws[i];
      if (headWord.w === "9/11") {
        const next = ws[i + 1];
        const after2 = ws[i + 2];
        if (next && joined(text, headWord, next) && (HEADS[next.lower] || (after2 && HEADS[after2.lower] && joined(text, next, after2)))) continue; // "9/11 attacks", "9/11 memorial ceremony"
        out.push({ start: headWord.start, end: headWord.end, name: "9/11", aliases: ["9/11"], head: "attack", modifiers: "9/11", telling: "9/11", strong: "9/11", named: true, definite: false, creates: true, sentence: s.index });
        continue;
      }
      const rule = HEADS[headWord.lower];
      if (!rule || headWord.w !== headWord.lower) continue;
      // "Republicans debate the bill", "Davis talks about …": the head word is the verb.
      const ht = tags?.get(headWord.start);
      if (VERBAL.has(headWord.lower) && ht && ht.has("Verb") && !ht.has("Noun") && !ht.has("Gerund")) continue;
      // "election campaign": the election; "campaign" there is the election's own head.
      if (headWord.lower === "election" && ws[i + 1]?.lower === "campaign" && joined(text, headWord, ws[i + 1])) continue;
      // "election strategy", "summit agenda": the head word modifies the noun after it.
      if (!(headWord.lower === "election" && ws[i + 1]?.lower === "campaign") && modifiesNext(text, headWord.end, tags)) continue;
      let cls = rule.cls ?? headWord.lower;
      const first = headWord.lower === "campaign" && ws[i - 1]?.lower === "election" ? i - 1 : i;
      if (first !== i) cls = "election";
      // Modifiers: up to four words before the head (adjectives, nouns, numbers, names, a possessor).
      let m = first;
      let possessor = false;
      while (m > 0 && first - m < 4) {
        const w = ws[m - 1];
        if (!joined(text, w, ws[m])) break;
        if (NOT_MODIFIERS.has(w.lower) || isVerb(tags, w)) break;
        // A sentence's first word is capitalised for its place, not for a name ("Following Monday's debate").
        if (m - 1 === 0 && /^\p{Lu}/u.test(w.w) && !properNoun(tags, w)) break;
        m--;
        if (/['’]s$/.test(w.w)) {
          possessor = true;
          // The possessor's own name: "Mr Kennedy's", "Tuesday night's".
          while (m > 0 && joined(text, ws[m - 1], ws[m]) && (/^\p{Lu}/u.test(ws[m - 1].w) || /^(?:night|morning|afternoon|evening)$/.test(ws[m].lower)) && !NOT_MODIFIERS.has(ws[m - 1].lower)) m--;
          break;
        }
      }
      // "Sept. 11 memorial", "Nov. 8 election": the month abbreviation's point breaks the run; the date is one modifier.
      if (m > 0 && m < first && /^\d{1,2}$/.test(ws[m].w) && MONTHS.test(ws[m - 1].w) && /^\.?[ \t]+$/.test(text.slice(ws[m - 1].end, ws[m].start))) m--;
      const mods = ws.slice(m, first);
      const det = m > 0 ? ws[m - 1].lower : "";
      const definite = DETERMINERS.has(det) && det !== "a" && det !== "an";
      // Complement: "of foreign ministers of both countries", "to the summit", "with Russian President X".
      const cuts: number[] = [];
      let end = i;
      if (rule.complement && ws[i + 1] && rule.complement.includes(ws[i + 1].lower) && joined(text, headWord, ws[i + 1])) {
        let k = i + 2;
        while (k < ws.length && k - i <= 8 && joined(text, ws[k - 1], ws[k])) {
          const w = ws[k];
          if (TIME_WORDS.test(w.lower)) break;
          if (/^(?:of|in|on|at|for|with|to)$/.test(w.lower)) { if (k - 1 > i + 1) cuts.push(k - 1); k++; continue; }
          if (NOT_MODIFIERS.has(w.lower) && !/^(?:the|both|all)$/.test(w.lower)) break;
          // "of fracking industry leaders": a gerund before a noun is a modifier.
          const gerundModifier = /ing$/.test(w.lower) && ws[k + 1] && joined(text, w, ws[k + 1]) && nominal(tags, ws[k + 1]);
          if (!gerundModifier && (isVerb(tags, w) || !nominal(tags, w))) break;
          k++;
        }
        // A complement never ends on a title or honorific cut off by its full stop ("between Mr").
        while (k - 1 > i + 1 && /^(?:mr|mrs|ms|dr|sen|rep|gov|gen|st|sir|lord|lady|president|prime|minister)$/.test(ws[k - 1].lower)) k--;
        if (k - 1 > i + 1 && !/^(?:of|in|on|at|for|with|to|the|both|all|and|between)$/.test(ws[k - 1].lower)) cuts.push(k - 1);
        end = cuts.length ? cuts[0] : i;
      }
      // "declared war on X" is an idiom; "the Russian war" (a demonym) names no one war of the article.
      if (headWord.lower === "war" && (/^(?:declare[ds]?|declaring|wage[ds]?|waging)$/.test(ws[i - 1]?.lower ?? "") || mods.some((w) => DEMONYMS.has(w.w)))) continue;
      if (headWord.lower === "address" && !(end > i && /^(?:summit|conference|meeting|rally|convention|assembly|parliament|congress|nation|session)$/.test(ws[end].lower))) continue;
      const hasMods = mods.some((w) => !ORDINAL.test(w.lower)) || (mods.length > 0 && cls === "election");
      const hasComplement = end > i;
      // "the Trump campaign" is the candidate's organisation; "the poster campaign" is an event.
      if (headWord.lower === "campaign" && cls === "campaign" && !mods.some((w) => w.w === w.lower && !ORDINAL.test(w.lower))) continue;
      const placedOk = !rule.placed || mods.some((w) => /^\d|\//.test(w.w) || (placeLike(w.w) && !/['’]s$/.test(w.w)) || DEMONYMS.has(w.w.replace(/-style$/, "")) || placeLike(w.w.replace(/-style$/, "")));
      const oneOf = placedOk && (!rule.oneOf || mods.some((w) => rule.oneOf!.test(w.w) || rule.oneOf!.test(w.lower) || rule.oneOf!.test(w.lower.replace(/['’]s$/, ""))));
      const ok = ((): boolean => {
        switch (rule.needs) {
          case "none": return true;
          case "mods": return hasMods && oneOf;
          case "possessor": return possessor;
          case "complement": return hasComplement;
          case "mods-or-complement": return (hasMods && oneOf) || hasComplement;
          case "possessor-or-complement": return possessor || hasComplement;
        }
      })();
      // A phrase that does not stand on its own may still refer back to one that did ("the war", "the tour").
      const bare = !hasMods && !hasComplement && !possessor;
      if (!ok && !(bare && (definite || rule.needs !== "none"))) continue;
      const headText = text.slice(ws[first].start, headWord.end);
      const modText = mods.length ? text.slice(mods[0].start, mods[mods.length - 1].end) : "";
      const withMods = modText ? `${modText} ${headText}` : headText;
      // A definite nominal's mention holds its article ("The summit"), as the name stage's spans hold "the".
      const opener = m > 0 && /^(?:the|this|that)$/.test(det) && joined(text, ws[m - 1], ws[m]) ? ws[m - 1] : undefined;
      const span = { start: (opener ?? mods[0] ?? ws[first]).start, end: ws[end].end };
      const aliases = new Set<string>([withMods, headText]);
      // "next general election" also names "general election".
      for (let k = 1; k < mods.length; k++) aliases.add(`${text.slice(mods[k].start, mods[mods.length - 1].end)} ${headText}`);
      for (const c of cuts) {
        aliases.add(`${headText} ${text.slice(ws[i + 1].start, ws[c].end)}`);
        aliases.add(`${withMods} ${text.slice(ws[i + 1].start, ws[c].end)}`);
      }
      const name = hasComplement ? `${withMods} ${text.slice(ws[i + 1].start, ws[end].end)}` : withMods;
      // Names and numbers tell two events with one head apart ("Spain's election", "the 1997 election");
      // adjectives do not ("the unofficial election campaign" is the election the article is about).
      const strong = mods.filter((w) => /^\d|\//u.test(w.w) || (/^\p{Lu}/u.test(w.w) && placeLike(w.w)));
      const telling = mods.filter((w) => strong.includes(w) || (/^\p{Lu}/u.test(w.w) && !/['’]s$/.test(w.w) && !/^(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)$/.test(w.w) && !DAYS.test(w.lower)));
      // The parties of a meeting tell it apart ("of conservatives", "with Putin"); its place does not.
      const parties = hasComplement && MEETING_HEADS.has(headWord.lower) && /^(?:of|with|between)$/.test(ws[i + 1].lower) ? text.slice(ws[i + 1].end, ws[end].end) : "";
      out.push({
        ...span, name: name.replace(/\s+/g, " "), aliases: [...aliases].map((a) => a.replace(/\s+/g, " ")), head: cls,
        modifiers: modText, telling: [...telling.map((w) => w.w), parties].join(" ").trim(), strong: strong.map((w) => w.w).join(" "),
        named: false, definite: telling.length === 0 && !parties, creates: ok, sentence: s.index,
      });
    }
  }
  return out;
}

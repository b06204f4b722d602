// Offset-keeping tokenizer in the CoNLL-2003 style: punctuation split from words, possessive 's apart,
// abbreviations such as "U.S.", "Mr." and initials kept whole. Also groups tokens into sentences.

export interface Token {
  text: string;
  start: number;
  end: number;
}

// Lowercased, without the period. A trailing period stays on these (and on single letters, "U.S.").
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof gen sen rep gov lt col capt cpt sgt maj adm cmdr rev st mt ft jr sr inc corp co ltd plc bros " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun no nos vs etc dept univ assn " +
    "ave blvd rd pres supt det insp atty messrs mssrs gov't " +
    "ala ariz ark calif colo conn fla ga kan ky md mich minn neb nev okla tenn tex vt wis wyo"
  ).split(" "),
);

const OPENERS = new Set(["(", "[", "{", '"', "'", "“", "‘", "«", "`", "<", "¿", "¡", "*", "„"]);
const CLOSERS = new Set([")", "]", "}", '"', "'", "”", "’", "»", ",", ";", ":", "!", "?", ">", "*", "…"]);
const APOSTROPHES = "'’";
// A chunk that is itself a clitic ("'s" in CoNLL text) keeps its apostrophe.
const CLITIC = /^['’](?:s|re|ve|ll|d|m|t)$/i;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff || c === 0x202f;
}

// Dashes between words ("Paris—Berlin") split too; an ASCII hyphen does not.
const DASHES = /[—–]|--/g;

function keepsPeriod(word: string): boolean {
  // word includes the final period
  const bare = word.slice(0, -1);
  if (bare.length === 0 || bare.length > 24) return false;
  if (/^[A-Za-z]$/.test(bare)) return true; // initial "J."
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(bare)) return true; // "U.S", "a.m"
  return ABBREVIATIONS.has(bare.toLowerCase());
}

// Splits one whitespace-free chunk [s, e) of text into tokens.
function splitChunk(text: string, s: number, e: number, out: Token[]): void {
  // Dashes inside the chunk break it into parts first.
  const chunk = text.slice(s, e);
  DASHES.lastIndex = 0;
  let m: RegExpExecArray | null;
  let from = 0;
  while ((m = DASHES.exec(chunk)) !== null) {
    if (m.index > from) splitWord(text, s + from, s + m.index, out);
    out.push({ text: m[0], start: s + m.index, end: s + m.index + m[0].length });
    from = m.index + m[0].length;
  }
  if (from < chunk.length) splitWord(text, s + from, e, out);
}

function splitWord(text: string, s: number, e: number, out: Token[]): void {
  if (/^\.+$/.test(text.slice(s, e))) {
    out.push({ text: text.slice(s, e), start: s, end: e });
    return;
  }
  const trailing: Token[] = [];
  // Leading punctuation, one token each.
  while (s < e && OPENERS.has(text[s]) && e - s > 1 && !(e - s <= 3 && CLITIC.test(text.slice(s, e)))) {
    out.push({ text: text[s], start: s, end: s + 1 });
    s++;
  }
  // Trailing punctuation, peeled from the right.
  for (;;) {
    if (e - s <= 1) break;
    const last = text[e - 1];
    if (text.endsWith("...", e) && e - s > 3) {
      trailing.push({ text: "...", start: e - 3, end: e });
      e -= 3;
      continue;
    }
    if (last === "." ) {
      if (keepsPeriod(text.slice(s, e))) break;
      trailing.push({ text: ".", start: e - 1, end: e });
      e--;
      continue;
    }
    // Possessive 's / s' and contractions n't, 're, 've, 'll, 'd, 'm.
    if ((last === "s" || last === "S") && e - s > 2 && APOSTROPHES.includes(text[e - 2])) {
      trailing.push({ text: text.slice(e - 2, e), start: e - 2, end: e });
      e -= 2;
      continue;
    }
    if (APOSTROPHES.includes(last) && (text[e - 2] === "s" || text[e - 2] === "S") && e - s > 2) {
      // "workers'": the apostrophe is its own token
      trailing.push({ text: last, start: e - 1, end: e });
      e--;
      continue;
    }
    if (CLOSERS.has(last)) {
      trailing.push({ text: last, start: e - 1, end: e });
      e--;
      continue;
    }
    break;
  }
  if (e > s) {
    const word = text.slice(s, e);
    const nt = /^(.+?)(n['’]t)$/i.exec(word);
    const cl = nt ? null : /^(.+?)(['’](?:re|ve|ll|d|m))$/i.exec(word);
    const hit = nt ?? cl;
    if (hit) {
      const cut = s + hit[1].length;
      out.push({ text: hit[1], start: s, end: cut });
      out.push({ text: hit[2], start: cut, end: e });
    } else {
      out.push({ text: word, start: s, end: e });
    }
  }
  for (let i = trailing.length - 1; i >= 0; i--) out.push(trailing[i]);
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const s = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    splitChunk(text, s, i, out);
  }
  return out;
}

const ENDERS = new Set([".", "!", "?", "..."]);
const MAX_SENTENCE = 150;

// Sentences as [from, to) token index ranges: a line break or a sentence-final mark ends one. Very long
// runs are cut so one pathological line cannot dominate.
export function sentences(text: string, tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    let end = !next || i + 1 - from >= MAX_SENTENCE;
    if (!end && ENDERS.has(t.text)) {
      // Closing quotes or brackets right after the mark belong to the sentence.
      end = !CLOSERS.has(next.text) || next.text === ",";
    } else if (!end && (t.text === '"' || t.text === "”" || t.text === ")") && i > from && ENDERS.has(tokens[i - 1].text)) {
      end = true;
    }
    if (!end && hasNewline(text, t.end, next.start)) end = true;
    if (end) {
      out.push([from, i + 1]);
      from = i + 1;
    }
  }
  return out;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

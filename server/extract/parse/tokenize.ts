// Raw English text to words the way UD English (GUM, EWT) tokenises, with UTF-16 offsets into the text:
// punctuation apart, clitics split ("do n't", "ca n't", "Hart 's", "they 're"), hyphenated words split
// at the hyphen (a HYPH token) except after prefixes such as "co-", "re-", "non-" and in number words,
// abbreviations ("Mr.", "U.S.", "Sen.", initials), numbers, URLs and e-mail addresses kept whole.

export interface Word {
  start: number;
  end: number;
  form: string;
}

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof gen sen rep gov lt col capt sgt maj adm cmdr rev st mt ft jr sr inc corp co ltd plc bros " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun no nos vs etc dept univ assn " +
    "ave blvd rd pres supt det insp atty messrs gov't approx est fig al e.g i.e " +
    "ala ariz ark calif colo conn fla ga kan ky md mich minn neb nev okla tenn tex vt wis wyo"
  ).split(" "),
);
// Words before a hyphen that UD keeps attached ("co-founder", "re-elected", "non-profit").
const PREFIXES = new Set("co re pre post non anti pro mid ex multi semi inter intra mini pan neo e sub super ultra over under cross counter vice de un bi tri".split(" "));
const NUMBER_WORDS = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)$/i;

const OPENERS = "([{\"'“‘«`¿¡*„<";
const CLOSERS = ")]}\"'”’»,;:!?…*>";
const SPACE = /\s/;
const URL = /^(?:https?:\/\/|www\.)\S+$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i;
const CLITIC = /^(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/i;
const LETTER = /\p{L}/u;

export function tokenizeText(text: string, start = 0, end = text.length): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < end) {
    while (i < end && SPACE.test(text[i])) i++;
    let j = i;
    while (j < end && !SPACE.test(text[j])) j++;
    if (j > i) splitChunk(text, i, j, out);
    i = j;
  }
  return out;
}

const push = (text: string, s: number, e: number, out: Word[]) => {
  if (e > s) out.push({ start: s, end: e, form: text.slice(s, e) });
};

function keepsPeriod(word: string): boolean {
  const bare = word.slice(0, -1);
  if (!bare || bare.length > 12 || !LETTER.test(bare)) return false;
  if (/^\p{L}$/u.test(bare)) return true; // an initial
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return true; // "U.S", "a.m"
  return ABBREVIATIONS.has(bare.toLowerCase());
}

// One whitespace-free chunk [s, e).
function splitChunk(text: string, s: number, e: number, out: Word[]): void {
  const tail: Word[] = [];
  // Leading punctuation, one token each (a chunk that is itself a clitic keeps its apostrophe).
  while (e - s > 1 && OPENERS.includes(text[s]) && !CLITIC.test(text.slice(s, e))) {
    push(text, s, s + 1, out);
    s++;
  }
  // Trailing punctuation, peeled from the right.
  while (e - s > 1) {
    const last = text[e - 1];
    if (text.startsWith("...", e - 3) && e - s > 3) {
      tail.push({ start: e - 3, end: e, form: "..." });
      e -= 3;
    } else if (last === "." && !keepsPeriod(text.slice(s, e)) && !URL.test(text.slice(s, e - 1))) {
      tail.push({ start: e - 1, end: e, form: "." });
      e--;
    } else if (CLOSERS.includes(last) && !(last === "’" || last === "'" ? /^\p{L}['’]$/u.test(text.slice(s, e)) : false)) {
      tail.push({ start: e - 1, end: e, form: last });
      e--;
    } else break;
  }
  splitWord(text, s, e, out);
  for (let k = tail.length - 1; k >= 0; k--) out.push(tail[k]);
}

function splitWord(text: string, s: number, e: number, out: Word[]): void {
  const w = text.slice(s, e);
  if (e - s <= 1 || URL.test(w) || keepsPeriod(w)) return push(text, s, e, out);
  // Dashes and slashes between words split the word; so do commas and semicolons between letters.
  const m = /—|–|--|[,;](?=\p{L})|(?<=\p{L})[,;]/u.exec(w);
  if (m && m.index + m[0].length <= w.length) {
    splitWord(text, s, s + m.index, out);
    push(text, s + m.index, s + m.index + m[0].length, out);
    return splitWord(text, s + m.index + m[0].length, e, out);
  }
  // Currency before a number, percent after it.
  if (/^[$£€¥][\d.,]/.test(w)) {
    push(text, s, s + 1, out);
    return splitWord(text, s + 1, e, out);
  }
  if (/^[\d.,]+%$/.test(w)) {
    push(text, s, e - 1, out);
    return push(text, e - 1, e, out);
  }
  // Clitics at the end: "don't" -> "do" "n't", "Hart's" -> "Hart" "'s", "they're" -> "they" "'re".
  const nt = /\p{L}(n['’]t)$/iu.exec(w);
  if (nt && w.length > 3) {
    const at = e - 3;
    splitWord(text, s, at, out);
    return push(text, at, e, out);
  }
  const cl = /\p{L}(['’](?:s|re|ve|ll|d|m))$/iu.exec(w);
  if (cl) {
    const at = e - cl[1].length;
    splitWord(text, s, at, out);
    return push(text, at, e, out);
  }
  // Hyphens between letters, except after prefixes and in number words.
  const h = w.indexOf("-");
  if (h > 0 && h < w.length - 1 && !NUMBER_WORDS.test(w) && /\p{L}/u.test(w[h - 1]) && /\p{L}/u.test(w[h + 1])) {
    const first = w.slice(0, h);
    if (PREFIXES.has(first.toLowerCase())) {
      // Keep the prefix on, split any later hyphen.
      const rest = w.indexOf("-", h + 1);
      if (rest < 0) return push(text, s, e, out);
      splitWord(text, s, s + rest, out);
      push(text, s + rest, s + rest + 1, out);
      return splitWord(text, s + rest + 1, e, out);
    }
    splitWord(text, s, s + h, out);
    push(text, s + h, s + h + 1, out);
    return splitWord(text, s + h + 1, e, out);
  }
  push(text, s, e, out);
}

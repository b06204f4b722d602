// Builds the name lists and the word-class lexicon shipped inside the model, from general-purpose packages
// (world-countries, compromise's lexicon). Used by the training script only.
import countries from "world-countries";
import nlp from "compromise";
import type { GazetteerData } from "./gazetteer.ts";
import { tokenize } from "./tokenize.ts";

export const GAZ_CATEGORIES = ["country", "city", "region", "demonym", "first", "last", "person", "org", "title", "orgword", "locword"];

// Words that often end or start an organization's or a place's name.
const ORG_WORDS = (
  "inc corp corporation co ltd plc llc lp group holdings holding bank bancorp party union council association " +
  "committee commission ministry department agency university college institute school club fc afc united " +
  "airlines airways motors industries international federation league court parliament assembly congress senate " +
  "church army navy police foundation fund trust exchange board authority organisation organization company ag sa " +
  "nv gmbh spa bhd nasdaq times news press journal post service services systems technologies communications " +
  "partners securities capital investments insurance energy petroleum oil telecom network channel"
).split(" ");
const LOC_WORDS = (
  "river lake mount mountains island islands sea ocean gulf bay valley street road avenue square province state " +
  "county city republic kingdom peninsula strait canal desert coast heights hills airport stadium park bridge"
).split(" ");

// compromise tag -> gazetteer category
const NAME_TAGS: Record<string, string> = {
  Country: "country",
  City: "city",
  Region: "region",
  Place: "region",
  Demonym: "demonym",
  FirstName: "first",
  MaleName: "first",
  FemaleName: "first",
  LastName: "last",
  Person: "person",
  Organization: "org",
  SportsTeam: "org",
  Honorific: "title",
};

// compromise tag -> coarse word class for the lexicon feature
const WORD_CLASS: Record<string, string> = {
  Infinitive: "V", PastTense: "V", PresentTense: "V", Gerund: "V", Participle: "V", Verb: "V", Copula: "V", Modal: "V",
  Adjective: "A", Comparative: "A", Superlative: "A",
  Adverb: "R",
  Singular: "N", Plural: "N", Uncountable: "N", Noun: "N",
  Actor: "ROLE",
  Preposition: "F", Conjunction: "F", Determiner: "F", Pronoun: "F", Possessive: "F", QuestionWord: "F", Negative: "F",
  Month: "MON", WeekDay: "DAY", Date: "DAY",
  Cardinal: "NUM", Ordinal: "NUM", TextValue: "NUM",
  Unit: "UNIT", Currency: "UNIT",
};

const TITLES = (
  "mr mrs ms miss dr prof sir lord lady president vice-president minister premier chancellor king queen prince " +
  "princess pope senator sen rep gov governor mayor general gen col colonel captain judge justice ambassador " +
  "secretary chairman chairwoman spokesman spokeswoman director sheikh rabbi father saint st archbishop bishop " +
  "cardinal emir sultan chief coach manager striker midfielder defender goalkeeper"
).split(" ");

function norm(phrase: string): string {
  return tokenize(phrase.toLowerCase()).map((t) => t.text).join(" ");
}

export function buildLexicons(): { gazetteer: GazetteerData; lexicon: Record<string, string[]> } {
  const entries: Record<string, Set<string>> = Object.fromEntries(GAZ_CATEGORIES.map((c) => [c, new Set<string>()]));
  const add = (cat: string, phrase: string | undefined) => {
    if (!phrase) return;
    const p = norm(phrase);
    if (p.length > 1) entries[cat].add(p);
  };
  for (const c of countries) {
    add("country", c.name.common);
    add("country", c.name.official);
    for (const alt of c.altSpellings) if (alt.length > 3) add("country", alt);
    for (const cap of c.capital ?? []) add("city", cap);
    add("region", c.subregion);
    add("region", c.region);
    const dem = c.demonyms?.eng;
    if (dem) {
      add("demonym", dem.m);
      add("demonym", dem.f);
    }
  }
  for (const t of TITLES) add("title", t);
  for (const w of ORG_WORDS) add("orgword", w);
  for (const w of LOC_WORDS) add("locword", w);

  const classes = new Map<string, string>();
  const lex = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const word of Object.keys(lex).sort()) {
    const tags = ([] as string[]).concat(lex[word]).flatMap((t) => t.split(","));
    for (const t of tags) if (NAME_TAGS[t]) add(NAME_TAGS[t], word);
    if (word.includes(" ")) continue;
    const cls = tags.map((t) => WORD_CLASS[t]).find(Boolean);
    if (cls && !classes.has(word)) classes.set(word, cls);
  }
  const lexicon: Record<string, string[]> = {};
  for (const [word, cls] of classes) (lexicon[cls] ??= []).push(word);
  return {
    gazetteer: {
      categories: GAZ_CATEGORIES,
      entries: Object.fromEntries(GAZ_CATEGORIES.map((c) => [c, [...entries[c]].sort()])),
    },
    lexicon,
  };
}

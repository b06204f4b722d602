// Political parties of the UK and the US as English news names them: full names, short forms, plurals and the
// adjective ("Tory leader", "Democratic senator"). General knowledge, one canonical name per party.

export type Region = "uk" | "us";

export interface PartyEntry {
  /** Canonical name: what the graph calls the party. */
  name: string;
  /** Regular expression source for every surface form (matched whole-word, case-sensitive). */
  forms: string;
  /** Forms ambiguous outside one country's news ("Conservatives" are a party only in British news). */
  region?: Region;
}

export const PARTIES: PartyEntry[] = [
  { name: "Liberal Democrats", forms: "Liberal\\s+Democrats?(?:\\s+[Pp]arty)?|Lib\\s?Dems?" },
  { name: "Labour Party", forms: "(?:New\\s+)?Labour(?:\\s+[Pp]arty)?" },
  { name: "Conservative Party", forms: "(?:Conservative|Tory)\\s+[Pp]arty|Tor(?:y|ies)" },
  { name: "Conservative Party", forms: "Conservatives?", region: "uk" },
  { name: "Scottish National Party", forms: "Scottish\\s+National\\s+Party|Scottish\\s+Nationalists|SNP" },
  { name: "Plaid Cymru", forms: "Plaid\\s+Cymru" },
  { name: "UK Independence Party", forms: "UK\\s+Independence\\s+Party|UKIP|Ukip" },
  { name: "Green Party", forms: "Green\\s+Party|Greens" },
  { name: "Democratic Unionist Party", forms: "Democratic\\s+Unionists?(?:\\s+Party)?|DUP" },
  { name: "Ulster Unionist Party", forms: "Ulster\\s+Unionists?(?:\\s+Party)?|UUP" },
  { name: "Sinn Fein", forms: "Sinn\\s+F[eé]in" },
  { name: "British National Party", forms: "British\\s+National\\s+Party|BNP" },
  { name: "Respect Party", forms: "Respect\\s+Party" },
  { name: "Republican Party", forms: "Republican\\s+Party|GOP|Republicans?" },
  { name: "Democratic Party", forms: "Democratic\\s+Party|Democrats?|Democratic" },
  { name: "Libertarian Party", forms: "Libertarian\\s+Party|Libertarians?" },
];

/** Capitalised words after a party word that make it part of another body's name ("Democratic National Committee"). */
export const PARTY_NAME_CONTINUATIONS = new Set([
  "national", "congressional", "senatorial", "governors", "study", "convention", "committee", "conference", "club",
  "association", "assembly", "group", "caucus", "leadership", "policy", "unionist", "unionists", "republic", "research",
  "future", "friends", "way", "front", "alliance", "federation", "union", "council", "society", "forum", "network",
]);

/** Capitalised words before a party word that still leave it the party ("Senate Republicans", "New Labour"). */
export const PARTY_PREFIX_OK = new Set(["senate", "house", "new", "state", "congressional", "scottish", "welsh"]);

/** Words that in one country's news mark the article as that country's (party forms gated by region). */
export const REGION_SIGNALS: Record<Region, RegExp> = {
  uk: /\b(?:MPs?|Labour|Tory|Tories|Lib Dems?|Liberal Democrats?|Commons|Westminster|Whitehall|Downing Street|No 10|Home Secretary|home secretary|Chancellor|Britain|British|UK|BBC|Mr Blair|Lords)\b/g,
  us: /\b(?:Republicans?|Democrats?|Democratic|GOP|Senate|Senator|Congress|Congressman|White House|Sen\.|Rep\.|Gov\.|U\.S\.|America|American|Americans)\b|\b[RD]-[A-Z][a-z]*\b/g,
};

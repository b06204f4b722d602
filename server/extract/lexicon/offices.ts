// Offices and roles as English news states them: which words head a role, which roles belong to a party, which to
// a nation, and the words that tell a British article from an American one. General knowledge, no names of people.

/** Words that head a role before or after a name ("political editor", "shadow home secretary", "chief judge"). */
export const ROLE_HEADS = new Set([
  "president", "vice-president", "minister", "secretary", "secretary-general", "chancellor", "premier", "king", "queen",
  "chairman", "chairwoman", "chair", "chairperson", "co-chairman", "co-chair", "ceo", "director", "director-general",
  "governor", "gov", "senator", "sen", "congressman", "congresswoman", "representative", "rep", "mayor", "speaker",
  "ambassador", "envoy", "commissioner", "spokesman", "spokeswoman", "spokesperson", "leader", "chief", "head", "boss",
  "judge", "justice", "attorney", "prosecutor", "lawmaker", "mp", "mps", "mep", "msp", "peer", "councillor", "editor",
  "correspondent", "presenter", "journalist", "reporter", "host", "anchor", "columnist", "commentator", "associate",
  "executive", "founder", "officer", "adviser", "advisor", "treasurer", "deputy", "counsel", "candidate", "nominee",
  "strategist", "manager", "official", "diplomat", "general", "professor", "member", "whip", "economist", "analyst",
  "chairman", "solicitor", "lord", "campaigner", "activist", "organiser", "organizer", "researcher", "fellow", "partner",
]);

/** Roles that only a party gives: "Tory leader", "Labour campaign spokesman", "Democratic nominee". */
export const PARTY_ROLE_HEADS = new Set([
  "leader", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "co-chairman", "co-chair", "chair",
  "whip", "nominee", "candidate", "treasurer", "secretary", "strategist", "president", "deputy", "organiser", "organizer",
]);

/** Roles that say only that the person belongs to the party: "Labour MP", "Republican senator", "Democrat". */
export const MEMBER_ROLE_HEADS = new Set([
  "mp", "mps", "mep", "msp", "peer", "senator", "sen", "congressman", "congresswoman", "representative", "rep",
  "lawmaker", "member", "councillor", "activist", "politician", "backbencher", "campaigner", "supporter",
]);

/** Heads of national offices: stated without a body, they are the government's ("Foreign Secretary X"). */
export const NATIONAL_OFFICE_HEADS = new Set([
  "president", "premier", "minister", "secretary", "chancellor", "attorney", "solicitor", "king", "queen",
]);

/** Offices of a state or city: stated without a place, they point at the place the article names with them. */
export const PLACE_OFFICE_HEADS = new Set(["mayor", "governor", "gov"]);

/** Modifiers that make a role a past one. */
export const FORMER = /^(?:former|ex|then|one-time|onetime|erstwhile|late)$/i;

/** Words that keep a role chain going although they head nothing ("Home", "Affairs", "of the Exchequer"). */
export const ROLE_STOPWORDS = new Set([
  "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "that", "who",
  "which", "said", "says", "told", "tells", "asked", "added", "is", "was", "are", "were", "be", "been", "has", "had",
  "have", "will", "would", "could", "can", "may", "might", "should", "must", "not", "also", "when", "while", "after",
  "before", "if", "than", "then", "it", "its", "he", "she", "they", "his", "her", "their", "we", "our", "us", "him",
  "this", "these", "those", "there", "here", "where", "how", "why", "what", "so", "such", "like", "about", "over",
  "into", "up", "out", "down", "off", "last", "next", "new", "both", "all", "some", "many", "most", "more", "other",
  "says", "claimed", "argued", "insisted", "warned", "urged", "accused", "attacked", "backed", "called", "named",
  "including", "among", "between", "against", "during", "via", "per", "because", "since", "until", "though",
]);

/** Party words: a body whose name has one of these is a political party. */
export const PARTY_NAME = /\b(?:party|parties|labour|conservatives?|tory|tories|liberal democrats?|lib ?dems?|republicans?|democrats?|democratic party|gop|greens?|snp|ukip|plaid cymru|libertarians?|sinn fein|unionists?|nationalists?)\b/i;

/** Bodies that a party word names without being the party: "the Labour government", "Tory MPs", "the Democratic caucus". */
export const NOT_PARTY = /\b(?:government|administration|ministry|department|council|assembly|parliament|congress|senate|house|cabinet|caucus|mps|senators|lawmakers|voters|supporters|campaign|manifesto|conference)\b/i;

/** Party labels after a US name: "Mitch McConnell, R-Ky.", "(D-Calif.)". The letter says the party. */
export const US_PARTY_LABEL = /^\s*[,(]\s*([RDI])\s*[-–]\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\.?\s*[,)]?/;
/** Party labels after a British MP's name: "(Lab, Leeds North)", "(Con)". */
export const UK_PARTY_LABEL = /^\s*\(\s*(Lab|Con|LD|Lib Dem|SNP|PC|Green|UKIP)\b[^)]{0,40}\)/;
export const LABEL_PARTY: Record<string, RegExp> = {
  R: /\b(?:republicans?|gop)\b/i,
  D: /\bdemocra(?:ts?|tic)\b/i,
  I: /\bindependents?\b/i,
  Lab: /\blabour\b/i,
  Con: /\b(?:conservatives?|tory|tories)\b/i,
  LD: /\b(?:liberal democrats?|lib dems?)\b/i,
  "Lib Dem": /\b(?:liberal democrats?|lib dems?)\b/i,
  SNP: /\b(?:snp|scottish national)\b/i,
  PC: /\bplaid\b/i,
  Green: /\bgreens?\b/i,
  UKIP: /\bukip\b/i,
};

/** Words of a political system, to tell which country an article's unqualified national offices belong to. */
export const SYSTEM_WORDS: Array<{ country: RegExp; words: RegExp }> = [
  {
    country: /^(?:united kingdom|uk|britain|great britain)$/i,
    words: /\b(?:MPs?|Commons|Lords|Tory|Tories|Labour|Lib Dems?|Liberal Democrats?|Whitehall|Westminster|Downing Street|No 10|chancellor of the exchequer|home secretary|foreign secretary|shadow)\b/gi,
  },
  {
    country: /^(?:united states|us|u\.s\.|america|united states of america)$/i,
    words: /\b(?:Senate|Congress|GOP|Republicans?|Democrats?|White House|governor|congressman|congresswoman|Capitol Hill|Sen\.|Rep\.)\b/gi,
  },
];

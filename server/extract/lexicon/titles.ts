// Offices and roles in English news: titles that precede names ("Defense Secretary John Smith") or follow them.

/** Head nouns of titles. */
export const TITLE_HEADS = new Set([
  "president", "vice-president", "prime", "minister", "secretary", "secretary-general", "chancellor", "king", "queen",
  "prince", "princess", "emperor", "sheikh", "emir", "sultan", "pope", "cardinal", "archbishop", "bishop",
  "chairman", "chairwoman", "chair", "chairperson", "ceo", "cfo", "coo", "director", "director-general", "governor",
  "senator", "sen", "congressman", "congresswoman", "representative", "rep", "mayor", "speaker", "ambassador",
  "envoy", "commissioner", "spokesman", "spokeswoman", "spokesperson", "general", "admiral", "colonel", "commander",
  "chief", "head", "leader", "premier", "judge", "justice", "attorney", "prosecutor", "lawmaker", "mp", "economist",
  "analyst", "executive", "founder", "boss", "officer", "adviser", "advisor", "treasurer", "deputy", "counsel", "candidate",
  "nominee", "strategist", "manager", "official", "diplomat", "gov", "gen", "lt", "col", "sgt", "capt", "adm", "cmdr", "maj",
  "pres", "supt", "professor", "lawyer", "democrat", "republican", "member", "whip", "majority", "minority",
]);

/** Words that may modify a title head ("Defense Secretary", "Deputy Prime Minister", "Chief Executive"). */
export const TITLE_MODIFIERS = new Set([
  "defense", "defence", "foreign", "finance", "interior", "home", "health", "trade", "economy", "energy", "justice",
  "education", "transport", "culture", "environment", "agriculture", "labour", "labor", "treasury", "state", "deputy", "vice",
  "acting", "former", "first", "prime", "executive", "chief", "general", "senior", "junior", "assistant", "associate",
  "managing", "finance", "financial", "operating", "press", "army", "military", "supreme", "high", "grand", "foreign-affairs",
  "opposition", "party", "presidential", "economic", "national", "security", "intelligence", "development", "digital",
  "lord", "lady", "crown", "shadow", "outgoing", "incoming", "interim", "caretaker", "top", "lead", "union", "business",
]);

/** Honorifics and gendered titles right before a name: the gender a pronoun must agree with. */
export const MALE_BEFORE = /\b(?:Mr|Sir|Lord|Mister|Baron|Duke|King|Prince)\.?\s+$|\b[a-z]*(?:congress|chair|spokes|business|council)man\s+$/;
export const FEMALE_BEFORE = /\b(?:Mrs|Ms|Miss|Lady|Dame|Baroness|Madam|Duchess|Queen|Princess)\.?\s+$|\b[a-z]*(?:congress|chair|spokes|business|council)woman\s+$/;

/** Honorifics that precede a surname but are not offices. */
export const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev"]);

/** Single words that on their own name an office ("the president", "the minister"). */
export const EPITHET_HEADS = new Set([
  "president", "leader", "minister", "secretary", "chancellor", "premier", "king", "queen", "chief", "boss", "head",
  "chairman", "governor", "senator", "mayor", "official", "spokesman", "spokeswoman", "ambassador", "envoy", "executive",
  "candidate", "nominee", "businessman", "businesswoman", "billionaire", "politician", "lawmaker", "diplomat", "general",
]);

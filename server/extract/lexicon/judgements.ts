// Words that judge someone in reported speech, beside AFINN's adjectives and adverbs, and AFINN words that do not.

/** Nouns that pass a verdict on whoever they are said of ("a charade", "a big misjudgement", "a success"). */
export const JUDGING_NOUNS = new Map<string, number>([
  ["charade", -3], ["misjudgement", -3], ["misjudgment", -3], ["mistake", -2], ["mistakes", -2], ["blunder", -3],
  ["disgrace", -3], ["shambles", -3], ["fiasco", -3], ["farce", -3], ["fantasy", -2], ["nonsense", -3], ["hypocrisy", -3],
  ["lies", -3], ["liar", -3], ["betrayal", -3], ["dereliction", -3], ["incompetence", -3], ["failure", -2], ["failures", -2],
  ["scandal", -3], ["smear", -3], ["smears", -3], ["stunt", -2], ["gimmick", -2], ["con", -2], ["sham", -3],
  ["outrage", -3], ["insult", -2], ["cowardice", -3], ["arrogance", -3], ["complacency", -2], ["confusion", -2],
  ["success", 2], ["triumph", 3], ["achievement", 2], ["winner", 2], ["hero", 3], ["champion", 2], ["friend", 2],
  ["ally", 2], ["leadership", 1], ["courage", 2], ["integrity", 2],
  // failing and giving way, said of a politician: "sinking fast", "surrendering a key veto"
  ["sinking", -2], ["floundering", -2], ["flailing", -2], ["doomed", -2], ["surrendering", -2], ["surrender", -2],
  ["unbecoming", -2], ["correct", 2], ["incorrect", -2], ["capitulating", -2], ["capitulation", -3], ["caving", -2], ["dithering", -2], ["backtracking", -2], ["u-turn", -2],
]);

/** AFINN adjectives and adverbs that rate a situation or an amount, not the one the clause names. */
export const NOT_JUDGEMENTS = new Set([
  "free", "clear", "clearly", "ready", "sure", "important", "sorry", "serious", "seriously", "united", "certain",
  "certainly", "huge", "big", "large", "true", "truly", "real", "really", "able", "alone", "dead", "fine", "fit",
  "innocent", "guilty", "safe", "secure", "lucky", "ok", "okay", "well", "pretty", "kind", "like", "please", "pleased",
  "glad", "happy", "hopeful", "keen", "eager", "willing", "confident", "interested", "concerned", "worried", "afraid",
  "scared", "sad", "unhappy", "angry", "upset", "disappointed", "surprised", "shocked", "fearful", "anxious", "nervous",
  "difficult", "hard", "tough", "easy", "easier", "best", "better", "worse", "worst", "great", "greater",
  "greatest", "strong", "stronger", "rich", "significant", "special", "top", "super", "favorite", "worth",
  "favourite", "popular", "unpopular", "legal", "illegal", "violent", "terrorist", "criminal",
  "threatened", "killed", "dying", "wounded", "injured", "homeless", "vulnerable", "problem", "crisis",
  // misfortune, not blame: "the UK was losing its veto"
  "lose", "loses", "losing", "lost", "benefit", "benefits", "benefited", "benefiting", "gain", "gains", "gained", "strongest", "suffer", "suffers", "suffering", "suffered", "victim", "victims", "die", "died",
]);

/** "outstanding issues": the word means unresolved before these nouns, not excellent. */
export const PENDING_AFTER: ReadonlyMap<string, RegExp> = new Map([
  ["outstanding", /^(?:issues?|questions?|matters?|points?|problems?|debts?|loans?|bills?|balances?|payments?|warrants?|claims?|cases?|concerns?|differences?|items?|amounts?)$/i],
]);

/** "a charm offensive", "the spring offensive": after these words the word is a campaign, not a judgement. */
export const CAMPAIGN_BEFORE: ReadonlyMap<string, RegExp> = new Map([
  ["offensive", /^(?:charm|diplomatic|military|ground|air|media|peace|publicity|spring|summer|autumn|winter|new|major|final|big)$/i],
]);

/** News outlets and wire services: what they report is news, not their judgement ("…, AP said", "the Telegraph reported"). */
export const NEWS_OUTLET = /\b(?:AP|Associated Press|Reuters|AFP|Agence France[- ]Presse|Bloomberg|Dow Jones|Xinhua|Interfax|Kyodo|Yonhap|Press Association|PA|UPI|Times|Post|Journal|Telegraph|Guardian|Herald|Tribune|Gazette|Chronicle|Observer|Independent|Mirror|Globe|Examiner|Standard|News|Newswire|Wire)$/;

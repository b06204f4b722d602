// Canonical issue topics: phrases that name the same issue map to one topic name.
export const TOPICS: Array<[RegExp, string]> = [
  [/\b(?:air(?: and missile)? defen[cs]es?|missile defen[cs]es?|air shield|anti-aircraft)\b/i, "air defense"],
  [/\b(?:defen[cs]e|military) (?:spending|budgets?|expenditures?|investment)\b/i, "defense spending"],
  [/\bmilitary (?:support|aid|assistance|help)\b/i, "military support"],
  [/\bmilitary capabilit(?:y|ies)\b|\bdefen[cs]e capabilit(?:y|ies)\b/i, "military capabilities"],
  [/\bdiploma(?:cy|tic)\b|\bpeace talks\b|\bnegotiated settlement\b/i, "diplomacy"],
  [/\b(?:ceasefire|cease-fire|truce)\b/i, "ceasefire"],
  [/\bsanctions?\b/i, "sanctions"],
  [/\bdrones?\b/i, "drones"],
  [/\bdeterren(?:ce|t)\b/i, "deterrence"],
  [/\btariffs?\b/i, "tariffs"],
  [/\bfree trade\b/i, "free trade"],
  [/\binterest rates?\b/i, "interest rates"],
  [/\binflation\b/i, "inflation"],
  [/\btax(?:es|ation)?\b/i, "taxes"],
  [/\b(?:immigration|migrants?|asylum)\b/i, "immigration"],
  [/\b(?:climate change|emissions|net zero)\b/i, "climate policy"],
  [/\bnuclear (?:weapons?|arms)\b/i, "nuclear weapons"],
  [/\bhealth ?care\b/i, "health care"],
  [/\b(?:weapons?|arms|ammunition|missiles?)\b/i, "weapons"],
  [/\bsecurity\b/i, "security"],
];

/** Words that carry no topic on their own: determiners, intensifiers, evaluative adjectives. */
export const TOPIC_NOISE = new Set([
  "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "more", "greater",
  "higher", "increased", "continued", "continuing", "significantly", "stronger", "further", "new", "ambitious", "much",
  "some", "any", "all", "significant", "greater", "larger", "bigger", "better", "full", "fully", "strong", "additional",
  "urgent", "immediate", "practical", "real", "own", "such", "other", "many", "large-scale", "every", "each", "up",
  "them", "it", "they", "us", "him", "her", "itself", "himself", "herself", "themselves", "calls", "call", "need", "what", "which", "who", "everything", "something", "anything", "nothing",
  "people", "way", "thing", "things", "lot", "part", "time", "year", "years", "day", "days", "administration", "government",
]);

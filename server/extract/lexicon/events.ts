// Nouns that name events ("meeting", "summit") and the verbs that tie actors to them.
export const EVENT_HEADS = new Set([
  "meeting", "meetings", "summit", "conference", "talks", "session", "forum", "gathering", "congress", "convention",
  "assembly", "ceremony", "election", "elections", "referendum", "debate", "hearing", "rally", "visit", "games",
  "olympics", "championship", "cup", "festival", "negotiations", "dialogue", "symposium", "expo",
  "trial", "inauguration", "funeral", "protest", "protests", "strike", "primary", "caucuses", "convention",
]);
/** Event heads that are the same kind of event for coreference ("the meeting" = "the gathering"). */
export const EVENT_SYNONYMS: Record<string, string> = {
  meeting: "meeting", meetings: "meeting", gathering: "meeting", session: "meeting", ministerial: "meeting", talks: "meeting",
  summit: "summit", conference: "conference", forum: "conference", symposium: "conference",
};
/** Verbs/phrases: actor takes part in the event that follows. */
export const PARTICIPATE_CUES = /\b(?:attend(?:s|ed|ing)?|address(?:es|ed|ing)?|(?:spoke|speak(?:s|ing)?|spoken) (?:at|to|before)|(?:took|take[sn]?|taking) part in|participat(?:e|es|ed|ing) in|join(?:s|ed|ing)?|(?:an? )?(?:video |televised )?(?:address|speech|remarks) (?:to|at|before)|present at|hosted|hosts?|hosting|opened|open(?:s|ing)?|met at|told)\b/i;
export const ABSENT_CUES = /\b(?:did not|didn't|does not|doesn't|will not|won't|would not|failed to|declined to|refused to|could not|couldn't|skipped|skips|skipping|missed|misses|boycott(?:s|ed|ing)?|stayed away from|was absent from|were absent from)\s*(?:attend|join|show up at|take part in|participate in|appear at|go to)?\b/i;

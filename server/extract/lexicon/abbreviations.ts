// Abbreviations written with a full stop that does not end a sentence.

/** Titles and honorifics abbreviated before a name: "Rep. Adam Smith", "Gen. Ann Lee". */
export const TITLE_ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "prof", "rev", "hon", "pres",
  "adm", "maj", "cmdr", "supt",
]);

/** Every abbreviation whose full stop a sentence splitter must not take for a sentence end. */
export const ABBREVIATIONS = new Set([
  ...TITLE_ABBREVIATIONS,
  "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "co", "corp",
  "ltd", "no", "vs", "etc", "mt", "ft", "dept", "est", "approx", "fig", "vol",
]);

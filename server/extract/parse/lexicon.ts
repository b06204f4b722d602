// General English word classes from compromise's lexicon (a dependency already), for the tagger's
// features: "PastTense", "Preposition", "Adverb", … for single lowercase words. Built at training time
// and shipped in the model, so tagging never loads compromise.
import nlp from "compromise";

export function compromiseWordClasses(): Record<string, string[]> {
  const lex = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const out: Record<string, string[]> = {};
  for (const word of Object.keys(lex).sort()) {
    if (word.includes(" ") || word !== word.toLowerCase()) continue;
    const tag = ([] as string[]).concat(lex[word]).flatMap((t) => t.split(","))[0];
    if (tag) (out[tag] ??= []).push(word);
  }
  return out;
}

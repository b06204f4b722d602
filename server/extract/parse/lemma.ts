// Rule-based lemmas from the word and its Penn tag, with the exceptions the treebanks teach ("was" -> "be",
// "children" -> "child") kept in the model. Inflected verbs, nouns and adjectives lose their endings; a
// stem is checked against known base forms to restore a dropped "e" ("criticised" -> "criticise").

export interface Lemmatizer {
  exceptions: Map<string, string>; // "lowercase word\tXPOS" -> lemma
  bases: Set<string>; // known base forms of verbs, nouns and adjectives
}

const VOWEL = /[aeiou]/;

// Candidate bases of a stem whose suffix (-ed, -ing, -er, -est) is gone: as it is, with "e" back, undoubled.
function restore(stem: string, bases: Set<string>): string {
  if (stem.length < 2) return stem;
  const last = stem[stem.length - 1];
  const doubled = stem.length > 3 && last === stem[stem.length - 2] && !VOWEL.test(last) && !/[lsz]/.test(last);
  if (doubled && bases.has(stem.slice(0, -1))) return stem.slice(0, -1);
  if (bases.has(stem)) return stem;
  if (bases.has(stem + "e")) return stem + "e";
  if (doubled) return stem.slice(0, -1);
  // Unknown words: endings that mostly had an "e" ("-is(e)", "-at(e)", "-iz(e)", "-v(e)", "-c(e)", "-g(e)", "-ur(e)").
  if (/(?:[^aeiou][iy][sz]|[^aeiou]at|[^aeiou]ut|[aeiou]v|[^aeiou]v|[aeiou]c|[rnd]c|[^aeiou]g|dg|ur|ir|bl|pl|tl|gl|dl|kl|fl|cl|[^aeioul]s)$/.test(stem)) {
    return stem + "e";
  }
  return stem;
}

export function lemmatize(form: string, upos: string, xpos: string, lz: Lemmatizer): string {
  const lower = form.toLowerCase();
  const hit = lz.exceptions.get(lower + "\t" + xpos);
  if (hit !== undefined) return hit;
  return ruleLemma(form, upos, xpos, lz.bases);
}

export function ruleLemma(form: string, upos: string, xpos: string, bases: Set<string>): string {
  if (upos === "PROPN") return xpos === "NNPS" && form.length > 3 && form.endsWith("s") ? form.slice(0, -1) : form;
  const w = form.toLowerCase();
  if (w.length <= 2 || !/^[a-z][a-z'-]*$/.test(w)) return w;
  switch (xpos) {
    case "NNS":
    case "VBZ":
      if (/[^aeiou]ies$/.test(w) && w.length > 4) return w.slice(0, -3) + "y";
      if (/(?:ss|sh|ch|x|z|[^aeiou]o)es$/.test(w)) return w.slice(0, -2);
      if (/ss$|us$|is$/.test(w)) return w;
      if (w.endsWith("s")) return bases.has(w.slice(0, -1)) || !bases.has(w) ? w.slice(0, -1) : w;
      return w;
    case "VBD":
    case "VBN":
      if (/[^aeiou]ied$/.test(w)) return w.slice(0, -3) + "y";
      if (w.endsWith("eed") && bases.has(w)) return w;
      // "disagreed", "guaranteed": a base in "-ee" took only "d" (not "needed", whose base ends in "d").
      if (w.endsWith("eed") && w.length > 4) return w.slice(0, -1);
      if (w.endsWith("ed") && w.length > 3) return restore(w.slice(0, -2), bases);
      return w;
    case "VBG":
      if (w.endsWith("ying") && w.length > 5 && bases.has(w.slice(0, -4) + "ie")) return w.slice(0, -4) + "ie";
      if (w.endsWith("ing") && w.length > 4) return restore(w.slice(0, -3), bases);
      return w;
    case "JJR":
    case "RBR":
      if (/[^aeiou]ier$/.test(w)) return w.slice(0, -3) + "y";
      if (w.endsWith("er") && w.length > 4) return restore(w.slice(0, -2), bases);
      return w;
    case "JJS":
    case "RBS":
      if (/[^aeiou]iest$/.test(w)) return w.slice(0, -4) + "y";
      if (w.endsWith("est") && w.length > 5) return restore(w.slice(0, -3), bases);
      return w;
    default:
      return w;
  }
}

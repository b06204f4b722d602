// Token text as the model knows it: CoNLL's Reuters text has only ASCII quotes and dashes, so typographic
// ones are mapped before features are computed (offsets come from the original tokens).
export function normalizeToken(t: string): string {
  if (/^[\x20-\x7e]*$/.test(t)) return t;
  return t
    .replace(/[“”„«»″]/g, '"')
    .replace(/[‘’‚′]/g, "'")
    .replace(/[—–]/g, "--")
    .replace(/…/g, "...");
}

// Regular English verb inflection, enough to expand a lexicon of base forms into surface forms.
export function inflect(base: string, irregular: string[] = []): string[] {
  const forms = new Set([base, ...irregular]);
  const cvc = /[^aeiou][aeiou][bdgmnpt]$/.test(base) && base.length <= 4;
  if (/(s|sh|ch|x|z|o)$/.test(base)) forms.add(`${base}es`);
  else if (/[^aeiou]y$/.test(base)) forms.add(`${base.slice(0, -1)}ies`);
  else forms.add(`${base}s`);
  if (base.endsWith("e")) {
    forms.add(`${base}d`);
    forms.add(`${base.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(base)) {
    forms.add(`${base.slice(0, -1)}ied`);
    forms.add(`${base}ing`);
  } else {
    const stem = cvc ? base + base.slice(-1) : base;
    forms.add(`${stem}ed`);
    forms.add(`${stem}ing`);
  }
  return [...forms];
}

/** Maps every surface form of every base to the base. */
export function formsOf(bases: Record<string, string[]> | string[]): Map<string, string> {
  const out = new Map<string, string>();
  const entries = Array.isArray(bases) ? bases.map((b) => [b, []] as [string, string[]]) : Object.entries(bases);
  for (const [base, irr] of entries) for (const f of inflect(base, irr)) if (!out.has(f)) out.set(f, base);
  return out;
}

// Punctuation is attached by rule, after the words are parsed: to the highest node beside it that keeps
// the tree projective, the lower of the best candidates from its left and from its right (the rule of
// UD's own clean-up, Udapi's ud.FixPunct, which the treebanks follow). Paired quotes and brackets attach
// to the head of what they enclose.

// The parser's tree with its punctuation re-attached by the rule. head: by word (0-based), values 0 for the
// root else 1-based; deprel by word. Words the parser hung on a punctuation mark move to its nearest
// non-punctuation ancestor; of several root words so made, all but the main one (mainRoot) become its parataxis.
export function repunctuate(head: Int32Array, deprel: string[], upos: readonly string[], forms: readonly string[]): void {
  const n = head.length;
  const isPunct = new Uint8Array(n + 1);
  let words = 0;
  for (let i = 0; i < n; i++) if (upos[i] === "PUNCT") isPunct[i + 1] = 1; else words++;
  if (!words) return;
  const h = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) h[i + 1] = head[i];
  const roots: number[] = [];
  for (let i = 1; i <= n; i++) {
    if (isPunct[i]) continue;
    let x = h[i], guard = 0;
    while (x > 0 && isPunct[x] && guard++ <= n) x = h[x];
    h[i] = x;
    if (x === 0) roots.push(i);
  }
  const root = mainRoot(roots, h, isPunct, upos);
  for (const r of roots) {
    if (r === root) deprel[r - 1] = "root";
    else { h[r] = root; deprel[r - 1] = "parataxis"; }
  }
  attachPunctuation(h, isPunct, forms);
  for (let i = 1; i <= n; i++) {
    head[i - 1] = h[i];
    if (isPunct[i]) deprel[i - 1] = "punct";
  }
}

// Which of several headless words the parser left is the sentence's root: the verb heading the most words
// (else the word heading the most). The first of them, as before, measured 0.2 points of UAS worse on gum-dev.
function mainRoot(roots: readonly number[], h: Int32Array, isPunct: Uint8Array, upos: readonly string[]): number {
  if (roots.length < 2) return roots[0];
  const n = h.length - 1;
  const size = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    if (isPunct[i]) continue;
    for (let x = i, guard = 0; x > 0 && guard++ <= n; x = h[x]) size[x]++;
  }
  const verbs = roots.filter((r) => upos[r - 1] === "VERB" || upos[r - 1] === "AUX");
  return (verbs.length ? verbs : roots).reduce((a, b) => (size[b] > size[a] ? b : a));
}

// heads: by token 1..n (0 = root); isPunct by token 1..n. Heads of punctuation are overwritten; words'
// heads must already form a tree over the words.
export function attachPunctuation(heads: Int32Array, isPunct: Uint8Array, forms: readonly string[]): void {
  const n = heads.length - 1;
  // Depth-first spans of each word's subtree, over words only (punctuation not yet attached).
  const lo = new Int32Array(n + 1), hi = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) { lo[i] = i; hi[i] = i; }
  for (let i = 1; i <= n; i++) {
    if (isPunct[i]) continue;
    let h = heads[i], guard = 0;
    while (h > 0 && guard++ <= n) {
      if (i < lo[h]) lo[h] = i;
      if (i > hi[h]) hi[h] = i;
      h = heads[h];
    }
  }
  const pairOf = pairs(forms, isPunct);
  const root = (() => { for (let i = 1; i <= n; i++) if (!isPunct[i] && heads[i] === 0) return i; return 0; })();
  for (let p = 1; p <= n; p++) {
    if (!isPunct[p]) continue;
    const q = pairOf[p];
    if (q > 0) {
      // Quotes and brackets: both marks go to the one word inside whose head is outside.
      const a = Math.min(p, q), b = Math.max(p, q);
      let inner = -1, count = 0;
      for (let i = a + 1; i < b; i++) if (!isPunct[i] && (heads[i] < a || heads[i] > b)) { inner = i; count++; }
      if (count === 1) {
        heads[p] = inner;
        continue;
      }
    }
    let l = p - 1, r = p + 1;
    while (l >= 1 && isPunct[l]) l--;
    while (r <= n && isPunct[r]) r++;
    // Climb from the left neighbour while its head is left of p and its subtree does not pass p.
    let lc = l >= 1 ? l : -1;
    if (lc > 0) while (heads[lc] > 0 && heads[lc] < p && hi[lc] < p) lc = heads[lc];
    let rc = r <= n ? r : -1;
    if (rc > 0) while (heads[rc] > 0 && heads[rc] > p && lo[rc] > p) rc = heads[rc];
    // The lower of the two: the one inside the other's subtree.
    let cand: number;
    // Sentence-final marks before a trailing bracket or footnote ("… Dulwich. [17]") stay with the clause
    // on their left, as the treebanks have them.
    const final = forms[p - 1] === "." || forms[p - 1] === "!" || forms[p - 1] === "?";
    if (lc > 0 && rc > 0) cand = final ? lc : lo[rc] <= lc && lc <= hi[rc] ? lc : lo[lc] <= rc && rc <= hi[lc] ? rc : lc;
    else cand = lc > 0 ? lc : rc > 0 ? rc : 0;
    heads[p] = cand > 0 ? cand : root;
  }
}

const OPEN = "([{“‘«", CLOSE = ")]}”’»";

// pair[p]: the index of the mark that closes or opens with p (0 when unpaired). Straight quotes pair in
// turn; brackets and typographic quotes by nesting.
function pairs(forms: readonly string[], isPunct: Uint8Array): Int32Array {
  const n = forms.length;
  const pair = new Int32Array(n + 1);
  const open: number[] = [];
  let straight = 0, single = 0;
  for (let i = 1; i <= n; i++) {
    if (!isPunct[i]) continue;
    const f = forms[i - 1];
    if (f === '"' || f === "``" || f === "''") {
      if (straight) { pair[i] = straight; pair[straight] = i; straight = 0; } else straight = i;
    } else if (f === "'") {
      if (single) { pair[i] = single; pair[single] = i; single = 0; } else single = i;
    } else if (OPEN.includes(f)) open.push(i);
    else if (CLOSE.includes(f)) {
      let k = open.length - 1;
      while (k >= 0 && OPEN.indexOf(forms[open[k] - 1]) !== CLOSE.indexOf(f)) k--;
      if (k >= 0) {
        const o = open[k];
        open.length = k;
        pair[i] = o;
        pair[o] = i;
      }
    }
  }
  return pair;
}

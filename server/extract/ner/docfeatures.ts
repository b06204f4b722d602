// Second-stage features: what the first-stage tagger said about this token, its neighbours, and the same
// word or name elsewhere in the document. They let one name keep one reading across an article.
import { hashFeature } from "./hash.ts";
import { TAGS } from "./tags.ts";

const TYPE_OF = TAGS.map((t) => (t === "O" ? "O" : t.slice(2)));
const HAS_LETTER = /\p{L}/u;

function majority(counts: Map<string, number> | undefined, skip: string | null): string {
  if (!counts) return "none";
  let best = "none";
  let bestCount = 0;
  let total = 0;
  for (const [type, c0] of counts) {
    const c = type === skip ? c0 - 1 : c0;
    total += c;
    if (c > bestCount || (c === bestCount && c > 0 && type < best)) (best = type), (bestCount = c);
  }
  if (total === 0) return "none";
  return best + (bestCount === total ? "!" : "");
}

// Extra feature hashes per token, for each sentence of one document, from first-stage tags.
export function documentFeatures(words: string[][], shortShapes: string[][], tags: Uint8Array[]): Int32Array[][] {
  // word -> type counts over all its occurrences; name string -> type counts
  const tokenTypes = new Map<string, Map<string, number>>();
  const nameTypes = new Map<string, Map<string, number>>();
  const bump = (m: Map<string, Map<string, number>>, key: string, type: string) => {
    const c = m.get(key) ?? new Map<string, number>();
    c.set(type, (c.get(type) ?? 0) + 1);
    m.set(key, c);
  };
  // name string covering each token, or null
  const names: (string | null)[][] = [];
  words.forEach((ws, s) => {
    const ts = tags[s];
    const covering: (string | null)[] = new Array(ws.length).fill(null);
    for (let i = 0; i < ws.length; i++) {
      if (HAS_LETTER.test(ws[i])) bump(tokenTypes, ws[i].toLowerCase(), TYPE_OF[ts[i]]);
      if (TAGS[ts[i]].startsWith("B-")) {
        let j = i + 1;
        while (j < ws.length && TAGS[ts[j]].startsWith("I-")) j++;
        const name = ws.slice(i, j).join(" ").toLowerCase();
        bump(nameTypes, name, TYPE_OF[ts[i]]);
        for (let k = i; k < j; k++) covering[k] = name;
      }
    }
    names.push(covering);
  });

  return words.map((ws, s) => {
    const ts = tags[s];
    return ws.map((w, i) => {
      const own = TYPE_OF[ts[i]];
      const ss = shortShapes[s][i];
      const f: string[] = [
        "p=" + TAGS[ts[i]],
        "p|ss=" + TAGS[ts[i]] + "|" + ss,
        "p-1|p=" + (i > 0 ? TAGS[ts[i - 1]] : "<s>") + "|" + TAGS[ts[i]],
        "p|p+1=" + TAGS[ts[i]] + "|" + (i + 1 < ws.length ? TAGS[ts[i + 1]] : "</s>"),
      ];
      if (HAS_LETTER.test(w)) {
        const tok = majority(tokenTypes.get(w.toLowerCase()), own);
        f.push("dtok=" + tok, "dtok|p=" + tok + "|" + own, "dtok|ss=" + tok + "|" + ss);
      }
      const name = names[s][i];
      if (name) {
        const ent = majority(nameTypes.get(name), own);
        f.push("dent=" + ent, "dent|p=" + ent + "|" + own);
      }
      const h = new Int32Array(f.length);
      for (let k = 0; k < f.length; k++) h[k] = hashFeature(f[k]);
      return h;
    });
  });
}

export function concat(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

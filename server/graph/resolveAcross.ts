// Entity resolution across articles: one article's "Zelensky", another's "Volodymyr Zelenskyy" and a third's
// "Volodymyr Zelensky" are one node. The result is a function of the set of entities (never of the order articles
// came in), so the same articles always give the same ids; each article's own ids stay as stored.
import type { EntityKind } from "../extract/types.ts";
import { nameKey } from "../extract/text.ts";

export interface EntityRef {
  id: string;
  kind: EntityKind;
  /** The fullest name, then other names and aliases the articles give it. */
  names: readonly string[];
  /** How many articles mention it: the better-attested spelling names a merged node. */
  support: number;
}

// Legal forms and group words that the short form of a company name drops ("Altria Group" is "Altria").
const COMPANY_SUFFIX = /\s(?:group|inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|holdings|ag|sa|nv|se|gmbh)$/;
const ACRONYM = /^[A-Z][A-Z0-9&]{1,7}$/;

/** Maps every id that merges into another to that other (the canonical id); ids missing from the map stand alone. */
export function canonicalIds(refs: readonly EntityRef[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root)) root = parent.get(root)!;
    // Path halving keeps later finds short.
    for (let x = id; parent.has(x) && parent.get(x) !== root; ) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    // The smaller id becomes the root so that the clusters never depend on the order of unions.
    if (ra < rb) parent.set(rb, ra);
    else if (rb < ra) parent.set(ra, rb);
  };
  const byKey = new Map<string, string>();
  const joinOn = (key: string, id: string) => {
    const other = byKey.get(key);
    if (other === undefined) byKey.set(key, id);
    else union(other, id);
  };

  const sorted = [...refs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const surnameOnly: EntityRef[] = [];
  // Multi-word people by surname: the unique one a surname-only mention can mean.
  const bySurname = new Map<string, Set<string>>();
  const bySpelling = new Map<string, Set<string>>();
  for (const r of sorted) {
    const key = nameKey(r.names[0] ?? "");
    if (!key) continue;
    if (r.kind === "person") {
      const words = key.split(" ");
      if (words.length === 1) {
        surnameOnly.push(r);
        continue;
      }
      const first = words[0];
      const last = words[words.length - 1];
      // First and last name decide: a middle name or initial does not make another person.
      joinOn(`person|${first}|${last}`, r.id);
      add(bySurname, last, r.id);
      if (last.length >= 6) for (const variant of oneDeletion(last)) joinOn(`person~${first}|${variant}`, r.id);
      for (const variant of oneDeletion(last)) add(bySpelling, variant, r.id);
      continue;
    }
    joinOn(`${r.kind}|${key}`, r.id);
    if (r.kind === "organization" || r.kind === "event") {
      const short = key.replace(COMPANY_SUFFIX, "");
      if (short !== key && short) joinOn(`${r.kind}|${short}`, r.id);
      for (const name of r.names) if (ACRONYM.test(name.trim())) joinOn(`${r.kind}|acronym|${name.trim()}`, r.id);
    }
  }
  for (const r of surnameOnly) {
    const surname = nameKey(r.names[0]);
    let candidates = bySurname.get(surname);
    if (!candidates && surname.length >= 6) {
      const near = new Set<string>();
      for (const variant of oneDeletion(surname)) for (const id of bySpelling.get(variant) ?? []) near.add(id);
      candidates = near;
    }
    const clusters = new Set([...(candidates ?? [])].map(find));
    // "Smith" with two different Smiths known stays apart.
    if (clusters.size === 1) union([...clusters][0], r.id);
    else joinOn(`person|${surname}`, r.id);
  }

  const clusters = new Map<string, EntityRef[]>();
  for (const r of sorted) {
    const root = find(r.id);
    const list = clusters.get(root);
    if (list) list.push(r);
    else clusters.set(root, [r]);
  }
  const out = new Map<string, string>();
  for (const list of clusters.values()) {
    if (list.length < 2) continue;
    const best = list.reduce((a, b) => (better(b, a) ? b : a));
    for (const r of list) if (r.id !== best.id) out.set(r.id, best.id);
  }
  return out;
}

const wordCount = (r: EntityRef) => nameKey(r.names[0] ?? "").split(" ").length;

/** A full name over a lone surname or short form, then the better attested, then the longer name, then the smaller
 * id. */
function better(a: EntityRef, b: EntityRef): boolean {
  const full = Number(wordCount(a) > 1) - Number(wordCount(b) > 1);
  if (full !== 0) return full > 0;
  if (a.support !== b.support) return a.support > b.support;
  const words = wordCount(a) - wordCount(b);
  if (words !== 0) return words > 0;
  return a.id < b.id;
}

function add(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}

/** The word and every way of deleting one letter from it: two words one edit apart share one of these. */
function oneDeletion(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

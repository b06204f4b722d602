// Entity resolution across articles: one article's "Zelensky", another's "Volodymyr Zelenskyy" and a third's
// "Volodymyr Zelensky" are one node. The result is a function of the set of entities (never of the order articles
// came in), so the same articles always give the same ids; each article's own ids stay as stored.
import type { EntityKind } from "../extract/types.ts";
import { closeSpelling, nameKey } from "../extract/text.ts";
import { runSteps } from "./steps.ts";

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

/** Gathers what each entity id is called across articles, in article order: the fullest name (the earlier article's
 * on a tie), every other name and alias, and how many articles name it. The graph build and the store's rebuild both
 * feed it, so that they resolve alike. */
export class EntityRefBuilder<K = string> {
  private readonly refs = new Map<K, { id: string; kind: EntityKind; full: string; names: Set<string>; support: number }>();

  /** One article's entity: `key` is what identifies it to the caller (its id, or the store's entity number). */
  named(key: K, id: string, kind: EntityKind, name: string): void {
    const ref = this.refs.get(key);
    if (!ref) {
      this.refs.set(key, { id, kind, full: name, names: new Set([name]), support: 1 });
      return;
    }
    ref.support++;
    ref.names.add(name);
    if (name.length > ref.full.length) ref.full = name;
  }

  alias(key: K, alias: string): void {
    this.refs.get(key)?.names.add(alias);
  }

  build(): EntityRef[] {
    return [...this.refs.values()].map((r) => ({ id: r.id, kind: r.kind, names: [r.full, ...[...r.names].filter((n) => n !== r.full)], support: r.support }));
  }
}

/** Maps every id that merges into another to that other (the canonical id); ids missing from the map stand alone. */
/** The node an entity id is part of: the id it resolved into, or itself. */
export function resolvedId(canonical: ReadonlyMap<string, string> | undefined, id: string): string {
  return canonical?.get(id) ?? id;
}

export function canonicalIds(refs: readonly EntityRef[]): Map<string, string> {
  return runSteps(canonicalIdSteps(refs));
}

/** canonicalIds as small steps (a store's rebuild runs them in slices, between which a server answers requests). */
export function* canonicalIdSteps(refs: readonly EntityRef[]): Generator<void, Map<string, string>, void> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root)) root = parent.get(root)!;
    // Path compression keeps later finds short.
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
  // Lone surnames and lone acronyms join the one full name that can mean them, once every full name is known.
  const surnameOnly: EntityRef[] = [];
  const acronymOnly: EntityRef[] = [];
  const bySurname = new Map<string, Set<string>>();
  const byAcronym = new Map<string, Set<string>>();
  // People with the same first name and surnames one edit apart (Zelensky, Zelenskyy), compared per first name.
  const byFirstName = new Map<string, { id: string; last: string }[]>();
  const visit = (r: EntityRef): void => {
    const key = nameKey(r.names[0] ?? "");
    if (!key) return;
    if (r.kind === "person") {
      const words = key.split(" ");
      if (words.length === 1) {
        surnameOnly.push(r);
        return;
      }
      const first = words[0];
      const last = words[words.length - 1];
      // First and last name decide: a middle name or initial does not make another person.
      joinOn(`person|${first}|${last}`, r.id);
      add(bySurname, last, r.id);
      if (last.length >= 6) {
        const group = byFirstName.get(first);
        if (group) group.push({ id: r.id, last });
        else byFirstName.set(first, [{ id: r.id, last }]);
      }
      return;
    }
    if ((r.kind === "organization" || r.kind === "event") && ACRONYM.test(r.names[0].trim())) {
      acronymOnly.push(r);
      return;
    }
    joinOn(`${r.kind}|${key}`, r.id);
    if (r.kind === "organization" || r.kind === "event") {
      // "Securities & Exchange Commission", "US Securities and Exchange Commission", "Altria Group": one name. A
      // country prefix goes only from long names: "US Treasury" and "UK Treasury" are two.
      let short = key.replace(/ and /g, " ").replace(COMPANY_SUFFIX, "");
      const unprefixed = short.replace(/^(?:us|uk|eu|un) /, "");
      if (unprefixed.split(" ").length >= 3) short = unprefixed;
      if (short !== key && short) joinOn(`${r.kind}|${short}`, r.id);
      for (const name of r.names.slice(1)) if (ACRONYM.test(name.trim())) add(byAcronym, `${r.kind}|${name.trim()}`, r.id);
    }
  };
  yield;
  for (let i = 0; i < sorted.length; i++) {
    visit(sorted[i]);
    if ((i & 4095) === 4095) yield;
  }
  yield;
  for (const group of byFirstName.values()) {
    for (const [a, b] of closeSpellings(group)) union(a, b);
    if (group.length > 64) yield;
  }
  yield;
  // "Smith" with two different Smiths known, or "WTO" with two organisations it abbreviates, stays apart, unless the
  // articles name one of them far more often: "Obama" with Barack Obama in many articles and Michelle Obama in one is
  // Barack Obama, as a reader takes it.
  const support = new Map(refs.map((r) => [r.id, r.support]));
  const joinUnique = (r: EntityRef, candidates: Set<string> | undefined, fallback: string) => {
    const bySupport = new Map<string, number>();
    for (const id of candidates ?? []) {
      const root = find(id);
      bySupport.set(root, (bySupport.get(root) ?? 0) + (support.get(id) ?? 0));
    }
    const [top, ...rest] = [...bySupport].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const others = rest.reduce((n, [, v]) => n + v, 0);
    if (top && (!rest.length || (top[1] >= DOMINANT.articles && top[1] >= DOMINANT.ratio * others))) union(top[0], r.id);
    else joinOn(fallback, r.id);
  };
  for (const r of surnameOnly) joinUnique(r, bySurname.get(nameKey(r.names[0])), `person|${nameKey(r.names[0])}`);
  for (const r of acronymOnly) joinUnique(r, byAcronym.get(`${r.kind}|${r.names[0].trim()}`), `${r.kind}|${nameKey(r.names[0])}`);

  yield;
  // Only entities that joined another make clusters (few): each root with the entities under it.
  const clusters = new Map<string, EntityRef[]>();
  for (const r of sorted) if (parent.has(r.id)) clusters.set(find(r.id), []);
  for (const r of sorted) {
    const root = parent.has(r.id) ? find(r.id) : r.id;
    clusters.get(root)?.push(r);
  }
  const out = new Map<string, string>();
  for (const list of clusters.values()) {
    const best = list.reduce((a, b) => (better(b, a) ? b : a));
    for (const r of list) if (r.id !== best.id) out.set(r.id, best.id);
  }
  return out;
}

/** When a lone surname or acronym fits several full names, the one it joins: in this many articles at least, and this
 * many times as many as all the others together. */
const DOMINANT = { articles: 3, ratio: 4 };

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

/** Pairs of ids whose surnames are different but one edit or one swap apart: compared pairwise in a small group; in a
 * large one, only words that share a one-letter deletion are compared. */
function closeSpellings(group: readonly { id: string; last: string }[]): [string, string][] {
  const pairs: [string, string][] = [];
  if (group.length < 2) return pairs;
  if (group.length <= 16) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        if (group[i].last !== group[j].last && closeSpelling(group[i].last, group[j].last)) pairs.push([group[i].id, group[j].id]);
      }
    }
    return pairs;
  }
  const buckets = new Map<string, { id: string; last: string }[]>();
  for (const entry of group) {
    for (const variant of oneDeletion(entry.last)) {
      const bucket = buckets.get(variant);
      if (!bucket) {
        buckets.set(variant, [entry]);
        continue;
      }
      for (const other of bucket) if (other.last !== entry.last && closeSpelling(other.last, entry.last)) pairs.push([other.id, entry.id]);
      bucket.push(entry);
    }
  }
  return pairs;
}

/** The word and every way of deleting one letter from it: two words one edit apart share one of these. */
function oneDeletion(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

// Event mentions: named events ("NATO Defense Ministers' Meeting"), "<actor> summit/meeting" phrases, "a gathering of
// <org>", meetings implied by "an address to <org> ministers", and definite nominals ("the ministerial meeting")
// resolved to the event they refer back to.
import type { Span } from "./types.ts";
import type { Sentence } from "./sentences.ts";
import type { EntityTable, EntityRec } from "./entities.ts";
import { EVENT_HEADS, EVENT_SYNONYMS } from "./lexicon/events.ts";
import { nameKey } from "./text.ts";
import type { TagIndex } from "./postags.ts";
import { commonEventPhrases, modifiesNext } from "./eventPhrases.ts";

interface EventPhrase extends Span {
  name: string;
  /** Other ways the phrase names the event ("general election" of "the 1997 general election"). */
  aliases?: string[];
  head: string;
  mods: Set<string>;
  named: boolean;
  definite: boolean;
  /** A definite phrase that names an event even with nothing before it to refer to. */
  creates?: boolean;
  /** Of a common-noun phrase, the words that tell it from another event with its head. */
  telling?: Set<string>;
  strong?: Set<string>;
  sentence: number;
}

const HEADS = [...EVENT_HEADS].join("|");
const GROUPS = "ministers|leaders|delegates|lawmakers|officials|members|counterparts|envoys|diplomats|heads of state|shareholders|investors|parliament|congress|assembly";
const ACTOR_KINDS = new Set(["organization", "country", "location"]);
const STOP = new Set(["the", "a", "an", "this", "that", "of", "s", "same", "first", "last", "next", "upcoming", "annual", "today"]);
const stem = (w: string) => w.slice(0, 5);

function modsOf(words: string): Set<string> {
  return new Set(nameKey(words).split(" ").filter((w) => w && !STOP.has(w) && !EVENT_HEADS.has(w)).map(stem));
}
const classOf = (head: string) => EVENT_SYNONYMS[head.toLowerCase()] ?? head.toLowerCase();

/** Adds event entities and their mentions to the table. */
export function detectEvents(text: string, sentences: Sentence[], table: EntityTable, tags?: TagIndex): void {
  const phrases: EventPhrase[] = [];
  // Named events came in as entities from the name stage: re-read them as phrases so that they merge.
  for (const e of [...table.byId.values()].filter((x) => x.kind === "event")) {
    for (const m of e.mentions) {
      const words = text.slice(m.start, m.end);
      const head = nameKey(words).split(" ").pop() ?? "";
      phrases.push({ ...m, name: words, head: classOf(head), mods: modsOf(words), named: true, definite: false, sentence: sentenceOf(sentences, m.start) });
    }
  }
  table.dropKind("event:");
  // Events named by a common noun: "the 1997 general election", "a meeting of foreign ministers", "his launch".
  for (const p of commonEventPhrases(text, sentences, tags)) {
    if (phrases.some((q) => q.start < p.end && p.start < q.end)) continue;
    phrases.push({ ...p, head: classOf(p.head), mods: modsOf(p.modifiers), telling: modsOf(p.telling), strong: modsOf(p.strong) });
  }
  const actors = table.ordered().filter((r) => ACTOR_KINDS.has(table.get(r.id)!.kind));
  for (const r of actors) {
    const after = text.slice(r.end, r.end + 80);
    const m = new RegExp(`^(?:['’]s?)?((?:\\s+[a-z][a-z-]*['’]?){0,3}?)\\s+(${HEADS})\\b`).exec(after);
    // The words between the actor and the head are modifiers, never a verb ("the United States led negotiations").
    const verbBetween = (from: number, words: string) => {
      for (const w of words.matchAll(/[a-z][a-z-]*/g)) {
        const t = tags?.get(from + w.index!);
        if (t && t.has("Verb") && !t.has("Adjective") && !t.has("Noun")) return true;
      }
      return false;
    };
    if (m && !/\b(?:and|or|but|to|in|on|at|for|with|by|is|was|has|had|of|out|from|into|over|about|than|as|after|before|are|were|be|will|would|during|despite|amid|ahead|since|until|while|through|could|should|may|might|can)\b/.test(m[1]) && !verbBetween(r.end + (m[0].length - m[0].trimStart().length) + (m[0].indexOf(m[1]) - (m[0].length - m[0].trimStart().length)), m[1])) {
      const end = r.end + m[0].length;
      const words = text.slice(r.start, end);
      if (!modifiesNext(text, end, tags) && !phrases.some((q) => q.start < end && r.start < q.end)) phrases.push({ start: r.start, end, name: words.replace(/['’]s?(?=\s)/g, ""), head: classOf(m[2]), mods: modsOf(words), named: false, definite: false, sentence: r.sentence });
    }
    const before = text.slice(Math.max(0, r.start - 40), r.start);
    const g = new RegExp(`\\b(${HEADS}) of (?:the )?$`).exec(before);
    if (g) {
      const start = r.start - (before.length - (g.index ?? 0));
      phrases.push({ start, end: r.end, name: `${text.slice(r.start, r.end)} ${g[1]}`, head: classOf(g[1]), mods: modsOf(text.slice(r.start, r.end)), named: false, definite: false, sentence: r.sentence });
    }
    // "an address to NATO defense ministers": a meeting of those people.
    if (/\b(?:address(?:ed|es|ing)?|speech|remarks|spoke|speaking|appeal(?:ed)?|told|briefed|met(?: with)?) to $/i.test(text.slice(Math.max(0, r.start - 30), r.start))) {
      const grp = new RegExp(`^((?:\\s+[a-z][a-z-]*){0,2}?\\s+(?:${GROUPS}))\\b`).exec(after);
      if (grp) {
        const end = r.end + grp[0].length;
        const words = text.slice(r.start, end);
        phrases.push({ start: r.start, end, name: `${words} meeting`, head: "meeting", mods: modsOf(words), named: false, definite: false, sentence: r.sentence });
      }
    }
  }
  phrases.sort((a, b) => a.start - b.start);
  const clusters: EventPhrase[][] = [];
  const key = (q: EventPhrase) => q.telling ?? q.mods;
  const fits = (p: EventPhrase, c: EventPhrase[]) =>
    c[0].head === p.head && c.some((q) => subset(key(p), key(q)) || subset(key(q), key(p))) && (key(p).size > 0 || p.definite);
  for (const p of phrases.filter((x) => !x.definite)) {
    const c = clusters.find((cl) => fits(p, cl) && key(p).size > 0);
    if (c) c.push(p);
    else clusters.push([p]);
  }
  for (const p of phrases.filter((x) => x.definite)) {
    // Refer back to the nearest event whose words hold this one's ("the ministerial meeting" after "the NATO
    // Defense Ministers' Meeting"), else to the nearest one with nothing telling it apart; failing both, a bare
    // "the debate" whose head names one event of the article is that event. A plain "the election" is the article's
    // own event, not "Spain's election" or "the 1997 election" named before it.
    const sameClass = clusters.filter((cl) => (p.mods.size ? cl[0].head === p.head : compatible(cl[0].head, p.head)));
    const byNearness = (list: EventPhrase[][]) => {
      const back = list.filter((cl) => cl.some((q) => q.start < p.start));
      return (back.length ? back : list).sort((a, b) => nearest(b, p) - nearest(a, p));
    };
    const plain = (cl: EventPhrase[]) => cl.some((q) => q.named) || cl.some((q) => (q.strong ?? q.mods).size === 0);
    const holding = byNearness(sameClass.filter((cl) => cl.some((q) => subset(p.mods, q.mods))));
    const plainOnes = byNearness(sameClass.filter((cl) => cl[0].head === p.head && plain(cl)));
    const standsAlone = p.creates && !(p.telling?.size);
    const pick = standsAlone ? holding.find(plain) ?? plainOnes[0] : holding[0] ?? plainOnes[0];
    if (pick) pick.push(p);
    else if (p.creates) clusters.push([p]);
  }
  // Two events with one head ("Spain's general election", "the election"): the one told apart by its words is
  // not also named by the bare head.
  const shared = new Map<string, number>();
  for (const c of clusters) shared.set(c[0].head, (shared.get(c[0].head) ?? 0) + 1);
  for (const c of clusters) {
    const best = [...c].sort((a, b) => Number(b.named) - Number(a.named) || Number(!b.definite) - Number(!a.definite) || b.name.length - a.name.length || a.start - b.start)[0];
    const e: EntityRec = table.add("event", best.name.replace(/\s+/g, " "));
    for (const p of c) {
      table.mention(e, p, p.named ? "name" : p.definite ? "nominal" : "name", p.sentence, p.definite && !p.creates ? undefined : p.name.replace(/\s+/g, " "));
      const tells = [...(p.telling ?? [])];
      for (const a of p.aliases ?? []) {
        if ((shared.get(c[0].head) ?? 0) > 1 && tells.length && !tells.some((w) => modsOf(a).has(w))) continue;
        e.aliases.add(a);
      }
    }
  }
}

/** "The meeting" may be the summit just named; a news conference is not. */
function compatible(a: string, b: string): boolean {
  return a === b || (MEETINGS.has(a) && MEETINGS.has(b));
}
const MEETINGS = new Set(["meeting", "summit"]);

function subset(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
function nearest(c: EventPhrase[], p: EventPhrase): number {
  return Math.max(...c.filter((q) => q.start < p.start).map((q) => q.start), -1);
}
function sentenceOf(sentences: Sentence[], offset: number): number {
  let lo = 0, hi = sentences.length - 1, ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return sentences[ans]?.index ?? 0;
}

// Event mentions: named events ("NATO Defense Ministers' Meeting"), "<actor> summit/meeting" phrases, "a gathering of
// <org>", meetings implied by "an address to <org> ministers", and definite nominals ("the ministerial meeting")
// resolved to the event they refer back to.
import type { Span } from "./types.ts";
import type { Sentence } from "./sentences.ts";
import type { EntityTable, EntityRec } from "./entities.ts";
import { EVENT_HEADS, EVENT_SYNONYMS } from "./lexicon/events.ts";
import { nameKey } from "./text.ts";
import type { TagIndex } from "./postags.ts";
import { commonEventPhrases } from "./eventPhrases.ts";

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
    phrases.push({ ...p, head: classOf(p.head), mods: modsOf(p.modifiers) });
  }
  const actors = table.ordered().filter((r) => ACTOR_KINDS.has(table.get(r.id)!.kind));
  for (const r of actors) {
    const after = text.slice(r.end, r.end + 80);
    const m = new RegExp(`^(?:['’]s?)?((?:\\s+[a-z][a-z-]*['’]?){0,3}?)\\s+(${HEADS})\\b`).exec(after);
    if (m && !/\b(?:and|or|but|to|in|on|at|for|with|by|is|was|has|had|of|out|from|into|over|about|than|as|after|before|are|were|be|will|would)\b/.test(m[1])) {
      const end = r.end + m[0].length;
      const words = text.slice(r.start, end);
      if (!phrases.some((q) => q.start < end && r.start < q.end)) phrases.push({ start: r.start, end, name: words.replace(/['’]s?(?=\s)/g, ""), head: classOf(m[2]), mods: modsOf(words), named: false, definite: false, sentence: r.sentence });
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
  const fits = (p: EventPhrase, c: EventPhrase[]) =>
    c[0].head === p.head && c.some((q) => subset(p.mods, q.mods) || subset(q.mods, p.mods)) && (p.mods.size > 0 || p.definite);
  for (const p of phrases.filter((x) => !x.definite)) {
    const c = clusters.find((cl) => fits(p, cl) && p.mods.size > 0);
    if (c) c.push(p);
    else clusters.push([p]);
  }
  for (const p of phrases.filter((x) => x.definite)) {
    // Refer back to the nearest compatible event; failing that, forward; a bare "the debate" with nothing to
    // refer to is the event itself when its head names one event of the article ("the summit", "the election").
    const options = clusters.filter((cl) => (p.mods.size ? cl[0].head === p.head : compatible(cl[0].head, p.head)) && cl.some((q) => subset(p.mods, q.mods)));
    const back = options.filter((cl) => cl.some((q) => q.start < p.start));
    const pick = (back.length ? back : options).sort((a, b) => nearest(b, p) - nearest(a, p))[0];
    if (pick) pick.push(p);
    else if (p.creates) clusters.push([p]);
  }
  for (const c of clusters) {
    const best = [...c].sort((a, b) => Number(b.named) - Number(a.named) || Number(!b.definite) - Number(!a.definite) || b.name.length - a.name.length || a.start - b.start)[0];
    const e: EntityRec = table.add("event", best.name.replace(/\s+/g, " "));
    for (const p of c) {
      table.mention(e, p, p.named ? "name" : p.definite ? "nominal" : "name", p.sentence, p.definite && !p.creates ? undefined : p.name.replace(/\s+/g, " "));
      for (const a of p.aliases ?? []) e.aliases.add(a);
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

// The working entity table shared by the later stages: entities with mentions, plus an offset-sorted mention index.
import type { EntityKind, Mention, MentionForm, Span } from "./types.ts";
import { slug } from "./text.ts";

export interface TitleFact {
  title: string;
  titleSpan: Span;
  /** Entity id of the country or organisation named before the title, if any. */
  affiliation: string | null;
  /** The name mention the title belongs to. */
  mention: Span;
  sentence: number;
}

export interface EntityRec {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: Set<string>;
  mentions: Mention[];
  titles: TitleFact[];
}

export interface MentionRef extends Span {
  id: string;
  form: MentionForm;
  sentence: number;
}

export class EntityTable {
  readonly byId = new Map<string, EntityRec>();
  refs: MentionRef[] = [];
  private readonly taken = new Set<string>();
  private longest = 0;

  add(kind: EntityKind, name: string): EntityRec {
    const id = `${kind}:${slug(name) || "unnamed"}`;
    let e = this.byId.get(id);
    if (!e) {
      e = { id, kind, name, aliases: new Set(), mentions: [], titles: [] };
      this.byId.set(id, e);
    }
    return e;
  }

  mention(e: EntityRec, span: Span, form: MentionForm, sentence: number, alias?: string): void {
    const key = `${span.start}:${span.end}`;
    if (this.taken.has(key)) return;
    this.taken.add(key);
    e.mentions.push({ start: span.start, end: span.end, form });
    if (alias) e.aliases.add(alias);
    const ref = { start: span.start, end: span.end, id: e.id, form, sentence };
    const last = this.refs[this.refs.length - 1];
    // Appending in order keeps the index sorted; anything else sorts once at the next lookup.
    if (last && (last.start > ref.start || (last.start === ref.start && last.end < ref.end))) this.dirty = true;
    this.refs.push(ref);
    this.longest = Math.max(this.longest, span.end - span.start);
  }

  /** Mention refs sorted by offset (longer first on ties). */
  ordered(): MentionRef[] {
    if (this.dirty) {
      this.refs.sort((a, b) => a.start - b.start || b.end - a.end);
      this.dirty = false;
    }
    return this.refs;
  }
  private dirty = false;

  /** The first mention overlapping this offset range, if any. */
  at(span: Span): MentionRef | undefined {
    const refs = this.ordered();
    for (let i = this.firstFrom(span.start - this.longest); i < refs.length && refs[i].start < span.end; i++) {
      if (refs[i].end > span.start) return refs[i];
    }
    return undefined;
  }

  /** Mentions within a span, in order. */
  within(span: Span): MentionRef[] {
    const refs = this.ordered();
    const out: MentionRef[] = [];
    for (let i = this.firstFrom(span.start); i < refs.length && refs[i].start < span.end; i++) if (refs[i].end <= span.end) out.push(refs[i]);
    return out;
  }

  /** Index of the first ref starting at or after offset (binary search). */
  private firstFrom(offset: number): number {
    const refs = this.ordered();
    let lo = 0, hi = refs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (refs[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Drops every mention of entities whose id starts with the prefix (and those entities). */
  dropKind(prefix: string): void {
    for (const id of [...this.byId.keys()]) if (id.startsWith(prefix)) this.byId.delete(id);
    this.refs = this.ordered().filter((r) => !r.id.startsWith(prefix));
    this.taken.clear();
    for (const r of this.refs) this.taken.add(`${r.start}:${r.end}`);
  }

  get(id: string | null | undefined): EntityRec | undefined {
    return id ? this.byId.get(id) : undefined;
  }
}

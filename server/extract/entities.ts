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
    this.refs.push({ start: span.start, end: span.end, id: e.id, form, sentence });
    this.sorted = false;
  }

  private sorted = true;
  /** Mention refs sorted by offset. */
  ordered(): MentionRef[] {
    if (!this.sorted) {
      this.refs.sort((a, b) => a.start - b.start || b.end - a.end);
      this.sorted = true;
    }
    return this.refs;
  }

  /** The mention covering this offset range, if any. */
  at(span: Span): MentionRef | undefined {
    return this.ordered().find((r) => r.start < span.end && span.start < r.end);
  }

  /** Mentions within a span, in order. */
  within(span: Span): MentionRef[] {
    return this.ordered().filter((r) => r.start >= span.start && r.end <= span.end);
  }

  get(id: string | null | undefined): EntityRec | undefined {
    return id ? this.byId.get(id) : undefined;
  }
}

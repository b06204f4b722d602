// The extraction contract (../shared/CONTRACT.md). Keep in step with it: add fields, never change meanings.

export type EntityKind = "person" | "organization" | "country" | "location" | "event" | "topic";
export type MentionForm = "name" | "pronoun" | "nominal" | "demonym";
export type Polarity = "support" | "oppose" | "neutral";
export type RelationType =
  | "holds_position"
  | "member_of"
  | "chairs"
  | "participates_in"
  | "absent_from"
  | "located_in"
  | "in_conflict_with"
  | "part_of"
  | "stance";

export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  form: MentionForm;
}

export interface EvidenceSpan extends Span {
  text: string;
}

export interface ArticleMeta {
  title: string | null;
  date: string | null;
  source: string | null;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  mentions: Mention[];
}

export interface Relation {
  source: string;
  target: string;
  type: RelationType;
  attributes: { title?: string; act?: string; [k: string]: string | undefined };
  polarity?: Polarity;
  evidence: EvidenceSpan[];
  confidence: number;
}

export interface Quote {
  speaker: string | null;
  speakerSpan: Span | null;
  cue: Span;
  content: Span;
  direct: boolean;
}

export interface Extraction {
  article: ArticleMeta;
  entities: Entity[];
  relations: Relation[];
  quotes: Quote[];
}

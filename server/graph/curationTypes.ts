// Corrections made by hand (curations): what each one says, by keys that outlast a rebuild, and what it changes in the
// graph it was last applied to. Stored as rows of the store's `curations` table (server/store/curations.ts).
import type { EntityKind, Polarity, RelationType } from "../extract/types.ts";

/** A node as a curation names it: its id when the curation was made (an entity id, or a split's node), the
 * normalised form of its label then (nameKey), and its kind and label then (for the log). */
export interface NodeRef {
  id: string;
  name: string;
  kind: EntityKind;
  label: string;
}

/** An edge as a curation names it: its ends (node refs' ids), type, act and polarity when it was made. */
export interface EdgeRef {
  source: string;
  target: string;
  type: RelationType;
  act: string | null;
  polarity: Polarity | null;
  /** "Anna Berg urges Lakeside", for the log. */
  label: string;
}

export type CurationSpec =
  | { op: "merge"; node: NodeRef; into: NodeRef }
  | { op: "split"; node: NodeRef; name: string }
  | { op: "split"; node: NodeRef; article: string }
  | { op: "rename"; node: NodeRef; label: string }
  | { op: "retype"; node: NodeRef; kind: EntityKind }
  | { op: "reject"; node: NodeRef }
  | { op: "reject"; edge: EdgeRef }
  | { op: "repolarize"; edge: EdgeRef; polarity: Polarity };

export type CurationOp = CurationSpec["op"];

export interface Curation {
  id: number;
  spec: CurationSpec;
  note: string | null;
  createdAt: string;
}

/** What a curation changes in the current graph: nothing (idle: what it names is not there any more) or the nodes
 * and edges it shaped, and a sentence that says so. */
export interface CurationEffect {
  idle: boolean;
  summary: string;
  nodes: string[];
  edges: string[];
}

/** What a curation that found nothing to change says. */
export const idle = (summary: string): CurationEffect => ({ idle: true, summary, nodes: [], edges: [] });

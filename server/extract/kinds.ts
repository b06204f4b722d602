// The contract's closed vocabularies as runtime values (for validation), typed against types.ts.
import type { EntityKind, Polarity, RelationType } from "./types.ts";

export const ENTITY_KINDS = ["person", "organization", "country", "location", "event", "topic"] as const satisfies readonly EntityKind[];
export const POLARITIES = ["support", "oppose", "neutral"] as const satisfies readonly Polarity[];
export const RELATION_TYPES = [
  "holds_position",
  "member_of",
  "chairs",
  "participates_in",
  "absent_from",
  "located_in",
  "in_conflict_with",
  "part_of",
  "stance",
] as const satisfies readonly RelationType[];

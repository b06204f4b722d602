// What the analyst has chosen to see; everything here can be put in the URL.
import type { EntityKind, Polarity, RelationType } from "./apiTypes.ts";

export type Depth = 1 | 2 | 3;
export type ExpandMode = "expand" | "focus";

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  node: string | null;
  depth: Depth;
  mode: ExpandMode;
  hiddenKinds: EntityKind[];
  hiddenRelations: RelationType[];
  hiddenPolarities: Polarity[];
  from: string | null;
  to: string | null;
  camera: CameraView | null;
  path: [string, string] | null;
}

// One list of relation types for server and client.
export { ENTITY_KINDS, RELATION_TYPES } from "../../server/extract/kinds.ts";

export const defaultViewState = (): ViewState => ({
  node: null,
  depth: 1,
  mode: "expand",
  hiddenKinds: [],
  hiddenRelations: [],
  hiddenPolarities: [],
  from: null,
  to: null,
  camera: null,
  path: null,
});

// Colours for kinds and stance polarities, chosen to stay distinct on a white background.
import type { EntityKind, Polarity } from "./apiTypes.ts";

export const KINDS: readonly EntityKind[] = ["person", "organization", "country", "location", "event", "topic"];

export const KIND_COLORS: Record<EntityKind, string> = {
  person: "#1f77b4",
  organization: "#9467bd",
  country: "#d62728",
  location: "#8c564b",
  event: "#ff7f0e",
  topic: "#17becf",
};

export const KIND_LABELS: Record<EntityKind, string> = {
  person: "Person",
  organization: "Organization",
  country: "Country",
  location: "Place",
  event: "Event",
  topic: "Topic",
};

export const POLARITIES: readonly Polarity[] = ["support", "oppose", "neutral"];

export const POLARITY_COLORS: Record<Polarity, string> = {
  support: "#2ca02c",
  oppose: "#d62728",
  neutral: "#7f7f7f",
};

export const EDGE_COLOR = "#b8bcc4";
export const FADED_NODE = "#e4e6ea";
export const FADED_EDGE = "#f0f1f3";
export const PATH_COLOR = "#e6a100";

export const kindColor = (kind: string): string => KIND_COLORS[kind as EntityKind] ?? "#999999";

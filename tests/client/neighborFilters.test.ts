// The view's filters as the neighbours route's query: only what the server means the same way is sent.
import { describe, expect, it } from "vitest";
import { neighborFilters } from "../../client/src/filters.ts";
import { defaultViewState, type ViewState } from "../../client/src/viewState.ts";
import { neighborsQuery } from "../../server/api/querySchemas.ts";
import { ENTITY_KINDS, RELATION_TYPES } from "../../server/extract/kinds.ts";

const view = (change: Partial<ViewState>): ViewState => ({ ...defaultViewState(), ...change });

/** The query string the client would send, read back by the server's own parser. */
function serverReads(state: ViewState) {
  const f = neighborFilters(state);
  const query: Record<string, string> = {};
  for (const key of ["kind", "type", "polarity"] as const) if (f[key]?.length) query[key] = f[key]!.join(",");
  if (f.from) query.from = f.from;
  if (f.to) query.to = f.to;
  return neighborsQuery.parse(query);
}

describe("neighborFilters", () => {
  it("sends nothing when nothing is filtered", () => {
    expect(neighborFilters(defaultViewState())).toEqual({});
  });

  it("turns hidden kinds and relation types into the visible ones, and dates as they are", () => {
    const read = serverReads(view({ hiddenKinds: ["country", "topic"], hiddenRelations: ["located_in"], from: "2025-01-01", to: "2025-12-31" }));
    expect(read.kind).toEqual(ENTITY_KINDS.filter((k) => k !== "country" && k !== "topic"));
    expect(read.type).toEqual(RELATION_TYPES.filter((t) => t !== "located_in"));
    expect(read.from).toBe(20250101);
    expect(read.to).toBe(20251231);
    expect(read.polarity).toBeUndefined();
  });

  it("sends polarity only when stances are the only relations shown", () => {
    expect(neighborFilters(view({ hiddenPolarities: ["oppose"] })).polarity).toBeUndefined();
    const onlyStances = RELATION_TYPES.filter((t) => t !== "stance");
    expect(serverReads(view({ hiddenPolarities: ["oppose"], hiddenRelations: onlyStances })).polarity).toEqual(["support", "neutral"]);
  });

  it("leaves out an inverted date range, which the server would refuse", () => {
    const f = neighborFilters(view({ from: "2025-06-01", to: "2025-01-01" }));
    expect(f.from).toBeUndefined();
    expect(f.to).toBeUndefined();
  });
});

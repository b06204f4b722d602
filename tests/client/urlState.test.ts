// The view in the URL: state → URL → state gives the same state, and decoding drops what the data does not know.
import { describe, expect, it } from "vitest";
import { decodeViewState, encodeViewState, placeOf, unknownNodeIds } from "../../client/src/urlState.ts";
import { defaultViewState, type ViewState } from "../../client/src/viewState.ts";

const known = new Set(["person:volodymyr-zelensky", "country:ukraine", "organization:nato"]);
const data = { hasNode: (id: string) => known.has(id) };

describe("urlState", () => {
  it("round-trips a full view state", () => {
    const state: ViewState = {
      node: "person:volodymyr-zelensky",
      depth: 2,
      mode: "focus",
      hiddenKinds: ["topic", "location"],
      hiddenRelations: ["located_in", "stance"],
      hiddenPolarities: ["neutral"],
      from: "2025-06-01",
      to: "2025-06-30",
      camera: { x: 0.5123, y: 0.4, ratio: 0.25 },
      path: ["country:ukraine", "organization:nato"],
    };
    const query = encodeViewState(state);
    const back = decodeViewState(`?${query}`, data);
    // Lists come back in the canonical order of their vocabularies.
    expect(back).toEqual({ ...state, hiddenKinds: ["location", "topic"] });
    expect(encodeViewState(back)).toBe(query);
  });

  it("keeps the URL short: the default state is empty, keys are one letter", () => {
    expect(encodeViewState(defaultViewState())).toBe("");
    const query = encodeViewState({ ...defaultViewState(), node: "country:ukraine", depth: 3, hiddenKinds: ["event"] });
    expect(query).toBe("n=country%3Aukraine&d=3&k=e");
    expect([...new URLSearchParams(query).keys()].every((k) => k.length === 1)).toBe(true);
  });

  it("round-trips URL → state → URL", () => {
    const query = "n=organization%3Anato&d=2&m=f&k=pt&r=hpst&s=so&f=2025-01-01&t=2025-12-31&c=0.1%2C-0.2%2C1.5&p=country%3Aukraine%7Eorganization%3Anato";
    expect(encodeViewState(decodeViewState(query, data))).toBe(query);
  });

  it("drops unknown ids and values instead of failing", () => {
    const state = decodeViewState(
      "?n=person%3Anobody&d=7&m=zz&k=pxq&r=hpzzst&s=sx&f=2025-13-45&t=yesterday&c=1,2&p=country%3Aukraine~person%3Anobody",
      data,
    );
    expect(state).toEqual({
      ...defaultViewState(),
      hiddenKinds: ["person"],
      hiddenRelations: ["holds_position", "stance"],
      hiddenPolarities: ["support"],
    });
  });

  it("follows an id that resolved into another node, and drops one that resolved into nothing known", () => {
    const resolved: Record<string, string> = { "person:zelensky": "person:volodymyr-zelensky", "person:ghost": "person:nobody" };
    const withResolve = { hasNode: (id: string) => known.has(id), resolve: (id: string) => resolved[id] };
    const state = decodeViewState("?n=person%3Azelensky&p=person%3Azelensky~country%3Aukraine", withResolve);
    expect(state.node).toBe("person:volodymyr-zelensky");
    expect(state.path).toEqual(["person:volodymyr-zelensky", "country:ukraine"]);
    expect(encodeViewState(state)).toContain("n=person%3Avolodymyr-zelensky");
    expect(decodeViewState("?n=person%3Aghost", withResolve).node).toBeNull();
    // A path whose ends resolve into one node is no path.
    expect(decodeViewState("?p=person%3Azelensky~person%3Avolodymyr-zelensky", withResolve).path).toBeNull();
  });

  it("ignores a path from a node to itself and a camera with a non-positive ratio", () => {
    const state = decodeViewState("p=country%3Aukraine~country%3Aukraine&c=0,0,0", data);
    expect(state.path).toBeNull();
    expect(state.camera).toBeNull();
  });

  it("survives ids with URL-special characters", () => {
    const odd = "topic:a&b=c~d?e#f";
    const state = { ...defaultViewState(), node: odd };
    expect(decodeViewState(encodeViewState(state), { hasNode: (id) => id === odd }).node).toBe(odd);
  });
});

describe("what a link names that the data does not know", () => {
  it("lists the node and path ends decoding drops, not those it knows or can follow to their new id", () => {
    const resolving = { ...data, resolve: (id: string) => (id === "person:zelensky" ? "person:volodymyr-zelensky" : undefined) };
    expect(unknownNodeIds("?n=person%3Anobody&p=person%3Azelensky~person%3Agone&d=2", resolving)).toEqual(["person:nobody", "person:gone"]);
    expect(unknownNodeIds("?n=person%3Avolodymyr-zelensky&c=0.5%2C0.5%2C1", resolving)).toEqual([]);
    expect(unknownNodeIds("", resolving)).toEqual([]);
  });
});

describe("placeOf", () => {
  it("changes with the node or path, not with camera, depth or filters", () => {
    const base = encodeViewState({ ...defaultViewState(), node: "country:ukraine" });
    const moved = encodeViewState({ ...defaultViewState(), node: "country:ukraine", depth: 2, hiddenKinds: ["topic"], camera: { x: 0.1, y: 0.2, ratio: 0.3 } });
    expect(placeOf(moved)).toBe(placeOf(base));
    expect(placeOf(encodeViewState({ ...defaultViewState(), node: "organization:nato" }))).not.toBe(placeOf(base));
    expect(placeOf(encodeViewState({ ...defaultViewState(), path: ["country:ukraine", "organization:nato"] }))).not.toBe(placeOf(base));
    expect(placeOf("?" + base)).toBe(placeOf(base));
  });
});

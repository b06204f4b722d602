// The seed article end to end: what the extractor must find in it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../server/extract/index.ts";
import type { Extraction, Relation } from "../../server/extract/types.ts";

const text = readFileSync(new URL("../../data/articles/2025-06-04-kuna-zelensky-urges-allies.txt", import.meta.url), "utf8");
const out: Extraction = extract(text);
const entity = (id: string) => out.entities.find((e) => e.id === id);
const has = (source: string, type: Relation["type"], target: string) =>
  out.relations.some((r) => r.source === source && r.type === type && r.target === target);
const eventId = (re: RegExp) => out.entities.find((e) => e.kind === "event" && re.test(e.name))?.id ?? "none";
const mentionText = (id: string) => (entity(id)?.mentions ?? []).map((m) => text.slice(m.start, m.end));

describe("seed article", () => {
  it("reads title, date and source from the header", () => {
    expect(out.article.title).toBe("Zelensky Urges Kyiv's Allies To Intensify Military Support");
    expect(out.article.date).toBe("2025-06-04");
    expect(out.article.source).toMatch(/Kuwait News Agency/);
  });

  it("finds people, organisations, countries, places and events with stable ids", () => {
    for (const id of ["person:volodymyr-zelensky", "person:john-healey", "person:mark-rutte", "person:pete-hegseth", "person:putin",
      "organization:nato", "organization:ukraine-defense-contact-group", "country:ukraine", "country:russia",
      "country:united-kingdom", "country:germany", "country:united-states", "location:brussels"]) {
      expect(entity(id), id).toBeDefined();
    }
    expect(out.entities.filter((e) => e.kind === "event").map((e) => e.name).sort()).toHaveLength(3);
    expect(eventId(/summit/i)).not.toBe("none");
  });

  it("resolves metonymy, acronyms and coreference", () => {
    expect(mentionText("country:ukraine")).toContain("Kyiv");
    expect(mentionText("country:russia")).toContain("Moscow");
    expect(mentionText("location:brussels")).toContain("Brussels");
    expect(entity("country:belgium")).toBeUndefined();
    const kuna = out.entities.find((e) => e.aliases.includes("KUNA") || e.name === "KUNA");
    expect(kuna?.kind).toBe("organization");
    const z = mentionText("person:volodymyr-zelensky");
    expect(z).toContain("Zelensky");
    expect(z).toContain("The Ukrainian leader");
    expect(z).toContain("he");
    expect(mentionText("country:united-kingdom")).toContain("his country");
  });

  it("extracts offices with the title as written", () => {
    const title = (s: string, t: string) => out.relations.find((r) => r.type === "holds_position" && r.source === s && r.target === t)?.attributes.title;
    expect(title("person:volodymyr-zelensky", "country:ukraine")).toBe("President");
    expect(title("person:john-healey", "country:united-kingdom")).toBe("Defense Secretary");
    expect(title("person:mark-rutte", "organization:nato")).toBe("Secretary General");
    expect(title("person:pete-hegseth", "country:united-states")).toBe("Secretary of Defense");
  });

  it("extracts chairs, participation, absence, location and conflict", () => {
    const udcg = "organization:ukraine-defense-contact-group";
    const ministers = eventId(/minist/i);
    expect(has("country:united-kingdom", "chairs", udcg)).toBe(true);
    expect(has("country:germany", "chairs", udcg)).toBe(true);
    expect(has("person:volodymyr-zelensky", "participates_in", ministers)).toBe(true);
    expect(has("person:john-healey", "participates_in", eventId(/contact group/i))).toBe(true);
    expect(has("person:pete-hegseth", "absent_from", ministers)).toBe(true);
    expect(has("person:pete-hegseth", "participates_in", ministers)).toBe(false);
    expect(has(ministers, "located_in", "location:brussels")).toBe(true);
    expect(has("country:russia", "in_conflict_with", "country:ukraine") || has("country:ukraine", "in_conflict_with", "country:russia")).toBe(true);
  });

  it("extracts stances with holders resolved through quotes and coreference", () => {
    const stance = (s: string, t: string, p: string) => out.relations.some((r) => r.type === "stance" && r.source === s && r.target === t && r.polarity === p);
    expect(stance("person:volodymyr-zelensky", "country:russia", "oppose")).toBe(true);
    expect(stance("person:john-healey", "country:ukraine", "support")).toBe(true);
    expect(stance("person:john-healey", "country:russia", "oppose")).toBe(true);
    expect(stance("organization:ukraine-defense-contact-group", "country:ukraine", "support")).toBe(true);
    expect(stance("person:john-healey", "topic:drones", "support")).toBe(true);
    expect(stance("person:volodymyr-zelensky", "topic:air-defense", "support")).toBe(true);
    expect(stance("person:mark-rutte", "topic:defense-spending", "support")).toBe(true);
    for (const r of out.relations.filter((x) => x.type === "stance")) expect(r.attributes.act, JSON.stringify(r)).toBeTruthy();
  });

  it("attributes direct quotes to their speakers", () => {
    const q = out.quotes.find((x) => text.slice(x.content.start, x.content.end).includes("Moscow must be forced into diplomacy"));
    expect(q?.speaker).toBe("person:volodymyr-zelensky");
    expect(q?.direct).toBe(true);
    expect(text.slice(q!.cue.start, q!.cue.end)).toBe("said");
    const pronoun = out.quotes.find((x) => text.slice(x.content.start, x.content.end).includes("air shield"));
    expect(pronoun?.speaker).toBe("person:volodymyr-zelensky");
    expect(text.slice(pronoun!.speakerSpan!.start, pronoun!.speakerSpan!.end)).toBe("he");
  });

  it("keeps every span valid and the output deterministic", () => {
    for (const e of out.entities) for (const m of e.mentions) expect(m.end).toBeGreaterThan(m.start);
    for (const r of out.relations) for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(JSON.stringify(extract(text))).toBe(JSON.stringify(out));
  });
});

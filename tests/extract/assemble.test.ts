import { describe, expect, it } from "vitest";
import { assemble } from "../../server/extract/assemble.ts";
import type { EntityTable } from "../../server/extract/entities.ts";

const text = "Gov. Malloy met Mr. Trump. Donald Trump. Trump. Martin Luther King Jr. spoke.";
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, form: "name" as const });
function table(entities: { id: string; name: string; aliases: string[]; mention: string }[]): EntityTable {
  return { byId: new Map(entities.map((e) => [e.id, { id: e.id, kind: "person", name: e.name, aliases: new Set(e.aliases), mentions: [at(e.mention)] }])) } as unknown as EntityTable;
}
const article = { title: null, date: null, source: null };

describe("assemble", () => {
  it("drops sentence punctuation caught at an alias's edge, keeping an abbreviation's own point", () => {
    const out = assemble(text, article, table([
      { id: "person:donald-trump", name: "Donald Trump", aliases: [". Trump", "Donald Trump.", "Trump.", "Trump"], mention: "Donald Trump" },
      { id: "person:martin-luther-king-jr", name: "Martin Luther King Jr.", aliases: ["King Jr.", "Gov. Malloy's friend"], mention: "Martin Luther King Jr." },
    ]), [], []);
    expect(out.entities.find((e) => e.id === "person:donald-trump")!.aliases).toEqual(["Trump"]);
    expect(out.entities.find((e) => e.id === "person:martin-luther-king-jr")!.aliases).toEqual(["Gov. Malloy's friend", "King Jr."]);
  });

  it("drops an entity whose name has no letter or digit, and what hangs on it", () => {
    const out = assemble(text, article, table([
      { id: "person:unnamed", name: ".", aliases: ["Gov."], mention: "." },
      { id: "person:malloy", name: "Malloy", aliases: [], mention: "Malloy" },
    ]), [{ source: "person:unnamed", target: "person:malloy", type: "stance", polarity: "support", attributes: { act: "praises" }, evidence: [{ start: 0, end: 26, text: "" }], confidence: 0.5 }], []);
    expect(out.entities.map((e) => e.id)).toEqual(["person:malloy"]);
    expect(out.relations).toEqual([]);
  });
});

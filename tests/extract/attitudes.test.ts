import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

// Sentences written for the purpose: an attitude stated as what someone is.
describe("attitudes stated as what someone is", () => {
  const stance = (t: ReturnType<typeof run>, holder: string, target: string) =>
    t.out.relations.filter((r) => r.type === "stance" && r.source === t.idOf(holder) && r.target === t.idOf(target)).map((r) => r.polarity);

  it("'X has been critical of Y'", () => {
    const t = run("Ruth Kell has been highly critical of Tom Hart since the spring.");
    expect(stance(t, "Ruth Kell", "Tom Hart")).toContain("oppose");
  });

  it("'X, a fierce critic of Y' and 'X is a longtime ally of Y'", () => {
    const t = run("Ruth Kell, a fierce critic of Tom Hart, spoke first. Ana Ruiz is a longtime ally of Tom Hart.");
    expect(stance(t, "Ruth Kell", "Tom Hart")).toContain("oppose");
    expect(stance(t, "Ana Ruiz", "Tom Hart")).toContain("support");
  });

  it("'the Harbour Union made a complaint about Y'", () => {
    const t = run("The Harbour Workers Union made a formal complaint about Tom Hart to the board.");
    expect(stance(t, "Harbour Workers Union", "Tom Hart")).toContain("oppose");
  });
});

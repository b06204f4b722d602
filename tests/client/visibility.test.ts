import { describe, expect, it } from "vitest";
import { inDateRange } from "../../client/src/visibility.ts";

describe("the date filter in the view", () => {
  const dates = new Map<string, string | null>([
    ["a2020", "2020-03-01"],
    ["a2025", "2025-06-04T09:00:00Z"],
    ["undated", null],
  ]);

  it("keeps what one of its articles dates inside the range, bounds included", () => {
    expect(inDateRange(["a2020", "a2025"], dates, "2025-06-04", null)).toBe(true);
    expect(inDateRange(["a2020"], dates, "2025-01-01", "2025-12-31")).toBe(false);
    expect(inDateRange(["a2020"], dates, null, "2020-03-01")).toBe(true);
  });

  it("drops what only undated articles support once a range is set, as the server does, but keeps it without one", () => {
    expect(inDateRange(["undated"], dates, "2020-01-01", null)).toBe(false);
    expect(inDateRange(["undated"], dates, null, null)).toBe(true);
  });

  it("keeps what only articles not known yet support", () => {
    expect(inDateRange(["not-loaded"], dates, "2020-01-01", "2020-12-31")).toBe(true);
  });
});

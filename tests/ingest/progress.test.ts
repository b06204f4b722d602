import { describe, expect, it } from "vitest";
import { Progress } from "../../server/ingest/progress.ts";

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (s: string) => (writes.push(s), true) } as unknown as NodeJS.WriteStream };
}

describe("ingest progress", () => {
  it("redraws one bar in place on a terminal", () => {
    const { writes, stream } = fakeStream(true);
    const p = new Progress(4, stream);
    for (let i = 1; i <= 4; i++) p.update(i, { added: i, duplicates: 0, failures: 0 });
    p.note("a.txt: failed");
    p.finish();
    const bars = writes.filter((w) => w.startsWith("\r["));
    expect(bars.length).toBeGreaterThanOrEqual(2); // the first and the last at least
    expect(bars.at(-1)).toContain("[##############################] 4/4");
    expect(writes.join("")).toContain("a.txt: failed\n");
    expect(writes.at(-1)).toBe("\n");
  });

  it("writes plain lines, not control codes, when stderr is not a terminal", () => {
    const { writes, stream } = fakeStream(false);
    const p = new Progress(3, stream, 60_000);
    for (let i = 1; i <= 3; i++) p.update(i, { added: i - 1, duplicates: 1, failures: 0 });
    p.finish();
    // The first line, then none until the interval passes, then the last.
    expect(writes).toHaveLength(2);
    expect(writes[1]).toMatch(/^ingest: 3\/3 {2}added 2 {2}duplicates 1 {2}failures 0 {2}[\d.]+ articles\/s\n$/);
    expect(writes.join("")).not.toMatch(/[\r\x1b]/);
  });
});

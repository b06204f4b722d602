import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
const file = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const good = file("good.txt", "Headline Here\n\nPresident Ana Lima of Brazil said \"we will grow\".\n");
const empty = file("empty.txt", "");
const binary = file("binary.bin", Buffer.from([0, 1, 2, 3, 255, 254, 0, 9]));
const big = file("big.txt", "a".repeat(11 * 1024 * 1024));
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ["--import", "tsx", "server/extract/cli.ts", ...args], { encoding: "utf8", input, maxBuffer: 1 << 28 });

describe("extract command line", () => {
  it("prints one JSON object for a file, the same each run", { timeout: 90_000 }, () => {
    const a = cli([good]);
    expect(a.status).toBe(0);
    const out = JSON.parse(a.stdout);
    expect(out.article.title).toBe("Headline Here");
    expect(out.entities.some((e: { id: string }) => e.id === "person:ana-lima")).toBe(true);
    expect(cli([good]).stdout).toBe(a.stdout);
  });

  it("reads standard input for -", () => {
    const r = cli(["-"], "Headline\n\nGermany backs Spain.\n");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).entities.map((e: { id: string }) => e.id)).toContain("country:germany");
  });

  it("fails with a one-line error for missing, empty, binary and oversized files", { timeout: 120_000 }, () => {
    for (const [f, word] of [[join(dir, "nope.txt"), "no such file"], [empty, "empty"], [binary, "binary"], [big, "too large"]]) {
      const r = cli([f]);
      expect(r.status).not.toBe(0);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain(word);
    }
  });

  it("in --jsonl mode writes an error line and goes on with the other files", () => {
    const r = cli(["--jsonl", good, empty, good]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([good, empty, good]);
    expect(lines[1].error).toContain("empty");
    expect(lines[0].entities.length).toBeGreaterThan(0);
    expect(lines[2]).toEqual(lines[0]);
  });
});

/** Chromium profile folders of killed servers are removed at the next start; those of running servers stay. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { removeStaleProfiles } from "../../src/render/chromium.ts";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("removes the profiles of processes that are gone, keeps the others", () => {
  dir = mkdtempSync(join(tmpdir(), "klaar-profiles-"));
  // A process that has ended: its pid is free.
  const gone = spawnSync(process.execPath, ["-e", "process.pid"]).pid ?? 0;
  const make = (name: string) => {
    mkdirSync(join(dir, name, "Default"), { recursive: true });
    writeFileSync(join(dir, name, "Default", "Preferences"), "{}");
    return join(dir, name);
  };
  const dead = make(`klaar-chromium-${gone}-abc123`);
  const mine = make(`klaar-chromium-${process.pid}-def456`);
  const parent = make(`klaar-chromium-${process.ppid}-ghi789`);
  const oldUnnamed = make("klaar-chromium-Xy12Zq");
  const freshUnnamed = make("klaar-chromium-Ab34Cd");
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600_000);
  utimesSync(oldUnnamed, twoDaysAgo, twoDaysAgo);
  const other = make("something-else");

  expect(removeStaleProfiles(dir).sort()).toEqual([dead, oldUnnamed].sort());
  expect(existsSync(dead)).toBe(false);
  expect(existsSync(oldUnnamed)).toBe(false);
  for (const kept of [mine, parent, freshUnnamed, other]) expect(existsSync(kept)).toBe(true);
});

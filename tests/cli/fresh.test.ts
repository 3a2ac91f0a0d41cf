/**
 * `klaar` never runs stale code: bin/klaar.js runs the built command line only while no source file changed since the
 * build (dist/.sources.json lists the folders and files the build saw), else the TypeScript sources through tsx.
 * Checked on a copy of src/ in a temporary folder (the other folders linked), so the repository itself is not touched.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const built = existsSync(`${root}dist/.sources.json`) && existsSync(`${root}dist/cli/klaar.bundle.mjs`);

describe.skipIf(!built)("klaar after a source file changed", () => {
  const copies: string[] = [];
  afterAll(() => {
    for (const copy of copies) rmSync(copy, { recursive: true, force: true });
  });

  /** A checkout as fresh as the build: src/, bin/ and locales/ copied with their times, the rest linked. */
  function checkout() {
    const copy = mkdtempSync(join(tmpdir(), "klaar-fresh-"));
    copies.push(copy);
    for (const name of ["src", "bin", "locales"])
      cpSync(`${root}${name}`, `${copy}/${name}`, { recursive: true, preserveTimestamps: true });
    for (const name of ["dist", "node_modules", "lexicon", "package.json", "tsconfig.json"])
      symlinkSync(`${root}${name}`, `${copy}/${name}`);
    const klaar = (args: string[] = [], input?: string) =>
      spawnSync(process.execPath, [`${copy}/bin/klaar.js`, ...args], { input, encoding: "utf8", timeout: 60_000 });
    return { copy, klaar };
  }

  it("runs the build while nothing changed, and the edited source once a file is edited", { timeout: 90_000 }, () => {
    const { copy, klaar } = checkout();
    expect(klaar().stderr).toMatch(/^Usage:/);
    const main = `${copy}/src/cli/main.ts`;
    writeFileSync(main, readFileSync(main, "utf8").replace("const USAGE = `Usage:", "const USAGE = `Gebruik:"));
    const edited = klaar();
    expect(edited.stderr).toMatch(/^Gebruik:/);
    expect(edited.status).toBe(2);
  });

  it("does not run the build once a source file is removed", { timeout: 90_000 }, () => {
    const { copy, klaar } = checkout();
    expect(klaar().stderr).toMatch(/^Usage:/);
    // usage.ts is imported by main.ts: the sources cannot run without it, the stale build still would.
    unlinkSync(`${copy}/src/cli/usage.ts`);
    const removed = klaar();
    expect(removed.status).not.toBe(0);
    expect(removed.stderr).not.toMatch(/^Usage:/);
    expect(removed.stderr).toMatch(/usage/);
  });

  it("shows an edited message once a locale file is edited", { timeout: 90_000 }, () => {
    const { copy, klaar } = checkout();
    const args = ["analyze", "--ui-lang", "en", "-"];
    const letter = "U moet 50 euro betalen.";
    expect(klaar(args, letter).stdout).toMatch(/^Klaar — NL/);
    const cli = `${copy}/locales/en/cli.json`;
    writeFileSync(cli, readFileSync(cli, "utf8").replace('"title": "Klaar — ', '"title": "Edited — '));
    const edited = klaar(args, letter);
    expect(edited.status, edited.stderr).toBe(0);
    expect(edited.stdout).toMatch(/^Edited — NL/);
  });
});

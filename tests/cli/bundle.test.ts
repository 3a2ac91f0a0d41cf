/**
 * The build bundles the command line into dist/cli/klaar.bundle.mjs (scripts/bundle-cli.mjs) and bin/klaar.js runs
 * it: a user must get exactly what the compiled modules give, with the lexicon, the hyphenation patterns and the
 * message catalogue found from the bundle's place. Runs only where dist/ was built (setup builds it before the tests).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const main = `${root}dist/cli/main.js`;
const bundle = `${root}dist/cli/klaar.bundle.mjs`;
const letters = `${root}tests/fixtures/letters/`;

const run = (script: string, args: string[], input?: string) =>
  spawnSync(process.execPath, [script, ...args], { input, encoding: "utf8", timeout: 60_000 });

describe.skipIf(!existsSync(main))("the bundled command line", () => {
  it("is built beside the compiled CLI", () => {
    expect(existsSync(bundle)).toBe(true);
    // The bundle as a script with V8's compiled code for it, which the loader (klaar.bundle.mjs) runs.
    expect(existsSync(`${root}dist/cli/klaar.script.js`)).toBe(true);
    expect(existsSync(`${root}dist/cli/klaar.script.cache`)).toBe(true);
  });

  it("prints the same analysis and report as the compiled modules, in every language", () => {
    // Dutch, French, German and English letters.
    const files = [
      "ocmw-leefloon-weigering.txt",
      "cpas-revenu-integration.txt",
      "oshz-entscheidung.txt",
      "english-municipality.txt",
    ];
    expect(files.every((f) => existsSync(`${letters}${f}`))).toBe(true);
    for (const file of files) {
      const args = ["analyze", "--json", "--letter-date", "2026-03-02", `${letters}${file}`];
      const fromBundle = run(bundle, args);
      expect(fromBundle.status, fromBundle.stderr).toBe(0);
      expect(fromBundle.stdout).toBe(run(main, args).stdout);
    }
    const report = run(bundle, ["analyze", "--ui-lang", "fr", "-"], "U moet € 50 betalen aan het OCMW.");
    expect(report.stdout).toContain("Montant : 50,00 € (à payer)");
  });

  it("hands the other commands to their own modules, with their usage errors (exit code 2)", () => {
    const r = run(bundle, ["user", "frobnicate"]);
    expect(r.status).toBe(2);
    expect(run(bundle, ["nothing"]).stderr).toContain("klaar analyze");
  });
});

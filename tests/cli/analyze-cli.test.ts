import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";

const bin = new URL("../../bin/klaar.js", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "klaar-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const klaar = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", timeout: 60_000 });

describe("klaar analyze", () => {
  it("prints a report with the findings marked in the text", () => {
    const r = klaar(["analyze", "-"], "Uw aanvraag voor een leefloon wordt geweigerd door het OCMW.");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Geschat niveau (ERK)");
    expect(r.stdout).toContain("[passive]");
    expect(r.stdout).toMatch(/\[leefloon\]⁽\d+⁾/);
  });

  it("prints the report in the language asked with --ui-lang", () => {
    const r = klaar(["analyze", "--ui-lang", "fr", "-"], "U moet € 50 betalen aan het OCMW.");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Niveau estimé (CECR)");
    expect(r.stdout).toContain("Montant : 50,00 € (à payer)");
  });

  it("prints JSON with --json", () => {
    const r = klaar(["analyze", "--json", "-"], "Votre demande est refusée par le CPAS.");
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.language).toBe("fr");
    expect(a.findings.some((f: { rule: string }) => f.rule === "passive")).toBe(true);
  });

  it("stops quietly when the program reading its output stops first (| head)", () => {
    // A long letter: its JSON is far more than a pipe holds, so klaar is still writing when head has closed the pipe.
    const file = join(dir, "long.txt");
    writeFileSync(file, "Het OCMW heeft beslist dat u vóór 1 april € 50 moet betalen. ".repeat(4000));
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" analyze --json "${file}" | head -c 20`], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.stdout).toBe('{\n  "version": 1,\n  ');
    expect(r.stderr).toBe("");
  });

  it("reads Windows-1252 files correctly", () => {
    const file = join(dir, "brief-1252.txt");
    writeFileSync(
      file,
      iconv.encode("Het OCMW heeft beslist. U moet vóór 1 april € 50 betalen aan de dienst.", "win1252"),
    );
    const a = JSON.parse(klaar(["analyze", "--json", "--letter-date", "2026-03-03", file]).stdout);
    expect(a.facts.amounts[0]?.value).toBe(50);
    expect(a.sentences.length).toBe(2);
    expect(JSON.stringify(a)).not.toContain("\uFFFD");
  });

  it("refuses a binary file with a clear message and exit code 2", () => {
    const file = join(dir, "photo.png");
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const r = klaar(["analyze", file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("is not a text file");
  });

  it("refuses a missing file and a bad option with exit code 2", () => {
    expect(klaar(["analyze", join(dir, "nope.txt")]).status).toBe(2);
    expect(klaar(["analyze", "--lang", "xx", "-"], "Hallo").status).toBe(2);
  });
});

/**
 * `klaar audit` as a person runs it (bin/klaar.js in a child process): the HTML report and the CSV for the fixture
 * letters, and a folder with unreadable files audited in worker threads, each bad file listed with its reason.
 */
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { progressBar } from "../../src/cli/audit.ts";
import { FIXTURE_DIR } from "../helpers/fixtures.ts";

const run = promisify(execFile);
const BIN = new URL("../../bin/klaar.js", import.meta.url).pathname;
let out: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "klaar-audit-"));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const csvRows = (csv: string) =>
  csv
    .trim()
    .split("\n")
    .slice(1)
    .filter((line) => !line.startsWith("TOTAL,"));

describe("klaar audit", () => {
  it("writes an HTML report and a CSV with one row per fixture letter", async () => {
    const html = join(out, "report.html");
    const csv = join(out, "report.csv");
    const { stdout, stderr } = await run(process.execPath, [BIN, "audit", FIXTURE_DIR, "--out", html, "--csv", csv], {
      env: { ...process.env, KLAAR_DATA_DIR: out },
    });
    expect(stdout).toContain("11 letters audited, 0 unreadable");
    // Not a terminal: no progress bar in a log file.
    expect(stderr).toBe("");
    const rows = csvRows(readFileSync(csv, "utf8"));
    expect(rows).toHaveLength(11);
    expect(rows.map((r) => r.split(",")[0])).toContain("ocmw-leefloon-weigering.txt");
    const page = readFileSync(html, "utf8");
    expect(page).toMatch(/<html lang="nl-BE" dir="ltr">/);
    expect(page.match(/<tr><th scope="row">[^<]+\.txt<\/th>/g)).toHaveLength(11);
    expect(page).toContain("Alle bestanden konden gelezen worden.");
  }, 120_000);

  it("lists unreadable files with their reason and goes on (worker threads)", async () => {
    const dir = mkdtempSync(join(out, "letters-"));
    for (const name of readdirSync(FIXTURE_DIR)
      .filter((n) => n.endsWith(".txt"))
      .slice(0, 4))
      copyFileSync(join(FIXTURE_DIR, name), join(dir, name));
    writeFileSync(join(dir, "kapot.pdf"), "%PDF-1.7\nthis is not a pdf at all");
    writeFileSync(join(dir, "leeg.txt"), "   \n");
    writeFileSync(join(dir, "binair.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0]));
    writeFileSync(join(dir, "notities.md"), "not a letter");
    const html = join(out, "bad.html");
    const csv = join(out, "bad.csv");
    const { stdout } = await run(
      process.execPath,
      [BIN, "audit", dir, "--out", html, "--csv", csv, "--workers", "2", "--lang", "en"],
      { env: { ...process.env, KLAAR_DATA_DIR: out } },
    );
    expect(stdout).toContain("4 letters audited, 3 unreadable");
    expect(stdout).toContain("unreadable: kapot.pdf: corrupt");
    expect(stdout).toContain("unreadable: leeg.txt: empty");
    expect(stdout).toContain("unreadable: binair.txt: binary");
    const rows = csvRows(readFileSync(csv, "utf8"));
    expect(rows).toHaveLength(7);
    expect(rows.find((r) => r.startsWith("kapot.pdf,"))).toMatch(/,corrupt: .+$/);
    const page = readFileSync(html, "utf8");
    expect(page).toContain("Files we could not read");
    expect(page).toMatch(/<th scope="row">kapot\.pdf<\/th><td>.+\(corrupt\)<\/td>/);
  }, 180_000);
});

describe("the progress bar on a terminal", () => {
  it("shows the share done and, after a few letters, the time left", () => {
    expect(progressBar(2, 1000, 10, 1)).toBe("[░░░░░░░░░░]   0 %  2/1000");
    expect(progressBar(600, 1000, 10, 12)).toBe("[██████░░░░]  60 %  600/1000  about 8 s left");
    expect(progressBar(100, 1000, 10, 10)).toBe("[█░░░░░░░░░]  10 %  100/1000  about 1 min 30 s left");
    expect(progressBar(1000, 1000, 10, 20)).toBe("[██████████] 100 %  1000/1000");
  });
});

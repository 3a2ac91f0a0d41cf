/**
 * The workbench in real Chromium: axe-core (WCAG 2.2 AA + best practice) on the editor with a letter loaded (and
 * with an explanation open), the before/after page, the word list as an admin sees it, its edit form and the audit
 * report; and a keyboard-only walk: type a letter, Tab to the first finding, Enter, Tab, Enter applies it.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AxeResults, RunOptions } from "axe-core";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderAuditHtml } from "../../src/workbench/audit-report.ts";
import { runAudit } from "../../src/workbench/audit-run.ts";
import { checkAxe, formatViolations } from "../helpers/axe.ts";
import { FIXTURE_DIR } from "../helpers/fixtures.ts";
import { type RunningServer, startServer } from "../helpers/server.ts";
import { SHORT_LETTER } from "./letters.ts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const LETTER = readFileSync(join(FIXTURE_DIR, "ocmw-leefloon-weigering.txt"), "utf8");
const ADMIN = { username: "adam", password: "admin password!" };
const OFFICER = { username: "olga", password: "officer password" };

let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "klaar-workbench-axe-"));
  server = await startServer({ KLAAR_DATA_DIR: dataDir });
  await server.services.accounts.createUser({ ...ADMIN, role: "admin", displayName: "Adam Admin" });
  await server.services.accounts.createUser({ ...OFFICER, role: "officer", displayName: "Olga Officer" });
  // A word list with something in every table: waiting, approved, kept, and the log.
  const store = server.services.workbench.overlay;
  const proposal = { lang: "nl" as const, pictogram: "document", category: "health" };
  store.propose({ ...proposal, term: "zorgregie", explanation: "Iemand helpt u om uw zorg te regelen." }, "olga");
  const approved = store.propose(
    {
      ...proposal,
      term: "buurtzorgcheque",
      alternative: "bon voor hulp in de buurt",
      explanation: "Geld van de gemeente.",
    },
    "olga",
  );
  store.approve(approved.id, "adam");
  store.addKeep("Bijzonder Comité voor de Sociale Dienst", "adam");
}, 120_000);

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function axe(page: Page): Promise<AxeResults> {
  await page.evaluate(AXE_SOURCE);
  const options: RunOptions = { runOnly: { type: "tag", values: TAGS }, resultTypes: ["violations", "incomplete"] };
  return page.evaluate(
    (opts) => (window as unknown as { axe: typeof import("axe-core") }).axe.run(document, opts),
    options,
  );
}

async function login(page: Page, user: { username: string; password: string }): Promise<void> {
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.url}/login?next=%2Fwerkbank&lang=nl`, { waitUntil: "load" });
  await page.type("#username", user.username);
  await page.type("#password", user.password);
  await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click("form.login button[type=submit]")]);
}

const inBrowser = <T>(run: (page: Page) => Promise<T>) =>
  server.services.browserPool.withPage(run, { javascript: true, timeoutMs: 120_000, allowOrigin: server.url });

describe("workbench pages pass axe", () => {
  it("editor with a letter, with an explanation open, before/after, word list and its edit form", async () => {
    const results = await inBrowser(async (page) => {
      const out: Record<string, AxeResults> = {};
      await login(page, ADMIN);
      expect(new URL(page.url()).pathname).toBe("/werkbank");
      await page.$eval(
        "#text",
        (el, text) => {
          (el as HTMLTextAreaElement).value = text;
        },
        LETTER,
      );
      await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click('button[value="analyze"]')]);
      expect(await page.$$eval("#marked .hl", (els) => els.length)).toBeGreaterThan(10);
      out.editor = await axe(page);
      await page.focus("#h-2");
      expect(await page.$eval("#tip-2", (el) => getComputedStyle(el).display)).toBe("block");
      out.tooltip = await axe(page);
      await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click('button[value="compare"]')]);
      expect(await page.$eval("h1", (el) => el.textContent)).toBe("Voor en na");
      out.compare = await axe(page);
      await page.goto(`${server.url}/werkbank/lexicon`, { waitUntil: "load" });
      expect(await page.content()).toContain("zorgregie");
      out.lexicon = await axe(page);
      const id = server.services.workbench.overlay.list("proposed")[0]?.id;
      await page.goto(`${server.url}/werkbank/lexicon/${id}/edit?lang=fr`, { waitUntil: "load" });
      out.edit = await axe(page);
      return out;
    });
    for (const [name, result] of Object.entries(results)) {
      expect(result.violations, `${name}: ${formatViolations(result)}`).toEqual([]);
    }
  }, 180_000);

  it("the audit report (with an unreadable file), with and without its sorting script", async () => {
    const report = await runAudit({ dir: FIXTURE_DIR, lang: "nl", workers: 0 });
    report.failures.push({ file: "kapot.pdf", reason: "corrupt", detail: "We kunnen dit bestand niet lezen." });
    const html = renderAuditHtml(report, "nl");
    for (const javascript of [false, true]) {
      const result = await checkAxe(html, { javascript, pool: server.services.browserPool });
      expect(result.violations, formatViolations(result)).toEqual([]);
    }
  }, 120_000);
});

describe("keyboard only", () => {
  it("types a letter, walks to the first finding with Tab and applies its suggestion", async () => {
    const { text, active } = await inBrowser(async (page) => {
      await login(page, OFFICER);
      // From the top of the page to the letter's text field, with Tab only.
      let reached = false;
      for (let i = 0; i < 30 && !reached; i++) {
        await page.keyboard.press("Tab");
        reached = await page.evaluate(() => document.activeElement?.id === "text");
      }
      expect(reached).toBe(true);
      await page.keyboard.type(SHORT_LETTER);
      // The live check of the whole letter is in (debounced while typing).
      await page.waitForFunction(() => document.getElementById("marked")?.textContent?.includes("Pieter Vanhoutte"), {
        timeout: 30_000,
      });
      let onFinding = false;
      for (let i = 0; i < 40 && !onFinding; i++) {
        await page.keyboard.press("Tab");
        onFinding = await page.evaluate(() => document.activeElement?.id === "h-1");
      }
      expect(onFinding).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("BetreftMoeilijk woord");
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-1");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Vervang door “Over”");
      await page.keyboard.press("Enter");
      await page.waitForFunction(
        () => (document.getElementById("text") as HTMLTextAreaElement).value.startsWith("Over:"),
        { timeout: 30_000 },
      );
      return {
        text: await page.$eval("#text", (el) => (el as HTMLTextAreaElement).value),
        active: await page.evaluate(() => document.activeElement?.className ?? ""),
      };
    });
    expect(text.startsWith("Over: uw aanvraag")).toBe(true);
    // The focus went on to the next finding in the letter.
    expect(active).toContain("hl");
  }, 120_000);
});

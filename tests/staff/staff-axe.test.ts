/**
 * axe-core in real Chromium on the login page, the counter panel (logged in through the real form) and the
 * "now serving" display, in nl/fr/de/en. The display also runs every AAA rule (tag "wcag2aaa"), which includes
 * color-contrast-enhanced (7:1); no rule is switched off. The page runs with JavaScript, as on the screen; the
 * 10-second refresh for browsers without JavaScript sits in <noscript>, so axe's meta-refresh rules do not see it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AxeResults } from "axe-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AxeUrlSession, axeUrlSession, formatViolations } from "../helpers/axe.ts";
import { type RunningServer, startServer } from "../helpers/server.ts";

const LANGS = ["nl", "fr", "de", "en"] as const;

let server: RunningServer;
let dataDir: string;
/** The pages without a login are checked in one kept browser page. */
let session: AxeUrlSession;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "klaar-staff-axe-"));
  server = await startServer({ KLAAR_DATA_DIR: dataDir });
  const { accounts, queue } = server.services;
  await accounts.createUser({
    username: "bob",
    password: "long enough pw",
    role: "counter",
    siteId: "stadhuis",
    counters: ["3"],
    displayName: "Bob Peeters",
  });
  await accounts.createUser({ username: "ann", password: "admin password!", role: "admin", displayName: "Ann Admin" });
  // A full panel and a full display: waiting tickets, calls at several counters, help requests.
  for (const [service, prefix, counter] of [
    ["eid-paspoort", "A", "3"],
    ["afval", "C", "4"],
    ["burgerlijke-stand", "B", "5"],
    ["eid-paspoort", "A", "1"],
    ["boete", "D", "7"],
    ["eid-paspoort", "A", "3"],
  ] as const) {
    queue.takeTicket("stadhuis", service, prefix);
    queue.callNext("stadhuis", [service], counter);
  }
  for (let i = 0; i < 4; i++) queue.takeTicket("stadhuis", "eid-paspoort", "A");
  queue.takeTicket("stadhuis", "afspraak", "E");
  queue.requestHelp("stadhuis", "kiosk-2", "fr");
  queue.requestHelp("stadhuis", "kiosk-1", "de");
  session = axeUrlSession(server.services.browserPool, server.url);
}, 60_000);

afterAll(async () => {
  await session?.close();
  for (const s of loggedIn.values()) await s.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const BOB = { username: "bob", password: "long enough pw" };
const ANN = { username: "ann", password: "admin password!" };
/** One kept, logged-in browser page per user (logged in once through the real form), checked in every language. */
const loggedIn = new Map<string, AxeUrlSession>();

function axeLoggedIn(path: string, lang: string, who = BOB): Promise<AxeResults> {
  let session = loggedIn.get(who.username);
  if (!session) {
    session = axeUrlSession(server.services.browserPool, server.url, {
      keepCookies: true,
      prepare: async (page) => {
        await page.setViewport({ width: 1280, height: 900 });
        await page.goto(`${server.url}/login?lang=${lang}`, { waitUntil: "load" });
        await page.type("#username", who.username);
        await page.type("#password", who.password);
        await Promise.all([
          page.waitForNavigation({ waitUntil: "load" }),
          page.click("form.login button[type=submit]"),
        ]);
      },
    });
    loggedIn.set(who.username, session);
  }
  return session.check(`${server.url}${path}`, {
    pool: server.services.browserPool,
    viewport: { width: 1280, height: 900 },
  });
}

describe.each(LANGS)("staff pages in %s", (lang) => {
  it("the login page has no violations", async () => {
    const results = await session.check(`${server.url}/login?lang=${lang}`, { pool: server.services.browserPool });
    expect(results.violations, formatViolations(results)).toEqual([]);
  }, 60_000);

  it("the counter panel has no violations", async () => {
    const results = await axeLoggedIn(`/staff/stadhuis?lang=${lang}&counter=3`, lang);
    expect(results.url).toContain("/staff/stadhuis");
    expect(results.violations, formatViolations(results)).toEqual([]);
  }, 60_000);

  it("the users page (admin) has no violations", async () => {
    const results = await axeLoggedIn(`/admin/users?lang=${lang}`, lang, ANN);
    expect(results.url).toContain("/admin/users");
    expect(results.violations, formatViolations(results)).toEqual([]);
  }, 60_000);

  it("the display has no violations and passes the 7:1 contrast rule at 1920×1080", async () => {
    const results = await session.check(`${server.url}/display/stadhuis?lang=${lang}`, {
      pool: server.services.browserPool,
      viewport: { width: 1920, height: 1080 },
      extraTags: ["wcag2aaa"],
    });
    expect(results.violations, formatViolations(results)).toEqual([]);
    const enhanced = [...results.passes, ...results.incomplete, ...results.violations].map((r) => r.id);
    expect(enhanced).toContain("color-contrast-enhanced");
  }, 60_000);
});

describe("the display with JavaScript", () => {
  it("updates without reloading and plays the chime and the call after 'Start sound'", async () => {
    const { queue } = server.services;
    const origin = server.url;
    const result = await server.services.browserPool.withPage(
      async (page) => {
        const audio: string[] = [];
        page.on("request", (request) => {
          if (request.url().endsWith(".wav")) audio.push(new URL(request.url()).pathname);
        });
        await page.setViewport({ width: 1920, height: 1080 });
        const listeners = queue.events.listenerCount("change");
        await page.goto(`${origin}/display/stadhuis?lang=en`, { waitUntil: "load" });
        const button = await page.$eval("#start-sound", (b) => ({
          hidden: (b as HTMLButtonElement).hidden,
          text: b.textContent,
        }));
        await page.click("#start-sound");
        // Wait until the page's event stream listens to the queue, then call a number at counter 5.
        for (let i = 0; i < 100 && queue.events.listenerCount("change") <= listeners; i++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        const taken = queue.takeTicket("stadhuis", "burgerlijke-stand", "B");
        queue.callNext("stadhuis", ["burgerlijke-stand"], "5");
        await page.waitForFunction(
          (number) => document.querySelector("#current-calls .number")?.textContent === number,
          { timeout: 10_000 },
          taken.number,
        );
        await page.waitForFunction(
          () => performance.getEntriesByType("resource").some((e) => e.name.endsWith("/nl.wav")),
          {
            timeout: 20_000,
          },
        );
        return {
          button,
          first: await page.$eval("#current-calls li", (li) => li.textContent),
          status: await page.$eval("#sound-status", (p) => p.textContent),
          audio,
          taken,
        };
      },
      { javascript: true, timeoutMs: 60_000, allowOrigin: origin },
    );
    expect(result.button).toEqual({ hidden: false, text: "Start sound" });
    expect(result.first).toBe(`${result.taken.number}→Counter 5`);
    expect(result.status).toBe("The sound is on.");
    expect(result.audio).toContain("/display/chime.wav");
    expect(result.audio).toContain(`/display/stadhuis/calls/${result.taken.id}/nl.wav`);
  }, 90_000);
});

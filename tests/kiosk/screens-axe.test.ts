/**
 * The kiosk accessibility gate, in real Chromium against the real app:
 * - axe-core (WCAG 2.2 A/AA, best practice, and AAA colour contrast 7:1) on every kind of screen of every example site
 *   in every language, portrait 1080×1920 and landscape 1920×1080, plus the dark large-text mode. Screens share
 *   their templates, so the gate spreads the combinations instead of multiplying them (it took 7 minutes):
 *   · every screen of every site in the first language (Dutch), both orientations on one site, portrait elsewhere;
 *   · every site's home screen (the most site- and language-specific text) in every language;
 *   · one screen of each kind in each remaining language on one site (it rotates over the sites, and the service
 *     shown rotates over the services), in one orientation (it alternates over the languages; both for
 *     right-to-left Arabic), so every language meets every kind of screen;
 * - every control on home, service and ticket is at least 80×80 CSS px with 16 px between controls, and Tab reaches
 *   every control in visual order (top to bottom, left to right).
 * Screenshots of home, service and ticket go to /tmp/klaar-kiosk-shots (never into the repository).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AxeResults, RunOptions } from "axe-core";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Language } from "../../src/analysis/types.ts";
import { DISPLAY_COOKIE } from "../../src/kiosk/display.ts";
import { homeServices, pick, type Site } from "../../src/kiosk/sites.ts";
import { visitorLanguage } from "../../src/languages.ts";
import { formatViolations } from "../helpers/axe.ts";
import { type RunningServer, startServer } from "../helpers/server.ts";

let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "klaar-kiosk-axe-"));
  server = await startServer({ KLAAR_DATA_DIR: dataDir });
});

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const ORIENTATIONS = [
  { name: "portrait", width: 1080, height: 1920 },
  { name: "landscape", width: 1920, height: 1080 },
] as const;
type Viewport = (typeof ORIENTATIONS)[number];

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice", "wcag2aaa"];
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface Visit {
  path: string;
  viewport: Viewport;
  /** The orientations to check (default both). */
  orientations?: readonly Viewport[];
  /** The dark, large-text mode, set through its cookie as a visitor's link would. */
  dark?: boolean;
  /** Pages with frames (the staff preview): the framed screens are checked on their own. */
  frames?: boolean;
}

/** Opens a kiosk page (any status: 404 and 429 pages are screens too) in a kept page with its scripts on. */
async function openKioskPage(page: Page, visit: Visit): Promise<void> {
  await page.setViewport({ width: visit.viewport.width, height: visit.viewport.height });
  const response = await page.goto(`${server.url}${visit.path}`, { waitUntil: "load" });
  if (!response) throw new Error(`${visit.path}: no answer`);
}

/**
 * axe on one page in both orientations: one load, then the viewport turns (the CSS follows the orientation).
 * The browser page is reused from visit to visit (opening a fresh one costs more than the check); the visitor's
 * cookies are cleared after each visit so no screen sees another's settings.
 */
async function axeBothWays(
  page: Page,
  visit: Omit<Visit, "viewport">,
): Promise<{ viewport: Viewport; results: AxeResults }[]> {
  const [first, ...rest] = visit.orientations ?? ORIENTATIONS;
  if (!first) return [];
  const origin = server.url;
  await page.setViewport({ width: first.width, height: first.height });
  if (visit.dark) await page.setCookie({ name: DISPLAY_COOKIE, value: "large.dark", url: origin });
  const response = await page.goto(`${origin}${visit.path}`, { waitUntil: "load" });
  if (!response) throw new Error(`${visit.path}: no answer`);
  await page.deleteCookie(...(await page.cookies()));
  {
    // axe comes with the document (evaluateOnNewDocument in axeAll); a page that somehow lacks it gets it here.
    if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
    const options: RunOptions = {
      runOnly: { type: "tag", values: TAGS },
      // The 7:1 rule (AAA) is stricter than the 4.5:1 rule (AA) on every element both look at: only the first runs.
      rules: { "color-contrast-enhanced": { enabled: true }, "color-contrast": { enabled: false } },
      resultTypes: ["violations"],
      iframes: !visit.frames,
    };
    const run = () =>
      page.evaluate((o) => (window as unknown as { axe: typeof import("axe-core") }).axe.run(document, o), options);
    const out: { viewport: Viewport; results: AxeResults }[] = [{ viewport: first, results: await run() }];
    for (const viewport of rest) {
      await page.setViewport({ width: viewport.width, height: viewport.height });
      out.push({ viewport, results: await run() });
    }
    return out;
  }
}

/** Checks the visits in `lanes` browser pages side by side, each page going through its share one by one. */
async function axeAll(
  visits: Omit<Visit, "viewport">[],
  lanes: number,
  onDone: () => void,
): Promise<{ visit: Omit<Visit, "viewport">; viewport: Viewport; results: AxeResults }[]> {
  const shares = Array.from({ length: lanes }, (_, lane) => visits.filter((_, i) => i % lanes === lane));
  const perLane = await Promise.all(
    shares.map((share) =>
      server.services.browserPool.withPage(
        async (page) => {
          // Injected as each document starts: cheaper than evaluating the 500 kB script after every load.
          await page.evaluateOnNewDocument(axeSource);
          const out: { visit: Omit<Visit, "viewport">; viewport: Viewport; results: AxeResults }[] = [];
          for (const visit of share) {
            for (const r of await axeBothWays(page, visit)) out.push({ visit, ...r });
            onDone();
          }
          return out;
        },
        { javascript: true, timeoutMs: 2_000_000, allowOrigin: server.url },
      ),
    ),
  );
  return perLane.flat();
}

/**
 * Runs `fn` over `items` in `lanes` kept browser pages side by side (a fresh context per item costs more than the
 * check); the visitor's cookies are cleared after each item.
 */
async function inLanes<T>(
  items: readonly T[],
  lanes: number,
  fn: (page: Page, item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(lanes, items.length) }, () =>
      server.services.browserPool.withPage(
        async (page) => {
          while (next < items.length) {
            const item = items[next++] as T;
            try {
              await fn(page, item);
            } finally {
              await page.deleteCookie(...(await page.cookies()));
            }
          }
        },
        { javascript: true, timeoutMs: 600_000, allowOrigin: server.url },
      ),
    ),
  );
}

const LANGS: Language[] = ["nl", "fr", "de", "en"];
/** The visitor languages beyond the letter languages: Arabic (right to left), Turkish and Ukrainian. */
const VISITOR_ONLY = ["ar", "tr", "uk"];

/** Every screen of a site in one language (the language screen is added once per site). */
function screensOf(site: Site, lang: string, ticketId: number, letterId: string): string[] {
  const base = `/kiosk/${site.id}/${lang}`;
  const services = homeServices(site);
  return [
    base,
    ...services.map((s) => `${base}/service/${s.id}`),
    ...services.filter((s) => pick(s.bring, lang).length > 0).map((s) => `${base}/service/${s.id}/bring`),
    `${base}/ticket/${ticketId}`,
    `${base}/help`,
    `${base}/letter`,
    `${base}/letter/${letterId}`,
    `${base}/service/bestaat-niet`,
  ];
}

/** The kind of a kiosk screen from its path: "home", "service", "bring", "ticket", "help", "letter", "result", "not found". */
function kindOf(path: string): string {
  const [first, second, third] = path.split("/").slice(4);
  if (first === undefined) return "home";
  if (first === "service") return second === "bestaat-niet" ? "not found" : third === "bring" ? "bring" : "service";
  if (first === "letter") return second === undefined ? "letter" : "result";
  return first;
}

/** The languages checked on every screen of every site, in both orientations. */
const EVERY_SCREEN = new Set(["nl"]);

/**
 * The visits of one site in one language (see the file comment). Dutch: every screen. Another language: on its
 * `full` site one screen of each kind (the service and its "what to bring" screen rotate with `langIndex`, so the
 * languages meet different services), elsewhere the home screen (the site's own words in that language).
 * `langIndex` also picks the orientation of a language that is not checked both ways.
 */
function visitsOf(lang: string, langIndex: number, full: boolean, screens: string[]): Omit<Visit, "viewport">[] {
  // Dutch: every screen of every site; both orientations on its `full` site, portrait elsewhere (same templates).
  if (EVERY_SCREEN.has(lang))
    return screens.map((path) => (full ? { path } : { path, orientations: [ORIENTATIONS[0] as Viewport] }));
  if (!full)
    return screens
      .filter((p) => kindOf(p) === "home")
      .map((path) => ({ path, orientations: [ORIENTATIONS[0] as Viewport] }));
  // Right to left mirrors the layout: its screens are checked in both orientations.
  const orientations =
    visitorLanguage(lang).dir === "rtl" ? ORIENTATIONS : [ORIENTATIONS[langIndex % ORIENTATIONS.length] as Viewport];
  const byKind = new Map<string, string[]>();
  for (const path of screens) byKind.set(kindOf(path), [...(byKind.get(kindOf(path)) ?? []), path]);
  return [...byKind.values()].map((paths) => ({ path: paths[langIndex % paths.length] as string, orientations }));
}

describe("kiosk accessibility gate", () => {
  it("has no axe violations on any screen, site, language or orientation", { timeout: 2_400_000 }, async () => {
    const { services } = server;
    const letterText = readFileSync(
      join(import.meta.dirname, "../fixtures/letters/ocmw-leefloon-weigering.txt"),
      "utf8",
    );
    const paths: string[] = ["/kiosk", "/kiosk/nergens"];
    const visits: Omit<Visit, "viewport">[] = paths.map((path) => ({ path }));
    const sites = services.kiosk.sites;
    const allLangs = [...new Set(sites.flatMap((s) => s.languages))];
    const seen = new Map<string, Set<string>>();
    // The site that shows a language on every screen: it rotates over the sites that offer the language.
    const fullSite = (lang: string): string => {
      const offering = sites.filter((s) => s.languages.includes(lang));
      return offering[allLangs.indexOf(lang) % offering.length]?.id ?? "";
    };
    for (const site of sites) {
      const ticketService = homeServices(site).find((s) => s.ticketPrefix);
      if (!ticketService?.ticketPrefix) throw new Error(`${site.id} has no ticket service`);
      services.queue.takeTicket(site.id, ticketService.id, ticketService.ticketPrefix);
      const ticket = services.queue.takeTicket(site.id, ticketService.id, ticketService.ticketPrefix);
      paths.push(`/kiosk/${site.id}`);
      visits.push({ path: `/kiosk/${site.id}` });
      for (const lang of site.languages) {
        const letterId = (await services.letters.explain({ text: letterText, uiLang: lang })).id;
        const screens = screensOf(site, lang, ticket.id, letterId);
        paths.push(...screens);
        const chosen = visitsOf(lang, allLangs.indexOf(lang), fullSite(lang) === site.id, screens);
        visits.push(...chosen);
        // Which kinds of screen each language met (the path with the site and language taken out).
        const kinds = seen.get(lang) ?? new Set<string>();
        for (const v of chosen) kinds.add(kindOf(v.path));
        seen.set(lang, kinds);
      }
    }
    // The "someone is coming" state of the help screen (the test browser's kiosk id is its address).
    services.queue.requestHelp("ziekenhuis", "127.0.0.1", "nl");
    // Every language met every kind of screen somewhere.
    const nlKinds = [...(seen.get("nl") ?? [])].sort();
    for (const lang of allLangs) {
      const missing = nlKinds.filter((k) => !seen.get(lang)?.has(k));
      expect(missing, `${lang} misses screens`).toEqual([]);
    }

    // The dark large-text mode on each kind of screen of one site in one language.
    const stadhuis = services.kiosk.site("stadhuis") as Site;
    const first = homeServices(stadhuis)[0]?.id ?? "";
    const darkPaths = paths.filter(
      (p) =>
        p === "/kiosk/stadhuis" ||
        (p.startsWith("/kiosk/stadhuis/nl") &&
          (!p.includes("/service/") || p.includes(`/service/${first}`) || p.endsWith("bestaat-niet"))),
    );
    visits.push(...darkPaths.map((path) => ({ path, dark: true, orientations: [ORIENTATIONS[0]] })));
    // The staff preview of one site (its framed screens are the ones checked above; the page is the same for every site).
    visits.push({ path: "/kiosk/preview?site=stadhuis", frames: true });
    expect(stadhuis.languages).toEqual([...LANGS, ...VISITOR_ONLY]);
    for (const lang of VISITOR_ONLY) {
      for (const id of ["stadhuis", "sociaal-huis"]) expect(paths).toContain(`/kiosk/${id}/${lang}`);
    }

    const started = Date.now();
    let done = 0;
    const results = await axeAll(visits, 3, () => {
      if (++done % 50 === 0)
        process.stderr.write(
          `kiosk axe gate: ${done}/${visits.length} pages after ${Math.round((Date.now() - started) / 1000)} s\n`,
        );
    });
    const failures = results.filter((r) => r.results.violations.length > 0);
    console.log(
      `kiosk axe gate: ${results.length} combinations checked (${visits.length} visits of ${paths.length} pages, ` +
        `${darkPaths.length} in dark large text, 1 preview) ` +
        `in ${Math.round((Date.now() - started) / 1000)} s; ${failures.length} with violations`,
    );
    expect(
      failures
        .map((f) => `${f.viewport.name}${f.visit.dark ? " dark" : ""} ${formatViolations(f.results)}`)
        .slice(0, 5),
    ).toEqual([]);
  });
});

interface Control {
  label: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Every visible control, in DOM order, with its box. */
async function controls(page: Page): Promise<Control[]> {
  return page.evaluate(() => {
    const selector = "a[href], button, input, select, textarea, audio[controls], [tabindex]:not([tabindex='-1'])";
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.getClientRects().length > 0 && !el.closest("dialog:not([open])"))
      .map((el) => {
        const r = el.getBoundingClientRect();
        const label = `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40)}"`;
        return {
          label,
          top: r.top + scrollY,
          left: r.left + scrollX,
          bottom: r.bottom + scrollY,
          right: r.right + scrollX,
        };
      });
  });
}

/** Presses Tab until focus comes back to the start; the controls in the order Tab reached them. */
async function tabOrder(page: Page, count: number): Promise<Control[]> {
  const reached: Control[] = [];
  for (let i = 0; i < count + 2; i++) {
    await page.keyboard.press("Tab");
    const box = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const r = el.getBoundingClientRect();
      const label = `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40)}"`;
      return {
        label,
        top: r.top + scrollY,
        left: r.left + scrollX,
        bottom: r.bottom + scrollY,
        right: r.right + scrollX,
      };
    });
    if (!box || reached.some((c) => c.label === box.label && c.top === box.top && c.left === box.left)) break;
    reached.push(box);
  }
  return reached;
}

/** The gap between two boxes (0 when they overlap). */
function gap(a: Control, b: Control): number {
  const dx = Math.max(0, Math.max(a.left, b.left) - Math.min(a.right, b.right));
  const dy = Math.max(0, Math.max(a.top, b.top) - Math.min(a.bottom, b.bottom));
  return Math.max(dx, dy);
}

describe("kiosk controls", () => {
  const SHOTS = "/tmp/klaar-kiosk-shots";

  it("are at least 80×80 px, 16 px apart, and Tab reaches them all in visual order", { timeout: 300_000 }, async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { services } = server;
    const pages: { name: string; path: string }[] = [];
    // Every site in Dutch; French (longer words, so other line breaks) on the first site.
    for (const [index, site] of services.kiosk.sites.entries()) {
      const service = homeServices(site).find((s) => s.ticketPrefix);
      if (!service?.ticketPrefix) continue;
      const ticket = services.queue.takeTicket(site.id, service.id, service.ticketPrefix);
      for (const lang of index === 0 ? (["nl", "fr"] as const) : (["nl"] as const)) {
        pages.push(
          { name: `${site.id}-${lang}-home`, path: `/kiosk/${site.id}/${lang}` },
          { name: `${site.id}-${lang}-service`, path: `/kiosk/${site.id}/${lang}/service/${service.id}` },
          { name: `${site.id}-${lang}-ticket`, path: `/kiosk/${site.id}/${lang}/ticket/${ticket.id}` },
        );
      }
    }
    const problems: string[] = [];
    let checked = 0;
    await inLanes(
      pages.flatMap((p) => ORIENTATIONS.map((viewport) => ({ ...p, viewport }))),
      3,
      async (page, { name, path, viewport }) => {
        await openKioskPage(page, { path, viewport });
        {
          const all = await controls(page);
          const where = `${name} ${viewport.name}`;
          if (all.length < 8) problems.push(`${where}: only ${all.length} controls`);
          for (const c of all) {
            const w = Math.round(c.right - c.left);
            const h = Math.round(c.bottom - c.top);
            if (w < 80 || h < 80) problems.push(`${where}: ${c.label} is ${w}×${h}`);
          }
          all.forEach((a, i) => {
            for (const b of all.slice(i + 1)) {
              if (gap(a, b) < 16) problems.push(`${where}: ${a.label} and ${b.label} are ${gap(a, b)} px apart`);
            }
          });
          const order = await tabOrder(page, all.length);
          if (order.length !== all.length) {
            problems.push(`${where}: Tab reached ${order.length} of ${all.length} controls`);
          }
          order.forEach((b, i) => {
            const a = order[i - 1];
            if (!a) return;
            const nextRow = b.top >= a.bottom - 1;
            const sameRowToTheRight = b.top < a.bottom && b.bottom > a.top && b.left >= a.right - 1;
            if (!nextRow && !sameRowToTheRight) problems.push(`${where}: Tab goes from ${a.label} back to ${b.label}`);
          });
          if (name.startsWith("stadhuis-nl")) {
            await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
            await page.screenshot({ path: join(SHOTS, `${name}-${viewport.name}.png`), fullPage: true });
          }
          checked++;
        }
      },
    );
    console.log(`kiosk controls: ${checked} pages measured; screenshots in ${SHOTS}`);
    expect(problems).toEqual([]);
  });
});

describe("kiosk idle timeout (with JavaScript)", () => {
  it("warns, lets the visitor stay, and otherwise goes back to the language screen with everything wiped", {
    timeout: 120_000,
  }, async () => {
    const { services } = server;
    const letterText = readFileSync(
      join(import.meta.dirname, "../fixtures/letters/ocmw-leefloon-weigering.txt"),
      "utf8",
    );
    const origin = server.url;
    const result = await server.services.browserPool.withPage(
      async (page) => {
        // Time runs 10 times faster in this page: 60 s idle become 6 s. The kiosk script itself is unchanged.
        await page.evaluateOnNewDocument(() => {
          type Timer = (handler: unknown, ms?: number, ...args: unknown[]) => number;
          const timers = window as unknown as Record<"setTimeout" | "setInterval", Timer>;
          for (const name of ["setTimeout", "setInterval"] as const) {
            const original = timers[name].bind(window);
            timers[name] = (handler, ms, ...args) => original(handler, (ms ?? 0) / 10, ...args);
          }
        });
        await page.setViewport({ width: 1080, height: 1920 });
        // A visitor explains a letter at the kiosk, in English, with larger text.
        await page.goto(`${origin}/kiosk/stadhuis/en/letter?size=large`, { waitUntil: "load" });
        await page.$eval(
          "#k-text",
          (el, text) => {
            (el as HTMLTextAreaElement).value = text;
          },
          letterText,
        );
        await Promise.all([page.waitForNavigation(), page.click(".k-letter button.k-primary[type=submit]")]);
        const letterId = page.url().split("/").pop() ?? "";
        const kept = services.letters.get(letterId) !== undefined;

        await page.waitForSelector("dialog[open]", { timeout: 10_000 });
        const warning = await page.$eval("dialog[open]", (d) => d.textContent ?? "");
        const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
        await page.click("dialog[open] [data-idle-stay]");
        const closedAfterStay = await page.$eval("dialog", (d) => !(d as HTMLDialogElement).open);

        await page.waitForFunction(() => location.pathname === "/kiosk/stadhuis", { timeout: 10_000 });
        const cookies = (await page.cookies()).map((c) => c.name);
        return {
          letterId,
          kept,
          warning,
          focused,
          closedAfterStay,
          cookies,
          lang: await page.$eval("html", (h) => h.lang),
        };
      },
      { javascript: true, timeoutMs: 60_000, allowOrigin: origin },
    );
    expect(result.kept).toBe(true);
    // The count starts at the site's 20 s and goes down once a (fast) second; a busy machine may read it a bit later.
    const left = Number(/In (\d+) seconds the screen goes back to the start\./.exec(result.warning)?.[1]);
    expect(result.warning).toContain("Are you still there?");
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(20);
    expect(result.focused).toBe("I am still here");
    expect(result.closedAfterStay).toBe(true);
    // Back at the start: the letter is deleted and the visitor's cookies (larger text, letters) are gone.
    expect(services.letters.get(result.letterId)).toBeUndefined();
    expect(result.cookies).toEqual([]);
    expect(result.lang).toBe("nl");
  });
});

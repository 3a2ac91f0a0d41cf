/**
 * The kiosk letter flow through HTTP and in Chromium: a file is read in the background behind a "working on it"
 * screen (steps, progress, status.json, no idle warning), a letter of several pages is explained as one, and the
 * result offers the spoken essentials (played once by themselves), the other tracks and the print choices.
 * The new screens: axe-core 0 violations, controls at least 80×80 px, screenshots at 1080×1920.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AxeResults } from "axe-core";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DISPLAY_COOKIE } from "../../src/kiosk/display.ts";
import type { LetterJob } from "../../src/kiosk/letter-jobs.ts";
import { formatViolations } from "../helpers/axe.ts";
import { type RunningServer, startServer } from "../helpers/server.ts";

let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "klaar-kiosk-letter-"));
  server = await startServer({ KLAAR_DATA_DIR: dataDir });
});

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const T = { timeout: 180_000 };
const SHOTS = "/tmp/klaar-kiosk-shots";
const LETTER = readFileSync(join(import.meta.dirname, "../fixtures/letters/ocmw-leefloon-weigering.txt"), "utf8");

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { redirect: "manual", headers });
const post = (path: string, body: FormData | URLSearchParams, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { method: "POST", redirect: "manual", headers, body });
const cookiesFrom = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .filter((c) => !c?.endsWith("="))
    .join("; ");

/** Follows the working screen until the job is done; returns the redirect it ends with. */
async function waitForJob(path: string): Promise<Response> {
  for (let i = 0; i < 600; i++) {
    const res = await get(path);
    if (res.status === 303) return res;
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the letter job did not finish");
}

describe("the kiosk letter flow over HTTP", () => {
  it("reads a file behind a working screen with a status, then shows the explanation", T, async () => {
    const form = new FormData();
    form.set("file", new Blob([LETTER], { type: "text/plain" }), "brief.txt");
    const sent = await post("/kiosk/stadhuis/nl/letter", form);
    expect(sent.status).toBe(303);
    const wait = sent.headers.get("location") ?? "";
    expect(wait).toMatch(/^\/kiosk\/stadhuis\/nl\/letter\/wait\/[\w-]+$/);
    const status = await (await get(`${wait}/status.json`)).json();
    expect(["working", "done"]).toContain(status.state);
    expect(status.progress).toBeGreaterThan(0);
    const done = await waitForJob(wait);
    const result = done.headers.get("location") ?? "";
    const id = result.split("/").pop() ?? "";
    expect(result).toBe(`/kiosk/stadhuis/nl/letter/${id}`);
    expect(cookiesFrom(done)).toContain(`klaar_kiosk_letters=${id}`);
    // The essentials were spoken before the result screen opened: "read aloud" starts at once.
    expect(server.services.letters.get(id)?.wavs?.essentials).toBeDefined();
    const html = await (await get(result)).text();
    expect(html).toContain(`src="/letters/${id}/audio.wav"`);
    expect(html).toContain("data-autoplay");
    expect(html).toContain(`data-speech-src="/letters/${id}/audio-words.wav"`);
    expect(html).toContain(`data-speech-src="/letters/${id}/audio-full.wav"`);
    expect(html).toContain("Print ook de moeilijke woorden");
    expect(html).toContain("Print ook de brief met uitleg");
    const pdf = await get(`/letters/${id}/print.pdf?words=1&letter=1`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
  });

  it("explains a letter of two pages as one", T, async () => {
    const [first, second] = [LETTER.slice(0, LETTER.length / 2), LETTER.slice(LETTER.length / 2)];
    const page1 = await post("/kiosk/stadhuis/fr/letter", new URLSearchParams({ text: first, more: "1" }));
    expect(page1.status).toBe(303);
    expect(page1.headers.get("location")).toBe("/kiosk/stadhuis/fr/letter");
    const cookie = cookiesFrom(page1);
    expect(cookie).toContain("klaar_letter_draft=");
    const form = await (await get("/kiosk/stadhuis/fr/letter", { cookie })).text();
    expect(form).toContain("Vous avez donné 1 page.");
    expect(form).toContain("Expliquer la lettre");
    const page2 = await post("/kiosk/stadhuis/fr/letter", new URLSearchParams({ text: second }), { cookie });
    expect(page2.status).toBe(303);
    const id = page2.headers.get("location")?.split("/").pop() ?? "";
    expect(server.services.letters.get(id)?.text).toContain(first.trim().slice(0, 40));
    expect(server.services.letters.get(id)?.text).toContain(second.trim().slice(-40));
    // The draft is gone: the next letter starts empty.
    const next = await (await get("/kiosk/stadhuis/fr/letter", { cookie })).text();
    expect(next).not.toContain("Vous avez donné");
  });
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice", "wcag2aaa"];

interface Box {
  label: string;
  w: number;
  h: number;
}

async function check(page: Page, name: string): Promise<{ axe: AxeResults; small: Box[] }> {
  await page.evaluate(axeSource);
  const axe = await page.evaluate(
    (o) => (window as unknown as { axe: typeof import("axe-core") }).axe.run(document, o),
    { runOnly: { type: "tag" as const, values: TAGS }, rules: { "color-contrast-enhanced": { enabled: true } } },
  );
  const boxes: Box[] = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        "a[href], button, input, select, textarea, audio[controls], summary, progress",
      ),
    ]
      .filter((el) => el.getClientRects().length > 0 && !el.closest("dialog:not([open])") && el.tagName !== "PROGRESS")
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { label: `${el.tagName} ${(el.textContent ?? "").trim().slice(0, 30)}`, w: r.width, h: r.height };
      }),
  );
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  return { axe, small: boxes.filter((b) => b.w < 80 || b.h < 80) };
}

describe("the new kiosk letter screens in Chromium (1080×1920)", () => {
  it(
    "working, several pages and result: no axe violations, 80 px targets, no idle warning while working",
    T,
    async () => {
      mkdirSync(SHOTS, { recursive: true });
      const { kiosk, letters } = server.services;
      // A job that stays at "read" until the test lets it go, as a slow OCR would.
      let release: (job: LetterJob) => void = () => {};
      const jobId = kiosk.letterJobs.start(() => new Promise<LetterJob>((resolve) => (release = resolve)));
      const id = (await letters.explain({ text: LETTER, uiLang: "nl" })).id;
      const draft = kiosk.letterJobs.draft(undefined);
      kiosk.letterJobs.addPage(draft, "Bladzijde 1");
      const origin = server.url;
      const out = await server.services.browserPool.withPage(
        async (page) => {
          await page.setViewport({ width: 1080, height: 1920 });
          // Time runs 20 times faster in this page: an idle warning would show within a few seconds.
          await page.evaluateOnNewDocument(() => {
            type Timer = (handler: unknown, ms?: number, ...args: unknown[]) => number;
            const w = window as unknown as Record<"setTimeout" | "setInterval", Timer>;
            const original = w.setTimeout.bind(window);
            w.setTimeout = (handler, ms, ...args) => original(handler, (ms ?? 0) / 20, ...args);
          });
          const results: Record<string, { axe: AxeResults; small: Box[] }> = {};
          await page.goto(`${origin}/kiosk/stadhuis/nl/letter/wait/${jobId}`, { waitUntil: "load" });
          results.working = await check(page, "letter-working-portrait");
          await new Promise((r) => setTimeout(r, 4000));
          const idleShown = await page.$eval("dialog", (d) => (d as HTMLDialogElement).open);
          const progress = await page.$eval("progress", (p) => (p as HTMLProgressElement).value);
          // The job ends: the working screen moves on to the explanation by itself.
          release({ state: "done", letterId: id, pages: 1 });
          await page.waitForFunction((want) => location.pathname.endsWith(want), { timeout: 30_000 }, `/letter/${id}`);
          return { results, idleShown, progress };
        },
        { javascript: true, timeoutMs: 150_000, allowOrigin: origin },
      );
      // The result, the form with a page already given, and the result in French, dark large text, landscape: in real
      // time (no idle warning in the way).
      const fr = (await letters.explain({ text: LETTER, uiLang: "fr" })).id;
      await server.services.browserPool.withPage(
        async (page) => {
          await page.setViewport({ width: 1080, height: 1920 });
          await page.goto(`${origin}/kiosk/stadhuis/nl/letter/${id}`, { waitUntil: "load" });
          out.results.result = await check(page, "letter-result-portrait");
          await page.setCookie({ name: "klaar_letter_draft", value: draft, url: origin });
          await page.goto(`${origin}/kiosk/stadhuis/nl/letter`, { waitUntil: "load" });
          out.results.pages = await check(page, "letter-pages-portrait");
          await page.setViewport({ width: 1920, height: 1080 });
          await page.setCookie({ name: DISPLAY_COOKIE, value: "large.dark", url: origin });
          await page.goto(`${origin}/kiosk/stadhuis/fr/letter/${fr}`, { waitUntil: "load" });
          out.results.dark = await check(page, "letter-result-dark-landscape");
        },
        { javascript: true, timeoutMs: 150_000, allowOrigin: origin },
      );
      expect(out.idleShown).toBe(false);
      expect(out.progress).toBeGreaterThan(0);
      for (const [name, r] of Object.entries(out.results)) {
        expect(r.axe.violations, `${name}: ${formatViolations(r.axe)}`).toEqual([]);
        expect(r.small, name).toEqual([]);
      }
    },
  );
});

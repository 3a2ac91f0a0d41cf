import { existsSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { createBrowserPool, RenderBusyError } from "../../src/render/browser-pool.ts";
import { renderPdf } from "../../src/render/pdf.ts";
import { BusyError } from "../../src/util/pool.ts";
import { startRecordingServer } from "../helpers/http-server.ts";
import { ACCESSIBLE_BODY, samplePage } from "./samples.ts";

const T = { timeout: 60_000 };
const pool = createBrowserPool({ pages: 2, maxQueue: 2 });
afterAll(() => pool.close());

const html = samplePage(ACCESSIBLE_BODY);
const render = () => renderPdf(html, { title: "Uitleg", lang: "nl-BE", pool });

async function eventually(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("browser pool", () => {
  it("refuses with BUSY and a retry time when pages and queue are full", T, async () => {
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, render));
    const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason] : []));
    const made = outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
    expect(made).toHaveLength(4);
    for (const pdf of made) expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(refused).toHaveLength(2);
    for (const error of refused) {
      expect(error).toBeInstanceOf(BusyError);
      expect(error).toBeInstanceOf(RenderBusyError);
      expect(error).toMatchObject({ code: "BUSY" });
      expect((error as RenderBusyError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    }
    expect(pool.stats()).toMatchObject({ active: 0, queued: 0 });
  });

  it("starts a new Chromium after the old one is killed", T, async () => {
    const before = pool.stats().launches;
    (await pool.browser()).process()?.kill("SIGKILL");
    const pdf = await render();
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pool.stats().launches).toBe(before + 1);
  });

  it("retries a job once when Chromium dies while it runs", T, async () => {
    let tries = 0;
    const heading = await pool.withPage(
      async (page) => {
        tries++;
        if (tries === 1) {
          page.browser().process()?.kill("SIGKILL");
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        await page.setContent(html);
        return page.$eval("h1", (h) => h.textContent);
      },
      { javascript: false, timeoutMs: 10_000 },
    );
    expect(heading).toBe("Uw brief uitgelegd");
    expect(tries).toBe(2);
  });

  it("stops a job at its time limit and keeps serving", T, async () => {
    const slow = pool.withPage(() => new Promise(() => {}), { javascript: false, timeoutMs: 300 });
    await expect(slow).rejects.toMatchObject({ code: "TIMEOUT" });
    expect((await render()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("gives every job a fresh context: no cookies carry over", T, async () => {
    const site = await startRecordingServer((_, res) => {
      res.writeHead(200, { "content-type": "text/html", "set-cookie": "seen=1; Path=/" }).end("<title>x</title>");
    });
    try {
      const visit = () =>
        pool.withPage((page) => page.goto(`${site.origin}/`), {
          javascript: false,
          timeoutMs: 10_000,
          allowOrigin: site.origin,
        });
      await visit();
      await visit();
      const pages = site.requests.filter((r) => r.url === "/");
      expect(pages).toHaveLength(2);
      expect(pages.map((r) => r.cookie)).toEqual([undefined, undefined]);
    } finally {
      await site.close();
    }
  });

  it("draws nothing on screen for a printout: its page is hidden, and shown again for the next job", T, async () => {
    const single = createBrowserPool({ pages: 1, maxQueue: 1 });
    try {
      const state = (hidden: boolean) =>
        single.withPage(
          async (page) => {
            await page.setContent(html);
            // window.name outlives the document: it tells whether this page did a job before.
            return page.evaluate(() => {
              const before = `${window.name || "new"} ${document.visibilityState}`;
              window.name = "used";
              return before;
            });
          },
          { javascript: false, timeoutMs: 20_000, hidden },
        );
      expect(await state(true)).toBe("new hidden");
      // The same warm page, kept between the jobs, is shown again for a job that does not ask for hiding.
      expect(await state(false)).toBe("used visible");
      expect(await state(true)).toBe("used hidden");
      expect(single.stats().launches).toBe(1);
    } finally {
      await single.close();
    }
  });

  it("closes Chromium and removes its profile on close", T, async () => {
    const own = createBrowserPool({ pages: 1, maxQueue: 0 });
    await own.warmUp();
    const browser = await own.browser();
    const profile = browser
      .process()
      ?.spawnargs.find((a) => a.startsWith("--user-data-dir="))
      ?.slice("--user-data-dir=".length);
    expect(profile && existsSync(profile)).toBe(true);
    await own.close();
    expect(browser.connected).toBe(false);
    await eventually(() => !existsSync(profile ?? ""));
    await expect(own.withPage(async () => 1, { javascript: false, timeoutMs: 1000 })).rejects.toMatchObject({
      code: "CLOSED",
    });
  });
});

/**
 * "Explain my letter" at the kiosk with a photo: the camera preview, "take the photo", "take it again", and the photo
 * read by OCR like an upload. Chromium's fake camera (a test pattern) stands in for the kiosk's webcam.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_FLAGS, chromiumPath } from "../../src/render/chromium.ts";
import { fixtureLetters } from "../helpers/fixtures.ts";
import { letterPdf, phonePhoto, rasterise } from "../helpers/scans.ts";
import { type RunningServer, startServer } from "../helpers/server.ts";

let server: RunningServer;
const dataDir = mkdtempSync(join(tmpdir(), "klaar-camera-"));
beforeAll(async () => {
  server = await startServer({ KLAAR_DATA_DIR: dataDir });
}, 60_000);
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("a letter photo at the kiosk", () => {
  it("shows a live preview, takes the photo into the form and lets the visitor take it again", async () => {
    const profile = mkdtempSync(join(tmpdir(), "klaar-camera-profile-"));
    const browser = await puppeteer.launch({
      executablePath: chromiumPath(),
      // A test-only browser: the fake camera flags are not for the letter renderer.
      args: [
        ...CHROMIUM_FLAGS,
        `--user-data-dir=${profile}`,
        "--use-fake-device-for-media-stream",
        "--use-fake-ui-for-media-stream",
      ],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/kiosk/stadhuis/nl/letter`, { waitUntil: "load" });
      await page.waitForSelector("[data-camera]:not([hidden])");
      await page.click("[data-camera-start]");
      await page.waitForSelector("[data-camera-video]:not([hidden])");
      await page.waitForFunction(
        () => (document.querySelector("[data-camera-video]") as HTMLVideoElement).videoWidth > 0,
      );
      await page.click("[data-camera-take]");
      await page.waitForSelector("[data-camera-photo]:not([hidden])");
      const state = await page.evaluate(() => ({
        files: (document.querySelector("#k-file") as HTMLInputElement).files?.length,
        type: (document.querySelector("#k-file") as HTMLInputElement).files?.[0]?.type,
        focused: document.activeElement?.matches("[data-camera-retake]"),
        alt: document.querySelector("[data-camera-photo]")?.getAttribute("alt"),
      }));
      expect(state).toEqual({ files: 1, type: "image/jpeg", focused: true, alt: "Uw foto van de brief" });
      await page.click("[data-camera-retake]");
      await page.waitForSelector("[data-camera-video]:not([hidden])");
      expect(await page.$eval("[data-camera-photo]", (img) => (img as HTMLImageElement).hidden)).toBe(true);
    } finally {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it("explains a phone photo sent from the kiosk form like typed text", async () => {
    const letter = fixtureLetters().find((l) => l.name === "ocmw-plain-good");
    if (!letter) throw new Error("fixture missing");
    const [scan] = await rasterise(await letterPdf(letter.text.slice(0, 1500), { pool: server.services.browserPool }));
    if (!scan) throw new Error("no page");
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(await phonePhoto(scan, 3))], { type: "image/jpeg" }), "foto.jpg");
    const res = await fetch(`${server.url}/kiosk/stadhuis/nl/letter`, {
      method: "POST",
      body: form,
      redirect: "manual",
    });
    expect(res.status).toBe(303);
    // A photo is read in the background: the kiosk shows the "working on it" screen and its status until it is done.
    const wait = res.headers.get("location") ?? "";
    expect(wait).toMatch(/\/kiosk\/stadhuis\/nl\/letter\/wait\//);
    let state = "working";
    for (let i = 0; i < 300 && state === "working"; i++) {
      state = ((await (await fetch(`${server.url}${wait}/status.json`)).json()) as { state: string }).state;
      if (state === "working") await new Promise((r) => setTimeout(r, 500));
    }
    expect(state).toBe("done");
    const done = await fetch(`${server.url}${wait}`, { redirect: "manual" });
    expect(done.status).toBe(303);
    const page = await fetch(`${server.url}${done.headers.get("location")}`, {
      headers: { cookie: done.headers.get("set-cookie") ?? "" },
    });
    expect(page.status).toBe(200);
    const result = await page.text();
    // The result screen leads with the bottom line and what to do.
    expect(result).toContain("k-bottom-line");
    expect(result).toContain("Wat moet u doen?");
  }, 180_000);
});

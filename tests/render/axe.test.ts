import { afterAll, describe, expect, it } from "vitest";
import { closeSharedBrowserPool } from "../../src/render/browser-pool.ts";
import { checkAxe, checkAxeUrl, formatViolations } from "../helpers/axe.ts";
import { startRecordingServer } from "../helpers/http-server.ts";
import { ACCESSIBLE_BODY, BROKEN_BODY, samplePage } from "./samples.ts";

afterAll(closeSharedBrowserPool);

const T = { timeout: 60_000 };

/** A script that would break the page (drops the alt text) if it ran. */
const ALT_REMOVER = "<script>for (const i of document.images) i.removeAttribute('alt')</script>";

describe("checkAxe", () => {
  it("finds no violations on an accessible page", T, async () => {
    const results = await checkAxe(samplePage(ACCESSIBLE_BODY));
    expect(results.violations, formatViolations(results)).toEqual([]);
    expect(results.passes.map((r) => r.id)).toContain("image-alt");
  });

  it("reports a missing alt text and low contrast with their rule ids", T, async () => {
    const results = await checkAxe(samplePage(BROKEN_BODY));
    expect(results.violations.map((v) => v.id).sort()).toEqual(["color-contrast", "image-alt"]);
    const message = formatViolations(results);
    expect(message).toContain("image-alt [critical]");
    expect(message).toContain("color-contrast [serious]");
    expect(message).toMatch(/at img\b/);
    expect(message).toContain("Fix any of the following");
  });

  it("checks the page as rendered with its own scripts off, unless asked", T, async () => {
    const html = samplePage(`${ACCESSIBLE_BODY}${ALT_REMOVER}`);
    const off = await checkAxe(html);
    expect(off.violations, formatViolations(off)).toEqual([]);
    const on = await checkAxe(html, { javascript: true });
    expect(on.violations.map((v) => v.id)).toEqual(["image-alt"]);
  });

  it("honours the viewport and rule switches", T, async () => {
    const results = await checkAxe(samplePage(BROKEN_BODY), {
      viewport: { width: 1080, height: 1920 },
      rules: { "color-contrast": { enabled: false } },
    });
    expect(results.violations.map((v) => v.id)).toEqual(["image-alt"]);
  });
});

describe("checkAxeUrl", () => {
  it("checks a page of a local server and lets nothing else through", T, async () => {
    const elsewhere = await startRecordingServer();
    const site = await startRecordingServer((req, res) => {
      if (req.url === "/style.css") return void res.writeHead(200, { "content-type": "text/css" }).end("p{color:#222}");
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(
        samplePage(
          `${ACCESSIBLE_BODY}<img src="${elsewhere.origin}/tracker.png" alt="">`,
          '<link rel="stylesheet" href="/style.css">',
        ),
      );
    });
    try {
      const results = await checkAxeUrl(`${site.origin}/uitleg`);
      expect(results.violations, formatViolations(results)).toEqual([]);
      // Chromium may also ask this server for /favicon.ico; that is the same origin.
      expect(site.requests.map((r) => r.url)).toEqual(expect.arrayContaining(["/uitleg", "/style.css"]));
      expect(elsewhere.requests).toEqual([]);
    } finally {
      await Promise.all([site.close(), elsewhere.close()]);
    }
  });

  it("refuses anything but 127.0.0.1", async () => {
    await expect(checkAxeUrl("http://example.org/")).rejects.toThrow(/127\.0\.0\.1/);
  });
});

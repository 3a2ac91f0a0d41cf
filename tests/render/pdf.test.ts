import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSharedBrowserPool, createBrowserPool } from "../../src/render/browser-pool.ts";
import { baseCss } from "../../src/render/fonts.ts";
import { renderPdf, renderPdfBody } from "../../src/render/pdf.ts";
import { type RecordingServer, startRecordingServer } from "../helpers/http-server.ts";
import { ACCESSIBLE_BODY, samplePage } from "./samples.ts";

const T = { timeout: 60_000 };

/**
 * pdfinfo and pdffonts need a seekable file. These are sample PDFs, not letters, but they still go to RAM
 * (/dev/shm) when it exists and are removed at once.
 */
function poppler(tool: "pdfinfo" | "pdffonts", pdf: Buffer): string {
  const dir = mkdtempSync(join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "klaar-test-"));
  try {
    const file = join(dir, "sample.pdf");
    writeFileSync(file, pdf);
    return execFileSync(tool, [file], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pdfinfo(pdf: Buffer): Record<string, string> {
  const out = poppler("pdfinfo", pdf);
  return Object.fromEntries(out.split("\n").map((line) => [line.split(":")[0]?.trim(), line.slice(16).trim()]));
}

/** pdftotext reads standard input itself. */
function pdftotext(pdf: Buffer): string {
  return execFileSync("pdftotext", ["-", "-"], { input: pdf, encoding: "utf8" });
}

let server: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(async () => {
  await Promise.all([closeSharedBrowserPool(), server.close()]);
});

describe("renderPdf", () => {
  it("makes a tagged A4 PDF with the title, language and text of the page", T, async () => {
    const pdf = await renderPdf(samplePage(ACCESSIBLE_BODY), { title: "Uitleg bij uw brief", lang: "nl-BE" });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const info = pdfinfo(pdf);
    expect(info).toMatchObject({ Title: "Uitleg bij uw brief", Tagged: "yes", Pages: "1" });
    expect(info["Page size"]).toContain("(A4)");
    expect(pdf.toString("latin1")).toContain("/Lang (nl-BE)");
    const text = pdftotext(pdf);
    expect(text).toContain("Uw brief uitgelegd");
    expect(text).toContain("Betaal 120 euro vóór 15 juni.");
  });

  it("embeds Atkinson Hyperlegible from the inlined fonts", T, async () => {
    const pdf = await renderPdf(samplePage("<h1>Vet</h1><p>Gewoon</p>"), { title: "F", lang: "nl" });
    const fonts = poppler("pdffonts", pdf);
    expect(fonts).toContain("AtkinsonHyperlegible-Bold");
    expect(fonts).toContain("AtkinsonHyperlegible-Regular");
    // Only the faces the printouts use are inlined: nothing falls back to a system font.
    expect(fonts).not.toMatch(/DejaVu|Noto/);
  });

  it("makes a kiosk ticket 80 mm wide and exactly one page long", T, async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `<p>Lijn ${i + 1}</p>`).join("");
    const pdf = await renderPdf(samplePage(`<h1>Uw ticket</h1>${lines}`), {
      title: "Ticket",
      lang: "nl-BE",
      format: "receipt80",
    });
    const info = pdfinfo(pdf);
    expect(info.Pages).toBe("1");
    const [width, height] = (info["Page size"] ?? "").split(" x ").map((n) => Number.parseFloat(n));
    expect(width).toBeCloseTo((80 / 25.4) * 72, 0);
    expect(height).toBeGreaterThan(300);
    expect(pdftotext(pdf)).toContain("Lijn 30");
  });

  it("sends no request to the network", T, async () => {
    const o = server.origin;
    const html = samplePage(
      `${ACCESSIBLE_BODY}<img src="${o}/x.png" alt=""><p style="background:url(${o}/bg.png)">Achtergrond</p>`,
      `<link rel="stylesheet" href="${o}/style.css"><link rel="prefetch" href="${o}/next"><style>@font-face{font-family:X;src:url(${o}/f.woff2)} p{font-family:X}</style>`,
    );
    const pdf = await renderPdf(html, { title: "Netwerk", lang: "nl-BE" });
    expect(pdftotext(pdf)).toContain("Achtergrond");
    expect(server.requests).toEqual([]);
  });

  it("does not run the page's JavaScript", T, async () => {
    const html = samplePage(
      `<h1 id="t">Originele tekst</h1><script>document.getElementById("t").textContent = "Door script"</script>`,
    );
    const text = pdftotext(await renderPdf(html, { title: "JS", lang: "nl-BE" }));
    expect(text).toContain("Originele tekst");
    expect(text).not.toContain("Door script");
  });
});

describe("renderPdfBody (a printout's body in a page that keeps its styles and fonts)", () => {
  const css = `${baseCss()}\nh1 { font-weight: 700 }`;
  const body = (main: string) => ({
    css,
    body: `<main>${main}</main>`,
    bodyClass: "script-latin",
    dir: "ltr" as const,
  });

  it("makes the same tagged A4 PDF, and the next letter shows nothing of the one before", T, async () => {
    const pool = createBrowserPool({ pages: 1, maxQueue: 4 });
    try {
      const first = await renderPdfBody(body(ACCESSIBLE_BODY), { title: "Uitleg bij uw brief", lang: "nl-BE", pool });
      expect(pdfinfo(first)).toMatchObject({ Title: "Uitleg bij uw brief", Tagged: "yes", Pages: "1" });
      expect(pdfinfo(first)["Page size"]).toContain("(A4)");
      expect(first.toString("latin1")).toContain("/Lang (nl-BE)");
      expect(pdftotext(first)).toContain("Betaal 120 euro vóór 15 juni.");
      expect(poppler("pdffonts", first)).toContain("AtkinsonHyperlegible-Bold");

      const second = await renderPdfBody(body("<h1>Lettre suivante</h1><p>Payez 80 euros.</p>"), {
        title: "Votre lettre",
        lang: "fr-BE",
        pool,
      });
      const text = pdftotext(second);
      expect(text).toContain("Payez 80 euros.");
      expect(text).not.toContain("Betaal 120 euro");
      expect(second.toString("latin1")).toContain("/Lang (fr-BE)");
      expect(pdfinfo(second).Title).toBe("Votre lettre");

      // The warm page kept for the next job holds the styles, not the letter.
      const kept = await pool.withPage(
        (page) =>
          page.evaluate(() => ({
            body: document.body.innerHTML,
            title: document.title,
            shell: document.documentElement.dataset.shell ?? "",
          })),
        { javascript: false, timeoutMs: 10_000 },
      );
      expect(kept).toMatchObject({ body: "", title: "" });
      expect(kept.shell).not.toBe("");
      expect(pool.stats().launches).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it("sends no request and runs no script of the body", T, async () => {
    const o = server.origin;
    const pdf = await renderPdfBody(
      body(
        `<h1 id="t">Originele tekst</h1><img src="${o}/x.png" alt="" onerror="document.getElementById('t').textContent='Door script'"><link rel="stylesheet" href="${o}/s.css"><p style="background:url(${o}/bg.png)">Achtergrond</p>`,
      ),
      { title: "Netwerk", lang: "nl-BE" },
    );
    const text = pdftotext(pdf);
    expect(text).toContain("Originele tekst");
    expect(text).toContain("Achtergrond");
    expect(text).not.toContain("Door script");
    expect(server.requests).toEqual([]);
  });
});

/**
 * Test images made from the test letters, in memory only (never committed): the letter printed to an A4 PDF by
 * Chromium, rasterised at 300 DPI ("scan"), and a "phone photo" derived from that with sharp (turned a few degrees on
 * a dark table, slightly blurred, uneven light, JPEG quality 60). Plus the measures: character error rate and the share
 * of dates, amounts and IBANs recovered exactly.
 */
import { execFileSync } from "node:child_process";
import sharp from "sharp";
import { extractFacts } from "../../src/analysis/facts/index.ts";
import type { Language } from "../../src/analysis/types.ts";
import type { BrowserPool } from "../../src/render/browser-pool.ts";
import { renderPdf } from "../../src/render/pdf.ts";
import { pipeThroughCommand } from "../../src/util/pipe.ts";

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The letter as an A4 PDF: 11.5 pt serif or 11 pt sans, lines as written. */
export function letterPdf(text: string, opts: { pool?: BrowserPool; font?: "serif" | "sans" } = {}): Promise<Buffer> {
  const font =
    opts.font === "sans"
      ? "font-family:'Liberation Sans',sans-serif;font-size:11pt"
      : "font-family:'Liberation Serif',serif;font-size:11.5pt";
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 22mm 20mm; }
    body { margin: 0; ${font}; line-height: 1.35; color: #111; }
    pre { margin: 0; white-space: pre-wrap; font: inherit; }
  </style></head><body><pre>${escapeHtml(text)}</pre></body></html>`;
  return renderPdf(html, { title: "Testbrief", lang: "nl-BE", pool: opts.pool });
}

/** The number of pages of a PDF (poppler's pdfinfo; reading it costs far less than rasterising the pages). */
export function pdfPageCount(pdf: Buffer): number {
  const info = execFileSync("pdfinfo", ["-"], { input: pdf, encoding: "utf8", timeout: 30_000 });
  const pages = /^Pages:\s+(\d+)/m.exec(info)?.[1];
  if (pages === undefined) throw new Error("pdfinfo did not give the number of pages");
  return Number(pages);
}

/** Each page of a PDF as a 300 DPI grayscale PNG (pdftoppm reads stdin, page by page). */
export async function rasterise(pdf: Buffer, dpi = 300): Promise<Buffer[]> {
  const pages: Buffer[] = [];
  const count = pdfPageCount(pdf);
  for (let p = 1; p <= count; p++) {
    const args = ["-r", String(dpi), "-gray", "-png", "-f", String(p), "-l", String(p), "-"];
    pages.push(await pipeThroughCommand("pdftoppm", args, pdf, { timeoutMs: 60_000 }));
  }
  return pages;
}

/** A deterministic "phone photo" of a scanned page. */
export async function phonePhoto(scanPng: Buffer, seed = 0): Promise<Buffer> {
  const angle = 3 + (seed % 5); // 3–7°
  const sign = seed % 2 === 0 ? 1 : -1;
  // The page on a dark table, with some room around it, turned.
  const onTable = await sharp(scanPng)
    .toColourspace("srgb")
    .extend({ top: 120, bottom: 120, left: 120, right: 120, background: "#3a342e" })
    .rotate(sign * angle, { background: "#3a342e" })
    .blur(0.8)
    .toBuffer({ resolveWithObject: true });
  const { width, height } = onTable.info;
  // Light from one corner: 100 % down to about 55 %.
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#ffffff"/><stop offset="1" stop-color="#8c8c8c"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`,
  );
  // A phone's 12 MP frame: 3024 × 4032.
  return sharp(
    await sharp(onTable.data)
      .composite([{ input: gradient, blend: "multiply" }])
      .png()
      .toBuffer(),
  )
    .resize({ width: 3024, height: 4032, fit: "inside" })
    .jpeg({ quality: 60 })
    .toBuffer();
}

/** Whitespace collapsed, typographic quotes and dashes made plain, for a fair comparison. */
export function normaliseForCer(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[‘’‚]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Levenshtein distance, two rows. */
export function levenshtein(a: string, b: string): number {
  let prev = new Uint32Array(b.length + 1);
  let curr = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min((prev[j] as number) + 1, (curr[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length] as number;
}

/** Character error rate of recognised text against the original (0..1). */
export function cer(original: string, recognised: string): number {
  const a = normaliseForCer(original);
  return levenshtein(a, normaliseForCer(recognised)) / Math.max(1, a.length);
}

/** Dates, amounts and IBANs of the original letter, and how many of each the OCR text gives exactly. */
export function factRecovery(
  original: string,
  recognised: string,
  lang: Language,
): { dates: [number, number]; amounts: [number, number]; ibans: [number, number] } {
  const options = { today: "2026-03-20", messageLang: lang };
  const a = extractFacts(original, lang, options);
  const b = extractFacts(recognised, lang, options);
  const count = (want: string[], got: string[]): [number, number] => {
    const pool = [...got];
    let found = 0;
    for (const w of want) {
      const i = pool.indexOf(w);
      if (i >= 0) {
        found++;
        pool.splice(i, 1);
      }
    }
    return [found, want.length];
  };
  return {
    dates: count(
      a.dates.map((d) => d.iso),
      b.dates.map((d) => d.iso),
    ),
    amounts: count(
      a.amounts.map((m) => m.value.toFixed(2)),
      b.amounts.map((m) => m.value.toFixed(2)),
    ),
    ibans: count(
      a.ibans.map((i) => i.value),
      b.ibans.map((i) => i.value),
    ),
  };
}

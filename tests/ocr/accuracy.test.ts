/**
 * OCR accuracy with real tesseract, sharp and Chromium: test letters printed to A4, rasterised at 300 DPI ("scans")
 * and turned into "phone photos" (turned 3–7°, blurred, uneven light, JPEG 60), all in memory. Aims: character error
 * rate under 2 % on scans and 5 % on photos; dates and amounts at least 95 % exact on scans.
 * To stay fast on two cores: three scans and two photos, first page only (the letter cut to what fits on it).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScanReader, type ScanReader } from "../../src/ocr/read.ts";
import { type BrowserPool, createBrowserPool } from "../../src/render/browser-pool.ts";
import { createPool } from "../../src/util/pool.ts";
import { fixtureLetters } from "../helpers/fixtures.ts";
import { cer, factRecovery, letterPdf, pdfPageCount, phonePhoto, rasterise } from "../helpers/scans.ts";

let browser: BrowserPool;
let reader: ScanReader;
beforeAll(() => {
  browser = createBrowserPool({ pages: 1 });
  reader = createScanReader({ pool: createPool({ concurrency: 2, maxQueue: 10 }) });
});
afterAll(() => browser.close());

/** The letter up to about one printed page: whole paragraphs, at most `limit` characters. */
function firstPage(text: string, limit: number): string {
  let out = "";
  for (const paragraph of text.split(/\n\n/)) {
    if (out && out.length + paragraph.length > limit) break;
    out += (out ? "\n\n" : "") + paragraph;
  }
  return out;
}

const letters = fixtureLetters();
const letter = (name: string) => {
  const found = letters.find((l) => l.name === name);
  if (!found) throw new Error(`no test letter ${name}`);
  return found;
};

/** The first printed page and exactly the text on it: paragraphs are dropped from the end until it fits one page. */
async function page(full: string, font: "serif" | "sans"): Promise<{ text: string; png: Buffer }> {
  for (let limit = 2400; limit >= 800; limit -= 300) {
    const text = firstPage(full, limit);
    const pdf = await letterPdf(text, { pool: browser, font });
    if (pdfPageCount(pdf) !== 1) continue;
    const [png] = await rasterise(pdf);
    if (png) return { text, png };
  }
  throw new Error("no one-page excerpt");
}

describe("OCR of 300 DPI scans", () => {
  it("reads Dutch, French and German letters with CER < 2 % and ≥ 95 % of dates and amounts exact", async () => {
    const picks = [
      { ...letter("ocmw-terugvordering"), font: "serif" as const },
      { ...letter("cpas-revenu-integration"), font: "sans" as const },
      { ...letter("oshz-entscheidung"), font: "serif" as const },
    ];
    const results = await Promise.all(
      picks.map(async (l) => {
        const { text, png } = await page(l.text, l.font);
        const doc = await reader.readImage(png, "auto");
        return { name: l.name, cer: cer(text, doc.text), facts: factRecovery(text, doc.text, l.expect.lang), doc };
      }),
    );
    let found = 0;
    let total = 0;
    for (const r of results) {
      expect(r.cer, r.name).toBeLessThan(0.02);
      expect(r.doc.pages).toBe(1);
      expect(r.doc.meanConfidence).toBeGreaterThan(80);
      for (const w of r.doc.words) expect(r.doc.text.slice(w.start, w.end)).toBe(w.text);
      found += r.facts.dates[0] + r.facts.amounts[0];
      total += r.facts.dates[1] + r.facts.amounts[1];
    }
    expect(total).toBeGreaterThan(5);
    expect(found / total).toBeGreaterThanOrEqual(0.95);
  }, 240_000);
});

describe("OCR of phone photos", () => {
  it("straightens, evens the light and reads with CER < 5 %", async () => {
    const picks = [
      { ...letter("ziekenhuis-factuur"), font: "serif" as const, seed: 2 },
      { ...letter("english-municipality"), font: "sans" as const, seed: 5 },
    ];
    const results = await Promise.all(
      picks.map(async (l) => {
        const { text, png } = await page(l.text, l.font);
        const doc = await reader.readImage(await phonePhoto(png, l.seed), "auto");
        return { name: l.name, cer: cer(text, doc.text), facts: factRecovery(text, doc.text, l.expect.lang) };
      }),
    );
    for (const r of results) {
      expect(r.cer, r.name).toBeLessThan(0.05);
      const [found, total] = [r.facts.dates[0] + r.facts.amounts[0], r.facts.dates[1] + r.facts.amounts[1]];
      expect(found / Math.max(1, total), r.name).toBeGreaterThanOrEqual(0.9);
    }
  }, 240_000);
});

/**
 * OCR speed and accuracy over all test letters, with real Chromium, pdftoppm, sharp and tesseract, in memory: each
 * letter printed to A4 and rasterised at 300 DPI ("scan"), and a "phone photo" made from each page (turned 3–7°, blurred,
 * uneven light, JPEG 60). Seconds per page for scans and photos (one at a time), pages per minute through the OCR pool
 * (two at once), character error rate (mean and worst) and the share of dates, amounts and IBANs read exactly.
 */
import { extractFacts } from "../src/analysis/facts/index.ts";
import type { OcrLang } from "../src/ocr/engine.ts";
import { createScanReader, ScanError } from "../src/ocr/read.ts";
import { createBrowserPool } from "../src/render/browser-pool.ts";
import { createPool } from "../src/util/pool.ts";
import { fixtureLetters } from "../tests/helpers/fixtures.ts";
import { cer, factRecovery, letterPdf, phonePhoto, rasterise } from "../tests/helpers/scans.ts";

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

export async function benchOcr(options: { lang?: OcrLang } = {}): Promise<Record<string, number>> {
  const lang = options.lang ?? "auto";
  const browser = createBrowserPool({ pages: 2 });
  const letters = fixtureLetters();
  const docs: { name: string; text: string; lang: (typeof letters)[number]["expect"]["lang"]; pages: Buffer[] }[] = [];
  try {
    for (const [i, l] of letters.entries()) {
      const pdf = await letterPdf(l.text, { pool: browser, font: i % 2 ? "sans" : "serif" });
      docs.push({ name: l.name, text: l.text, lang: l.expect.lang, pages: await rasterise(pdf) });
    }
  } finally {
    await browser.close();
  }
  const sequential = createScanReader({ pool: createPool({ concurrency: 1, maxQueue: 100 }) });
  const readAll = async (pages: Buffer[]) => {
    const texts: string[] = [];
    // A last page with only a greeting is "unreadable" on its own (too little text); in a document it is kept.
    for (const page of pages)
      texts.push(
        await sequential.readImage(page, lang).then(
          (d) => d.text,
          (error: unknown) => {
            if (error instanceof ScanError && error.reason === "unreadable") return "";
            throw error;
          },
        ),
      );
    return texts.join("\n\n");
  };

  const totals = {
    scan: { seconds: 0, pages: 0, cer: [] as number[], dates: [0, 0], amounts: [0, 0], ibans: [0, 0] },
    photo: { seconds: 0, pages: 0, cer: [] as number[], dates: [0, 0], amounts: [0, 0], ibans: [0, 0] },
  };
  for (const [i, doc] of docs.entries()) {
    const photos = await Promise.all(doc.pages.map((p, j) => phonePhoto(p, i + j)));
    for (const [kind, pages] of [
      ["scan", doc.pages],
      ["photo", photos],
    ] as const) {
      const t0 = performance.now();
      const text = await readAll(pages);
      const t = totals[kind];
      t.seconds += (performance.now() - t0) / 1000;
      t.pages += pages.length;
      t.cer.push(cer(doc.text, text));
      const r = factRecovery(doc.text, text, doc.lang);
      for (const key of ["dates", "amounts", "ibans"] as const) {
        t[key][0] = (t[key][0] ?? 0) + r[key][0];
        t[key][1] = (t[key][1] ?? 0) + r[key][1];
      }
    }
  }

  // Throughput: every scan page at once through the pool as the server would run it (two pages at a time).
  const pooled = createScanReader({ pool: createPool({ concurrency: 2, maxQueue: 100 }) });
  const allPages = docs.flatMap((d) => d.pages);
  const t0 = performance.now();
  await Promise.all(allPages.map((p) => pooled.readImage(p, lang).catch(() => undefined)));
  const pagesPerMinute = allPages.length / ((performance.now() - t0) / 60_000);

  // Facts the originals have at all (to read the shares below).
  const originalFacts = docs.reduce((n, d) => {
    const f = extractFacts(d.text, d.lang, { today: "2026-03-20" });
    return n + f.dates.length + f.amounts.length + f.ibans.length;
  }, 0);
  const share = (x: number[]) => round((x[0] as number) / Math.max(1, x[1] as number));
  const out: Record<string, number> = { "ocr.letters": docs.length, "ocr.facts_in_originals": originalFacts };
  for (const kind of ["scan", "photo"] as const) {
    const t = totals[kind];
    out[`ocr.${kind}.pages`] = t.pages;
    out[`ocr.${kind}.seconds_per_page`] = round(t.seconds / Math.max(1, t.pages), 2);
    out[`ocr.${kind}.cer_mean`] = round(t.cer.reduce((a, b) => a + b, 0) / Math.max(1, t.cer.length), 4);
    out[`ocr.${kind}.cer_max`] = round(Math.max(...t.cer), 4);
    out[`ocr.${kind}.dates_exact`] = share(t.dates);
    out[`ocr.${kind}.amounts_exact`] = share(t.amounts);
    out[`ocr.${kind}.ibans_exact`] = share(t.ibans);
  }
  out["ocr.pool.pages_per_minute"] = round(pagesPerMinute, 1);
  return out;
}

// Run on its own: npx tsx bench/ocr.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  benchOcr().then((r) => console.log(JSON.stringify(r, null, 2)));
}

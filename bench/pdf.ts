/**
 * PDF speed: p50/p99 per PDF and PDFs per second at 4 concurrent requests, once with the warm browser pool and once
 * with a fresh Chromium launched for every PDF (what a naive renderer does), and the ratio between the two.
 */
import { createBrowserPool } from "../src/render/browser-pool.ts";
import { baseCss } from "../src/render/fonts.ts";
import { renderPdf } from "../src/render/pdf.ts";
import { percentile } from "./stats.ts";

const CONCURRENCY = 4;

const paragraphs = [
  "U hebt een brief gekregen van de FOD Financiën over uw belastingen van 2025.",
  "U moet 1.245,60 euro betalen. Betaal vóór 30 juni 2026 met de overschrijving onderaan.",
  "Bent u het niet eens? Dan kunt u bezwaar maken binnen 6 maanden na de datum van de brief.",
  "Hebt u vragen? Bel gratis naar 0800 12 345 of kom langs aan het loket van uw gemeente.",
];

/** A one-page explained letter: headings, text, a small table, the inlined font. */
const SAMPLE = `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><title>Uw brief uitgelegd</title>
<style>${baseCss()} body { font-size: 16pt; line-height: 1.5; margin: 20mm; } td, th { padding: 4pt 8pt; }</style></head>
<body><main><h1>Uw brief uitgelegd</h1><h2>Wat staat erin?</h2>${paragraphs.map((p) => `<p>${p}</p>`).join("")}
<h2>Wat moet u doen?</h2><table><tr><th scope="row">Bedrag</th><td>1.245,60 euro</td></tr>
<tr><th scope="row">Uiterlijk</th><td>30 juni 2026</td></tr></table></main></body></html>`;

const OPTIONS = { title: "Uw brief uitgelegd", lang: "nl-BE" } as const;

/** Runs `total` jobs with `CONCURRENCY` at a time; returns each job's time and the wall time, in ms. */
async function measure(total: number, job: () => Promise<unknown>): Promise<{ times: number[]; wallMs: number }> {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      next++;
      const t0 = performance.now();
      await job();
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { times, wallMs: performance.now() - started };
}

export async function benchPdf(): Promise<Record<string, number>> {
  const pool = createBrowserPool({ pages: CONCURRENCY, maxQueue: 64 });
  let warm: { times: number[]; wallMs: number };
  try {
    await pool.warmUp();
    await Promise.all(Array.from({ length: CONCURRENCY }, () => renderPdf(SAMPLE, { ...OPTIONS, pool })));
    warm = await measure(40, () => renderPdf(SAMPLE, { ...OPTIONS, pool }));
  } finally {
    await pool.close();
  }

  // The same render path, but a browser started and closed for each PDF.
  const cold = await measure(8, async () => {
    const once = createBrowserPool({ pages: 1, maxQueue: 0 });
    try {
      await renderPdf(SAMPLE, { ...OPTIONS, pool: once });
    } finally {
      await once.close();
    }
  });

  const warmPerSecond = (warm.times.length / warm.wallMs) * 1000;
  const coldPerSecond = (cold.times.length / cold.wallMs) * 1000;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    pdf_warm_p50_ms: round(percentile(warm.times, 50)),
    pdf_warm_p99_ms: round(percentile(warm.times, 99)),
    pdf_warm_per_second: round(warmPerSecond),
    pdf_cold_p50_ms: round(percentile(cold.times, 50)),
    pdf_cold_p99_ms: round(percentile(cold.times, 99)),
    pdf_cold_per_second: round(coldPerSecond),
    pdf_warm_over_cold_throughput: round(warmPerSecond / coldPerSecond),
  };
}

/**
 * PDF speed: p50/p99 per PDF and PDFs per second at 4 concurrent requests, once with the warm browser pool and once
 * with a fresh Chromium launched for every PDF (what a naive renderer does), and the ratio between the two.
 */

import { readdirSync, readFileSync } from "node:fs";
import { createAnalyzer } from "../src/analysis/index.ts";
import { buildExplanation } from "../src/explanation/build.ts";
import { lexiconEntries, loadLexicon } from "../src/lexicon/load.ts";
import { type BrowserPool, createBrowserPool } from "../src/render/browser-pool.ts";
import { printHtml, printPdf } from "../src/render/letter-print.ts";
import { renderPdf } from "../src/render/pdf.ts";
import { percentile } from "./stats.ts";

const CONCURRENCY = 4;

/** The real printout of a one-page test letter's explanation: what the counter prints. */
async function sampleHtml(): Promise<string> {
  const lexicon = loadLexicon({ overlayDir: "" });
  const analyzer = createAnalyzer({ lexicons: lexiconEntries(lexicon), commonWords: lexicon.commonWords });
  const text = readFileSync(new URL("../tests/fixtures/letters/ocmw-terugvordering.txt", import.meta.url), "utf8");
  const analysis = analyzer.analyze(text, { today: "2026-03-10" });
  const explanation = buildExplanation({
    text,
    analysis,
    uiLang: "nl",
    today: "2026-03-10",
    entry: (id) => analyzer.entry("nl", id),
    compounds: lexicon.compounds,
  });
  return printHtml(explanation, { printedOn: "2026-03-10" });
}

const OPTIONS = { title: "Uw brief uitgelegd", lang: "nl-BE" } as const;

/** Runs `total` jobs with `CONCURRENCY` at a time; returns each job's time and the wall time, in ms. */
async function measure(
  total: number,
  job: () => Promise<unknown>,
  concurrency = CONCURRENCY,
): Promise<{ times: number[]; wallMs: number }> {
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
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { times, wallMs: performance.now() - started };
}

export async function benchPdf(): Promise<Record<string, number>> {
  const SAMPLE = await sampleHtml();
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

/**
 * The first essentials printout of a letter (nothing cached: explanation → HTML → PDF) with the warm pool, one at a
 * time and 4 at a time, over explanations of corpus letters in four languages; for comparison, 4 at a time with the
 * whole document set into the page for every PDF, and with a fresh browser context for every PDF. `npx tsx bench/run.ts pdf-essentials` runs it alone.
 */
export async function benchPdfEssentials(total = 16): Promise<Record<string, number>> {
  const lexicon = loadLexicon({ overlayDir: "" });
  const analyzer = createAnalyzer({ lexicons: lexiconEntries(lexicon), commonWords: lexicon.commonWords });
  const corpus = new URL("../tests/corpus/", import.meta.url).pathname;
  const explanations = (["nl", "fr", "de", "en"] as const).flatMap((lang) =>
    readdirSync(`${corpus}${lang}`)
      .filter((f) => f.endsWith(".txt"))
      .slice(0, 3)
      .map((f) => {
        const text = readFileSync(`${corpus}${lang}/${f}`, "utf8");
        const analysis = analyzer.analyze(text, { lang, today: "2026-12-01" });
        return buildExplanation({
          text,
          analysis,
          uiLang: lang,
          today: "2026-12-01",
          entry: (id) => analyzer.entry(lang, id),
          compounds: lexicon.compounds,
        });
      }),
  );
  const run = (pool: BrowserPool, concurrency: number) => {
    let i = 0;
    return measure(
      total,
      () =>
        printPdf(explanations[i++ % explanations.length] as (typeof explanations)[number], {
          printedOn: "2026-12-01",
          pool,
        }),
      concurrency,
    );
  };
  const warmPool = async (reusePages: boolean) => {
    const pool = createBrowserPool({ pages: CONCURRENCY, maxQueue: 64, reusePages });
    await pool.warmUp();
    // Warm-up, once per process: templates, hyphenation patterns of each language, and a page per slot holding the
    // print styles and fonts. Nothing of a letter is cached, so each measured PDF is that letter's first.
    let i = 0;
    await measure(explanations.length, () =>
      printPdf(explanations[i++] as (typeof explanations)[number], { printedOn: "2026-12-01", pool }),
    );
    return pool;
  };
  const warm = await warmPool(true);
  let one: Awaited<ReturnType<typeof run>>;
  let four: Awaited<ReturnType<typeof run>>;
  let whole: Awaited<ReturnType<typeof run>>;
  try {
    one = await run(warm, 1);
    four = await run(warm, CONCURRENCY);
    // The whole document (styles and fonts inlined) set into the page for every PDF, as before renderPdfBody.
    let i = 0;
    whole = await measure(total, async () => {
      const e = explanations[i++ % explanations.length] as (typeof explanations)[number];
      const html = await printHtml(e, { printedOn: "2026-12-01" });
      return renderPdf(html, { title: e.title, lang: e.uiLang, pool: warm });
    });
  } finally {
    await warm.close();
  }
  // The same with a fresh browser context for every PDF (the pool before pages were kept warm), for comparison.
  const freshPool = await warmPool(false);
  let fresh: Awaited<ReturnType<typeof run>>;
  try {
    fresh = await run(freshPool, CONCURRENCY);
  } finally {
    await freshPool.close();
  }
  const perSecond = (m: { times: number[]; wallMs: number }) => Math.round((m.times.length / m.wallMs) * 100_000) / 100;
  return {
    pdf_essentials_1_p50_ms: Math.round(percentile(one.times, 50)),
    pdf_essentials_1_p99_ms: Math.round(percentile(one.times, 99)),
    pdf_essentials_1_per_second: perSecond(one),
    pdf_essentials_p50_ms: Math.round(percentile(four.times, 50)),
    pdf_essentials_p99_ms: Math.round(percentile(four.times, 99)),
    pdf_essentials_per_second: perSecond(four),
    pdf_essentials_whole_document_p50_ms: Math.round(percentile(whole.times, 50)),
    pdf_essentials_whole_document_per_second: perSecond(whole),
    pdf_essentials_fresh_context_p50_ms: Math.round(percentile(fresh.times, 50)),
    pdf_essentials_fresh_context_p99_ms: Math.round(percentile(fresh.times, 99)),
  };
}

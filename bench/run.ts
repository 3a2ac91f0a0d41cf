/**
 * `npm run bench`: prints the numbers that the issues ask for, then the ratios against the peers side by side. The
 * parts run one after the other in this process, each peer in the same run as what it is compared with.
 * `npm run bench -- kiosk cli` runs only those parts; `npm run bench -- all` runs every part, OCR too.
 */
import { availableParallelism, cpus } from "node:os";
import { benchAnalysis } from "./analysis.ts";

import { benchAudio, benchAudioCorpus } from "./audio.ts";
import { benchAudit } from "./audit.ts";
import { benchCli } from "./cli.ts";

import { benchKiosk } from "./kiosk.ts";
import { benchLexicon } from "./lexicon.ts";
import { benchLoad } from "./load.ts";
import { benchOcr } from "./ocr.ts";
import { benchPdf, benchPdfEssentials } from "./pdf.ts";
import { benchQuality } from "./quality.ts";
import { benchWorkbench } from "./workbench.ts";

/** [name, run, in the default run] */
const parts: [string, () => Promise<Record<string, number>>, boolean][] = [
  // `klaar analyze --json` as a whole process against a retext process on the same letter.
  ["cli", benchCli, true],
  ["analysis", benchAnalysis, true],
  ["lexicon", benchLexicon, true],
  ["pdf", benchPdf, false],
  // The first essentials printout of a letter, 4 concurrent (issue 13: p50 ≤ 300 ms with the warm pool).
  ["pdf-essentials", () => benchPdfEssentials(), true],
  ["audio", benchAudio, false],
  // The essentials track of every corpus letter, its length by soxi (issue 13: ≥ 90 % ≤ 60 s).
  ["audio-corpus", () => benchAudioCorpus(), false],
  ["workbench", benchWorkbench, false],
  ["kiosk", benchKiosk, true],
  ["audit", benchAudit, true],
  ["quality", benchQuality, true],
  ["load", benchLoad, false],
  // OCR of 22 scanned and 22 photographed pages takes several minutes: `npm run bench -- ocr` runs it alone.
  ["ocr", benchOcr, false],
];

/** The figures the speed issue checks, in the summary at the end. */
const SUMMARY = [
  "CLI vs retext process time ratio",
  "klaar vs retext speed ratio",
  "analysis p50 ms/letter",
  "analysis 1 MB ms",
  "kiosk vs bare route req/s ratio",
  "kiosk vs bare route p99 ratio",
  "audit seconds (whole process)",
];

const only = process.argv.slice(2);
const all = only.includes("all");
const figures = new Map<string, number>();
for (const [name, run, byDefault] of parts) {
  if (all ? false : only.length ? !only.includes(name) : !byDefault) continue;
  const results = await run();
  console.log(`\n== ${name}`);
  for (const [key, value] of Object.entries(results)) {
    console.log(`${key.padEnd(40)} ${value}`);
    figures.set(key, value);
  }
}
const summary = SUMMARY.filter((key) => figures.has(key));
if (summary.length) {
  console.log(
    `\n== summary (${availableParallelism()} cores, ${cpus()[0]?.model ?? "unknown CPU"}, node ${process.version})`,
  );
  for (const key of summary) console.log(`${key.padEnd(40)} ${figures.get(key)}`);
}
process.exit(0);

/** `npm run bench`: prints the numbers that the issues ask for. The parts run one after the other in this process. */
import { benchAnalysis } from "./analysis.ts";
import { benchAudio, benchAudioCorpus } from "./audio.ts";
import { benchKiosk } from "./kiosk.ts";
import { benchLexicon } from "./lexicon.ts";
import { benchLoad } from "./load.ts";
import { benchOcr } from "./ocr.ts";
import { benchPdf, benchPdfEssentials } from "./pdf.ts";
import { benchQuality } from "./quality.ts";
import { benchWorkbench } from "./workbench.ts";

const parts: [string, () => Promise<Record<string, number>>][] = [
  ["analysis", benchAnalysis],
  ["lexicon", benchLexicon],
  ["pdf", benchPdf],
  // The first essentials printout of a letter, 4 concurrent (issue 13: p50 ≤ 300 ms with the warm pool).
  ["pdf-essentials", () => benchPdfEssentials()],
  ["audio", benchAudio],
  // The essentials track of every corpus letter, its length by soxi (issue 13: ≥ 90 % ≤ 60 s).
  ["audio-corpus", () => benchAudioCorpus()],
  ["workbench", benchWorkbench],
  ["kiosk", benchKiosk],
  ["quality", benchQuality],
  ["load", benchLoad],
  // OCR of 22 scanned and 22 photographed pages takes several minutes: `npm run bench -- ocr` runs it alone.
  ["ocr", benchOcr],
];

const only = process.argv.slice(2);
for (const [name, run] of parts) {
  if (only.length && !only.includes(name)) continue;
  const results = await run();
  console.log(`\n== ${name}`);
  for (const [key, value] of Object.entries(results)) console.log(`${key.padEnd(40)} ${value}`);
}
process.exit(0);

/** Speech: seconds of synthesis per spoken summary of each test letter, and the length of the audio. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createAnalyzer } from "../src/analysis/index.ts";
import { buildExplanation } from "../src/explanation/build.ts";
import { acronymReader, speechScript } from "../src/explanation/speech.ts";
import { lexiconEntries, loadLexicon } from "../src/lexicon/load.ts";
import { createEspeakEngine } from "../src/speech/espeak.ts";
import { readWavInfo } from "../src/speech/wav.ts";
import { percentile } from "./stats.ts";

const FIXTURES = new URL("../tests/fixtures/letters/", import.meta.url).pathname;

export async function benchAudio(): Promise<Record<string, number>> {
  const lexicon = loadLexicon({ overlayDir: "" });
  const lexicons = lexiconEntries(lexicon);
  const analyzer = createAnalyzer({ lexicons, commonWords: lexicon.commonWords });
  const engine = createEspeakEngine();
  const times: number[] = [];
  const durations: number[] = [];
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith(".txt"))) {
    const text = readFileSync(join(FIXTURES, file), "utf8");
    const analysis = analyzer.analyze(text, { today: "2026-03-10" });
    const explanation = buildExplanation({
      text,
      analysis,
      uiLang: analysis.language,
      today: "2026-03-10",
      entry: (id) => analyzer.entry(analysis.language, id),
      compounds: lexicon.compounds,
    });
    const script = speechScript(explanation, acronymReader(lexicons[analysis.language]));
    const t0 = performance.now();
    const wav = await engine.synthesize(script.ssml, { lang: script.lang, ssml: true });
    times.push(performance.now() - t0);
    durations.push(readWavInfo(wav).durationSeconds);
  }
  return {
    "audio summaries": times.length,
    "audio synthesis p50 ms/summary": Math.round(percentile(times, 50)),
    "audio synthesis max ms/summary": Math.round(Math.max(...times)),
    "audio length p50 s/summary": Math.round(percentile(durations, 50)),
  };
}

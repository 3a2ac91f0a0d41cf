/**
 * Speech: seconds of synthesis per spoken summary of each test letter, and the length of the audio. `audio-corpus`:
 * the essentials track (audio.wav) of every corpus letter at the default rate, its length by soxi, the median and the
 * share under a minute (issue 13: ≥ 90 %).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAnalyzer } from "../src/analysis/index.ts";
import { buildExplanation } from "../src/explanation/build.ts";
import { acronymReader, speechScript } from "../src/explanation/speech.ts";
import { createExplainer } from "../src/letters/explain.ts";
import { lexiconEntries, loadLexicon } from "../src/lexicon/load.ts";
import { estimateSeconds } from "../src/speech/duration.ts";
import { createEspeakEngine } from "../src/speech/espeak.ts";
import { readWavInfo } from "../src/speech/wav.ts";
import { loadCorpus } from "./corpus.ts";
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

/** The length in seconds as soxi -D reads it (the measure); the WAV header's when sox is not installed. */
function soxiSeconds(wav: Buffer, dir: string): number {
  const file = join(dir, "a.wav");
  writeFileSync(file, wav);
  try {
    return Number(execFileSync("soxi", ["-D", file], { encoding: "utf8" }).trim());
  } catch {
    return readWavInfo(wav).durationSeconds;
  } finally {
    rmSync(file, { force: true });
  }
}

/** The essentials track of every corpus letter (tests/corpus/{nl,fr,de,en}), explained in the letter's language. */
export async function benchAudioCorpus(today = "2026-12-01"): Promise<Record<string, number>> {
  const lexicon = loadLexicon({ overlayDir: "" });
  const lexicons = lexiconEntries(lexicon);
  const analyzer = createAnalyzer({ lexicons, commonWords: lexicon.commonWords });
  const explain = createExplainer({ analyzer, lexicons, compounds: lexicon.compounds, longSentenceWords: 20 });
  const engine = createEspeakEngine();
  const dir = mkdtempSync(join(tmpdir(), "klaar-bench-"));
  const seconds: number[] = [];
  const words: number[] = [];
  try {
    for (const letter of loadCorpus()) {
      const { speeches } = explain({ text: letter.text, lang: letter.lang, uiLang: letter.lang }, today);
      const script = speeches.essentials;
      const wav = await engine.synthesize(script.ssml, { lang: script.lang, ssml: true });
      const s = soxiSeconds(wav, dir);
      seconds.push(s);
      words.push(script.words);
      const estimate = estimateSeconds(script.ssml, script.lang);
      console.log(
        `${letter.id.padEnd(52)} ${s.toFixed(1).padStart(5)} s (estimate ${estimate.toFixed(1).padStart(5)}) ${String(script.words).padStart(4)} words`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const under = seconds.filter((s) => s <= 60).length;
  return {
    "essentials tracks": seconds.length,
    "essentials length p50 s": Math.round(percentile(seconds, 50) * 10) / 10,
    "essentials length p90 s": Math.round(percentile(seconds, 90) * 10) / 10,
    "essentials length max s": Math.round(Math.max(...seconds) * 10) / 10,
    "essentials ≤ 60 s (%)": Math.round((100 * under) / seconds.length),
    "essentials words p50": percentile(words, 50),
  };
}

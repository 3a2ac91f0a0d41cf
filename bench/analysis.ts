/**
 * Analysis speed: letters per second, p50/p99 per one-page letter, MB/s on 1 MB of letters, peak RSS, and the same
 * English letters through retext (english + readability + simplify + passive) as a peer baseline.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { retext } from "retext";
import retextPassive from "retext-passive";
import retextReadability from "retext-readability";
import retextSimplify from "retext-simplify";
import { createAnalyzer } from "../src/analysis/index.ts";
import { LANGUAGES } from "../src/analysis/types.ts";
import { hasWordTable } from "../src/analysis/word-facts.ts";
import { forgetWords } from "../src/analysis/word-memo.ts";
import { lexiconEntries, loadLexicon } from "../src/lexicon/load.ts";
import { percentile, timeMs } from "./stats.ts";

const FIXTURES = new URL("../tests/fixtures/letters/", import.meta.url).pathname;

export async function benchAnalysis(): Promise<Record<string, number>> {
  const lexicon = loadLexicon({ overlayDir: "" });
  const analyzer = createAnalyzer({ lexicons: lexiconEntries(lexicon), commonWords: lexicon.commonWords });
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".txt"));
  const letters = files.map((f) => readFileSync(join(FIXTURES, f), "utf8"));
  const options = { letterDate: "2026-03-03", today: "2026-03-10" };
  for (const text of letters) analyzer.analyze(text, options); // warm up lazy indexes and JIT

  // The same letters come back round after round: the word memos (src/analysis/word-memo.ts) are emptied before each
  // one, so every letter is measured as a new visitor's letter whose words were never seen. A second series keeps
  // the memos, as a server that has seen the same words minutes before (the "remembered" figure). The word tables
  // (src/analysis/word-table.ts: stems and syllables of the common words, made at build time from the word lists)
  // are static data, not words of earlier letters: they are used in both series when the build made them.
  const rounds = 200;
  const times: number[] = [];
  const remembered: number[] = [];
  let measuring = 0;
  for (let r = 0; r < rounds; r++)
    for (const text of letters) {
      forgetWords();
      const t0 = performance.now();
      analyzer.analyze(text, options);
      const ms = performance.now() - t0;
      measuring += ms;
      times.push(ms);
    }
  const seconds = measuring / 1000;
  for (let r = 0; r < rounds / 4; r++)
    for (const text of letters) remembered.push(timeMs(() => analyzer.analyze(text, options)));

  // 1 MB: the letters repeated, as one text (a worst case for sentence and fact scanning).
  let big = "";
  while (big.length < 1_000_000) big += `${letters.join("\n\n")}\n\n`;
  big = big.slice(0, 1_000_000);
  forgetWords();
  const bigMs = timeMs(() => analyzer.analyze(big, { ...options, lang: "nl" }));

  // Peer baseline on the English letters only.
  const english = letters.filter((_, i) => files[i]?.startsWith("english"));
  const processor = retext().use(retextReadability).use(retextSimplify).use(retextPassive);
  for (const text of english) await processor.process(text);
  const retextTimes: number[] = [];
  const klaarTimes: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const text of english) {
      const t0 = performance.now();
      await processor.process(text);
      retextTimes.push(performance.now() - t0);
      forgetWords();
      klaarTimes.push(timeMs(() => analyzer.analyze(text, { ...options, lang: "en" })));
    }
  }
  const retextP50 = percentile(retextTimes, 50);
  const klaarEnglishP50 = percentile(klaarTimes, 50);
  return {
    "analysis letters": letters.length,
    "analysis word tables (languages)": LANGUAGES.filter(hasWordTable).length,
    "analysis letters/s": Math.round((letters.length * rounds) / seconds),
    "analysis p50 ms/letter": percentile(times, 50),
    "analysis p99 ms/letter": percentile(times, 99),
    "analysis p50 ms/letter, words remembered": percentile(remembered, 50),
    "analysis 1 MB ms": Math.round(bigMs),
    "analysis MB/s": Math.round((1 / (bigMs / 1000)) * 100) / 100,
    "analysis english p50 ms": klaarEnglishP50,
    "retext english p50 ms": retextP50,
    "klaar vs retext speed ratio": Math.round((retextP50 / klaarEnglishP50) * 10) / 10,
    "peak RSS MB": Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

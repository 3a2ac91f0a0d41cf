/**
 * The word tables made at build time (src/analysis/word-table.ts) hold the stems and syllable counts of the common
 * words: they must give exactly what the stemmer and the hyphenation patterns give, and a letter analysed with them
 * must come out exactly as one analysed without.
 */
import { afterAll, describe, expect, it } from "vitest";
import { GRAMMARS } from "../../src/analysis/grammar.ts";
import { syllablesOfLower } from "../../src/analysis/syllables.ts";
import { LANGUAGES } from "../../src/analysis/types.ts";
import { buildWordTable, syllablesOf, useWordTable } from "../../src/analysis/word-facts.ts";
import { forgetWords } from "../../src/analysis/word-memo.ts";
import { parseWordTable, type WordTable, wordTableHeader } from "../../src/analysis/word-table.ts";
import { tableWords } from "../../src/lexicon/compile.ts";
import { loadLexicon } from "../../src/lexicon/load.ts";
import { realAnalyzer } from "../helpers/analyzer.ts";
import { allLetterTexts } from "../helpers/fixtures.ts";

const lexicon = loadLexicon({ overlayDir: "" });
const tables = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, buildWordTable(lang, tableWords(lang, lexicon))]),
) as Record<(typeof LANGUAGES)[number], string>;
const parsed = Object.fromEntries(LANGUAGES.map((lang) => [lang, parseWordTable(lang, tables[lang])])) as Record<
  (typeof LANGUAGES)[number],
  WordTable | null
>;

afterAll(() => {
  // The other test files of this worker read the table the build made, as before.
  for (const lang of LANGUAGES) useWordTable(lang, undefined);
});

describe("word tables", () => {
  it("hold for every common word (and lexicon word, Dutch compound) the stem and syllables the live code gives", () => {
    for (const lang of LANGUAGES) {
      const table = parsed[lang];
      expect(table, lang).not.toBeNull();
      const words = [...(lexicon.commonWords[lang] ?? [])];
      const entries = [...(table?.entries() ?? [])];
      expect(entries.filter(([, , syllables]) => syllables > 0).length, lang).toBeGreaterThan(words.length * 0.99);
      // In place (the first look-ups) and from the map made after many: the same answers.
      for (const [word, stem, syllables] of entries.slice(0, 300))
        expect([table?.stem(word), table?.syllables(word)]).toEqual([stem, syllables || undefined]);
      for (const [word] of entries.slice(0, 6000)) table?.stem(word);
      for (const [word, stem, syllables] of entries.filter((_, i) => i % 50 === 0))
        expect([table?.stem(word), table?.syllables(word)]).toEqual([stem, syllables || undefined]);
      // The hash table (word-hash.ts) holds every word, with its stem and count.
      const wrong = entries.filter(
        ([word, stem, syllables]) => table?.stem(word) !== stem || table?.syllables(word) !== (syllables || undefined),
      );
      expect(wrong, lang).toEqual([]);
      for (const word of words.slice(0, 2000)) expect(table?.stem(`${word}zq`), word).toBeUndefined();
      expect(table?.stem(`${words[0]}zzq`)).toBeUndefined();
      let checked = 0;
      for (const [word, stem, syllables] of entries) {
        if (checked++ % 7 !== 0) continue;
        expect(stem, `${lang} ${word}`).toBe(GRAMMARS[lang].stem(word));
        if (syllables !== 0) expect(syllables, `${lang} ${word}`).toBe(syllablesOfLower(word, lang));
      }
    }
  });

  it("keep stems that are not a beginning of the word, and forms that are only stemmed", () => {
    const text = `${wordTableHeader("en")}\nbooked\t1\t2\ncomes\t1\t1\nhappy\t2\thappi\npaymen\t\t\npayment\t2\t\n`;
    const table = parseWordTable("en", text);
    expect(table?.stem("happy")).toBe("happi");
    expect(table?.stem("comes")).toBe("come");
    expect(table?.stem("booked")).toBe("book");
    expect(table?.syllables("payment")).toBe(2);
    expect(table?.stem("paymen")).toBe("paymen");
    expect(table?.syllables("paymen")).toBeUndefined();
    expect(table?.stem("unknown")).toBeUndefined();
  });

  it("are not used when made for other package versions, or when they disagree with the live code", () => {
    expect(parseWordTable("en", tables.en.replace(/natural [\d.]+/, "natural 0.0.1"))).toBeNull();
    // A wrong count among the sampled words (the first is always one): the whole table is refused.
    const lines = tables.en.split("\n");
    const wrong = lines.map((line, i) => (i === 1 ? line.replace(/\t\d+\t/, "\t31\t") : line)).join("\n");
    expect(useWordTable("en", parseWordTable("en", wrong))).toBe(false);
    expect(syllablesOf("en", "information")).toBe(4);
  });

  it("give the same analysis of every test and corpus letter as the live code", () => {
    const analyzer = realAnalyzer();
    const options = { letterDate: "2026-03-03", today: "2026-03-10" };
    for (const text of allLetterTexts()) {
      for (const lang of LANGUAGES) useWordTable(lang, null);
      forgetWords();
      const live = analyzer.analyze(text, options);
      for (const lang of LANGUAGES) expect(useWordTable(lang, parsed[lang]), lang).toBe(true);
      forgetWords();
      expect(analyzer.analyze(text, options)).toEqual(live);
    }
  });
});

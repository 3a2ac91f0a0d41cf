import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CEFR_LIMITS } from "../../src/analysis/cefr-calibration.ts";
import { GRAMMARS } from "../../src/analysis/grammar.ts";
import { measureReadability } from "../../src/analysis/readability.ts";
import { splitSentences, tokenize } from "../../src/analysis/tokenize.ts";
import { type CefrBand, LANGUAGES, type Language } from "../../src/analysis/types.ts";
import { reasonText } from "../../src/i18n/analysis.ts";
import { loadLexicon } from "../../src/lexicon/load.ts";

const commonWords = loadLexicon({ overlayDir: "" }).commonWords as Partial<Record<Language, ReadonlySet<string>>>;
const BANDS: CefrBand[] = ["A2", "B1", "B2", "C1+"];
const fixture = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");

function measure(text: string, lang: Language) {
  const tokens = tokenize(text, lang);
  return measureReadability({
    lang,
    tokens,
    sentences: splitSentences(text, tokens),
    commonWords: commonWords[lang],
    functionWords: GRAMMARS[lang].functionWords,
  });
}
const band = (text: string, lang: Language) => BANDS.indexOf(measure(text, lang).cefr.band);
const score = (text: string, lang: Language, id: string) => measure(text, lang).scores.find((s) => s.id === id)?.value;

describe("second formula per language", () => {
  it("LIX (fr): words per sentence plus the percentage of words of more than six letters", () => {
    // 7 words, 2 sentences, 1 long word ("enfants"): 3.5 + 100 / 7.
    expect(score("Le chat dort. Les enfants jouent dehors.", "fr", "lix")).toBe(17.8);
  });

  it("Wiener Sachtextformel (de): a school grade, higher for harder prose", () => {
    // 7 words, 2 sentences, no word of 3+ syllables or of more than 6 letters, 3 of one syllable.
    expect(score("Wir helfen Ihnen gern. Kommen Sie vorbei.", "de", "wiener-sachtextformel")).toBe(-1.7);
    const legal = fixture("fixtures/cefr/de-C1.txt");
    expect(score(legal, "de", "wiener-sachtextformel")).toBeGreaterThan(12);
  });
});

describe("CEFR estimate, calibrated per language", () => {
  it.each(LANGUAGES)(
    "%s: orders each set of calibration texts A2 ≤ B1 ≤ B2 ≤ C1, each within a band of its level",
    (lang) => {
      for (const set of ["", "-2"]) {
        const bands = ["A2", "B1", "B2", "C1"].map((b) => band(fixture(`fixtures/cefr/${lang}-${b}${set}.txt`), lang));
        expect(bands).toEqual([...bands].sort((a, b) => a - b));
        expect(bands[0]).toBeLessThan(bands[3] as number);
        bands.forEach((b, level) => {
          expect(Math.abs(b - level)).toBeLessThanOrEqual(1);
        });
      }
    },
  );

  it.each(LANGUAGES)("%s: rates the corpus letters (held out) B1 or harder, most of them B2 or harder", (lang) => {
    const dir = new URL(`../corpus/${lang}/`, import.meta.url);
    const bands = readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => band(readFileSync(new URL(f, dir), "utf8"), lang));
    expect(Math.min(...bands)).toBeGreaterThanOrEqual(1);
    expect(bands.filter((b) => b >= 2).length / bands.length).toBeGreaterThan(0.5);
  });

  it("rates the plain Dutch samples B1 or easier and orders the LiNT-II level texts", () => {
    expect(band(fixture("fixtures/lint-ii/lint2_level1.txt"), "nl")).toBeLessThanOrEqual(1);
    expect(band(fixture("fixtures/letters/ocmw-plain-good.txt"), "nl")).toBeLessThanOrEqual(1);
    const lint = [1, 2, 3, 4].map((l) => band(fixture(`fixtures/lint-ii/lint2_level${l}.txt`), "nl"));
    expect(lint).toEqual([...lint].sort((a, b) => a - b));
    expect(lint[0]).toBeLessThan(lint[3] as number);
  });

  it("gives its reasons with the language's B1 limit", () => {
    const hard = measure(fixture("fixtures/cefr/fr-C1.txt"), "fr");
    expect(hard.cefr.band).toBe("C1+");
    const b1 = CEFR_LIMITS.fr.meanSentenceLength?.[1];
    const reasons = hard.cefr.why.map((r) => reasonText("fr", r)).join(" ");
    expect(reasons).toContain(`: niveau C1+ (B1 : ${b1} au plus).`);
    expect(reasons).toMatch(/Phrases de \d+(\.\d)? mots en moyenne/);
  });
});

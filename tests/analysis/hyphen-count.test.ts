/**
 * Syllable counts come from the hyphenation patterns, counted without the hyphen package's caches
 * (src/analysis/hyphen-count.ts): the count must be exactly what the package's own hyphenator gives, for every word.
 * The first 300 words of a language are read from the package's trie, the rest from its copy in typed arrays: the
 * lists below hold tens of thousands, so both readings are compared.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  countableWord,
  type FlatPatterns,
  type HyphenPatterns,
  hyphenPieces,
} from "../../src/analysis/hyphen-count.ts";
import { hyphenate, hyphenPatterns } from "../../src/analysis/syllables.ts";
import { tokenize } from "../../src/analysis/tokenize.ts";
import { LANGUAGES } from "../../src/analysis/types.ts";
import { allLetterTexts } from "../helpers/fixtures.ts";

const require = createRequire(import.meta.url);
const MODULES = { nl: "hyphen/nl", fr: "hyphen/fr", de: "hyphen/de", en: "hyphen/en-gb" } as const;
const HYPHEN = "\u00AD";
type Hyphenate = (text: string, options: { hyphenChar: string; minWordLength: number }) => string;

const commonWords = (lang: string) =>
  readFileSync(new URL(`../../lexicon/data/${lang}-common-words.txt`, import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line && !line.startsWith("#"));

describe("syllable pieces from the hyphenation patterns", () => {
  for (const lang of LANGUAGES) {
    it(`are the package's own for every ${lang} word of the common list and of the letters`, () => {
      const { patterns, hyphenateSync } = require(MODULES[lang]) as {
        patterns: HyphenPatterns;
        hyphenateSync: Hyphenate;
      };
      const byPackage = (word: string) =>
        hyphenateSync(word, { hyphenChar: HYPHEN, minWordLength: 2 }).split(HYPHEN).length;
      const letterWords = allLetterTexts().flatMap((text) =>
        tokenize(text, lang)
          .filter((t) => t.kind === "word")
          .map((t) => t.text.toLowerCase().replace(/[^\p{L}]/gu, "")),
      );
      const words = [...new Set([...commonWords(lang), ...letterWords])].filter(countableWord);
      expect(words.length).toBeGreaterThan(20_000);
      const wrong = words.filter((w) => hyphenPieces(w, patterns) !== byPackage(w));
      expect(wrong).toEqual([]);
    });
  }

  it("put soft hyphens where the package puts them, for print layouts too (long words, capitals)", () => {
    for (const lang of LANGUAGES) {
      const { hyphenateSync } = require(MODULES[lang]) as { hyphenateSync: Hyphenate };
      const words = commonWords(lang).filter(countableWord);
      const sample = [...words.filter((_, i) => i % 5 === 0), ...words.slice(0, 500).map((w) => w.toUpperCase())];
      sample.push(...words.filter((w) => w.length >= 10).map((w) => w[0]?.toUpperCase() + w.slice(1)));
      for (const minWordLength of [2, 10]) {
        const wrong = sample.filter(
          (w) => hyphenate(w, lang, minWordLength) !== hyphenateSync(w, { hyphenChar: HYPHEN, minWordLength }),
        );
        expect(wrong, `${lang} ${minWordLength}`).toEqual([]);
      }
    }
  });

  it("are the package's own for any string of letters, in any case", () => {
    const { patterns, hyphenateSync } = require("hyphen/nl") as { patterns: HyphenPatterns; hyphenateSync: Hyphenate };
    const letter = fc.constantFrom(..."aeioubcdfghjklmnpqrstvwxyzéëïèüöäçÉAZßøĳ");
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 24 }), (letters) => {
        const word = letters.join("");
        expect(hyphenPieces(word, patterns)).toBe(
          hyphenateSync(word, { hyphenChar: HYPHEN, minWordLength: 2 }).split(HYPHEN).length,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("are the package's own when read from the flat lists the build stores (from the first word on)", () => {
    for (const lang of LANGUAGES) {
      const { hyphenateSync } = require(MODULES[lang]) as { hyphenateSync: Hyphenate };
      const stored = JSON.parse(JSON.stringify(hyphenPatterns(lang))) as { patterns: unknown };
      // The build stores flat lists, not the package's array of levels, trie and exceptions.
      expect(Array.isArray(stored.patterns)).toBe(false);
      const flat = stored.patterns as FlatPatterns;
      const words = commonWords(lang).filter((w, i) => countableWord(w) && i % 3 === 0);
      words.push("", "a", "ab", "Übermäßig", "ÉCOLE", "ĳsselmeer");
      const wrong = words.filter(
        (w) =>
          hyphenPieces(w, flat) !== hyphenateSync(w, { hyphenChar: HYPHEN, minWordLength: 2 }).split(HYPHEN).length,
      );
      expect(wrong, lang).toEqual([]);
    }
  });
});

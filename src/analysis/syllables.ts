/**
 * Syllable counts from TeX hyphenation patterns (the `hyphen` package), which encode each language's syllable
 * boundaries. Patterns never split off one or two letters at a word's edge ("idee" stays whole), so for Dutch and
 * German, where every vowel group is a syllable, we take the larger of the two counts. French and English have
 * silent vowels ("mange", "make"), so there the pattern count stands.
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type AnyPatterns,
  countableWord,
  flatPatterns,
  type HyphenPatterns,
  hyphenPieces,
  insertHyphens,
} from "./hyphen-count.ts";
import type { Language } from "./types.ts";
import { remembered, wordMemo } from "./word-memo.ts";

type Hyphenate = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;
// The package's language entry points are CommonJS; loading them is not I/O on letter data. Each language's patterns
// are large (German alone takes half a second to load as JavaScript), so a language is loaded the first time a word
// of it is counted, from the JSON copy the build makes (src/lexicon/compile.ts) when it is there.
const require = createRequire(import.meta.url);
const MODULES: Record<Language, string> = { nl: "hyphen/nl", fr: "hyphen/fr", de: "hyphen/de", en: "hyphen/en-gb" };
const HYPHENATORS: Partial<Record<Language, Hyphenate>> = {};
const COMPILED_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "lexicon-index");

export const hyphenPatternsFile = (lang: Language, dir = COMPILED_DIR) => join(dir, `hyphen-${lang}.json`);

/**
 * The package's patterns for a language, with the package version, as the build stores them: with the trie in flat
 * lists (hyphen-count.ts FlatPatterns), which a cold process reads in a fraction of the time of the package's trie.
 */
export function hyphenPatterns(lang: Language): { version: string; patterns: unknown } {
  const patterns = require(MODULES[lang]).patterns as HyphenPatterns;
  return { version: require("hyphen/package.json").version, patterns: flatPatterns(patterns) ?? patterns };
}

function packageVersion(): string {
  return require("hyphen/package.json").version;
}

/** The patterns stored by the build, when they are there and made from this version of the package. */
function compiledPatterns(lang: Language): AnyPatterns | undefined {
  let stored: { version?: string; patterns?: AnyPatterns };
  try {
    stored = JSON.parse(readFileSync(hyphenPatternsFile(lang), "utf8"));
  } catch {
    return undefined;
  }
  return stored.version === packageVersion() ? stored.patterns : undefined;
}

const PATTERNS: Partial<Record<Language, AnyPatterns>> = {};

/** A language's pattern data, read on first use. */
function patternsOf(lang: Language): AnyPatterns {
  let patterns = PATTERNS[lang];
  if (!patterns) {
    patterns = compiledPatterns(lang) ?? (require(MODULES[lang]).patterns as HyphenPatterns);
    PATTERNS[lang] = patterns;
  }
  return patterns;
}

function hyphenator(lang: Language): Hyphenate {
  let hyphenate = HYPHENATORS[lang];
  if (!hyphenate) {
    // The package reads its own form of the data, not the flat lists the build stores.
    const patterns = patternsOf(lang);
    hyphenate = require("hyphen")(Array.isArray(patterns) ? patterns : require(MODULES[lang]).patterns) as Hyphenate;
    HYPHENATORS[lang] = hyphenate;
  }
  return hyphenate;
}

/** The vowels whose groups count as syllables in Dutch and German (all below U+0100): 1 in a table by code. */
const VOWELS = new Uint8Array(256);
for (const vowel of "aeiouyàáâäèéêëìíîòóôöùúûü") VOWELS[vowel.charCodeAt(0)] = 1;

/** How many groups of vowels a word has (as many as /[aeiouyàáâäèéêëìíîòóôöùúûü]+/g finds). */
function vowelGroups(word: string): number {
  let groups = 0;
  let inGroup = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const vowel = c < 256 && VOWELS[c] === 1;
    if (vowel && !inGroup) groups++;
    inGroup = vowel;
  }
  return groups;
}
const HYPHEN = "\u00AD";
const memo: Record<Language, Map<string, number>> = { nl: wordMemo(), fr: wordMemo(), de: wordMemo(), en: wordMemo() };
const MEMO_LIMIT = 50_000;

export function countSyllables(word: string, lang: Language): number {
  const lower = word.toLowerCase();
  return memo[lang].get(lower) ?? remembered(memo[lang], lower, MEMO_LIMIT, (w) => syllablesOfLower(w, lang));
}

/** The syllables of a word in lower case, worked out from the patterns (no memo: the build fills a table with it). */
export function syllablesOfLower(lower: string, lang: Language): number {
  // A word of Latin letters is counted here, without the package's caches (hyphen-count.ts); others by the package.
  const pieces = countableWord(lower)
    ? hyphenPieces(lower, patternsOf(lang))
    : hyphenate(lower, lang).split(HYPHEN).length;
  const count = lang === "nl" || lang === "de" ? Math.max(pieces, vowelGroups(lower)) : pieces;
  return Math.max(1, count);
}

/** Soft-hyphenated word (U+00AD at every break), for print layouts and compound reading aids. */
export function hyphenate(word: string, lang: Language, minWordLength = 2): string {
  // A word of Latin letters without the package's caches (hyphen-count.ts), as for the syllables; others by it.
  if (countableWord(word)) return insertHyphens(word, patternsOf(lang), HYPHEN, minWordLength);
  return hyphenator(lang)(word, { hyphenChar: HYPHEN, minWordLength });
}

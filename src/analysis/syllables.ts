/**
 * Syllable counts from TeX hyphenation patterns (the `hyphen` package), which encode each language's syllable
 * boundaries. Patterns never split off one or two letters at a word's edge ("idee" stays whole), so for Dutch and
 * German, where every vowel group is a syllable, we take the larger of the two counts. French and English have
 * silent vowels ("mange", "make"), so there the pattern count stands.
 */
import { createRequire } from "node:module";
import type { Language } from "./types.ts";

type Hyphenate = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;
// The package's language entry points are CommonJS; loading them is not I/O on letter data.
const require = createRequire(import.meta.url);
const HYPHENATORS: Record<Language, Hyphenate> = {
  nl: require("hyphen/nl").hyphenateSync,
  fr: require("hyphen/fr").hyphenateSync,
  de: require("hyphen/de").hyphenateSync,
  en: require("hyphen/en-gb").hyphenateSync,
};

const VOWEL_GROUP = /[aeiouyàáâäèéêëìíîòóôöùúûü]+/g;
const HYPHEN = "\u00AD";
const memo: Record<Language, Map<string, number>> = { nl: new Map(), fr: new Map(), de: new Map(), en: new Map() };
const MEMO_LIMIT = 50_000;

export function countSyllables(word: string, lang: Language): number {
  const lower = word.toLowerCase();
  const cache = memo[lang];
  const known = cache.get(lower);
  if (known !== undefined) return known;
  const pieces = hyphenate(lower, lang).split(HYPHEN).length;
  let count = pieces;
  if (lang === "nl" || lang === "de") count = Math.max(pieces, lower.match(VOWEL_GROUP)?.length ?? 0);
  count = Math.max(1, count);
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(lower, count);
  return count;
}

/** Soft-hyphenated word (U+00AD at every break), for print layouts and compound reading aids. */
export function hyphenate(word: string, lang: Language, minWordLength = 2): string {
  return HYPHENATORS[lang](word, { hyphenChar: HYPHEN, minWordLength });
}

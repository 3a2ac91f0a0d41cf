/**
 * A word's stem and syllable count, as every part of the analysis asks for them: from the word table made at build
 * time when the word is a frequent one (word-table.ts), else worked out by the stemmer and the hyphenation patterns
 * and kept in a word memo (word-memo.ts). The table holds exactly what the live code gives: it is made by the same
 * functions (buildWordTable), a sample of it is checked against them when it is loaded, and
 * tests/analysis/word-table.test.ts compares them word by word.
 */
import { IN_BUNDLE } from "./facts/prebuilt.ts";
import { GRAMMARS } from "./grammar.ts";
import { countSyllables, syllablesOfLower } from "./syllables.ts";
import type { Language } from "./types.ts";
import { remembered, wordMemo } from "./word-memo.ts";
import { readWordTable, type WordTable, wordTableText } from "./word-table.ts";

/** Per language: the table (null when there is none or it failed its check), read on first use. */
const tables: Partial<Record<Language, WordTable | null>> = {};
const stemMemos: Record<Language, Map<string, string>> = {
  nl: wordMemo(),
  fr: wordMemo(),
  de: wordMemo(),
  en: wordMemo(),
};
const STEM_LIMIT = 100_000;
/** How many words of a table are checked against the live code when it is loaded. */
const SAMPLE = 24;

/** The table text of a language for these words, made with the live code (the build writes it, src/lexicon/compile.ts). */
export function buildWordTable(lang: Language, words: Iterable<string>): string {
  const { stem } = GRAMMARS[lang];
  // The lexicon also stems a verb without its -t/-d ("komt" → "kom"), as the second form of a word that ends so.
  const verbs: string[] = [];
  for (const word of words) {
    const last = word.charCodeAt(word.length - 1);
    if (word.length > 3 && (last === 116 || last === 100)) verbs.push(word.slice(0, -1));
  }
  return wordTableText(lang, words, verbs, stem, (word) => syllablesOfLower(word, lang));
}

/**
 * A table whose sampled words give what the live code gives; else null. The check guards a run from the sources
 * against tables of an older build; the bundle was made with its tables (IN_BUNDLE), and the check would load the
 * hyphenation patterns at every start of `klaar` only to count 24 words.
 */
function checked(lang: Language, table: WordTable | null): WordTable | null {
  if (!table || IN_BUNDLE) return table;
  for (const [word, stem, syllables] of table.sample(SAMPLE)) {
    if (GRAMMARS[lang].stem(word) !== stem || (syllables !== 0 && syllablesOfLower(word, lang) !== syllables))
      return null;
  }
  return table;
}

function tableOf(lang: Language): WordTable | null {
  let table = tables[lang];
  if (table === undefined) {
    table = checked(lang, readWordTable(lang));
    tables[lang] = table;
  }
  return table;
}

/**
 * Uses this table for a language (a table that fails its check is not used), no table at all with null, or the one
 * the build made with undefined; for the tests that compare them. Returns whether a table is now used.
 */
export function useWordTable(lang: Language, table: WordTable | null | undefined): boolean {
  if (table === undefined) delete tables[lang];
  else tables[lang] = checked(lang, table);
  return tables[lang] !== null;
}

/** Whether the build's word table of a language is there and used (the bench reports it). */
export function hasWordTable(lang: Language): boolean {
  return tableOf(lang) !== null;
}

/** The stem of a word in lower case, as the language's stemmer gives it. */
export function stemOf(lang: Language, lower: string): string {
  const table = tables[lang] === undefined ? tableOf(lang) : tables[lang];
  const known = table?.stem(lower);
  if (known !== undefined) return known;
  return remembered(stemMemos[lang], lower, STEM_LIMIT, GRAMMARS[lang].stem);
}

/** The syllables of a word (any case), as countSyllables gives them. */
export function syllablesOf(lang: Language, word: string): number {
  const table = tables[lang] === undefined ? tableOf(lang) : tables[lang];
  const lower = word.toLowerCase();
  return table?.syllables(lower) ?? countSyllables(lower, lang);
}

/**
 * What the analysis works out for a word as written, precomputed at build time (src/lexicon/compile.ts) for the
 * frequent words of a language — its stem and its syllable count — so that a letter pays the stemmer and the
 * hyphenation patterns only for its rare words. The table is static data made from the word lists in lexicon/data
 * (one entry per common word), not a memory of letters. One file per language, one word a line:
 *
 *     word TAB syllables TAB stem
 *
 * where the syllables field is empty for a form that is only stemmed (a verb without its -t/-d: lexicon-index.ts),
 * the stem field is empty when the stem is the word itself, a number n when it is the word without its last n
 * characters, and else the stem as written (never starting with a digit). The first line names the format and the
 * versions of the stemmer and hyphenation packages; a table made with other versions is not used.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Language } from "./types.ts";

const require = createRequire(import.meta.url);
const COMPILED_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "lexicon-index");
/** Bumped when the layout of the file or what a field means changes. */
const FORMAT = 1;
/** Syllable counts are stored beside the place of the stem in one number: place * SYLLABLE_SLOTS + count. */
const SYLLABLE_SLOTS = 64;

export const wordTableFile = (lang: Language, dir = COMPILED_DIR) => join(dir, `${lang}-words.txt`);

/** The first line of a table: the format and the versions of the packages whose answers it holds. */
export function wordTableHeader(lang: Language): string {
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return `# klaar word table ${FORMAT} ${lang} natural ${version("natural")} hyphen ${version("hyphen")}`;
}

/** A word's stem and syllable count, from the table. */
export class WordTable {
  constructor(
    /** word → place * SYLLABLE_SLOTS + syllables */
    private readonly places: Map<string, number>,
    private readonly stems: string[],
  ) {}

  get size(): number {
    return this.places.size;
  }

  stem(word: string): string | undefined {
    const at = this.places.get(word);
    return at === undefined ? undefined : this.stems[(at / SYLLABLE_SLOTS) | 0];
  }

  syllables(word: string): number | undefined {
    const at = this.places.get(word);
    // 0: a form that is only stemmed.
    return at === undefined ? undefined : at % SYLLABLE_SLOTS || undefined;
  }

  /** Every word with its stem and syllable count (0 for a form that is only stemmed), in the order of the file. */
  *entries(): Generator<[string, string, number]> {
    for (const [word, at] of this.places)
      yield [word, this.stems[(at / SYLLABLE_SLOTS) | 0] as string, at % SYLLABLE_SLOTS];
  }
}

/**
 * The text of a table: the words with what `stem` and `syllables` (the live code) give for them, and the forms that
 * are only stemmed with their stems.
 */
export function wordTableText(
  lang: Language,
  words: Iterable<string>,
  stemmedOnly: Iterable<string>,
  stem: (word: string) => string,
  syllables: (word: string) => number,
): string {
  const lines = [wordTableHeader(lang)];
  const all = new Set(words);
  const counted = new Set(all);
  for (const form of stemmedOnly) all.add(form);
  for (const word of all) {
    if (word === "" || /[\t\n\r]/.test(word)) continue;
    const s = stem(word);
    const count = counted.has(word) ? syllables(word) : 0;
    // A stem or count the layout cannot hold is left to the live code.
    if (/[\t\n\r]/.test(s) || !Number.isInteger(count) || count < 0 || count >= SYLLABLE_SLOTS) continue;
    if (count === 0 && counted.has(word)) continue;
    let field: string;
    if (s === word) field = "";
    else if (s !== "" && word.startsWith(s)) field = String(word.length - s.length);
    else if (s === "" || /^\d/.test(s)) continue;
    else field = s;
    lines.push(`${word}\t${count || ""}\t${field}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The table in `text`, or null when it was made for another format or other package versions. */
export function parseWordTable(lang: Language, text: string): WordTable | null {
  let end = text.indexOf("\n");
  if (end < 0 || text.slice(0, end) !== wordTableHeader(lang)) return null;
  const places = new Map<string, number>();
  const stems: string[] = [];
  let start = end + 1;
  while (start < text.length) {
    end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const tab1 = text.indexOf("\t", start);
    const tab2 = text.indexOf("\t", tab1 + 1);
    if (tab1 < 0 || tab2 < 0 || tab2 > end) return null;
    const word = text.slice(start, tab1);
    const count = Number(text.slice(tab1 + 1, tab2));
    let stem = word;
    if (tab2 + 1 < end) {
      const code = text.charCodeAt(tab2 + 1);
      stem =
        code >= 48 && code <= 57
          ? word.slice(0, word.length - Number(text.slice(tab2 + 1, end)))
          : text.slice(tab2 + 1, end);
    }
    places.set(word, stems.length * SYLLABLE_SLOTS + count);
    stems.push(stem);
    start = end + 1;
  }
  return new WordTable(places, stems);
}

/** The table of a language made by the build, or null when there is none (or one for other versions). */
export function readWordTable(lang: Language, dir = COMPILED_DIR): WordTable | null {
  let text: string;
  try {
    text = readFileSync(wordTableFile(lang, dir), "utf8");
  } catch {
    return null;
  }
  return parseWordTable(lang, text);
}

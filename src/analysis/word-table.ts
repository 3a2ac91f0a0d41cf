/**
 * What the analysis works out for a word as written, precomputed at build time (src/lexicon/compile.ts) for the
 * frequent words of a language — its stem and its syllable count — so that a letter pays the stemmer and the
 * hyphenation patterns only for its rare words. The table is static data made from the word lists in lexicon/ (the
 * common words, the words of the lexicon's terms, the Dutch compounds: src/lexicon/compile.ts, tableWords), not a
 * memory of letters. One file per language, one word a line, sorted by word (as
 * Array.sort orders strings):
 *
 *     word TAB syllables TAB stem
 *
 * where the syllables field is empty for a form that is only stemmed (a verb without its -t/-d: lexicon-index.ts),
 * the stem field is empty when the stem is the word itself, a number n when it is the word without its last n
 * characters, and else the stem as written (never starting with a digit). The first line names the format and the
 * versions of the stemmer and hyphenation packages; a table made with other versions is not used.
 *
 * Like the common-word lists (src/lexicon/compiled.ts, SortedWords), the text is searched in place at first, so that
 * a command that reads one letter parses nothing; after LOOKUPS_BEFORE_MAP look-ups (a server) the whole table is put
 * in a hash table once (word-hash.ts).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Language } from "./types.ts";
import { WordHash } from "./word-hash.ts";

const require = createRequire(import.meta.url);
const COMPILED_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "lexicon-index");
/** Bumped when the layout of the file or what a field means changes. */
const FORMAT = 2;
/** Syllable counts a table holds are below this. */
const SYLLABLE_SLOTS = 64;
const LOOKUPS_BEFORE_MAP = 5000;

export const wordTableFile = (lang: Language, dir = COMPILED_DIR) => join(dir, `${lang}-words.txt`);

/** The first line of a table: the format and the versions of the packages whose answers it holds. */
export function wordTableHeader(lang: Language): string {
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return `# klaar word table ${FORMAT} ${lang} natural ${version("natural")} hyphen ${version("hyphen")}`;
}

/** A word's stem and syllable count, from the table. */
export class WordTable {
  private lookups = 0;
  /** The table in a hash table, once many words were looked up. */
  private hashed: WordHash | undefined;

  /** `text` holds the lines of the table from `body` on (after its header line). */
  constructor(
    private readonly text: string,
    private readonly body: number,
  ) {}

  /** The stem of `word`, or undefined when it is not in the table. */
  stem(word: string): string | undefined {
    const hashed = this.hashed ?? this.hashedAfterMany();
    if (hashed) {
      const at = hashed.find(word);
      return at < 0 ? undefined : hashed.stemAt(at, word);
    }
    const at = this.lineOf(word);
    return at < 0 ? undefined : this.stemAt(at, word);
  }

  /** The syllables of `word`, or undefined when it is not in the table with a count. */
  syllables(word: string): number | undefined {
    const hashed = this.hashed ?? this.hashedAfterMany();
    if (hashed) {
      const at = hashed.find(word);
      // 0: a form that is only stemmed.
      return at < 0 ? undefined : hashed.syllablesAt(at) || undefined;
    }
    const at = this.lineOf(word);
    return at < 0 ? undefined : this.countAt(at, word) || undefined;
  }

  /** Every word with its stem and syllable count (0 for a form that is only stemmed), in the order of the file. */
  *entries(): Generator<[string, string, number]> {
    for (let at = this.body; at < this.text.length; at = this.nextLine(at)) yield this.entryAt(at);
  }

  /** About `count` entries spread evenly over the table. */
  sample(count: number): [string, string, number][] {
    const out: [string, string, number][] = [];
    const step = Math.max(1, Math.floor((this.text.length - this.body) / count));
    for (let from = this.body; from < this.text.length; from += step) {
      const at = from === this.body ? from : this.nextLine(from - 1);
      if (at < this.text.length) out.push(this.entryAt(at));
    }
    return out;
  }

  /** The hash table once the table has been looked up LOOKUPS_BEFORE_MAP times (made then); before, undefined. */
  private hashedAfterMany(): WordHash | undefined {
    if (++this.lookups <= LOOKUPS_BEFORE_MAP) return undefined;
    this.hashed = new WordHash(this.text, this.body);
    return this.hashed;
  }

  /** The start of the line after the one that holds `at`. */
  private nextLine(at: number): number {
    const newline = this.text.indexOf("\n", at);
    return newline < 0 ? this.text.length : newline + 1;
  }

  private entryAt(at: number): [string, string, number] {
    const word = this.text.slice(at, this.text.indexOf("\t", at));
    return [word, this.stemAt(at, word), this.countAt(at, word)];
  }

  private countAt(at: number, word: string): number {
    const from = at + word.length + 1;
    return Number(this.text.slice(from, this.text.indexOf("\t", from)));
  }

  private stemAt(at: number, word: string): string {
    const text = this.text;
    const from = text.indexOf("\t", at + word.length + 1) + 1;
    let end = text.indexOf("\n", from);
    if (end < 0) end = text.length;
    if (from === end) return word;
    const code = text.charCodeAt(from);
    return code >= 48 && code <= 57
      ? word.slice(0, word.length - Number(text.slice(from, end)))
      : text.slice(from, end);
  }

  /** The start of the line of `word`, or -1: a search by halves over the sorted lines. */
  private lineOf(word: string): number {
    const text = this.text;
    // The line, if there, starts in [low, high); low is always the start of a line.
    let low = this.body;
    let high = text.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const start = text.lastIndexOf("\n", mid - 1) + 1;
      const tab = text.indexOf("\t", start);
      const key = text.slice(start, tab);
      if (word === key) return start;
      if (word < key) high = start;
      else low = this.nextLine(tab);
    }
    return -1;
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
  const counted = new Set(words);
  const all = new Set(counted);
  for (const form of stemmedOnly) all.add(form);
  const lines = [wordTableHeader(lang)];
  for (const word of [...all].sort()) {
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
  const end = text.indexOf("\n");
  if (end < 0 || text.slice(0, end) !== wordTableHeader(lang)) return null;
  return new WordTable(text, end + 1);
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

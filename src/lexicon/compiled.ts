/**
 * The lexicon as compiled at build time (src/lexicon/compile.ts, run by scripts/build.mjs): per language one file
 * (packed.ts: typed arrays and texts, nothing to parse) with where its entries are (they were already validated) and
 * their analysis index (src/analysis/lexicon-keys.ts), and the common words and their stems as
 * sorted text, one word a line, searched in place (SortedWords), so that starting `klaar analyze` reads a few files of
 * one language and builds no big word sets. A manifest records the size and time of every source file; when one of
 * them changed since the build, the compiled files are not used.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { rememberCommonStems } from "../analysis/common-words.ts";
import type { CompiledIndex } from "../analysis/lexicon-index.ts";
import { LANGUAGES, type Language } from "../analysis/types.ts";
import { type EntryTable, entriesOf, entryFile, lazyEntries } from "./entry-text.ts";
import { packSections, readSections } from "./packed.ts";
import type { LexiconEntry } from "./schema.ts";

export interface LoadedEntry {
  entry: LexiconEntry;
  file: string;
}

export interface Lexicon {
  entries: Record<Language, LoadedEntry[]>;
  /** Lower-case common words (Zipf ≥ 3): SUBTLEX-NL for Dutch, wordfreq for the others; only languages with a list. */
  commonWords: Partial<Record<Language, ReadonlySet<string>>>;
  /** Dutch compound splits: word → [modifier end, head start]. */
  compounds: ReadonlyMap<string, [number, number]>;
  /** The analysis indexes of these entries, when compiled at build time (for `createAnalyzer`). */
  indexes?: Partial<Record<Language, CompiledIndex>>;
  /** The entries alone (what lexiconEntries gives), when they can be had without `entries` (a compiled lexicon). */
  plainEntries?: Record<Language, LexiconEntry[]>;
}

/** wordfreq folds ß to ss and writes the straight apostrophe. */
const folded = (word: string) => word.replace(/ß/g, "ss").replace(/[’‘]/g, "'");
/** Whether folding changes the word (it holds ß, ’ or ‘): most words have none of these letters. */
function folds(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0xdf || c === 0x2019 || c === 0x2018) return true;
  }
  return false;
}

/**
 * A word list that also finds "straße" as "strasse" and "aujourd’hui" as "aujourd'hui": wordfreq folds ß to ss and
 * writes the straight apostrophe.
 */
export class WordList extends Set<string> {
  override has(word: string): boolean {
    if (super.has(word)) return true;
    return folds(word) && super.has(folded(word));
  }
}

/** How many look-ups a SortedWords answers in place before it makes a set of its words. */
const LOOKUPS_BEFORE_SET = 5000;

/** Whether a word is all ASCII. */
const isAscii = (word: string) => !/[\u0080-\uffff]/.test(word);

/**
 * A set of words kept as the text of a sorted list, one word a line (as Array.sort orders strings), and searched in
 * place by halving: loading it is reading one string, with no set of thousands of words to build first. Read from a
 * file (fileOf, wordsOfFile), the words are two such texts: those that are all ASCII, and the others (a few dozen
 * in English). A text with a single accent in it is a string of two bytes a character, which V8 decodes from UTF-8
 * several times slower (~2 ms for the English list); the ASCII text is read byte for byte.
 */
export class SortedWords implements ReadonlySet<string> {
  private count: number | undefined;
  /** Look-ups so far; after LOOKUPS_BEFORE_SET of them the words are put in a set (see has). */
  private lookups = 0;
  private set: Set<string> | undefined;

  /** `text` and `other`: sorted lists (see textOf) of words none of which is in both. */
  constructor(
    private readonly text: string,
    private readonly other = "",
  ) {}

  /** The words, sorted and without duplicates or line breaks, as the text this class reads. */
  static textOf(words: Iterable<string>): string {
    const list = [...new Set(words)].filter((w) => w !== "").sort();
    if (list.some((w) => w.includes("\n") || w.includes("\0"))) throw new Error("a word holds a line break or NUL");
    return list.join("\n");
  }

  /** The bytes of a words file: the text of the ASCII words, a NUL byte, the text of the others in UTF-8. */
  static fileOf(words: Iterable<string>): Buffer {
    const list = SortedWords.textOf(words).split("\n");
    return Buffer.concat([
      Buffer.from(list.filter(isAscii).join("\n"), "latin1"),
      Buffer.from([0]),
      Buffer.from(list.filter((w) => w !== "" && !isAscii(w)).join("\n"), "utf8"),
    ]);
  }

  has(word: string): boolean {
    if (this.set) return this.set.has(word);
    // A process that asks this often (a server, a long text) gets a set of the whole list: it costs a few
    // milliseconds once, and then a look-up is a hash look-up. A command that reads one letter never gets there.
    if (++this.lookups > LOOKUPS_BEFORE_SET) {
      this.set = new Set(this.values());
      return this.set.has(word);
    }
    return inSorted(this.text, word) || (this.other !== "" && inSorted(this.other, word));
  }

  get size(): number {
    const count = (text: string) => (text === "" ? 0 : text.split("\n").length);
    this.count ??= count(this.text) + count(this.other);
    return this.count;
  }

  /** The words in sorted order (the two lists merged). */
  *values(): SetIterator<string> {
    const a = this.text === "" ? [] : this.text.split("\n");
    const b = this.other === "" ? [] : this.other.split("\n");
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      if (j >= b.length || (i < a.length && (a[i] as string) < (b[j] as string))) yield a[i++] as string;
      else yield b[j++] as string;
    }
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const word of this.values()) yield [word, word];
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const word of this.values()) callback.call(thisArg, word, word, this);
  }
}

/** Whether `word` is a line of `text`, a sorted list (see SortedWords.textOf). */
function inSorted(text: string, word: string): boolean {
  // The word, if there, is a line that starts in [low, high); low is always the start of a line. Strings compare
  // by UTF-16 code units, as Array.sort orders them. (A look-up runs a few hundred times in a process, mostly
  // before V8 optimises it: native string work is cheaper there than comparing character by character.)
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const start = mid === 0 ? 0 : text.lastIndexOf("\n", mid - 1) + 1;
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    if (word === line) return true;
    if (word < line) high = start;
    else low = end + 1;
  }
  return false;
}

/** The two texts of a words file (SortedWords.fileOf), for the SortedWords constructor. */
export function wordsOfFile(bytes: Buffer): [string, string] {
  const nul = bytes.indexOf(0);
  return [bytes.toString("latin1", 0, nul), bytes.toString("utf8", nul + 1)];
}

/** SortedWords that also finds folded forms, as WordList does. */
export class SortedWordList extends SortedWords {
  override has(word: string): boolean {
    if (super.has(word)) return true;
    return folds(word) && super.has(folded(word));
  }
}

/** A record whose value for a language is made the first time it is read. */
export function lazyRecord<T>(langs: readonly Language[], make: (lang: Language) => T): Record<Language, T> {
  const out = {} as Record<Language, T>;
  for (const lang of langs) {
    Object.defineProperty(out, lang, {
      enumerable: true,
      configurable: true,
      get() {
        const value = make(lang);
        Object.defineProperty(out, lang, { value, enumerable: true, writable: true, configurable: true });
        return value;
      },
    });
  }
  return out;
}

export const LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "lexicon");
export const COMPILED_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "lexicon-index");
const MANIFEST = "manifest.json";
/** The lexicon and word-list files the analysis reads. */
const SOURCE_FILE = /^(?:(?:nl|fr|de|en)(?:\.[\w-]+)?\.json|data\/.+\.(?:txt|tsv))$/;
/** Bumped when the layout of the compiled files changes. */
const FORMAT = 4;

/**
 * What a language's file holds: where its entries are in its entries file (src/lexicon/entry-text.ts) and their
 * index; the common words and their stems are in text files beside it.
 */
export interface CompiledLanguage {
  /** Where each entry is in `<lang>-entries.txt`, with the name of the file it comes from (in the lexicon folder). */
  entries: EntryTable;
  /** The analysis index of these entries (src/analysis/lexicon-index.ts). */
  index: CompiledIndex;
}

/** The bytes of a language's file. */
export function packLanguage({ entries, index }: CompiledLanguage): Buffer {
  const { text, starts, slots, info, pairs, lists } = index;
  const { files, places, heads } = entries;
  return packSections([JSON.stringify(files), places, heads, text, starts, slots, info, pairs, lists]);
}

/** A language's file as written by packLanguage. */
function readLanguage(bytes: Uint8Array): CompiledLanguage {
  const [files, places, heads, text, starts, slots, info, pairs, lists] = readSections(bytes) as [
    string,
    Int32Array,
    string,
    string,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  return {
    entries: { files: JSON.parse(files) as string[], places, heads },
    index: { text, starts, slots, info, pairs, lists },
  };
}

type Stamps = Record<string, [number, number]>;

export function sourceStamps(dir: string): Stamps {
  const names = [
    ...readdirSync(dir),
    ...(existsSync(join(dir, "data")) ? readdirSync(join(dir, "data")).map((n) => `data/${n}`) : []),
  ];
  const stamps: Stamps = {};
  for (const name of names.filter((n) => SOURCE_FILE.test(n)).sort()) {
    // Joined by hand: path.join normalises every path again, and this runs at every start of `klaar`.
    const stat = statSync(`${dir}/${name}`);
    stamps[name] = [stat.size, Math.round(stat.mtimeMs)];
  }
  return stamps;
}

export function manifestFor(dir: string): string {
  return JSON.stringify({ format: FORMAT, sources: sourceStamps(dir) });
}

export const manifestFile = (out = COMPILED_DIR) => join(out, MANIFEST);
export const languageFile = (lang: Language, out = COMPILED_DIR) => join(out, `${lang}.bin`);
/** The entries of a language, one JSON a line (src/lexicon/entry-text.ts). */
export const entriesFile = (lang: Language, out = COMPILED_DIR) => join(out, `${lang}-entries.txt`);
/** The common words of a language, as SortedWords text. */
export const commonWordsFile = (lang: Language, out = COMPILED_DIR) => join(out, `${lang}-common-words.txt`);
/** The stems of the common words (see src/analysis/common-words.ts), for the stemmed languages. */
export const commonStemsFile = (lang: Language, out = COMPILED_DIR) => join(out, `${lang}-common-stems.txt`);
export const compoundsFile = (out = COMPILED_DIR) => join(out, "nl-compounds.json");

/**
 * The lexicon compiled from the files in `dir`, when it is there and was built from those files as they are now;
 * otherwise null (then src/lexicon/load.ts reads and validates the files). With `lazyEntries` (for a command that
 * reads one letter) an entry is parsed only when more than its head is read (src/lexicon/entry-text.ts).
 */
export function loadCompiledLexicon(
  dir: string,
  compiledDir = COMPILED_DIR,
  options: { lazyEntries?: boolean } = {},
): Lexicon | null {
  let manifest: string;
  try {
    manifest = readFileSync(manifestFile(compiledDir), "utf8");
  } catch {
    return null;
  }
  if (manifest !== manifestFor(dir)) return null;
  const sources = Object.keys((JSON.parse(manifest) as { sources: Stamps }).sources);
  const read = lazyRecord(LANGUAGES, (lang) => readLanguage(readFileSync(languageFile(lang, compiledDir))));
  const paths = new Map<string, string>();
  const pathOf = (file: string) => {
    let path = paths.get(file);
    if (path === undefined) {
      path = join(dir, file);
      paths.set(file, path);
    }
    return path;
  };
  let compounds: Map<string, [number, number]> | undefined;
  const plainEntries = lazyRecord(LANGUAGES, (lang) => {
    const table = read[lang].entries;
    const text = () => readFileSync(entriesFile(lang, compiledDir));
    return options.lazyEntries ? lazyEntries(table, text) : entriesOf(table, text());
  });
  return {
    entries: lazyRecord(LANGUAGES, (lang) => {
      const table = read[lang].entries;
      return plainEntries[lang].map((entry, i) => ({ entry, file: pathOf(entryFile(table, i)) }));
    }),
    plainEntries,
    commonWords: lazyRecord(
      LANGUAGES.filter((lang) => sources.includes(`data/${lang}-common-words.txt`)),
      (lang) => {
        const words = new SortedWordList(...wordsOfFile(readFileSync(commonWordsFile(lang, compiledDir))));
        const stems = commonStemsFile(lang, compiledDir);
        if (existsSync(stems)) rememberCommonStems(words, new SortedWords(...wordsOfFile(readFileSync(stems))));
        return words;
      },
    ),
    indexes: lazyRecord(LANGUAGES, (lang) => read[lang].index),
    get compounds() {
      compounds ??= new Map(
        JSON.parse(readFileSync(compoundsFile(compiledDir), "utf8")) as [string, [number, number]][],
      );
      return compounds;
    },
  };
}

/** Plain entries per language, as the analyzer takes them (each language made when it is first read). */
export function lexiconEntries(lexicon: Lexicon): Record<Language, LexiconEntry[]> {
  return lexicon.plainEntries ?? lazyRecord(LANGUAGES, (l) => lexicon.entries[l].map((e) => e.entry));
}

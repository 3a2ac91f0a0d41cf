/**
 * The lexicon as compiled at build time (src/lexicon/compile.ts, run by scripts/build.mjs): per language one JSON
 * file of entries that were already validated, the common words and their stems, so that starting `klaar analyze`
 * reads one small file instead of validating every lexicon file of every language. A manifest records the size and
 * time of every source file; when one of them changed since the build, the compiled files are not used.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { rememberCommonStems } from "../analysis/common-words.ts";
import type { CompiledIndex } from "../analysis/lexicon-index.ts";
import { LANGUAGES, type Language } from "../analysis/types.ts";
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
}

/**
 * A word list that also finds "straße" as "strasse" and "aujourd’hui" as "aujourd'hui": wordfreq folds ß to ss and
 * writes the straight apostrophe.
 */
export class WordList extends Set<string> {
  override has(word: string): boolean {
    if (super.has(word)) return true;
    const folded = word.replace(/ß/g, "ss").replace(/[’‘]/g, "'");
    return folded !== word && super.has(folded);
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
const FORMAT = 1;

export interface CompiledLanguage {
  /** The entries with the name of the file they come from (in the lexicon folder). */
  entries: { entry: LexiconEntry; file: string }[];
  commonWords?: string[];
  /** Stems of the common words (see src/analysis/common-words.ts), for the stemmed languages. */
  commonStems?: string[];
  /** The analysis index of these entries (src/analysis/lexicon-index.ts). */
  index?: CompiledIndex;
}

type Stamps = Record<string, [number, number]>;

export function sourceStamps(dir: string): Stamps {
  const names = [
    ...readdirSync(dir),
    ...(existsSync(join(dir, "data")) ? readdirSync(join(dir, "data")).map((n) => `data/${n}`) : []),
  ];
  const stamps: Stamps = {};
  for (const name of names.filter((n) => SOURCE_FILE.test(n)).sort()) {
    const stat = statSync(join(dir, name));
    stamps[name] = [stat.size, Math.round(stat.mtimeMs)];
  }
  return stamps;
}

export function manifestFor(dir: string): string {
  return JSON.stringify({ format: FORMAT, sources: sourceStamps(dir) });
}

export const manifestFile = (out = COMPILED_DIR) => join(out, MANIFEST);
export const languageFile = (lang: Language, out = COMPILED_DIR) => join(out, `${lang}.json`);
export const compoundsFile = (out = COMPILED_DIR) => join(out, "nl-compounds.json");

/**
 * The lexicon compiled from the files in `dir`, when it is there and was built from those files as they are now;
 * otherwise null (then src/lexicon/load.ts reads and validates the files).
 */
export function loadCompiledLexicon(dir: string, compiledDir = COMPILED_DIR): Lexicon | null {
  let manifest: string;
  try {
    manifest = readFileSync(manifestFile(compiledDir), "utf8");
  } catch {
    return null;
  }
  if (manifest !== manifestFor(dir)) return null;
  const sources = Object.keys((JSON.parse(manifest) as { sources: Stamps }).sources);
  const read = lazyRecord(
    LANGUAGES,
    (lang) => JSON.parse(readFileSync(languageFile(lang, compiledDir), "utf8")) as CompiledLanguage,
  );
  let compounds: Map<string, [number, number]> | undefined;
  return {
    entries: lazyRecord(LANGUAGES, (lang) =>
      read[lang].entries.map(({ entry, file }) => ({ entry, file: join(dir, file) })),
    ),
    commonWords: lazyRecord(
      LANGUAGES.filter((lang) => sources.includes(`data/${lang}-common-words.txt`)),
      (lang) => {
        const { commonWords = [], commonStems } = read[lang];
        const words = new WordList(commonWords);
        if (commonStems) rememberCommonStems(words, new Set(commonStems));
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
  return lazyRecord(LANGUAGES, (l) => lexicon.entries[l].map((e) => e.entry));
}

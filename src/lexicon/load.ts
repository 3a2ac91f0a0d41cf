/**
 * Loads the lexicon files (lexicon/<lang>.json and lexicon/<lang>.<part>.json), the local overlay in
 * KLAAR_LEXICON_DIR, and the word lists (common words per language, Dutch compound splits). Every entry is validated; an error names the file and the entry.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ZodError } from "zod";
import { LANGUAGES, type Language } from "../analysis/types.ts";
import { type LexiconEntry, lexiconFileSchema } from "./schema.ts";

export const LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "lexicon");
const FILE_NAME = /^(nl|fr|de|en)(?:\.[\w-]+)?\.json$/;

export class LexiconError extends Error {
  constructor(readonly problems: string[]) {
    super(`The lexicon has errors:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "LexiconError";
  }
}

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
}

function describeZodError(file: string, data: unknown, error: ZodError): string[] {
  return error.issues.map((issue) => {
    const [first, index, ...rest] = issue.path;
    if (first === "entries" && typeof index === "number") {
      const raw = (data as { entries?: { id?: unknown }[] }).entries?.[index];
      const id = typeof raw?.id === "string" ? ` (${raw.id})` : "";
      return `${file}: entry ${index + 1}${id}: ${rest.join(".") || "entry"}: ${issue.message}`;
    }
    return `${file}: ${issue.path.join(".") || "file"}: ${issue.message}`;
  });
}

function readLexiconDir(dir: string, problems: string[]): LoadedEntry[][] {
  const perLanguage: LoadedEntry[][] = LANGUAGES.map(() => []);
  for (const name of readdirSync(dir)
    .filter((n) => FILE_NAME.test(n))
    .sort()) {
    const file = join(dir, name);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      problems.push(`${file}: not valid JSON: ${(error as Error).message}`);
      continue;
    }
    const parsed = lexiconFileSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...describeZodError(file, data, parsed.error));
      continue;
    }
    const expected = FILE_NAME.exec(name)?.[1];
    if (parsed.data.language !== expected) {
      problems.push(`${file}: language is "${parsed.data.language}" but the file name says "${expected}"`);
      continue;
    }
    perLanguage[LANGUAGES.indexOf(parsed.data.language)]?.push(
      ...parsed.data.entries.map((entry) => ({ entry, file })),
    );
  }
  return perLanguage;
}

/**
 * A word list that also finds "straße" as "strasse" and "aujourd’hui" as "aujourd'hui": wordfreq folds ß to ss and
 * writes the straight apostrophe.
 */
class WordList extends Set<string> {
  override has(word: string): boolean {
    if (super.has(word)) return true;
    const folded = word.replace(/ß/g, "ss").replace(/[’‘]/g, "'");
    return folded !== word && super.has(folded);
  }
}

function readWords(file: string): Set<string> {
  // Lines that start with "#" carry the attribution of the list.
  return new WordList(
    readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => line && !line.startsWith("#")),
  );
}

function readCommonWords(dir: string): Partial<Record<Language, ReadonlySet<string>>> {
  const lists: Partial<Record<Language, ReadonlySet<string>>> = {};
  for (const lang of LANGUAGES) {
    const file = join(dir, "data", `${lang}-common-words.txt`);
    if (existsSync(file)) lists[lang] = readWords(file);
  }
  return lists;
}

function readCompounds(file: string): Map<string, [number, number]> {
  const map = new Map<string, [number, number]>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const [word, head, modifier] = line.split("\t");
    if (word && head && modifier) map.set(word, [Number(modifier), Number(head)]);
  }
  return map;
}

/** Loads and validates everything; throws a LexiconError that lists every problem with file and entry. */
export function loadLexicon(options: { dir?: string; overlayDir?: string } = {}): Lexicon {
  const dir = options.dir ?? LEXICON_DIR;
  const overlayDir = options.overlayDir ?? process.env.KLAAR_LEXICON_DIR;
  const problems: string[] = [];
  const base = readLexiconDir(dir, problems);
  if (overlayDir) {
    if (!existsSync(overlayDir)) problems.push(`KLAAR_LEXICON_DIR: folder ${overlayDir} does not exist`);
    else {
      // A municipality's own entries replace shared entries with the same id and add the rest.
      readLexiconDir(overlayDir, problems).forEach((overlay, i) => {
        const ids = new Set(overlay.map((o) => o.entry.id));
        base[i] = [...(base[i] ?? []).filter((b) => !ids.has(b.entry.id)), ...overlay];
      });
    }
  }
  if (problems.length) throw new LexiconError(problems);
  const entries = Object.fromEntries(LANGUAGES.map((lang, i) => [lang, base[i] ?? []])) as Record<
    Language,
    LoadedEntry[]
  >;
  return {
    entries,
    commonWords: readCommonWords(dir),
    compounds: readCompounds(join(dir, "data", "nl-compounds.tsv")),
  };
}

/** Plain entries per language, as the analyzer takes them. */
export function lexiconEntries(lexicon: Lexicon): Record<Language, LexiconEntry[]> {
  return Object.fromEntries(LANGUAGES.map((l) => [l, lexicon.entries[l].map((e) => e.entry)])) as Record<
    Language,
    LexiconEntry[]
  >;
}

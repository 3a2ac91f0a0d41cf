/**
 * Loads the lexicon files (lexicon/<lang>.json and lexicon/<lang>.<part>.json), the local overlay in
 * KLAAR_LEXICON_DIR, and the Dutch word lists. Every entry is validated; an error names the file and the entry.
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
  /** Lower-case common Dutch words (SUBTLEX-NL Zipf ≥ 3). */
  commonWords: { nl: ReadonlySet<string> };
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

function readWords(file: string): Set<string> {
  return new Set(readFileSync(file, "utf8").split("\n").filter(Boolean));
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
    commonWords: { nl: readWords(join(dir, "data", "nl-common-words.txt")) },
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

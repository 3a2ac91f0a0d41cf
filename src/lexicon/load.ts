/**
 * Loads the lexicon files (lexicon/<lang>.json and lexicon/<lang>.<part>.json), the local overlay in
 * KLAAR_LEXICON_DIR, and the word lists (common words per language, Dutch compound splits). Every entry is validated; an error names the file and the entry.
 * Without an overlay, the lexicon compiled at build time (src/lexicon/compiled.ts) is used when it is up to date: it
 * was validated then, and each language is read only when it is first used.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ZodError } from "zod";
import { LANGUAGES, type Language } from "../analysis/types.ts";
import { LEXICON_DIR, type Lexicon, type LoadedEntry, loadCompiledLexicon, WordList } from "./compiled.ts";
import { lexiconFileSchema } from "./schema.ts";

export { LEXICON_DIR, type Lexicon, type LoadedEntry, lexiconEntries } from "./compiled.ts";

const FILE_NAME = /^(nl|fr|de|en)(?:\.[\w-]+)?\.json$/;

export class LexiconError extends Error {
  constructor(readonly problems: string[]) {
    super(`The lexicon has errors:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "LexiconError";
  }
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

/**
 * Loads and validates everything; throws a LexiconError that lists every problem with file and entry. `fromSources`
 * skips the compiled lexicon (the build uses it to make that).
 */
export function loadLexicon(options: { dir?: string; overlayDir?: string; fromSources?: boolean } = {}): Lexicon {
  const dir = options.dir ?? LEXICON_DIR;
  const overlayDir = options.overlayDir ?? process.env.KLAAR_LEXICON_DIR;
  if (!overlayDir && !options.fromSources && resolve(dir) === resolve(LEXICON_DIR)) {
    const compiled = loadCompiledLexicon(dir);
    if (compiled) return compiled;
  }
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

/**
 * Where the message catalogue lives, and the checked catalogue the build keeps (src/i18n/compile.ts), read back.
 * The compiled catalogue is split by area, so that a process that starts reads only the areas it shows:
 * `klaar analyze` needs five of fourteen areas in one language, and reading and parsing the whole language cost
 * milliseconds of every start (issue 17).
 * - index.json: the size and time of every locale file, and which language has which areas;
 * - areas/<area>.json: the area's keys with their arguments, and the source language's file of it (for `texts`);
 * - <lang>/<area>.json: the area's messages in that language, with the ones that have arguments parsed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CompiledMessage } from "./format.ts";

export const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "locales");
/** The language whose files define the keys and their arguments. */
export const SOURCE_LANGUAGE = "nl";
export const COMPILED_CATALOGUE_DIR = join(LOCALES_DIR, "..", "dist", "catalogue");

export type ArgType = "text" | "number" | "select" | "date";

/**
 * True in the bundled command line when bin/klaar.js checked, while the script loaded, that no locale file changed
 * since the build (scripts/bundle-cli.mjs): the compiled catalogue is then used without statting every locale file
 * again. Everywhere else the catalogue checks them itself.
 */
declare const KLAAR_LOCALES_FRESH: boolean | undefined;
const LOCALES_FRESH = typeof KLAAR_LOCALES_FRESH === "boolean" && KLAAR_LOCALES_FRESH;

/** The catalogue as `t` and `texts` read it: whatever is not in the index is read when first asked for. */
export interface Catalogue {
  /** lang → the areas it has a file for. */
  areas: Map<string, ReadonlySet<string>>;
  /** The source language's file of an area (nested content), for building text objects. */
  sourceRawOf(area: string): unknown;
  /** A message's source text in a language. */
  messageOf(lang: string, key: string): string | undefined;
  /** A message of a language parsed at build time (see compileCatalogue), when the catalogue has it. */
  parsedOf?(lang: string, key: string): CompiledMessage | string | undefined;
  /** A key's argument kinds, from the source language; undefined for a key that does not exist. */
  argsOf(key: string): Map<string, ArgType> | undefined;
}

/** The files of the compiled catalogue, by name in COMPILED_CATALOGUE_DIR. */
export const INDEX_FILE = "index.json";
export const areaFile = (area: string) => `areas/${area}.json`;
export const messagesFile = (lang: string, area: string) => `${lang}/${area}.json`;

export interface CompiledIndex {
  sources: Record<string, [number, number]>;
  areas: [string, string[]][];
}
export interface CompiledArea {
  args: [string, [string, ArgType][]][];
  raw: unknown;
}
/** A message of a compiled messages file: its key, its source and (see compileCatalogue) the message parsed. */
export type MessageRow =
  | [key: string, source: string]
  | [key: string, source: string, parsed: CompiledMessage | string];

/** The size and time of every locale file: the compiled catalogue is used only while they are the same. */
export function localeStamps(dir: string): Record<string, [number, number]> {
  const stamps: Record<string, [number, number]> = {};
  for (const lang of existsSync(dir) ? readdirSync(dir).sort() : []) {
    // Paths joined by hand: path.join normalises every path again, and this runs at every start of `klaar`.
    for (const name of readdirSync(`${dir}/${lang}`).sort()) {
      const stat = statSync(`${dir}/${lang}/${name}`);
      stamps[`${lang}/${name}`] = [stat.size, Math.round(stat.mtimeMs)];
    }
  }
  return stamps;
}

const areaOf = (key: string) => key.slice(0, Math.max(0, key.indexOf(".")));

/** The catalogue the build checked, when no locale file changed since; else null. */
export function compiledCatalogue(): Catalogue | null {
  const read = (name: string) => JSON.parse(readFileSync(`${COMPILED_CATALOGUE_DIR}/${name}`, "utf8"));
  let index: CompiledIndex;
  try {
    index = read(INDEX_FILE) as CompiledIndex;
  } catch {
    return null;
  }
  if (!LOCALES_FRESH && JSON.stringify(index.sources) !== JSON.stringify(localeStamps(LOCALES_DIR))) return null;
  const areas = new Map(index.areas.map(([lang, names]) => [lang, new Set(names)]));
  const keyed = areas.get(SOURCE_LANGUAGE) ?? new Set<string>();
  const areaData = new Map<string, { args: Map<string, Map<string, ArgType>>; raw: unknown } | undefined>();
  const areaOfKey = (key: string) => {
    const area = areaOf(key);
    if (!areaData.has(area)) {
      const data = keyed.has(area) ? (read(areaFile(area)) as CompiledArea) : undefined;
      areaData.set(
        area,
        data && { args: new Map(data.args.map(([name, kinds]) => [name, new Map(kinds)])), raw: data.raw },
      );
    }
    return areaData.get(area);
  };
  const messages = new Map<string, Map<string, { source: string; parsed?: CompiledMessage | string }>>();
  const messagesIn = (lang: string, key: string) => {
    const area = areaOf(key);
    const id = `${lang}/${area}`;
    let own = messages.get(id);
    if (!own) {
      own = new Map();
      if (areas.get(lang)?.has(area))
        for (const row of read(messagesFile(lang, area)) as MessageRow[])
          own.set(row[0], row.length === 3 ? { source: row[1], parsed: row[2] } : { source: row[1] });
      messages.set(id, own);
    }
    return own.get(key);
  };
  return {
    areas,
    sourceRawOf: (area) => areaOfKey(`${area}.`)?.raw,
    messageOf: (lang, key) => messagesIn(lang, key)?.source,
    parsedOf: (lang, key) => messagesIn(lang, key)?.parsed,
    argsOf: (key) => areaOfKey(key)?.args.get(key),
  };
}

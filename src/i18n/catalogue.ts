/**
 * The message catalogue: every text people read or hear, in locales/<lang>/<area>.json, written in ICU MessageFormat
 * (plurals and selects included) and formatted by intl-messageformat. Checked once, at load: every message parses,
 * every language that has an area has every key of the Dutch file and no other, and uses no argument the Dutch text
 * does not have. One error lists every problem as "locales/fr/kiosk.json: welcome: …".
 *
 * `t(lang, key, values)` is the one way to get a text. The key type is generated from the Dutch files
 * (scripts/gen-message-keys.ts → src/i18n/message-keys.ts), so a missing or misspelt key fails the type check.
 * An optional value that is absent (undefined) reaches the message as "none", so a message can say
 * `{alternative, select, none {Leg het uit.} other {Schrijf “{alternative}”.}}`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { visitorLanguage } from "../languages.ts";
import {
  type ArgType,
  areaFile,
  type Catalogue,
  type CompiledArea,
  type CompiledIndex,
  compiledCatalogue,
  INDEX_FILE,
  LOCALES_DIR,
  localeStamps,
  type MessageRow,
  messagesFile,
  SOURCE_LANGUAGE,
} from "./catalogue-files.ts";
import { type CompiledMessage, compileMessage, formatMessage } from "./format.ts";
import type { AreaTexts, MessageKey, MessageValues } from "./message-keys.ts";

export { type ArgType, COMPILED_CATALOGUE_DIR, LOCALES_DIR, SOURCE_LANGUAGE } from "./catalogue-files.ts";
export type { AreaTexts, MessageKey, MessageValues } from "./message-keys.ts";
export type Area = keyof AreaTexts;

/** Used when a language has no file for an area (e.g. the workbench in Arabic). */
export const FALLBACK_LANGUAGE = "en";

type Messages = Map<string, string>;

export class CatalogueError extends Error {
  constructor(readonly problems: string[]) {
    super(`The message catalogue has errors:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "CatalogueError";
  }
}

const PARSE_OPTIONS = { ignoreTag: true } as const;

/** The arguments a message uses, with their kind: `{n, plural, …}` is a number, `{x, select, …}` a choice. */
export function argumentsOf(elements: MessageFormatElement[], out = new Map<string, ArgType>()): Map<string, ArgType> {
  for (const el of elements) {
    if (el.type === TYPE.argument && !out.has(el.value)) out.set(el.value, "text");
    else if (el.type === TYPE.number) out.set(el.value, "number");
    else if (el.type === TYPE.date || el.type === TYPE.time) out.set(el.value, "date");
    else if (el.type === TYPE.plural) {
      out.set(el.value, "number");
      for (const option of Object.values(el.options)) argumentsOf(option.value, out);
    } else if (el.type === TYPE.select) {
      out.set(el.value, "select");
      for (const option of Object.values(el.options)) argumentsOf(option.value, out);
    } else if (el.type === TYPE.tag) argumentsOf(el.children, out);
  }
  return out;
}

/** {"a": {"b": "x"}, "c": ["y"]} → a.b = x, c.0 = y */
function flatten(value: unknown, prefix: string, out: Messages, problems: string[], file: string): void {
  if (typeof value === "string") out.set(prefix, value);
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) flatten(v, `${prefix}.${i}`, out, problems, file);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes(".")) problems.push(`${file}: ${prefix}${prefix ? "." : ""}${k}: a key cannot hold a dot`);
      flatten(v, prefix ? `${prefix}.${k}` : k, out, problems, file);
    }
  } else problems.push(`${file}: ${prefix}: a message must be text`);
}

export interface LoadedCatalogue {
  /** lang → area → raw file content (nested), for building text objects. */
  raw: Map<string, Map<string, unknown>>;
  /** lang → full key (area.path) → ICU source. */
  messages: Map<string, Messages>;
  /** full key → argument kinds, from the source language. */
  args: Map<string, Map<string, ArgType>>;
}

/** Reads and checks every locales/<lang>/<area>.json; throws a CatalogueError listing every problem. */
export function loadCatalogue(dir: string = LOCALES_DIR): LoadedCatalogue {
  const problems: string[] = [];
  const raw = new Map<string, Map<string, unknown>>();
  const messages = new Map<string, Messages>();
  const parsed = new Map<string, Map<string, Map<string, ArgType>>>();
  const langs = existsSync(dir) ? readdirSync(dir).sort() : [];
  for (const lang of langs) {
    const areas = new Map<string, unknown>();
    const flat: Messages = new Map();
    const langArgs = new Map<string, Map<string, ArgType>>();
    for (const fileName of readdirSync(join(dir, lang)).sort()) {
      if (!fileName.endsWith(".json")) continue;
      const area = fileName.slice(0, -5);
      const file = `locales/${lang}/${fileName}`;
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(join(dir, lang, fileName), "utf8"));
      } catch (error) {
        problems.push(`${file}: cannot read it as JSON: ${(error as Error).message}`);
        continue;
      }
      areas.set(area, data);
      const own: Messages = new Map();
      flatten(data, "", own, problems, file);
      for (const [path, source] of own) {
        const key = `${area}.${path}`;
        flat.set(key, source);
        if (source.trim() === "") {
          problems.push(`${file}: ${path}: the text is empty`);
          continue;
        }
        try {
          langArgs.set(key, argumentsOf(parse(source, PARSE_OPTIONS)));
        } catch (error) {
          problems.push(`${file}: ${path}: not valid ICU MessageFormat (${(error as Error).message})`);
        }
      }
    }
    raw.set(lang, areas);
    messages.set(lang, flat);
    parsed.set(lang, langArgs);
  }
  const source = messages.get(SOURCE_LANGUAGE);
  const args = parsed.get(SOURCE_LANGUAGE) ?? new Map();
  if (!source) problems.push(`locales/${SOURCE_LANGUAGE}: the source language is missing`);
  else {
    for (const [lang, flat] of messages) {
      if (lang === SOURCE_LANGUAGE) continue;
      const areas = raw.get(lang) ?? new Map();
      for (const key of source.keys()) {
        const area = key.slice(0, key.indexOf("."));
        if (areas.has(area) && !flat.has(key))
          problems.push(`locales/${lang}/${area}.json: ${key.slice(area.length + 1)}: missing (it is in nl)`);
      }
      for (const key of flat.keys()) {
        const area = key.slice(0, key.indexOf("."));
        const file = `locales/${lang}/${area}.json`;
        const path = key.slice(area.length + 1);
        if (!source.has(key)) {
          problems.push(`${file}: ${path}: unknown key (it is not in nl)`);
          continue;
        }
        const own = parsed.get(lang)?.get(key);
        const expected = args.get(key);
        if (!own || !expected) continue;
        for (const [name, kind] of own) {
          if (!expected.has(name)) problems.push(`${file}: ${path}: unknown argument {${name}} (nl has none)`);
          else if (kind !== expected.get(name) && kind !== "text" && expected.get(name) !== "text")
            problems.push(`${file}: ${path}: {${name}} is a ${kind} here but a ${expected.get(name)} in nl`);
        }
      }
    }
  }
  if (problems.length) throw new CatalogueError(problems);
  return { raw, messages, args };
}

/**
 * The checked catalogue as files (name → content) for the build to keep in COMPILED_CATALOGUE_DIR (see
 * src/i18n/catalogue-files.ts).
 */
export function compileCatalogue(dir: string = LOCALES_DIR): Map<string, string> {
  const sources = localeStamps(dir);
  const { raw, messages, args } = loadCatalogue(dir);
  const index: CompiledIndex = { sources, areas: [...raw].map(([lang, areas]) => [lang, [...areas.keys()]]) };
  const files = new Map([[INDEX_FILE, JSON.stringify(index)]]);
  const areaOf = (key: string) => key.slice(0, key.indexOf("."));
  for (const [area, content] of raw.get(SOURCE_LANGUAGE) ?? []) {
    const own: CompiledArea = {
      args: [...args].filter(([key]) => areaOf(key) === area).map(([key, kinds]) => [key, [...kinds]]),
      raw: content,
    };
    files.set(areaFile(area), JSON.stringify(own));
  }
  for (const [lang, flat] of messages) {
    for (const area of raw.get(lang)?.keys() ?? []) {
      const rows = [...flat].filter(([key]) => areaOf(key) === area);
      files.set(messagesFile(lang, area), JSON.stringify(rows.map(([key, source]) => withParsed(key, source, lang))));
    }
  }
  return files;
}

/**
 * A message as the compiled catalogue keeps it: its key and source, and the message parsed as `format` would parse
 * it, so that a process that starts does not parse every message it shows (the ICU parser is slow the first times it
 * runs). Not for a plain text (it is its own message), a message with a date skeleton ("::"), whose parse depends on the locale, nor for one whose parse
 * would not come back the same from JSON.
 */
function withParsed(key: string, source: string, lang: string): MessageRow {
  if (source.includes("::")) return [key, source];
  const parsed = compileMessage(source, lang);
  // A message without ICU syntax is its own text: nothing to keep.
  if (parsed === source) return [key, source];
  return isDeepStrictEqual(JSON.parse(JSON.stringify(parsed)), parsed) ? [key, source, parsed] : [key, source];
}

function fromSources(): Catalogue {
  const { raw, messages, args } = loadCatalogue();
  return {
    areas: new Map([...raw].map(([lang, areas]) => [lang, new Set(areas.keys())])),
    sourceRawOf: (area) => raw.get(SOURCE_LANGUAGE)?.get(area),
    messageOf: (lang, key) => messages.get(lang)?.get(key),
    argsOf: (key) => args.get(key),
  };
}

let loaded: Catalogue | undefined;
const compiled = new Map<string, CompiledMessage | string>();

function catalogue(): Catalogue {
  loaded ??= compiledCatalogue() ?? fromSources();
  return loaded;
}

/** The languages that have a file for this area. */
export function languagesWith(area: Area): string[] {
  return [...catalogue().areas].filter(([, areas]) => areas.has(area)).map(([lang]) => lang);
}

function languageFor(lang: string, area: string): string {
  const areas = catalogue().areas;
  if (areas.get(lang)?.has(area)) return lang;
  if (areas.get(FALLBACK_LANGUAGE)?.has(area)) return FALLBACK_LANGUAGE;
  return SOURCE_LANGUAGE;
}

type Values = Record<string, string | number | Date | undefined | null>;

function format(lang: string, key: string, values: Values | undefined): string {
  const area = key.slice(0, key.indexOf("."));
  const use = languageFor(lang, area);
  const id = `${use}\u0000${key}`;
  let mf = compiled.get(id);
  if (!mf) {
    const source = catalogue().messageOf(use, key);
    if (source === undefined) throw new Error(`No message ${key} in ${use}`);
    mf = catalogue().parsedOf?.(use, key) ?? compileMessage(source, use);
    compiled.set(id, mf);
  }
  if (typeof mf === "string") return mf;
  const filled: Record<string, string | number | Date> = {};
  for (const name of catalogue().argsOf(key)?.keys() ?? []) {
    const value = values?.[name];
    filled[name] = value === undefined || value === null || value === "" ? "none" : value;
  }
  return formatMessage(mf, filled);
}

type ValuesArg<K extends MessageKey> = [MessageValues[K]] extends [never] ? [] : [values: MessageValues[K]];

/** One text from the catalogue, in the given language (or English, then Dutch, when the language lacks the area). */
export function t<K extends MessageKey>(lang: string, key: K, ...values: ValuesArg<K>): string {
  return format(lang, key, values[0] as Values | undefined);
}

/** Same as t, for a key built at run time (e.g. from a rule id); throws when the key does not exist. */
export function tDynamic(lang: string, key: string, values?: Values): string {
  if (!catalogue().argsOf(key)) throw new Error(`No message ${key}`);
  return format(lang, key, values);
}

function build(lang: string, value: unknown, path: string): unknown {
  if (typeof value === "string") {
    const args = catalogue().argsOf(path);
    if (!args || args.size === 0) return format(lang, path, undefined);
    return (values: Values) => format(lang, path, values);
  }
  if (Array.isArray(value)) return value.map((v, i) => build(lang, v, `${path}.${i}`));
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, build(lang, v, `${path}.${k}`)]));
}

const areaCache = new Map<string, unknown>();

/** What every text object also says about its language, from src/languages.ts. */
export interface LanguageInfo {
  /** BCP 47 locale for `<html lang>`, dates and numbers. */
  htmlLang: string;
  dir: "ltr" | "rtl";
  /** The language's name in itself. */
  languageName: string;
  /** The script (latin, arabic, cyrillic): pages set `script-<script>` on <html> for its fonts. */
  script: string;
}

/**
 * All texts of one area as an object for pages and templates: a text without arguments is a string, a text with
 * arguments a function of its values (`texts.printedOn({ date })`).
 */
export function texts<A extends Area>(lang: string, area: A): AreaTexts[A] & LanguageInfo {
  const use = languageFor(lang, area);
  const id = `${use}\u0000${area}`;
  let out = areaCache.get(id);
  if (!out) {
    const source = catalogue().sourceRawOf(area);
    const info = visitorLanguage(use);
    out = {
      ...(build(use, source, area) as object),
      htmlLang: info.locale,
      dir: info.dir,
      languageName: info.nativeName,
      script: info.script,
    };
    areaCache.set(id, out);
  }
  return out as AreaTexts[A] & LanguageInfo;
}

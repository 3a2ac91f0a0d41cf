/**
 * Formats the catalogue's messages (src/i18n/catalogue.ts) with intl-messageformat, as `new IntlMessageFormat(source,
 * lang).format(values)` would, but with less work per message: see FORMATTERS.
 */
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { type Formatters, formatToParts, IntlMessageFormat, type PrimitiveType } from "intl-messageformat";
import { plainNumberFormat, plainPluralRules } from "./plain-intl.ts";

const PARSE_OPTIONS = { ignoreTag: true } as const;
/** ICU syntax characters: a message without them (and without arguments) is its own text. */
const ICU_SYNTAX = /[{}'<#]/;

/** A message with arguments, parsed, in the locale it is formatted in. */
export interface CompiledMessage {
  ast: MessageFormatElement[];
  locale: string;
}

/**
 * What `new IntlMessageFormat(source, lang)` would do for every message, once per language: it resolves the locale
 * (Intl.NumberFormat.supportedLocalesOf, slow) and makes new number, date and plural formatters for every message.
 * Messages are formatted with intl-messageformat's own formatToParts instead, with the locale resolved once and one
 * set of formatters per process (they are the same for every message of a locale).
 */
const resolvedLocales = new Map<string, Intl.Locale | undefined>();
function resolvedLocale(lang: string): Intl.Locale | undefined {
  if (!resolvedLocales.has(lang)) resolvedLocales.set(lang, IntlMessageFormat.resolveLocale(lang));
  return resolvedLocales.get(lang);
}
function memo<A extends unknown[], R>(make: (...args: A) => R): (...args: A) => R {
  const made = new Map<string, R>();
  return (...args) => {
    const key = JSON.stringify(args);
    let value = made.get(key);
    if (value === undefined) {
      value = make(...args);
      made.set(key, value);
    }
    return value;
  };
}
type Args<K extends keyof Formatters> = Parameters<Formatters[K]>;
const FORMATTERS: Formatters = {
  getNumberFormat: memo((...args: Args<"getNumberFormat">) =>
    // The `#` of a plural message (locale only): small whole numbers without a first use of Intl (plain-intl.ts).
    args.length === 1 && typeof args[0] === "string"
      ? (plainNumberFormat(args[0]) as Intl.NumberFormat)
      : new Intl.NumberFormat(...(args as ConstructorParameters<typeof Intl.NumberFormat>)),
  ),
  getDateTimeFormat: memo(
    (...args: Args<"getDateTimeFormat">) =>
      new Intl.DateTimeFormat(...(args as ConstructorParameters<typeof Intl.DateTimeFormat>)),
  ),
  getPluralRules: memo((...args: Args<"getPluralRules">) =>
    // One locale (a string) and options: whole numbers' forms without a first use of Intl (plain-intl.ts).
    args.length <= 2 && typeof args[0] === "string"
      ? (plainPluralRules(args[0], args[1] as Intl.PluralRulesOptions | undefined) as Intl.PluralRules)
      : new Intl.PluralRules(...(args as ConstructorParameters<typeof Intl.PluralRules>)),
  ),
};

/** A message as its own text when it has no arguments (only literal text and quotes), else parsed. */
export function compileMessage(source: string, lang: string): CompiledMessage | string {
  if (!ICU_SYNTAX.test(source)) return source;
  // The parser reads the locale only for date skeletons ("{d, date, ::yMMMd}"), and resolving it costs a first use
  // of Intl (tens of milliseconds in a process that has not used it yet).
  const locale = source.includes("::") ? resolvedLocale(lang) : undefined;
  const ast = parse(source, { ...PARSE_OPTIONS, locale });
  if (ast.every((el) => el.type === TYPE.literal)) return ast.map((el) => (el as { value: string }).value).join("");
  return { ast, locale: lang };
}

/** The message with these values filled in (text, numbers and dates: every part is text, joined as format does). */
export function formatMessage(message: CompiledMessage, values: Record<string, PrimitiveType>): string {
  return formatToParts(message.ast, message.locale, FORMATTERS, IntlMessageFormat.formats, values)
    .map((part) => String(part.value))
    .join("");
}

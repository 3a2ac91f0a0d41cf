/**
 * Long dates, lists, small whole numbers and their plural forms in the four letter languages without Intl: the first Intl formatter of a
 * process costs 20–40 ms (ICU loads its locale data), more than the rest of rendering an analysis. The words are
 * CLDR's (Unicode licence), as Node's ICU gives them; tests/i18n/plain-intl.test.ts checks that the output is the
 * same as Intl's for every month, list length 1–5, number below 1,000 and plural form below 1,000,000. Any other
 * language or value goes to Intl.
 */

/** Month names and the day's suffix, per locale as languages.ts uses them for dates. */
const LONG_DATES: Record<string, { months: readonly string[]; day: string }> = {
  "nl-BE": {
    months: "januari februari maart april mei juni juli augustus september oktober november december".split(" "),
    day: "",
  },
  "fr-BE": {
    months: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(" "),
    day: "",
  },
  "de-BE": {
    months: "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(" "),
    day: ".",
  },
  "en-GB": {
    months: "January February March April May June July August September October November December".split(" "),
    day: "",
  },
};

/** The words between the last two items of a list, and between the last two of three or more (English's comma). */
const CONJUNCTIONS: Record<string, { two: string; more: string }> = {
  nl: { two: " en ", more: " en " },
  fr: { two: " et ", more: " et " },
  de: { two: " und ", more: " und " },
  en: { two: " and ", more: ", and " },
};

/** Locales whose plain numbers are Latin digits with a group separator from 1,000 on. */
const LATIN_DIGITS = new Set(["nl", "fr", "de", "en", "nl-BE", "fr-BE", "de-BE", "en-GB"]);

const longDateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * `new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date)`:
 * "3 maart 2026", "3. März 2026".
 */
export function formatLongDate(locale: string, date: Date): string {
  const words = LONG_DATES[locale];
  const year = date.getUTCFullYear();
  if (words && year >= 1000 && year <= 9999)
    return `${date.getUTCDate()}${words.day} ${words.months[date.getUTCMonth()]} ${year}`;
  let format = longDateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    longDateFormats.set(locale, format);
  }
  return format.format(date);
}

/** `new Intl.ListFormat(lang, { type: "conjunction" }).format(items)`: "a, b en c". */
export function formatList(lang: string, items: readonly string[]): string {
  const words = CONJUNCTIONS[lang];
  if (!words) return new Intl.ListFormat(lang, { type: "conjunction" }).format(items);
  const n = items.length;
  if (n < 2) return items[0] ?? "";
  if (n === 2) return `${items[0]}${words.two}${items[1]}`;
  return `${items.slice(0, -1).join(", ")}${words.more}${items[n - 1]}`;
}

/**
 * `new Intl.NumberFormat(locale)` for the `#` of plural messages: whole numbers 0–999 in a letter language are their
 * own digits; the real formatter is made only for other numbers or locales.
 */
export function plainNumberFormat(locale: string): Pick<Intl.NumberFormat, "format"> {
  let real: Intl.NumberFormat | undefined;
  const intl = () => {
    real ??= new Intl.NumberFormat(locale);
    return real;
  };
  if (!LATIN_DIGITS.has(locale)) return intl();
  return {
    format: (value: number | bigint | string) =>
      typeof value === "number" && Number.isInteger(value) && (value > 0 || Object.is(value, 0)) && value < 1000
        ? String(value)
        : intl().format(value as number),
  };
}

/** CLDR's cardinal plural rules for whole numbers from 0 to 999,999 (French says "many" from 1,000,000 on). */
const PLURAL_ONE: Record<string, (n: number) => boolean> = {
  nl: (n) => n === 1,
  de: (n) => n === 1,
  en: (n) => n === 1,
  fr: (n) => n === 0 || n === 1,
};

/**
 * `new Intl.PluralRules(lang, options)` for plural messages (`{count, plural, one {…} other {…}}`): the cardinal
 * form of a whole number 0–999,999 in a letter language without Intl; the real rules only for anything else.
 */
export function plainPluralRules(lang: string, options?: Intl.PluralRulesOptions): Pick<Intl.PluralRules, "select"> {
  let real: Intl.PluralRules | undefined;
  const intl = () => {
    real ??= new Intl.PluralRules(lang, options);
    return real;
  };
  const one = PLURAL_ONE[lang];
  if (!one || (options?.type ?? "cardinal") !== "cardinal" || Object.keys(options ?? {}).some((k) => k !== "type"))
    return intl();
  return {
    select: (n: number) =>
      Number.isInteger(n) && (n > 0 || Object.is(n, 0)) && n < 1_000_000
        ? one(n)
          ? "one"
          : "other"
        : intl().select(n),
  };
}

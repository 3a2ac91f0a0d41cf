import { describe, expect, it } from "vitest";
import { formatList, formatLongDate, plainNumberFormat, plainPluralRules } from "../../src/i18n/plain-intl.ts";
import { LETTER_LANGUAGES, visitorLanguage } from "../../src/languages.ts";

// The locales the app formats long dates in (languages.ts); lists and plurals are formatted in the language codes.
const locales = LETTER_LANGUAGES.map((code) => visitorLanguage(code).locale);

describe("long dates without Intl", () => {
  it("are Intl's long dates for every day of two years, in every letter language's locale", () => {
    expect(locales).toEqual(["nl-BE", "fr-BE", "de-BE", "en-GB"]);
    for (const locale of [...locales, "ar", "tr"]) {
      const intl = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
      for (let day = Date.UTC(2027, 0, 1); day < Date.UTC(2029, 0, 1); day += 86_400_000) {
        const date = new Date(day);
        expect(formatLongDate(locale, date)).toBe(intl.format(date));
      }
      for (const date of [new Date(Date.UTC(1999, 11, 31)), new Date(Date.UTC(999, 0, 2)), new Date("0001-01-01")])
        expect(formatLongDate(locale, date)).toBe(intl.format(date));
    }
    expect(formatLongDate("nl-BE", new Date("2026-03-03T00:00:00Z"))).toBe("3 maart 2026");
    expect(formatLongDate("de-BE", new Date("2026-03-03T00:00:00Z"))).toBe("3. März 2026");
  });
});

describe("lists without Intl", () => {
  it("are Intl's conjunction lists of 0–5 items in every letter language", () => {
    const words = ["het adres", "een telefoonnummer", "een e-mailadres", "de naam", "de uren"];
    for (const lang of [...LETTER_LANGUAGES, "ar", "tr"]) {
      const intl = new Intl.ListFormat(lang, { type: "conjunction" });
      for (let n = 0; n <= 5; n++) expect(formatList(lang, words.slice(0, n))).toBe(intl.format(words.slice(0, n)));
    }
    expect(formatList("en", ["a phone number", "an address", "a name"])).toBe("a phone number, an address, and a name");
  });
});

describe("plural numbers without Intl", () => {
  it("are Intl's numbers for whole numbers, fractions and large numbers", () => {
    const values = [0, -0, 1, 7, 42, 999, 1000, 12_345, 1.5, -3, 1e21, Number.NaN];
    for (const locale of [...LETTER_LANGUAGES, ...locales, "ar", "tr"]) {
      const intl = new Intl.NumberFormat(locale);
      for (const value of values) expect(plainNumberFormat(locale).format(value)).toBe(intl.format(value));
    }
  });
});

describe("plural forms without Intl", () => {
  it("are Intl's cardinal forms for whole numbers, fractions, negative and large numbers", () => {
    const values = [
      0,
      -0,
      1,
      2,
      7,
      42,
      999,
      1000,
      12_345,
      999_999,
      1_000_000,
      2_000_000,
      1.5,
      0.5,
      -1,
      -3,
      1e21,
      Number.NaN,
    ];
    for (let n = 0; n <= 2000; n++) values.push(n);
    for (const lang of [...LETTER_LANGUAGES, "ar", "tr", "uk"]) {
      for (const options of [undefined, { type: "cardinal" as const }, { type: "ordinal" as const }]) {
        const intl = new Intl.PluralRules(lang, options);
        const plain = plainPluralRules(lang, options);
        for (const value of values) expect(plain.select(value), `${lang} ${value}`).toBe(intl.select(value));
      }
    }
    expect(plainPluralRules("fr").select(1_000_000)).toBe("many");
    expect(plainPluralRules("en").select(1)).toBe("one");
  });
});

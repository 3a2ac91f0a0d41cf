/**
 * Facts (amounts, dates, phone numbers, codes) written out as words, so a TTS voice reads them the way a
 * person at the counter would say them. Pure functions: no I/O.
 */

import { toCardinal as arCardinal } from "n2words/ar-SA";
import { toCardinal as deCardinal, toCurrency as deCurrency, toOrdinal as deOrdinal } from "n2words/de-DE";
import { toCardinal as enCardinal, toCurrency as enCurrency, toOrdinal as enOrdinal } from "n2words/en-US";
import { toCardinal as frCardinal, toCurrency as frCurrency } from "n2words/fr-BE";
import { toCardinal as nlCardinal, toCurrency as nlCurrency } from "n2words/nl-NL";
import { toCardinal as trCardinal } from "n2words/tr-TR";
import { toCardinal as ukCardinal } from "n2words/uk-UA";
import { t } from "../i18n/catalogue.ts";
import { visitorLanguage } from "../languages.ts";

const CARDINALS: Record<string, (n: number) => string> = {
  nl: (n) => nlCardinal(n),
  fr: (n) => frCardinal(n),
  de: (n) => deCardinal(n),
  en: (n) => enCardinal(n),
  ar: (n) => arCardinal(n),
  tr: (n) => trCardinal(n),
  uk: (n) => ukCardinal(n),
};

/** A number in words; digits for a language without words (the voice reads them). */
const cardinal = (lang: string, n: number): string => CARDINALS[lang]?.(n) ?? String(n);

/**
 * Euro and cent in the visitor languages n2words has no euro for (its currencies there are lira, hryvnia, riyal):
 * the numbers from n2words, the words around them from the catalogue (locales/<lang>/speech.json).
 */
function euroInWords(lang: string, euros: number, cents: number): string {
  return t(lang, "speech.euroAmount", {
    euros: cardinal(lang, euros),
    cents: cents === 0 ? undefined : cardinal(lang, cents),
    centCount: cents,
  });
}

/** 1234.56 → "duizend tweehonderdvierendertig euro en zesenvijftig cent". Belgian French: septante, nonante. */
export function amountInWords(value: number, lang: string): string {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`not an amount: ${value}`);
  const cents = Math.round(value * 100);
  // A string avoids float noise (0.1 + 0.2) inside n2words.
  const exact = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
  switch (lang) {
    case "nl":
      return nlCurrency(exact);
    case "fr":
      // "un million d'euros", not "un million euros".
      return frCurrency(exact).replace(/\b(millions?|milliards?) euros\b/, "$1 d'euros");
    case "de":
      return deCurrency(exact);
    case "en":
      // en-US gives "one thousand two hundred thirty-four" (no "and"), but in dollars.
      return enCurrency(exact)
        .replace(/\bdollars\b/, "euros")
        .replace(/\bdollar\b/, "euro");
    default:
      return euroInWords(lang, Math.floor(cents / 100), cents % 100);
  }
}

/** Years are said in pairs in German and English: "neunzehnhundertfünfundneunzig", "nineteen ninety-five". */
function yearInWords(year: number, lang: string): string {
  const century = Math.floor(year / 100);
  const rest = year % 100;
  const paired = year >= 1100 && year < 2000;
  if (lang === "de" && paired) return `${deCardinal(century)}hundert${rest ? deCardinal(rest) : ""}`;
  if (lang === "en" && paired) {
    const tail = rest === 0 ? "hundred" : rest < 10 ? `oh ${enCardinal(rest)}` : enCardinal(rest);
    return `${enCardinal(century)} ${tail}`;
  }
  // n2words already pairs Dutch years ("negentienhonderd vijfennegentig"); French does not pair years.
  return cardinal(lang, year);
}

/**
 * "2026-03-15" → nl "maandag 15 maart tweeduizend zesentwintig". The year is in words; the day stays a number
 * where the voice reads it right, and becomes an ordinal where the language needs one
 * (fr "premier", de "der fünfzehnte", en "the fifteenth of").
 */
export function dateInWords(iso: string, lang: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!match || !date || date.toISOString().slice(0, 10) !== match[0]) throw new RangeError(`not a date: ${iso}`);
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(visitorLanguage(lang).locale, {
      ...options,
      numberingSystem: "latn",
      timeZone: "UTC",
    }).format(date);
  const weekday = part({ weekday: "long" });
  const month = part({ month: "long" });
  const day = date.getUTCDate();
  const year = yearInWords(date.getUTCFullYear(), lang);
  switch (lang) {
    case "nl":
      return `${weekday} ${day} ${month} ${year}`;
    case "fr":
      return `${weekday} ${day === 1 ? "premier" : day} ${month} ${year}`;
    case "de":
      // espeak-ng reads "15." as "fünfzehn", so we write the ordinal.
      return `${weekday}, der ${deOrdinal(day)} ${month} ${year}`;
    case "en":
      return `${weekday} the ${enOrdinal(day)} of ${month} ${year}`;
    default: {
      // Day and month together, so the month takes the form it has in a date (uk "березня", not "березень").
      const dayMonth = part({ day: "numeric", month: "long" }).replace(String(day), cardinal(lang, day));
      return `${weekday} ${dayMonth} ${year}`;
    }
  }
}

/** Digits one by one, in words, so the voice never reads "266" as "two hundred sixty-six". */
function digitsInWords(digits: string, lang: string): string {
  return [...digits].map((d) => cardinal(lang, Number(d))).join(" ");
}

/** Belgian numbers in the groups people write and say: 09 266 12 34, 0470 12 34 56, 02 123 45 67, 0800 12 345. */
function belgianGroups(national: string): string[] {
  const take = (...sizes: number[]) => {
    const groups: string[] = [];
    let at = 0;
    for (const size of sizes) {
      groups.push(national.slice(at, at + size));
      at += size;
    }
    return groups;
  };
  if (national.length === 10 && national.startsWith("04")) return take(4, 2, 2, 2);
  if (national.length !== 9) return [national];
  if (/^0(800|90\d)/.test(national)) return take(4, 2, 3);
  // One-digit zones: Brussels, Antwerp, Liège, Ghent.
  if (/^0[2349]/.test(national)) return take(2, 3, 2, 2);
  return take(3, 2, 2, 2);
}

/**
 * "+3292661234" or "09 266 12 34" → nl "nul negen, twee zes zes, één twee, drie vier".
 * Belgian numbers are said as dialled inside Belgium. Each group is read digit by digit; the commas
 * make the voice pause, so the listener can write the number down.
 */
export function phoneInWords(phone: string, lang: string): string {
  const compact = phone.replace(/[\s./()-]/g, "");
  if (!/^(\+|00)?\d{6,15}$/.test(compact)) throw new RangeError("not a phone number");
  const belgian = /^(\+|00)32(\d{8,9})$/.exec(compact);
  const national = belgian ? `0${belgian[2]}` : compact;
  if (national.startsWith("0") && !national.startsWith("00")) {
    return belgianGroups(national)
      .map((group) => digitsInWords(group, lang))
      .join(", ");
  }
  // A foreign number: keep the groups as written.
  const groups = phone
    .replace(/^\s*(\+|00)/, "")
    .split(/[\s./()-]+/)
    .filter(Boolean);
  return `plus ${groups.map((group) => digitsInWords(group, lang)).join(", ")}`;
}

/**
 * An IBAN (groups of 4) or a Belgian structured communication (+++090/9337/55493+++, groups of 3-4-5),
 * read sign by sign with a pause between groups: "B E zes acht, vijf drie negen nul, …".
 * Letters stay capitals with spaces, which espeak-ng reads as letter names in every language.
 */
export function groupedCode(code: string, lang: string): string {
  const compact = code.replace(/[\s+*/.-]/g, "").toUpperCase();
  let groups: string[];
  if (/^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(compact)) {
    groups = compact.match(/.{1,4}/g) ?? [];
  } else if (/^\d{12}$/.test(compact)) {
    groups = [compact.slice(0, 3), compact.slice(3, 7), compact.slice(7)];
  } else {
    throw new RangeError("not an IBAN or a structured communication");
  }
  return groups
    .map((group) => [...group].map((sign) => (/\d/.test(sign) ? cardinal(lang, Number(sign)) : sign)).join(" "))
    .join(", ");
}

/** "OCMW" → "O C M W": spaces make the voice say the letter names instead of trying to read a word. */
export function spellAcronym(acronym: string): string {
  return [...acronym.replace(/[^\p{L}\p{N}]/gu, "").toUpperCase()].join(" ");
}

/** A clock time as people say it: nl "14 uur 30", fr "14 heures 30", de "14 Uhr 30", en "2:30 pm". */
export function timeInWords(hours: number, minutes: number, lang: string): string | null {
  if (!Number.isInteger(hours) || hours < 0 || hours > 23 || !Number.isInteger(minutes) || minutes < 0 || minutes > 59)
    return null;
  const mm = minutes ? ` ${minutes}` : "";
  switch (lang) {
    case "nl":
      return `${hours} uur${mm}`;
    case "fr":
      return `${hours} ${hours === 1 ? "heure" : "heures"}${mm}`;
    case "de":
      return `${hours} Uhr${mm}`;
    case "en": {
      const h12 = hours % 12 === 0 ? 12 : hours % 12;
      return `${h12}${minutes ? `:${String(minutes).padStart(2, "0")}` : ""} ${hours < 12 ? "am" : "pm"}`;
    }
    default:
      return null;
  }
}

/**
 * "14:00", "14u00", "14h30", "9.30 uur" in a sentence → "14 uur", "14 heures 30", "9 Uhr 30", "2 pm" for the voice
 * (espeak-ng reads "14:00" as "veertien nul nul"). A unit written after the time is taken in; other text stays.
 */
const TIME =
  /(?<![\p{L}\p{N}.,:/])([01]?\d|2[0-3])(?:(?:\s?[:h]\s?|u)([0-5]\d)|\.([0-5]\d)(?=\s?(?:uur|Uhr|heures?|h\b|tot\b|bis\b|à\b|to\b|-|–))|(?:\s?h|u)(?![\p{L}\p{N}]))(?:\s?(?:uur|Uhr|heures?)(?![\p{L}]))?(?![\p{L}\p{N}]|[.,:/]\d)/gu;
export function timesInWords(text: string, lang: string): string {
  if (!["nl", "fr", "de", "en"].includes(lang)) return text;
  return text.replace(TIME, (whole, h: string, m1?: string, m2?: string) => {
    return timeInWords(Number(h), Number(m1 ?? m2 ?? 0), lang) ?? whole;
  });
}

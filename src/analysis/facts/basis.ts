/**
 * The `basis` texts of deadlines: how a date was found or computed, in plain B1 language, in the message language.
 */
import type { Language } from "../types.ts";
import { parseIso } from "./calendar.ts";
import { MONTH_NAMES } from "./dates.ts";

export type PeriodUnit = "day" | "workday" | "week" | "month" | "year";
/** From when a relative period runs, as the letter says it. */
export type PeriodAnchor = "letter" | "notification" | "unstated";

const UNITS: Record<Language, Record<PeriodUnit, [one: string, many: string]>> = {
  nl: {
    day: ["dag", "dagen"],
    workday: ["werkdag", "werkdagen"],
    week: ["week", "weken"],
    month: ["maand", "maanden"],
    year: ["jaar", "jaar"],
  },
  fr: {
    day: ["jour", "jours"],
    workday: ["jour ouvrable", "jours ouvrables"],
    week: ["semaine", "semaines"],
    month: ["mois", "mois"],
    year: ["an", "ans"],
  },
  de: {
    day: ["Tag", "Tage"],
    workday: ["Werktag", "Werktage"],
    week: ["Woche", "Wochen"],
    month: ["Monat", "Monate"],
    year: ["Jahr", "Jahre"],
  },
  en: {
    day: ["day", "days"],
    workday: ["working day", "working days"],
    week: ["week", "weeks"],
    month: ["month", "months"],
    year: ["year", "years"],
  },
};

interface Texts {
  written: string;
  yearFromLetter: string;
  yearFromToday: string;
  dayBefore: (written: string, last: string) => string;
  after: (period: string, letterDate: string) => string;
  workdays: string;
  notification: string;
  unstated: string;
  noLetterDate: (period: string) => string;
}

const TEXTS: Record<Language, Texts> = {
  nl: {
    written: "Deze datum staat zo in de brief.",
    yearFromLetter:
      "Het jaar staat niet bij de datum. Wij kiezen het jaar dat het best past bij de datum van de brief.",
    yearFromToday: "Het jaar staat niet bij de datum. Wij kiezen het jaar dat het best past bij vandaag.",
    dayBefore: (written, last) => `In de brief staat: vóór ${written}. De laatste dag is dus ${last}.`,
    after: (period, date) => `${period} na ${date}. Dat is de datum van de brief.`,
    workdays: "Zaterdag en zondag tellen niet mee. Feestdagen tellen wij wel mee: kijk dat na.",
    notification:
      "De termijn begint eigenlijk op de dag dat u de brief kreeg. Die dag kennen wij niet. Kreeg u de brief later? Dan is de laatste dag ook later.",
    unstated: "De brief zegt niet vanaf welke dag u moet tellen. Wij tellen vanaf de datum van de brief.",
    noLetterDate: (period) =>
      `${period}. Wij kennen de datum van de brief niet. Daarom kunnen wij de laatste dag niet berekenen.`,
  },
  fr: {
    written: "Cette date est écrite dans la lettre.",
    yearFromLetter:
      "L'année n'est pas écrite avec la date. Nous prenons l'année qui va le mieux avec la date de la lettre.",
    yearFromToday: "L'année n'est pas écrite avec la date. Nous prenons l'année qui va le mieux avec aujourd'hui.",
    dayBefore: (written, last) => `La lettre dit : avant le ${written}. Le dernier jour est donc le ${last}.`,
    after: (period, date) => `${period} après le ${date}. C'est la date de la lettre.`,
    workdays: "Le samedi et le dimanche ne comptent pas. Nous comptons les jours fériés : vérifiez-le.",
    notification:
      "Le délai commence en fait le jour où vous avez reçu la lettre. Nous ne connaissons pas ce jour. Vous avez reçu la lettre plus tard ? Alors le dernier jour est aussi plus tard.",
    unstated:
      "La lettre ne dit pas à partir de quel jour il faut compter. Nous comptons à partir de la date de la lettre.",
    noLetterDate: (period) =>
      `${period}. Nous ne connaissons pas la date de la lettre. Nous ne pouvons donc pas calculer le dernier jour.`,
  },
  de: {
    written: "Dieses Datum steht so im Brief.",
    yearFromLetter: "Das Jahr steht nicht beim Datum. Wir nehmen das Jahr, das am besten zum Datum des Briefes passt.",
    yearFromToday: "Das Jahr steht nicht beim Datum. Wir nehmen das Jahr, das am besten zu heute passt.",
    dayBefore: (written, last) => `Im Brief steht: vor dem ${written}. Der letzte Tag ist also der ${last}.`,
    after: (period, date) => `${period} nach dem ${date}. Das ist das Datum des Briefes.`,
    workdays: "Samstag und Sonntag zählen nicht mit. Feiertage zählen wir mit: Bitte prüfen Sie das.",
    notification:
      "Die Frist beginnt eigentlich an dem Tag, an dem Sie den Brief bekommen haben. Diesen Tag kennen wir nicht. Haben Sie den Brief später bekommen? Dann ist auch der letzte Tag später.",
    unstated: "Im Brief steht nicht, ab welchem Tag die Frist läuft. Wir zählen ab dem Datum des Briefes.",
    noLetterDate: (period) =>
      `${period}. Wir kennen das Datum des Briefes nicht. Darum können wir den letzten Tag nicht berechnen.`,
  },
  en: {
    written: "This date is written in the letter.",
    yearFromLetter:
      "The year is not written with the date. We take the year that fits best with the date of the letter.",
    yearFromToday: "The year is not written with the date. We take the year that fits best with today.",
    dayBefore: (written, last) => `The letter says: before ${written}. So the last day is ${last}.`,
    after: (period, date) => `${period} after ${date}. That is the date of the letter.`,
    workdays: "Saturdays and Sundays do not count. We do count public holidays: please check.",
    notification:
      "The time limit really starts on the day you got the letter. We do not know that day. Did you get the letter later? Then the last day is later too.",
    unstated: "The letter does not say from which day to count. We count from the date of the letter.",
    noLetterDate: (period) => `${period}. We do not know the date of the letter. So we cannot work out the last day.`,
  },
};

/** "3 maart 2026", "1er avril 2026", "3. März 2026", "3 March 2026"; the ISO string itself when it is not valid. */
export function formatDate(iso: string, lang: Language): string {
  const date = parseIso(iso);
  if (!date) return iso;
  const month = MONTH_NAMES[lang][date.month - 1] ?? "";
  const day = lang === "de" ? `${date.day}.` : lang === "fr" && date.day === 1 ? "1er" : String(date.day);
  return `${day} ${month} ${date.year}`;
}

function period(count: number, unit: PeriodUnit, lang: Language): string {
  const [one, many] = UNITS[lang][unit];
  const text = `${count} ${count === 1 ? one : many}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Basis of a date written in the letter, with or without a year. */
export function writtenBasis(lang: Language, yearFrom: "written" | "letter" | "today"): string {
  const texts = TEXTS[lang];
  return yearFrom === "written" ? texts.written : yearFrom === "letter" ? texts.yearFromLetter : texts.yearFromToday;
}

/** Basis of "vóór 1 april": the last day is the day before the written one. */
export function dayBeforeBasis(lang: Language, writtenIso: string, lastIso: string): string {
  return TEXTS[lang].dayBefore(formatDate(writtenIso, lang), formatDate(lastIso, lang));
}

/** Basis of a relative deadline such as "binnen 30 dagen na de kennisgeving". */
export function relativeBasis(
  lang: Language,
  relative: { count: number; unit: PeriodUnit; anchor: PeriodAnchor; letterDate: string | null },
): string {
  const texts = TEXTS[lang];
  const length = period(relative.count, relative.unit, lang);
  if (!relative.letterDate) return texts.noLetterDate(length);
  const parts = [texts.after(length, formatDate(relative.letterDate, lang))];
  if (relative.unit === "workday") parts.push(texts.workdays);
  if (relative.anchor === "notification") parts.push(texts.notification);
  if (relative.anchor === "unstated") parts.push(texts.unstated);
  return parts.join(" ");
}

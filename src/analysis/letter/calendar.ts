/**
 * The Belgian legal calendar: public holidays (Easter-based ones computed), working days, and how a term is counted
 * under the Judicial Code (Gerechtelijk Wetboek / Code judiciaire art. 52–54): the day of the event does not count; a
 * term in days ends on the n-th day after it; a term in months or years ends on the same day number later; a last day
 * on a Saturday, Sunday or public holiday moves to the next working day.
 */
import { addDays, addMonths, parseIso } from "../facts/calendar.ts";
import type { TermUnit } from "../types.ts";

/** Easter Sunday of a Gregorian year (anonymous Gregorian computus, Meeus/Jones/Butcher), ISO. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const holidayCache = new Map<number, ReadonlySet<string>>();

/** The ten legal public holidays of Belgium in a year, ISO. */
export function belgianHolidays(year: number): ReadonlySet<string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = parseIso(easterSunday(year));
  const fixed = ["01-01", "05-01", "07-21", "08-15", "11-01", "11-11", "12-25"].map((md) => `${year}-${md}`);
  // Easter Monday (+1), Ascension Day (+39), Whit Monday (+50).
  const moving = easter ? [1, 39, 50].map((days) => addDays(easter, days)) : [];
  const set = new Set([...fixed, ...moving]);
  holidayCache.set(year, set);
  return set;
}

function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

export function isPublicHoliday(iso: string): boolean {
  return belgianHolidays(Number(iso.slice(0, 4))).has(iso);
}

/** Monday to Friday and not a public holiday. */
export function isWorkingDay(iso: string): boolean {
  const day = weekday(iso);
  return day !== 0 && day !== 6 && !isPublicHoliday(iso);
}

function nextDay(iso: string, days = 1): string {
  const ymd = parseIso(iso);
  if (!ymd) throw new Error(`not an ISO date: ${iso}`);
  return addDays(ymd, days);
}

/** The day itself when it is a working day, else the next working day (art. 53). */
export function onOrNextWorkingDay(iso: string): string {
  let day = iso;
  while (!isWorkingDay(day)) day = nextDay(day);
  return day;
}

/** The n-th working day after a day (the day itself does not count). */
export function addWorkingDays(iso: string, n: number): string {
  let day = iso;
  let left = n;
  while (left > 0) {
    day = nextDay(day);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/**
 * The last day of a term of n units that starts with an event on `eventIso` (art. 52–54). The event day does not
 * count; a last day that is not a working day moves to the next working day.
 */
export function lastDayOfTerm(eventIso: string, n: number, unit: TermUnit): string {
  const event = parseIso(eventIso);
  if (!event) throw new Error(`not an ISO date: ${eventIso}`);
  let last: string;
  if (unit === "working-days") return addWorkingDays(eventIso, n);
  if (unit === "days") last = addDays(event, n);
  else if (unit === "weeks") last = addDays(event, 7 * n);
  else last = addMonths(event, unit === "years" ? 12 * n : n);
  return onOrNextWorkingDay(last);
}

/** The presumed notification date of a registered letter: the third working day after sending. */
export function thirdWorkingDayAfter(sendingIso: string): string {
  return addWorkingDays(sendingIso, 3);
}

/**
 * ISO calendar arithmetic in UTC, so that the result never depends on the server's time zone or daylight saving.
 */

export interface YMD {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // Date.UTC reads the years 0–99 as 1900–1999: the arithmetic only for a plain Gregorian year and month.
  if (Number.isInteger(year) && year >= 100 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return month === 2 && leap ? 29 : (DAYS[month - 1] as number);
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The ISO string for a valid calendar day, or null (31/02, month 13, year outside 1900–2199). */
export function toIso(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function parseIso(iso: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return toIso(year, month, day) ? { year, month, day } : null;
}

function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function toTime({ year, month, day }: YMD): number {
  return Date.UTC(year, month - 1, day);
}

export function addDays(from: YMD, days: number): string {
  return fromTime(toTime(from) + days * DAY_MS);
}

/** Adds working days: Saturdays and Sundays are skipped (public holidays are not known here). */
export function addWorkdays(from: YMD, days: number): string {
  let time = toTime(from);
  let left = days;
  while (left > 0) {
    time += DAY_MS;
    const weekday = new Date(time).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return fromTime(time);
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day (31 jan + 1 → 28 feb). */
export function addMonths(from: YMD, months: number): string {
  const index = from.year * 12 + (from.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return fromTime(Date.UTC(year, month - 1, Math.min(from.day, daysInMonth(year, month))));
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: YMD, b: YMD): number {
  return Math.round((toTime(b) - toTime(a)) / DAY_MS);
}

/** "Open now" from the structured opening hours of a kiosk service. */
import { localTime, WEEKDAYS, type Weekday } from "./local-time.ts";

export interface OpeningRange {
  days: Weekday[];
  /** "08:30", local time */
  from: string;
  /** "12:00", local time; the range ends just before */
  to: string;
}

export function minutesOf(hhmm: string): number {
  const [hours = 0, minutes = 0] = hhmm.split(":").map(Number);
  return hours * 60 + minutes;
}

export function isOpenAt(ranges: readonly OpeningRange[], at: Date = new Date()): boolean {
  const now = localTime(at);
  return ranges.some(
    (r) => r.days.includes(now.weekday) && minutesOf(r.from) <= now.minutes && now.minutes < minutesOf(r.to),
  );
}

export interface NextOpening {
  /** 0 = later today, 1 = tomorrow, … */
  daysAhead: number;
  weekday: Weekday;
  /** "08:30" */
  from: string;
}

/** When a closed service opens next (within a week); undefined when it has no hours at all. */
export function nextOpening(ranges: readonly OpeningRange[], at: Date = new Date()): NextOpening | undefined {
  const now = localTime(at);
  const today = WEEKDAYS.indexOf(now.weekday);
  for (let daysAhead = 0; daysAhead <= 7; daysAhead++) {
    const weekday = WEEKDAYS[(today + daysAhead) % 7] as Weekday;
    const starts = ranges
      .filter((r) => r.days.includes(weekday))
      .map((r) => r.from)
      .filter((from) => daysAhead > 0 || minutesOf(from) > now.minutes)
      .sort((a, b) => minutesOf(a) - minutesOf(b));
    if (starts[0]) return { daysAhead, weekday, from: starts[0] };
  }
  return undefined;
}

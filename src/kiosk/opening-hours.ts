/** "Open now" from the structured opening hours of a kiosk service. */
import { localTime, type Weekday } from "./local-time.ts";

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

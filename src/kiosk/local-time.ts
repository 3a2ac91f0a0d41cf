/**
 * Local time at the counter. Kiosks stand in Belgium: "today" for ticket numbers and "open now" follow
 * Europe/Brussels, whatever time zone the server runs in.
 */
export const TIME_ZONE = "Europe/Brussels";

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

export interface LocalTime {
  /** "2026-03-03" */
  date: string;
  weekday: Weekday;
  /** Minutes since local midnight. */
  minutes: number;
}

export function localTime(at: Date): LocalTime {
  const p = Object.fromEntries(parts.formatToParts(at).map((part) => [part.type, part.value]));
  const weekday = String(p.weekday).toLowerCase().slice(0, 3) as Weekday;
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    weekday,
    minutes: Number(p.hour) * 60 + Number(p.minute),
  };
}

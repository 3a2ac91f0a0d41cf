/**
 * By when: a firm date only when its anchor is known (a fixed date, the letter date, the sending date, the third
 * working day after sending). A term that runs from receipt or notification is stated as a rule ("binnen 3 maanden
 * nadat u de brief kreeg") until the visitor answers "Wanneer kreeg u deze brief?"; then the last day is counted as
 * Belgian law does (Judicial Code art. 52–54) and marked as calculated. Pure: the kiosk uses the same functions.
 */
import { lastDayOfTerm } from "../analysis/letter/calendar.ts";
import type { DeadlinePurpose, LetterDeadline, LetterModel } from "../analysis/types.ts";

/** The visitor's answer to "Wanneer kreeg u deze brief?". */
export type ReceiptAnswer = { kind: "today" } | { kind: "date"; date: string } | { kind: "unknown" };

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the plain form (received=today|date|unknown, date=YYYY-MM-DD); null when there is no usable answer. */
export function parseReceiptAnswer(received: unknown, date: unknown): ReceiptAnswer | null {
  if (received === "today") return { kind: "today" };
  if (received === "unknown") return { kind: "unknown" };
  if (received === "date" && typeof date === "string" && ISO.test(date) && !Number.isNaN(Date.parse(date)))
    return { kind: "date", date };
  return null;
}

/** The day the letter came, from the answer; null for "I don't know". A day after today is not accepted. */
export function receivedOn(answer: ReceiptAnswer | null | undefined, today: string): string | null {
  if (!answer || answer.kind === "unknown") return null;
  const day = answer.kind === "today" ? today : answer.date;
  return day > today ? null : day;
}

/** A term that needs the day the letter came: anchored on receipt or notification, with a term and no date. */
export function needsReceiptDate(d: Pick<LetterDeadline, "anchor" | "term" | "date">): boolean {
  return !d.date && d.term !== null && (d.anchor === "receipt" || d.anchor === "notification");
}

/** Whether the letter screen (and the kiosk) should ask "Wanneer kreeg u deze brief?". */
export function asksReceiptDate(model: Pick<LetterModel, "deadlines">): boolean {
  return model.deadlines.some(needsReceiptDate);
}

/**
 * The last day of a deadline: its own date when the letter fixes it, else — for a term from receipt or notification —
 * counted from the day the visitor got the letter (the day itself does not count; a weekend or holiday moves it on).
 */
export function deadlineAfterReceipt(
  d: Pick<LetterDeadline, "anchor" | "term" | "date">,
  received: string | null,
): { date: string; calculated: boolean } | null {
  if (d.date) return { date: d.date, calculated: false };
  if (!received || !needsReceiptDate(d) || !d.term) return null;
  return { date: lastDayOfTerm(received, d.term.n, d.term.unit), calculated: true };
}

export type SaidPurpose = "appeal" | "payment" | "documents" | "response" | "other";
export const saidPurpose = (p: DeadlinePurpose): SaidPurpose => (p === "appointment" ? "other" : p);

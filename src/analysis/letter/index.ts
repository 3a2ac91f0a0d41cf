/**
 * The letter model: the letter understood as a whole, as typed data with evidence spans. Pure; the explanation,
 * printout and speech compose their sentences from it.
 */
import { parseIso } from "../facts/calendar.ts";
import {
  type DateMatch,
  findDateMatches,
  findLetterDateWithSource,
  findSendingDate,
  resolveDate,
} from "../facts/dates.ts";
import type { AmountFact, Facts, Language, LetterModel } from "../types.ts";
import type { WordStarts } from "../word-starts.ts";
import { findLetterAmounts, totalToPay } from "./amounts.ts";
import { findAppointments } from "./appointments.ts";
import { composeBottomLine, findAppeal } from "./bottom-line.ts";
import { findIbanCodes, findStructuredCodes } from "./codes.ts";
import { checkConsistency } from "./consistency.ts";
import { findLetterDeadlines } from "./deadlines.ts";
import { classifyLetter } from "./kind.ts";
import { quick } from "./ready.ts";

export interface LetterOptions {
  /** The letter date given by the caller (it wins over the text). */
  givenLetterDate?: string;
  today: string;
  /** The dates of the text (findDateMatches), when the caller has read them already. */
  dateMatches?: readonly DateMatch[];
  /** The word starts of the text (word-starts.ts), when the caller has them. */
  words?: WordStarts;
  /** The amounts in digits as the facts read them from this text (before any span was rewritten), if known. */
  amounts?: readonly AmountFact[];
}

const TOTAL_HINT_RE = quick(
  String.raw`totaal|te\sbetalen|total\sà\spayer|montant\sdû|à\spayer|zu\szahlen|Gesamtbetrag|amount\sdue|total\sdue`,
  "i",
);

export function buildLetterModel(text: string, lang: Language, facts: Facts, options: LetterOptions): LetterModel {
  const matches = options.dateMatches ?? findDateMatches(text);
  const today = parseIso(options.today);
  const found = findLetterDateWithSource(text, matches);
  const foundIso = found ? resolveDate(found.date, today)?.iso : undefined;
  const letterDate: LetterModel["letterDate"] = options.givenLetterDate
    ? { iso: options.givenLetterDate, source: "given", evidence: [] }
    : found && foundIso
      ? {
          iso: foundIso,
          source: found.source === "heading" ? "dateline" : found.source,
          evidence: [{ start: found.date.start, end: found.date.end }],
        }
      : null;
  const sendingMatch = findSendingDate(text, matches);
  const sendingDate = sendingMatch ? (resolveDate(sendingMatch, today)?.iso ?? null) : null;

  const kind = classifyLetter(text, facts.subject, TOTAL_HINT_RE.test(text), options.words);
  const amounts = findLetterAmounts(text, {
    kind: kind.kind,
    decision: kind.decision?.type ?? null,
    lang,
    ...(options.amounts ? { digits: options.amounts } : {}),
  });
  const toPay = totalToPay(amounts);
  // A "bill" that only pays out (a tax refund) informs the reader.
  if (kind.kind === "bill" && toPay === null && amounts.some((a) => a.role === "to-receive")) kind.kind = "information";
  const appointments = findAppointments(
    text,
    facts.dates,
    facts.deadlines,
    letterDate?.evidence[0] ?? null,
    letterDate?.iso ?? null,
  );
  const deadlines = findLetterDeadlines(
    text,
    facts.deadlines,
    {
      letterDate: letterDate?.iso ?? null,
      sendingDate,
      eventDate: appointments[0]?.date ?? null,
      ...(options.words ? { words: options.words } : {}),
    },
    appointments,
  );
  const reference = letterDate?.iso ?? options.today;
  const bottomLine = composeBottomLine({
    text,
    kind,
    amounts,
    toPay,
    sender: facts.sender,
    subject: facts.subject,
    reference,
    dateMatches: matches,
  });
  const model: Omit<LetterModel, "unsure"> = {
    letterDate,
    kind: { kind: kind.kind, confidence: kind.confidence, evidence: kind.evidence },
    decision: kind.decision,
    bottomLine,
    amounts,
    toPay,
    deadlines,
    appointments,
    appeal: findAppeal(text, deadlines, options.words),
    ibans: findIbanCodes(text),
    paymentReferences: findStructuredCodes(text),
  };
  return { ...model, unsure: checkConsistency(model) };
}

/**
 * Facts of a letter: dates, deadlines, amounts, payment details, references, contact details, opening hours,
 * sender and subject. Every fact carries the span it was read from; nothing is added that the text does not say.
 */
import type { Facts, Language, Span } from "../types.ts";
import { WordStarts } from "../word-starts.ts";
import { findAmounts } from "./amounts.ts";
import { parseIso } from "./calendar.ts";
import { findEmails, findPhones, findUrls } from "./contacts.ts";
import { type DateMatch, findDateMatches, findLetterDate, resolveDate } from "./dates.ts";
import { findDeadlines } from "./deadlines.ts";
import { findSender, findSubject } from "./header.ts";
import { findOpeningHours } from "./opening-hours.ts";
import { findIbans, findStructuredCommunications } from "./payment.ts";
import { findReferences } from "./references.ts";

export interface FactOptions {
  /** ISO date of the letter, when the caller knows it. */
  letterDate?: string;
  /** ISO date of today: used for a missing year when the letter date is unknown. */
  today: string;
  /** The dates of the text (findDateMatches), when the caller has read them already. */
  dateMatches?: readonly DateMatch[];
  /** The word starts of the text (word-starts.ts), when the caller has them. */
  words?: WordStarts;
}

/** Pairs of a fact and a taken span up to which they are compared one by one (a letter); more: the mask. */
const PAIRS_COMPARED = 256;

/** The facts that share no character with the taken spans; a character mask keeps this linear on long texts. */
function without<T extends Span>(text: string, facts: T[], ...taken: readonly Span[][]): T[] {
  if (facts.length === 0) return facts;
  let count = 0;
  for (const spans of taken) count += spans.length;
  if (facts.length * count <= PAIRS_COMPARED) {
    // The characters both cover, within the text: as many as the mask below finds.
    const shares = (fact: Span, span: Span) =>
      Math.max(fact.start, span.start, 0) < Math.min(fact.end, span.end, text.length);
    return facts.filter((fact) => !taken.some((spans) => spans.some((span) => shares(fact, span))));
  }
  const mask = new Uint8Array(text.length);
  for (const spans of taken) for (const span of spans) mask.fill(1, span.start, span.end);
  return facts.filter((fact) => !mask.subarray(fact.start, fact.end).includes(1));
}

export function extractFacts(text: string, lang: Language, options: FactOptions): Facts {
  const matches = options.dateMatches ?? findDateMatches(text);
  const today = parseIso(options.today);
  const given = options.letterDate ? parseIso(options.letterDate) : null;
  const found = given ? null : findLetterDate(text, matches);
  const foundIso = found && resolveDate(found, today)?.iso;
  const letterDate = given ? (options.letterDate as string) : (foundIso ?? null);
  const reference = letterDate ? parseIso(letterDate) : today;

  const dates = matches.flatMap((match) => resolveDate(match, reference) ?? []);
  const ibans = findIbans(text);
  const paymentReferences = findStructuredCommunications(text);
  const amounts = findAmounts(text, lang);
  const words = options.words?.text === text ? options.words : new WordStarts(text);
  const references = findReferences(text, words);
  const emails = findEmails(text);
  // A number inside an account number, a date, an amount or a file reference is not a phone number.
  const phones = without(text, findPhones(text), ibans, paymentReferences, dates, amounts, references);

  return {
    letterDate,
    letterDateSource: given ? "given" : letterDate ? "text" : "none",
    dates,
    deadlines: findDeadlines(text, dates, { letterDate, words }),
    amounts,
    ibans,
    paymentReferences,
    references,
    phones,
    emails,
    urls: without(text, findUrls(text), emails),
    openingHours: findOpeningHours(text, words),
    ...optional("sender", findSender(text)),
    ...optional("subject", findSubject(text)),
  };
}

// Optional fields are left out rather than set to undefined, so that JSON output stays the same.
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * The public shape of an analysis. It is returned by `POST /api/analyze` and `klaar analyze --json`,
 * so changes here must stay backwards compatible: add fields, never rename or remove them.
 *
 * Every span is a pair of UTF-16 offsets into the analysed text: `text.slice(start, end)`.
 */

import type { Texts as FindingTexts } from "../i18n/keys/findings.ts";
import { LETTER_LANGUAGES, type LetterLanguage } from "../languages.ts";
import type { RuleId } from "./rules/meta.ts";

export type { RuleId } from "./rules/meta.ts";

/** A letter language (src/languages.ts): one Klaar can analyse. */
export type Language = LetterLanguage;
export const LANGUAGES: readonly Language[] = LETTER_LANGUAGES;

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  /** The token as written. */
  text: string;
  kind: "word" | "number" | "date" | "amount" | "iban" | "structured-communication" | "email" | "url" | "punct";
}

export interface Sentence extends Span {
  /** Number of word tokens in the sentence. */
  words: number;
}

export type Severity = "info" | "suggestion" | "warning";

/** The message of a finding: locales/<lang>/findings.json, messages.<id> (the catalogue is the list). */
export type FindingMessageId = keyof FindingTexts["messages"];

/** Values a message is filled with. */
export type MessageData = Record<string, string | number>;

/**
 * What the analysis core finds, as data (like retext's messages): the rule, the place, the values of its message
 * and the expected replacements. The words are added at the edge (server, CLI, workbench) from the catalogue.
 */
export interface FindingData extends Span {
  rule: RuleId;
  severity: Severity;
  /** The text of the span, for convenience (retext's `actual`). */
  text: string;
  /** Which message says what is wrong. */
  messageId: FindingMessageId;
  /** The values of that message. */
  data: MessageData;
  /** Plain replacements for the span, best first; empty when there is none (retext's `expected`). */
  expected: string[];
  /** A plain alternative that can replace the span as is, when one exists. */
  suggestion?: string;
  /** Lexicon entry id for `jargon`, `tone` and lexicon-driven findings. */
  termId?: string;
  /** Lexicon explanation of the term (B1). */
  explanation?: string;
  /** Pictogram id from kiosk/pictograms/catalogue.json. */
  pictogram?: string;
  /**
   * When the term has several senses ("beroep": appeal, job): every candidate, the one explained (`termId`) first.
   * The citizen sees one explanation; the workbench can show them all.
   */
  senses?: { termId: string; sense?: string }[];
}

/** A finding as the API, the CLI and the workbench show it. */
export interface Finding extends FindingData {
  /** What is wrong, in plain words, in the requested message language. */
  message: string;
}

export type CefrBand = "A2" | "B1" | "B2" | "C1+";

export interface Readability {
  /** Formula names and scores that apply to the language (e.g. `flesch-douma`, `brouwer` for nl). */
  scores: { id: string; name: string; value: number; source: string }[];
  sentences: number;
  words: number;
  syllables: number;
  meanSentenceLength: number;
  meanSyllablesPerWord: number;
  /** Share (0..1) of words of more than three syllables. */
  longWordShare: number;
  /** Share (0..1) of content words with a Zipf frequency below 3 (nl only; null when no frequency list). */
  uncommonWordShare: number | null;
  /** The estimate, why (as data), and why in words (the message language). */
  cefr: { band: CefrBand; why: CefrReason[]; reasons: string[] };
}

/** Why the estimate is above B1: one measure, its value, its band and the B1 limit (readability.<id> messages). */
export interface CefrReason {
  id: "readingEase" | "meanSentenceLength" | "longWordShare" | "uncommonWordShare" | "allWithinB1";
  value: number;
  band: CefrBand;
  limit: number;
}

/** Readability as the core measures it: the reasons as data. */
export interface ReadabilityData extends Omit<Readability, "cefr"> {
  cefr: { band: CefrBand; why: CefrReason[] };
}

export interface DateFact extends Span {
  text: string;
  /** ISO date (YYYY-MM-DD). */
  iso: string;
  /** True when the year was not written and was taken from the letter date or today. */
  yearInferred: boolean;
  /** Set when the text came from OCR and a word of this fact was read unsure: check it on the letter itself. */
  uncertain?: true;
}

export type PeriodUnit = "day" | "workday" | "week" | "month" | "year";
/** From when a relative period runs, as the letter says it. */
export type PeriodAnchor = "letter" | "notification" | "unstated";

/**
 * How a deadline's date was found: written in the letter (with its year, or a year chosen to fit the letter date or
 * today; "vóór 1 april" makes the day before the last day), or counted as a period from the letter date (null when
 * that date is unknown).
 */
export type DeadlineBasis =
  | { kind: "written"; yearFrom: "written" | "letter" | "today"; before?: { written: string; last: string } }
  | { kind: "relative"; count: number; unit: PeriodUnit; anchor: PeriodAnchor; from: string | null };

export interface DeadlineFact extends Span {
  text: string;
  /** ISO date, or null when it cannot be resolved (e.g. relative to an unknown notification date). */
  date: string | null;
  /** True when the date is computed rather than written (relative deadline, inferred year). */
  estimated: boolean;
  /** How the date was found or computed, as data; the edge puts it in words (`basis`, locales/<lang>/facts.json). */
  why: DeadlineBasis;
  kind: "absolute" | "relative";
  /** What the deadline is for, when the sentence says so. */
  purpose?: "appeal" | "payment" | "response" | "documents" | "other";
  /** Set when the text came from OCR and a word of this fact was read unsure: check it on the letter itself. */
  uncertain?: true;
}

export interface AmountFact extends Span {
  text: string;
  value: number;
  currency: "EUR";
  direction: "pay" | "receive" | "unknown";
  /** Set when the text came from OCR and a word of this fact was read unsure: check it on the letter itself. */
  uncertain?: true;
}

export interface ValueFact extends Span {
  text: string;
  /** Normalised value: IBAN without spaces, phone in +32 form, lower-case e-mail, … */
  value: string;
  /** Set when the text came from OCR and a word of this fact was read unsure: check it on the letter itself. */
  uncertain?: true;
}

export interface OpeningHoursFact extends Span {
  text: string;
}

export interface Facts {
  /** The letter date: given by the caller, or found in the letter's heading. ISO or null. */
  letterDate: string | null;
  letterDateSource: "given" | "text" | "none";
  dates: DateFact[];
  deadlines: DeadlineFact[];
  amounts: AmountFact[];
  ibans: ValueFact[];
  paymentReferences: ValueFact[];
  references: ValueFact[];
  phones: ValueFact[];
  emails: ValueFact[];
  urls: ValueFact[];
  openingHours: OpeningHoursFact[];
  sender?: ValueFact;
  subject?: ValueFact;
}

/** The facts as the edge returns them: every deadline also says its basis in words. */
export interface FactsInWords extends Omit<Facts, "deadlines"> {
  deadlines: (DeadlineFact & { /** How the date was found or computed, in plain words. */ basis: string })[];
}

export type LetterKind = "decision" | "reminder" | "invitation" | "invoice" | "information" | "summons";

export type ChecklistId =
  | "decision"
  | "motivation"
  | "consequences"
  | "appeal"
  | "contact"
  | "reference"
  | "hearing"
  | "file-access"
  | "legal-aid"
  | "right-to-correct";

/** A checklist note: locales/<lang>/checklist.json, notes.<id>, or incomplete / notApplicable. */
export type NoteId =
  | "decision-missing"
  | "motivation-missing"
  | "motivation-law-only"
  | "consequences-missing"
  | "appeal-missing"
  | "appeal-no-deadline"
  | "contact-missing"
  | "contact-website-only"
  | "reference-missing"
  | "hearing-missing"
  | "file-access-missing"
  | "legal-aid-missing"
  | "right-to-correct-missing"
  | "incomplete"
  | "not-applicable";

/** Ways to reach a person; the contact item names the ones the letter lacks. */
export type Channel = "phone" | "hours" | "email" | "address" | "person";

export interface ChecklistItemData {
  id: ChecklistId;
  status: "present" | "missing" | "not-applicable";
  /** Where in the letter the item was found. */
  evidence?: Span;
  /** Why it is missing or not applicable, or what follows from it, as a message id. */
  noteId?: NoteId;
  /** The values of the note: the kind of letter (not-applicable), the missing channels (incomplete). */
  noteData?: { kind?: LetterKind; channels?: Channel[] };
}

export interface ChecklistItem extends ChecklistItemData {
  /** The note in plain words, in the message language. */
  note?: string;
}

/** The analysis as the core returns it: findings, notes and reasons as data, to be put in words at the edge. */
export interface AnalysisData extends Omit<Analysis, "findings" | "checklist" | "readability" | "facts"> {
  facts: Facts;
  findings: FindingData[];
  checklist: ChecklistItemData[];
  readability: ReadabilityData;
}

export interface Analysis {
  /** Schema version of this shape. */
  version: 1;
  language: Language;
  languageSource: "given" | "detected" | "default";
  /** The language of the `message`, `note`, `reasons` and `basis` strings. */
  messageLanguage: Language;
  sentences: Sentence[];
  readability: Readability;
  findings: Finding[];
  facts: FactsInWords;
  /** Whether the letter looks like a decision (the checklist applies fully only then). */
  isDecision: boolean;
  /** What kind of letter this is, and how sure we are (0..1). */
  letterKind: { kind: LetterKind; confidence: number };
  checklist: ChecklistItem[];
  /** The letter understood as a whole: kind, bottom line, amounts with roles, anchored deadlines, appointments. */
  letter: LetterModel;
}

export type AmountRole = "to-pay" | "to-receive" | "already-paid" | "reduction" | "line-item" | "fee-if-late" | "info";

export interface LetterAmount extends Span {
  text: string;
  value: number;
  role: AmountRole;
  written: "digits" | "words";
  /** The same total written again (repeated, or in words after the digits): index of its first mention. */
  repeatOf?: number;
  evidence: Span[];
}

export type DeadlineAnchor =
  | "fixed"
  | "letter-date"
  | "sending"
  | "third-working-day"
  | "receipt"
  | "notification"
  | "unknown";
export type DeadlinePurpose = "appeal" | "payment" | "response" | "documents" | "appointment" | "other";
export type TermUnit = "days" | "working-days" | "weeks" | "months" | "years";

export interface LetterDeadline extends Span {
  text: string;
  purpose: DeadlinePurpose;
  anchor: DeadlineAnchor;
  /** The term of a relative deadline; null for a fixed date. */
  term: { n: number; unit: TermUnit } | null;
  /** The last day (ISO) only when the anchor is known from the letter; null for receipt and notification. */
  date: string | null;
  /** True when the date is counted (Judicial Code art. 52–54) rather than written in the letter. */
  calculated: boolean;
  evidence: Span[];
}

export interface LetterAppointment extends Span {
  /** Where the written date ends (start..dateEnd is the date as written). */
  dateEnd: number;
  date: string | null;
  /** "14:00" */
  time: string | null;
  place: string | null;
  /** What to bring, as written. */
  bring: string[];
  evidence: Span[];
}

export type LetterModelKind = "decision" | "bill" | "fine" | "invitation" | "request" | "information" | "reminder";
export type DecisionType = "grant" | "refuse" | "recover" | "revise" | "suspend" | "end";
export type BottomLineAction = DecisionType | "pay" | "attend" | "send" | "inform";

export interface BottomLine {
  /** Who decides or sends, as a citizen names it ("OCMW", "CPAS", "Stad Gent"). */
  actor: string | null;
  action: BottomLineAction;
  /** The benefit, service, tax or thing, as written in the letter ("leefloon"). */
  object: string | null;
  amount?: number;
  /** ISO date from which it applies. */
  from?: string;
  evidence: Span[];
  confidence: number;
}

export interface LetterCode extends Span {
  text: string;
  /** IBAN without spaces, or the twelve digits of a structured communication. */
  value: string;
  /** False when the check digits (mod 97) do not match: show it with a warning, never as a sure number. */
  valid: boolean;
}

export type UnsureReason =
  | "kind-unclear"
  | "decision-unclear"
  | "refusal-with-receive"
  | "bill-without-total"
  | "several-totals"
  | "no-letter-date"
  | "invalid-code"
  | "deadline-anchor-unknown";

export interface LetterModel {
  letterDate: { iso: string; source: "given" | "dateline" | "label" | "sending"; evidence: Span[] } | null;
  kind: { kind: LetterModelKind; confidence: number; evidence: Span[] };
  decision: { type: DecisionType; confidence: number; evidence: Span[] } | null;
  bottomLine: BottomLine;
  amounts: LetterAmount[];
  /** The total due, once (index into amounts), or null. */
  toPay: number | null;
  deadlines: LetterDeadline[];
  appointments: LetterAppointment[];
  appeal: { present: boolean; route: string | null; deadline: number | null; evidence: Span[] };
  ibans: LetterCode[];
  paymentReferences: LetterCode[];
  /** Set when facts conflict or confidence is low: the visitor is sent to the counter. */
  unsure: { reason: UnsureReason; evidence: Span[] }[];
}

export interface AnalyzeOptions {
  /** Language of the letter; detected when absent. */
  lang?: Language;
  /** ISO date of the letter, used to resolve relative deadlines and years. */
  letterDate?: string;
  /** Language of messages and notes; defaults to the letter's language. */
  messageLang?: Language;
  /** Words above which a sentence is long (default 20). */
  longSentenceWords?: number;
  /** Today, ISO; used when a year must be inferred and no letter date is known. Defaults to the real date. */
  today?: string;
}

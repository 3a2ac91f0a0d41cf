/**
 * The public shape of an analysis. It is returned by `POST /api/analyze` and `klaar analyze --json`,
 * so changes here must stay backwards compatible: add fields, never rename or remove them.
 *
 * Every span is a pair of UTF-16 offsets into the analysed text: `text.slice(start, end)`.
 */

export type Language = "nl" | "fr" | "de" | "en";
export const LANGUAGES: readonly Language[] = ["nl", "fr", "de", "en"];

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

export type RuleId =
  | "jargon"
  | "uncommon-word"
  | "long-sentence"
  | "passive"
  | "nominal-style"
  | "double-negation"
  | "legal-reference"
  | "tone";

export type Severity = "info" | "suggestion" | "warning";

export interface Finding extends Span {
  rule: RuleId;
  severity: Severity;
  /** The text of the span, for convenience. */
  text: string;
  /** What is wrong, in plain words, in the requested message language. */
  message: string;
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
  cefr: { band: CefrBand; reasons: string[] };
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

export interface DeadlineFact extends Span {
  text: string;
  /** ISO date, or null when it cannot be resolved (e.g. relative to an unknown notification date). */
  date: string | null;
  /** True when the date is computed rather than written (relative deadline, inferred year). */
  estimated: boolean;
  /** How the date was found or computed, in plain words. */
  basis: string;
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

export interface ChecklistItem {
  id: ChecklistId;
  status: "present" | "missing" | "not-applicable";
  /** Where in the letter the item was found. */
  evidence?: Span;
  /** Why it is missing or not applicable, or what follows from it. */
  note?: string;
}

export interface Analysis {
  /** Schema version of this shape. */
  version: 1;
  language: Language;
  languageSource: "given" | "detected" | "default";
  /** The language of `message`, `note` and `basis` strings. */
  messageLanguage: Language;
  sentences: Sentence[];
  readability: Readability;
  findings: Finding[];
  facts: Facts;
  /** Whether the letter looks like a decision (the checklist applies fully only then). */
  isDecision: boolean;
  /** What kind of letter this is, and how sure we are (0..1). */
  letterKind: { kind: LetterKind; confidence: number };
  checklist: ChecklistItem[];
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

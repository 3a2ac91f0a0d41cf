/** The shape of a citizen explanation: statements with their evidence, sections, hard words, the annotated letter. */
import type { AnalysisData, Language, LetterModelKind, Span } from "../analysis/types.ts";
import type { LexiconEntry } from "../lexicon/schema.ts";
import type { CompoundSplits } from "./compounds.ts";
import type { SectionId } from "./texts.ts";
import type { ReceiptAnswer } from "./when.ts";

export interface Statement {
  /** What the visitor reads. */
  text: string;
  /** What the speech engine says: dates, amounts, numbers and codes in words. Absent for quotes of the letter. */
  spoken?: string;
  /** Dates, amounts and codes inside `spoken`, in words: said slowly, in groups, and repeated once. */
  values?: string[];
  /** Where in the letter this comes from. */
  evidence: Span[];
  /** A quote of the letter itself (shown as such, not read aloud). */
  quote?: boolean;
  /** We are not sure: the visitor should check at the counter. */
  unsure?: boolean;
  /** A code that fails its check: shown with a visible warning. */
  warning?: boolean;
  /** A date counted by Klaar (not written in the letter): shown as "berekend". */
  calculated?: boolean;
  /** Part of the essentials: the printout's first page and the spoken summary take it. */
  essential?: boolean;
  /** An essential the spoken summary may leave out when it runs over a minute: 1 goes first, then 2. */
  spokenOptional?: 1 | 2;
}

export interface Section {
  id: SectionId;
  heading: string;
  pictogram: string;
  statements: Statement[];
}

export interface HardWord {
  termId: string;
  /** The word as it stands in the letter (first occurrence). */
  term: string;
  explanation: string;
  /** Language of the explanation: the visitor's when the lexicon has it, else the letter's. */
  explanationLang: Language;
  pictogram: string;
  evidence: Span[];
}

export interface AnnotatedSegment extends Span {
  text: string;
  /** Ids of evidence spans that start in this segment (link targets for "where is this in the letter?"). */
  anchors?: string[];
  /** A hard word: its explanation is shown in place. */
  termId?: string;
  /** A long compound with reading dots: "arbeids·ongeschiktheids·uitkering". */
  reading?: string;
}

export interface Explanation {
  version: 1;
  uiLang: string;
  letterLang: Language;
  title: string;
  kind: { kind: LetterModelKind; confidence: number; label: string };
  /** ISO dates used for "nog N dagen". */
  today: string;
  /** The bottom line in one plain sentence (essential), with the letter's own sentence as evidence below it. */
  bottomLine: { statement: Statement; quote: Statement | null; unsure: boolean };
  /** "Wanneer kreeg u deze brief?": asked when a term runs from receipt or notification. */
  receipt: { asked: boolean; answer: ReceiptAnswer | null; received: string | null };
  sections: Section[];
  hardWords: HardWord[];
  annotated: AnnotatedSegment[];
  annotatedTitle: string;
}

export interface ExplainInput {
  text: string;
  analysis: AnalysisData;
  uiLang: string;
  today: string;
  /** Looks up a lexicon entry of the letter's language. */
  entry: (id: string) => LexiconEntry | undefined;
  compounds: CompoundSplits;
  /** The visitor's answer to "Wanneer kreeg u deze brief?", when given. */
  received?: ReceiptAnswer | null;
}

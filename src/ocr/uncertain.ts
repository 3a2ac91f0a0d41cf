/**
 * Words the OCR read unsure, and the facts that rest on them. Pure: no I/O. A date, amount, account number or payment
 * reference that overlaps an unsure word gets `uncertain: true`, so the explanation can say "check this" instead of
 * stating a wrong number with confidence. Nothing is "corrected" here: a guessed digit is worse than a flagged one.
 */
import type { AnalysisData, Span } from "../analysis/types.ts";
import type { OcrWord } from "./engine.ts";

export interface UncertainSpan extends Span {
  text: string;
  confidence: number;
}

/** The words under the confidence threshold (default 60). */
export function uncertainSpans(words: readonly OcrWord[], threshold = 60): UncertainSpan[] {
  return words
    .filter((w) => w.confidence < threshold)
    .map((w) => ({ start: w.start, end: w.end, text: w.text, confidence: w.confidence }));
}

/** A copy of the analysis with `uncertain: true` on every checked fact that overlaps an unsure span. */
export function markUncertainFacts(analysis: AnalysisData, spans: readonly Span[]): AnalysisData {
  if (spans.length === 0) return analysis;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const overlaps = (s: Span) => sorted.some((u) => u.start < s.end && s.start < u.end);
  const mark = <T extends Span>(facts: readonly T[]): T[] =>
    facts.map((f) => (overlaps(f) ? { ...f, uncertain: true as const } : f));
  const f = analysis.facts;
  return {
    ...analysis,
    facts: {
      ...f,
      dates: mark(f.dates),
      deadlines: mark(f.deadlines),
      amounts: mark(f.amounts),
      ibans: mark(f.ibans),
      paymentReferences: mark(f.paymentReferences),
      references: mark(f.references),
      phones: mark(f.phones),
    },
  };
}

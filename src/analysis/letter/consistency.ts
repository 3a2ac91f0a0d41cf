/**
 * Consistency between the parts of the model: a refusal has no amount to receive, a bill has exactly one total to
 * pay, a decision says what it decides. Where the facts do not fit or confidence is low the model says it is unsure,
 * with a reason code: the explanation then sends the visitor to the counter instead of guessing.
 */
import type { LetterModel, Span, UnsureReason } from "../types.ts";

const LOW_CONFIDENCE = 0.4;

export function checkConsistency(model: Omit<LetterModel, "unsure">): LetterModel["unsure"] {
  const unsure: { reason: UnsureReason; evidence: Span[] }[] = [];
  const { kind, decision, amounts } = model;
  if (kind.confidence < LOW_CONFIDENCE) unsure.push({ reason: "kind-unclear", evidence: kind.evidence });
  if (kind.kind === "decision" && (!decision || decision.confidence < LOW_CONFIDENCE)) {
    unsure.push({ reason: "decision-unclear", evidence: decision?.evidence ?? kind.evidence });
  }
  if (decision?.type === "refuse") {
    const receive = amounts.filter((a) => a.role === "to-receive");
    if (receive.length)
      unsure.push({ reason: "refusal-with-receive", evidence: receive.map((a) => ({ start: a.start, end: a.end })) });
  }
  const totals = amounts.filter((a) => a.role === "to-pay" && a.repeatOf === undefined);
  if ((kind.kind === "bill" || kind.kind === "fine") && totals.length === 0) {
    unsure.push({ reason: "bill-without-total", evidence: kind.evidence });
  }
  if (new Set(totals.map((a) => a.value)).size > 1) {
    unsure.push({ reason: "several-totals", evidence: totals.map((a) => ({ start: a.start, end: a.end })) });
  }
  if (!model.letterDate && model.deadlines.some((d) => d.anchor === "letter-date" || d.anchor === "sending")) {
    unsure.push({ reason: "no-letter-date", evidence: [] });
  }
  const badCodes = [...model.ibans, ...model.paymentReferences].filter((c) => !c.valid);
  if (badCodes.length)
    unsure.push({ reason: "invalid-code", evidence: badCodes.map((c) => ({ start: c.start, end: c.end })) });
  const open = model.deadlines.filter((d) => d.anchor === "unknown");
  if (open.length)
    unsure.push({ reason: "deadline-anchor-unknown", evidence: open.map((d) => ({ start: d.start, end: d.end })) });
  return unsure;
}

/** `legal-reference`: article numbers, laws with their date, and the abbreviations KB, B.S., A.R., M.B. */

import { inLatinRange, latinCopy } from "../latin-letters.ts";
import type { FindingData, Span } from "../types.ts";
import { finding, type Rule, type RuleContext } from "./context.ts";

export const rule: Rule = {
  id: "legal-reference",
  run(ctx: RuleContext): FindingData[] {
    const spans: Span[] = [];
    // A text of Latin script is read by the patterns' copies without the u flag: the same matches, compiled sooner.
    const latin = inLatinRange(ctx.text);
    for (const pattern of ctx.grammar.legalReference) {
      for (const m of ctx.text.matchAll((latin && latinCopy(pattern)) || pattern)) {
        const span = { start: m.index, end: m.index + m[0].trimEnd().length };
        // A law named inside an article reference is part of the same finding.
        if (!spans.some((s) => span.start < s.end && s.start < span.end)) spans.push(span);
      }
    }
    return spans
      .sort((a, b) => a.start - b.start)
      .map((span) => finding(ctx, "legal-reference", "suggestion", span, "legal-reference"));
  },
};

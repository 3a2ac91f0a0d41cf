/** `jargon` and `tone`: every lexicon term in the text, with its plain alternative, explanation and pictogram. */
import type { LexiconEntry } from "../../lexicon/schema.ts";
import type { FindingData } from "../types.ts";
import { finding, type Rule, type RuleContext } from "./context.ts";

/** Keep the capital of a sentence start when a term is replaced. */
function matchCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  return first !== first.toLowerCase() && replacement.charAt(0) === replacement.charAt(0).toLowerCase()
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement;
}

/** The forms an entry lists (its term and variants), in lower case: made once per entry. */
const listedForms = new WeakMap<LexiconEntry, ReadonlySet<string>>();
function formsOf(entry: LexiconEntry): ReadonlySet<string> {
  let forms = listedForms.get(entry);
  if (!forms) {
    forms = new Set([entry.term, ...entry.variants].map((form) => form.toLowerCase()));
    listedForms.set(entry, forms);
  }
  return forms;
}

export const rule: Rule = {
  id: "jargon",
  run(ctx: RuleContext): FindingData[] {
    return ctx.terms.map((m) => {
      const { entry } = m;
      const span = { start: ctx.tokens[m.first]?.start ?? 0, end: ctx.tokens[m.last]?.end ?? 0 };
      const text = ctx.text.slice(span.start, span.end);
      // The lexicon's explanation in the letter's language; the edge may put a translation in its place.
      const extra: Partial<FindingData> = {
        termId: entry.id,
        explanation: entry.explanation,
        pictogram: entry.pictogram,
      };
      if (m.senses.length > 1) {
        extra.senses = [entry, ...m.senses.filter((s) => s !== entry)].map((s) => ({ termId: s.id, sense: s.sense }));
      }
      // A replacement is only safe for the form as listed: "komt in aanmerking" is not "recht hebben op".
      const listed = formsOf(entry).has(text.toLowerCase());
      const alternative = m.inCompound || entry.keep || !listed ? undefined : entry.alternative;
      if (alternative) extra.suggestion = matchCase(text, alternative);
      const params = { term: m.inCompound ? entry.term : text, text, alternative };
      if (entry.category === "tone") {
        return finding(ctx, "tone", "warning", span, "tone", params, extra);
      }
      if (m.inCompound) {
        return finding(ctx, "jargon", "warning", span, "jargon-compound", params, extra);
      }
      if (entry.keep) return finding(ctx, "jargon", "info", span, "jargon-keep", params, extra);
      if (entry.category === "archaic") {
        return finding(ctx, "jargon", "suggestion", span, "archaic", params, extra);
      }
      return finding(ctx, "jargon", "warning", span, "jargon", params, extra);
    });
  },
};

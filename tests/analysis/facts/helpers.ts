import { extractFacts } from "../../../src/analysis/facts/index.ts";
import type { DeadlineFact, Facts, Language } from "../../../src/analysis/types.ts";
import { deadlineBasis } from "../../../src/i18n/analysis.ts";

/** Facts of a snippet with a fixed "today", so that tests never depend on the real date. */
export function factsOf(
  text: string,
  lang: Language = "nl",
  options: { letterDate?: string; today?: string } = {},
): Facts {
  return extractFacts(text, lang, {
    today: options.today ?? "2026-02-10",
    ...(options.letterDate ? { letterDate: options.letterDate } : {}),
  });
}

/** A deadline's basis as people read it (put in words at the edge, as the server and the CLI do). */
export function basisOf(deadline: DeadlineFact | undefined, lang: Language = "nl"): string | undefined {
  return deadline && deadlineBasis(lang, deadline.why);
}

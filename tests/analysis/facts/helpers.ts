import { extractFacts } from "../../../src/analysis/facts/index.ts";
import type { Facts, Language } from "../../../src/analysis/types.ts";

/** Facts of a snippet with a fixed "today", so that tests never depend on the real date. */
export function factsOf(
  text: string,
  lang: Language = "nl",
  options: { letterDate?: string; today?: string; messageLang?: Language } = {},
): Facts {
  return extractFacts(text, lang, {
    today: options.today ?? "2026-02-10",
    messageLang: options.messageLang ?? lang,
    ...(options.letterDate ? { letterDate: options.letterDate } : {}),
  });
}

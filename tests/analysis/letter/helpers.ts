import { createAnalyzer } from "../../../src/analysis/index.ts";
import type { Language, LetterModel } from "../../../src/analysis/types.ts";

const analyzer = createAnalyzer({ lexicons: {} });

/** The letter model of a text, with a fixed "today" so that tests never depend on the real date. */
export function letterOf(text: string, lang: Language = "nl", options: { letterDate?: string } = {}): LetterModel {
  return analyzer.analyze(text, { lang, today: "2026-12-07", ...options }).letter;
}

import { describe, expect, it } from "vitest";
import { measureLexicon } from "../../bench/lexicon.ts";
import { realAnalyzer } from "../helpers/analyzer.ts";

/**
 * Lexicon recall on the annotated corpus (tests/corpus, `hardWords`) and words flagged on plain texts, per language.
 * The floors sit a little under the figures of `npm run bench -- lexicon`, so a change that loses hard words fails;
 * raise them when the lexicon grows (issue 15 aims at 80 % overall, 70 % per language, ≤ 3 % on plain texts).
 */
const MIN_RECALL = { nl: 0.85, fr: 0.72, de: 0.75, en: 0.72 };
const MIN_RECALL_ALL = 0.8;
/** All flags, and flags for rewriting (fixed terms that must stay — leefloon, OCMW — are explained, not flagged). */
const MAX_FLAGGED_ON_PLAIN = { nl: 0.065, fr: 0.05, de: 0.03, en: 0.03 };
const MAX_TO_REWRITE_ON_PLAIN = 0.03;

describe("lexicon recall", () => {
  const figures = measureLexicon(realAnalyzer());

  it.each(Object.entries(MIN_RECALL) as [keyof typeof MIN_RECALL, number][])(
    "%s: flags enough of the words an A2 reader finds hard",
    (lang, floor) => {
      const f = figures[lang];
      expect(f.hardWords - f.missing).toBeGreaterThan(50);
      expect(f.recall, `not found: ${f.notFound.join(" | ")}`).toBeGreaterThanOrEqual(floor);
    },
  );

  it("flags four in five hard words over all languages", () => {
    const all = Object.values(figures);
    const found = all.reduce((n, f) => n + f.found, 0);
    const counted = all.reduce((n, f) => n + f.hardWords - f.missing, 0);
    expect(found / counted).toBeGreaterThanOrEqual(MIN_RECALL_ALL);
  });

  it.each(Object.entries(MAX_FLAGGED_ON_PLAIN))("%s: flags few words on plain texts", (lang, ceiling) => {
    const f = figures[lang as keyof typeof MAX_FLAGGED_ON_PLAIN];
    expect(f.plainTexts).toBeGreaterThan(0);
    expect(f.flaggedShare).toBeLessThanOrEqual(ceiling);
    expect(f.plainFlaggedToRewrite / f.plainWords).toBeLessThanOrEqual(MAX_TO_REWRITE_ON_PLAIN);
  });
});

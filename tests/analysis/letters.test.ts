/** The whole analysis on realistic Belgian letters: what a reviewer reading each letter expects it to find. */
import { describe, expect, it } from "vitest";
import type { Analysis } from "../../src/analysis/types.ts";
import { renderAnalysis } from "../../src/i18n/analysis.ts";
import { realAnalyzer } from "../helpers/analyzer.ts";
import { fixtureLetters } from "../helpers/fixtures.ts";

const BANDS = ["A2", "B1", "B2", "C1+"];
const analyzer = realAnalyzer();

describe.each(fixtureLetters())("$name", ({ text, expect: want }) => {
  const a: Analysis = renderAnalysis(
    analyzer.analyze(text, { today: "2026-03-10", letterDate: want.letterDate ?? undefined }),
  );

  it("detects the language and the kind of letter", () => {
    expect(a.language).toBe(want.lang);
    expect(a.languageSource).toBe("detected");
    expect(a.isDecision).toBe(want.isDecision);
    if (want.kind) expect(a.letterKind.kind).toBe(want.kind);
  });

  it("gives every finding and fact a span that matches the text", () => {
    for (const f of a.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    const facts = [...a.facts.dates, ...a.facts.deadlines, ...a.facts.amounts, ...a.facts.ibans, ...a.facts.phones];
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it.each(want.terms ?? [])("flags the hard word %s", (term) => {
    const lower = text.toLowerCase();
    const at = lower.indexOf(term.toLowerCase());
    expect(at, `"${term}" is not in the letter`).toBeGreaterThanOrEqual(0);
    const hits = a.findings.filter((f) => (f.rule === "jargon" || f.rule === "tone") && f.termId);
    const occurrences = [
      ...lower.matchAll(new RegExp(term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g")),
    ].map((m) => m.index);
    const found = occurrences.some((start) => hits.some((f) => f.start < start + term.length && start < f.end));
    expect(found, `no lexicon finding covers "${term}"`).toBe(true);
  });

  it("finds the deadlines, amounts and payment details", () => {
    for (const d of want.deadlines ?? []) {
      const match = a.facts.deadlines.find(
        (x) =>
          (d.date === null ? x.date === null || x.estimated : x.date === d.date) &&
          (!d.purpose || x.purpose === d.purpose),
      );
      expect(
        match,
        `deadline ${JSON.stringify(d)} in ${JSON.stringify(a.facts.deadlines.map((x) => [x.text, x.date, x.purpose]))}`,
      ).toBeDefined();
    }
    for (const m of want.amounts ?? []) {
      const match = a.facts.amounts.find(
        (x) => Math.abs(x.value - m.value) < 0.005 && (!m.direction || x.direction === m.direction),
      );
      expect(
        match,
        `amount ${JSON.stringify(m)} in ${JSON.stringify(a.facts.amounts.map((x) => [x.text, x.direction]))}`,
      ).toBeDefined();
    }
    expect(a.facts.ibans.map((x) => x.value)).toEqual(expect.arrayContaining(want.ibans ?? []));
    const codes = a.facts.paymentReferences.flatMap((x) => [x.text, x.value]);
    for (const code of want.paymentReferences ?? []) expect(codes).toContain(code);
  });

  it("fills in the decision checklist", () => {
    const got = Object.fromEntries(a.checklist.map((c) => [c.id, c.status]));
    expect(got).toMatchObject(want.checklist ?? {});
    if (want.checklist?.appeal === "missing") {
      expect(a.checklist.find((c) => c.id === "appeal")?.note).toMatch(
        /nog niet|not have started|pas encore|noch nicht/,
      );
    }
  });

  it("finds the style problems a reviewer sees", () => {
    for (const [rule, min] of Object.entries(want.minFindings ?? {})) {
      expect(a.findings.filter((f) => f.rule === rule).length, rule).toBeGreaterThanOrEqual(min);
    }
    if (want.maxCefr) expect(BANDS.indexOf(a.readability.cefr.band)).toBeLessThanOrEqual(BANDS.indexOf(want.maxCefr));
  });
});

/**
 * The German and English lexicons on real text: a plain municipal letter gets (almost) no jargon flags, and a formal
 * letter gets its hard words explained.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AnalysisData } from "../../src/analysis/types.ts";
import { realAnalyzer } from "../helpers/analyzer.ts";

const PLAIN_DIR = join(import.meta.dirname, "..", "fixtures", "plain");
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const analyzer = realAnalyzer();

const termFindings = (a: AnalysisData) =>
  a.findings.filter((f) => (f.rule === "jargon" || f.rule === "tone") && f.termId);

describe.each([
  ["de", "de-plain.txt"],
  ["en", "en-plain.txt"],
] as const)("a plain %s letter", (lang, file) => {
  const text = readFileSync(join(PLAIN_DIR, file), "utf8");
  const a = analyzer.analyze(text, { lang });

  it("has at most 3 % of its words flagged as jargon", () => {
    const words = text.match(WORD)?.length ?? 0;
    const flagged = termFindings(a).reduce((n, f) => n + (f.text.match(WORD)?.length ?? 0), 0);
    expect(words).toBeGreaterThan(150);
    expect(
      flagged / words,
      termFindings(a)
        .map((f) => f.text)
        .join(", "),
    ).toBeLessThanOrEqual(0.03);
  });
});

describe("a formal letter", () => {
  const flaggedTexts = (text: string, lang: "de" | "en") =>
    termFindings(analyzer.analyze(text, { lang })).map((f) => f.text.toLowerCase());

  it("gets its German hard words explained", () => {
    const hits = flaggedTexts(
      "Hiermit teilen wir Ihnen mit, dass im Rahmen der Beitreibung ein Zwangsbefehl erlassen wurde. " +
        "Die Verzugszinsen gehen zu Lasten des Schuldners. Ein Einspruch ist fristgerecht beim Arbeitsgericht einzureichen. " +
        "Die Dienststelle für Selbstbestimmtes Leben und der Sonderausschuss für den Sozialdienst wurden unterrichtet.",
      "de",
    );
    for (const term of [
      "hiermit",
      "im rahmen",
      "beitreibung",
      "zwangsbefehl",
      "zu lasten",
      "schuldners",
      "fristgerecht",
      "dienststelle für selbstbestimmtes leben",
      "sonderausschuss für den sozialdienst",
    ])
      expect(
        hits.some((hit) => hit.includes(term)),
        `${term} in ${hits.join(" | ")}`,
      ).toBe(true);
  });

  it("gets its English hard words explained", () => {
    const hits = flaggedTexts(
      "Pursuant to the enforcement order, the outstanding balance must be remitted forthwith, failing which " +
        "a wage assignment will follow. The municipal administrative sanction was imposed by the sanctioning official. " +
        "You may file an application for annulment with the Council of State.",
      "en",
    );
    for (const term of [
      "pursuant to",
      "enforcement order",
      "outstanding balance",
      "remitted",
      "forthwith",
      "failing which",
      "wage assignment",
      "municipal administrative sanction",
      "sanctioning official",
      "application for annulment",
      "council of state",
    ])
      expect(
        hits.some((hit) => hit.includes(term)),
        `${term} in ${hits.join(" | ")}`,
      ).toBe(true);
  });

  it("reads everyday German and English words as plain", () => {
    const de = flaggedTexts(
      "Wir laden Sie ein. Der Rat der Gemeinde hat das Zeug gekauft. Sie können sich das leisten. Die Bürger bewahren ihren Ausweis gut auf.",
      "de",
    );
    const en = flaggedTexts(
      "I went to the hospital. Please call us. We refused nothing. The gas bill was damaged. It is natural to respond quickly.",
      "en",
    );
    expect([...de, ...en]).toEqual([]);
  });
});

/** The bottom line sentence in French: articles and elision around the object, as a French reader expects them. */
import { describe, expect, it } from "vitest";
import type { BottomLine } from "../../src/analysis/types.ts";
import { bottomLineSentence } from "../../src/explanation/bottom-line.ts";
import { realAnalyzer } from "../helpers/analyzer.ts";

const format = { date: (iso: string) => iso, amount: (v: number) => `${v} €` };
const say = (action: BottomLine["action"], object: string) =>
  bottomLineSentence(
    "fr",
    { bottomLine: { actor: "CPAS", action, object, evidence: [], confidence: 1 }, appointments: [] },
    format,
    false,
  ).text;

describe("French bottom line", () => {
  it("elides 'de' and 'le' before a vowel", () => {
    expect(say("refuse", "allocation de chauffage")).toBe("Le CPAS refuse votre demande d’allocation de chauffage.");
    expect(say("grant", "allocation")).toBe("Le CPAS vous accorde l’allocation.");
  });

  it("uses the plural article for a plural object", () => {
    expect(say("grant", "allocations familiales")).toBe("Le CPAS vous accorde les allocations familiales.");
    expect(say("end", "indemnités")).toBe("Le CPAS arrête vos indemnités.");
  });

  it("elides after 'pour' when the reader pays for something", () => {
    expect(say("pay", "impôt des personnes physiques")).toBe(
      "Le CPAS vous demande de payer un montant pour l’impôt des personnes physiques.",
    );
  });

  it("keeps 'de' and 'le' before a consonant", () => {
    expect(say("refuse", "revenu d’intégration")).toBe("Le CPAS refuse votre demande de revenu d’intégration.");
  });
});

describe("bottom line of a new rent", () => {
  it("says the reader pays the new monthly total, not that they get it", () => {
    const text = `Woonhaven Antwerpen
Antwerpen, 28 november 2026

Betreft: herziening van uw huurprijs

Wij hebben uw huurprijs herberekend op basis van uw inkomen.
Huurprijs op basis van uw inkomen                   € 398,15
Huurlasten                                          €  46,50
Totaal maandelijks te betalen                       € 444,65

Vanaf 1 januari 2027 betaalt u € 444,65 per maand.`;
    const model = realAnalyzer().analyze(text, { lang: "nl", today: "2026-12-07" }).letter;
    expect(model.bottomLine.action).toBe("revise");
    expect(bottomLineSentence("nl", model, format, false).text).toBe(
      "Woonhaven Antwerpen verandert uw huurprijs: u betaalt nu 444.65 €, vanaf 2027-01-01.",
    );
  });
});

import { describe, expect, it } from "vitest";
import type { Language } from "../../src/analysis/types.ts";
import { findingMessage } from "../../src/i18n/analysis.ts";
import { realAnalyzer } from "../helpers/analyzer.ts";

function toneOf(text: string, lang: Language) {
  return realAnalyzer()
    .analyze(text, { lang })
    .findings.filter((f) => f.rule === "tone");
}

describe("tone in every language (real lexicon)", () => {
  it.each([
    ["nl", "Uitkeringstrekkers die fraude plegen, worden gesanctioneerd.", ["Uitkeringstrekkers", "gesanctioneerd"]],
    ["fr", "Les allocataires qui fraudent seront sanctionnés.", ["fraudent", "sanctionnés"]],
    ["de", "Leistungsbezieher, die betrügen, werden bestraft.", ["betrügen", "bestraft"]],
    ["en", "Benefit cheats and fraudsters will be punished.", ["Benefit cheats", "fraudsters", "will be punished"]],
    ["en", "We do not pay scroungers.", ["scroungers"]],
  ] as [Language, string, string[]][])("%s: flags “%s”", (lang, text, words) => {
    const found = toneOf(text, lang);
    for (const word of words) expect(found.map((f) => f.text).join(" | ")).toContain(word);
    // Said in the reader's language, with a neutral way to write it.
    for (const f of found) expect(findingMessage(lang, f).length).toBeGreaterThan(10);
    expect(found.every((f) => f.explanation)).toBe(true);
  });

  it.each([
    ["fr", "Vous recevez une allocation de chauffage. Nous la versons le 5 mars."],
    ["de", "Sie erhalten das Eingliederungseinkommen. Wir zahlen es am 5. März."],
    ["en", "You will receive the allowance. We pay it on 5 March."],
  ] as [Language, string][])("%s: leaves a neutral letter alone", (lang, text) => {
    expect(toneOf(text, lang)).toEqual([]);
  });
});

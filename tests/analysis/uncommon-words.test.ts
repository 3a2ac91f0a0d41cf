import { describe, expect, it } from "vitest";
import type { Language } from "../../src/analysis/types.ts";
import { loadLexicon } from "../../src/lexicon/load.ts";
import { realAnalyzer } from "../helpers/analyzer.ts";

const uncommon = (text: string, lang: Language) =>
  realAnalyzer()
    .analyze(text, { lang })
    .findings.filter((f) => f.rule === "uncommon-word")
    .map((f) => f.text);

describe("uncommon words in French, German and English (wordfreq, Zipf ≥ 3)", () => {
  it("loads a common-word list for every language", () => {
    const { commonWords } = loadLexicon({ overlayDir: "" });
    for (const lang of ["nl", "fr", "de", "en"] as const) expect(commonWords[lang]?.size).toBeGreaterThan(20_000);
  });

  it("flags a rare French word and leaves common ones alone", () => {
    expect(uncommon("Nous avons lu votre lettre avec une attention sourcilleuse.", "fr")).toEqual(["sourcilleuse"]);
    expect(uncommon("Nous avons bien reçu votre lettre. Merci pour votre courrier.", "fr")).toEqual([]);
  });

  it("counts inflected forms, elisions and hyphenated words of common words as common", () => {
    expect(uncommon("Aujourd’hui, vous déménagez. Prenez rendez-vous avant qu’il soit tard.", "fr")).toEqual([]);
    expect(uncommon("Nous vous répondons vite et nous envoyons la lettre.", "fr")).toEqual([]);
    const share = realAnalyzer().analyze("L'assistante d'un service n'a pas reçu l'argent.", {
      lang: "fr",
    }).readability;
    expect(share.uncommonWordShare).toBe(0);
  });

  it("flags a rare German noun despite its capital, but not a compound of two common words", () => {
    expect(uncommon("Wir prüfen die Nachentrichtung.", "de")).toEqual(["Nachentrichtung"]);
    expect(uncommon("Der Mietpreis steigt. Die Wohnungsmiete bleibt gleich.", "de")).toEqual([]);
    expect(uncommon("Sie wohnen in der Straße am Markt.", "de")).toEqual([]);
    expect(uncommon("Frau Lennertz wohnt in Eupen.", "de")).toEqual([]);
  });

  it("flags a rare English word and leaves common ones alone", () => {
    expect(uncommon("Your payment is held in abeyance.", "en")).toEqual(["abeyance"]);
    expect(uncommon("We have received your letter. Thank you for writing to us.", "en")).toEqual([]);
  });

  it("measures the share of uncommon words in French, German and English", () => {
    for (const [lang, easy, hard] of [
      ["fr", "Nous avons reçu votre lettre.", "Subséquemment, la parcimonie sourcilleuse prévaut."],
      ["de", "Wir haben Ihren Brief bekommen.", "Der Säumniszuschlag und der Verwaltungsakt bleiben."],
      ["en", "We have received your letter.", "The remittance is held in abeyance forthwith."],
    ] as const) {
      const share = (text: string) => realAnalyzer().analyze(text, { lang }).readability.uncommonWordShare;
      expect(share(easy)).toBe(0);
      expect(share(hard)).toBeGreaterThan(0.3);
    }
  });
});

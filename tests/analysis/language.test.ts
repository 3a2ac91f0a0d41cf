import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectLanguage, detectWithFranc } from "../../src/analysis/language.ts";
import { allLetterTexts } from "../helpers/fixtures.ts";

const LETTERS = allLetterTexts();

describe("language detection", () => {
  it("gives franc's answer on every letter and on any part of one", () => {
    for (const text of LETTERS) {
      expect(detectLanguage(text)).toBe(detectWithFranc(text));
      for (let from = 0; from < text.length; from += 97) {
        const part = text.slice(from, from + 40 + (from % 300));
        expect(detectLanguage(part), part).toBe(detectWithFranc(part));
      }
    }
  });

  it("gives franc's answer on mixed scripts and odd text", () => {
    const pieces = [
      "de ",
      "het ",
      "le ",
      "la ",
      "der ",
      "the ",
      "and ",
      "één ",
      "ß",
      "Привет ",
      "مرحبا ",
      "漢字",
      "😀",
      "12,50 ",
      "\n",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(detectLanguage(text)).toBe(detectWithFranc(text));
      }),
      { numRuns: 500 },
    );
  });

  it("knows a Dutch, a French, a German and an English letter", () => {
    const sentence = {
      nl: "Wij hebben uw aanvraag voor een leefloon goed ontvangen en wij geven u een antwoord binnen de maand.",
      fr: "Nous avons bien reçu votre demande de revenu d'intégration et nous vous répondrons dans le mois.",
      de: "Wir haben Ihren Antrag auf Eingliederungseinkommen erhalten und antworten Ihnen innerhalb eines Monats.",
      en: "We have received your application for the living wage and we will answer you within the month.",
    };
    for (const [lang, text] of Object.entries(sentence)) expect(detectLanguage(text)).toBe(lang);
  });
});

import { toCardinal as deCardinal, toCurrency as deCurrency } from "n2words/de-DE";
import { toCardinal as enCardinal } from "n2words/en-GB";
import { toCardinal as frBeCardinal, toCurrency as frCurrency } from "n2words/fr-BE";
import { toCardinal as frCardinal } from "n2words/fr-FR";
import { toCardinal as nlCardinal, toCurrency as nlCurrency } from "n2words/nl-NL";
import { describe, expect, it } from "vitest";
import { findWordAmounts, parseNumberWords } from "../../../src/analysis/letter/number-words.ts";

describe("amounts in words", () => {
  it("reads numbers in words in nl, fr, de and en", () => {
    expect(
      [
        "driehonderdtwaalf",
        "tweeduizendhonderdachtenveertig",
        "deux cent trente",
        "quatre-vingt-dix-neuf",
        "soixante et onze",
        "zweihundertfünfzig",
        "eintausendsiebenhundertsechsundsiebzig",
        "three hundred and twelve",
        "two thousand one hundred forty-eight",
      ].map(parseNumberWords),
    ).toEqual([312, 2148, 230, 99, 71, 250, 1776, 312, 2148]);
    expect(parseNumberWords("drie vier")).toBeNull();
    expect(parseNumberWords("huurprijs")).toBeNull();
  });

  it("reads back what a number-to-words library (n2words) writes", () => {
    const writers = [nlCardinal, frCardinal, frBeCardinal, deCardinal, enCardinal];
    for (const n of [7, 15, 21, 45, 71, 80, 99, 101, 312, 999, 1262, 2148, 13104]) {
      for (const write of writers) {
        const written = String(write(n));
        expect([written, parseNumberWords(written)]).toEqual([written, n]);
      }
    }
  });

  it("reads back euro amounts that n2words writes (its English writes pounds or dollars)", () => {
    for (const write of [nlCurrency, frCurrency, deCurrency]) {
      for (const value of [312, 230.36, 2148.5]) {
        const written = String(write(value, { currency: "EUR" } as never));
        expect([written, findWordAmounts(written).map((a) => a.value)]).toEqual([written, [value]]);
      }
    }
  });

  it("finds euro amounts in words with their cents", () => {
    const text =
      "U krijgt driehonderdtwaalf euro. Wij vorderen zevenhonderddrieënveertig euro zestien cent terug. " +
      "Vous devez deux cent trente euros et 36 centimes. Sie erhalten zweihundertfünfzig Euro und sieben Cent. " +
      "You pay four hundred and eighteen euros and fifty-five cents. De prijs is 20 cent per liter.";
    expect(findWordAmounts(text).map((a) => [a.text, a.value])).toEqual([
      ["driehonderdtwaalf euro", 312],
      ["zevenhonderddrieënveertig euro zestien cent", 743.16],
      ["deux cent trente euros et 36 centimes", 230.36],
      ["zweihundertfünfzig Euro und sieben Cent", 250.07],
      ["four hundred and eighteen euros and fifty-five cents", 418.55],
      ["20 cent", 0.2],
    ]);
  });
});

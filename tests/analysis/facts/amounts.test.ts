import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers.ts";

const amounts = (text: string, lang: Parameters<typeof factsOf>[1] = "nl") =>
  factsOf(text, lang).amounts.map((a) => [a.text, a.value, a.direction]);

describe("amounts", () => {
  it("reads the Belgian ways to write euro", () => {
    expect(
      factsOf(
        "Bedragen: € 1.234,56 en 1.234,56 EUR en EUR 1234.56 en 1 234,56 € en 150 euro en € 50 en € 75,-.",
      ).amounts.map((a) => [a.text, a.value, a.currency]),
    ).toEqual([
      ["€ 1.234,56", 1234.56, "EUR"],
      ["1.234,56 EUR", 1234.56, "EUR"],
      ["EUR 1234.56", 1234.56, "EUR"],
      ["1 234,56 €", 1234.56, "EUR"],
      ["150 euro", 150, "EUR"],
      ["€ 50", 50, "EUR"],
      ["€ 75,-", 75, "EUR"],
    ]);
  });

  it("reads the comma as thousands separator in English", () => {
    expect(factsOf("The total is €1,234.56 and €1,500.", "en").amounts.map((a) => a.value)).toEqual([1234.56, 1500]);
  });

  it("knows when the reader pays", () => {
    expect(amounts("Wij vorderen € 850 terug.")).toEqual([["€ 850", 850, "pay"]]);
    expect(amounts("U moet nog € 120,50 betalen.")).toEqual([["€ 120,50", 120.5, "pay"]]);
    expect(amounts("Het openstaand saldo is € 75.")).toEqual([["€ 75", 75, "pay"]]);
    expect(amounts("Terugvordering van leefloon: € 850.")).toEqual([["€ 850", 850, "pay"]]);
    expect(amounts("Vous devez rembourser 300 EUR.", "fr")).toEqual([["300 EUR", 300, "pay"]]);
    expect(amounts("Bitte zahlen Sie 45,00 € bis zum Monatsende.", "de")).toEqual([["45,00 €", 45, "pay"]]);
    expect(amounts("You owe €200.", "en")).toEqual([["€200", 200, "pay"]]);
  });

  it("knows when the reader receives", () => {
    expect(amounts("U ontvangt een leefloon van € 1.263,17 per maand.")).toEqual([["€ 1.263,17", 1263.17, "receive"]]);
    expect(amounts("Wij storten € 200 op uw rekening.")).toEqual([["€ 200", 200, "receive"]]);
    expect(amounts("Vous recevez 1.263,17 EUR par mois.", "fr")).toEqual([["1.263,17 EUR", 1263.17, "receive"]]);
    expect(amounts("Sie erhalten 500 € pro Monat.", "de")).toEqual([["500 €", 500, "receive"]]);
    expect(amounts("The amount of €150 will be paid to you.", "en")).toEqual([["€150", 150, "receive"]]);
  });

  it("reads each amount from the words nearest to it", () => {
    expect(amounts("U ontvangt € 1.200, maar u moet € 200 terugbetalen.")).toEqual([
      ["€ 1.200", 1200, "receive"],
      ["€ 200", 200, "pay"],
    ]);
  });

  it("reads a rent as paid by the reader", () => {
    expect(amounts("De reële huurprijs van uw woning werd vastgesteld op € 412,37 per maand.")).toEqual([
      ["€ 412,37", 412.37, "pay"],
    ]);
    expect(amounts("Votre loyer s'élève à 520 € par mois.", "fr")).toEqual([["520 €", 520, "pay"]]);
    expect(amounts("U krijgt een huurpremie van € 150.")).toEqual([["€ 150", 150, "receive"]]);
  });

  it("says unknown for the income that a decision took into account", () => {
    expect(
      amounts(
        "Uit het onderzoek blijkt dat de inkomsten uit arbeid van uw partner ten belope van € 2.184,37 netto per maand het bedrag van het leefloon overschrijden.",
      ),
    ).toEqual([["€ 2.184,37", 2184.37, "unknown"]]);
    expect(amounts("Wij hielden rekening met uw inkomen van € 900.")).toEqual([["€ 900", 900, "unknown"]]);
    expect(amounts("Vos ressources s'élèvent à 1.400 € par mois.", "fr")).toEqual([["1.400 €", 1400, "unknown"]]);
  });

  it("reads the income only as a cue before the amount", () => {
    expect(amounts("U ontvangt een leefloon van € 1.200 omdat uw inkomen te laag is.")).toEqual([
      ["€ 1.200", 1200, "receive"],
    ]);
  });

  it("says unknown when the sentence does not tell", () => {
    expect(amounts("Het tarief bedraagt € 12.")).toEqual([["€ 12", 12, "unknown"]]);
  });

  it("does not read a plain number or a year as an amount", () => {
    expect(amounts("In 2026 waren er 150 aanvragen.")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { letterOf } from "./helpers.ts";

const roles = (text: string, lang: Parameters<typeof letterOf>[1] = "nl") =>
  letterOf(text, lang).amounts.map((a) => [a.value, a.role]);

describe("amount roles", () => {
  it("reads a bill: lines, an advance paid, the total once, a fee only if late", () => {
    const text = `Ziekenhuis Sint-Jan
Brugge, 3 november 2026

Betreft: factuur

Persoonlijk aandeel verblijf              € 54,12
Kamersupplement (3 nachten × € 60,00)     € 180,00
Totaal                                    € 234,12
Voorschot betaald op 25/10/2026         – € 100,00
Te betalen                                € 134,12

Gelieve € 134,12 te betalen vóór 3 december 2026.
Wordt de factuur niet tijdig betaald, dan rekenen wij een forfaitaire vergoeding van € 15,00 aan.`;
    const model = letterOf(text);
    expect(model.amounts.map((a) => [a.value, a.role, a.repeatOf ?? null])).toEqual([
      [54.12, "line-item", null],
      [60, "info", null],
      [180, "line-item", null],
      [234.12, "line-item", null],
      [100, "already-paid", null],
      [134.12, "to-pay", null],
      [134.12, "to-pay", 5],
      [15, "fee-if-late", null],
    ]);
    expect(model.toPay).toBe(5);
    expect(model.kind.kind).toBe("bill");
  });

  it("does not make a sum named as the reason for a refusal an amount to receive", () => {
    const text =
      "Het OCMW weigert uw aanvraag voor een leefloon. Uw inkomen van € 1.450,00 is hoger dan het grensbedrag van € 1.262,31.";
    expect(roles(text)).toEqual([
      [1450, "info"],
      [1262.31, "info"],
    ]);
  });

  it("reads tax withheld, reductions and the French and German words for them", () => {
    expect(roles("Impôt État après réductions   3.164,20 €\nPrécompte professionnel   -4.025,36 €", "fr")).toEqual([
      [3164.2, "line-item"],
      [4025.36, "already-paid"],
    ]);
    expect(roles("davon Steuerermäßigung für Pensionssparen    285,00 €\nVorauszahlungen    -500,00 €", "de")).toEqual([
      [285, "reduction"],
      [500, "already-paid"],
    ]);
  });

  it("reads amounts in words with the role of their sentence", () => {
    const model = letterOf(
      "Het OCMW kent u een leefloon toe. U hebt recht op een leefloon van vierhonderdachtentachtig euro vijfenveertig cent per maand.",
    );
    expect(model.amounts.map((a) => [a.value, a.role, a.written])).toEqual([[488.45, "to-receive", "words"]]);
  });

  it("sees that a tax refund is paid out, not paid", () => {
    const text =
      "Avertissement-extrait de rôle\nMONTANT À REMBOURSER      623,84 €\n\nLe montant de 623,84 € sera versé sur votre compte.";
    expect(roles(text, "fr")).toEqual([
      [623.84, "to-receive"],
      [623.84, "to-receive"],
    ]);
  });

  it("keeps what was so until now apart from what the reader pays", () => {
    const text =
      "Vanaf 1 januari 2027 betaalt u dus € 444,65 per maand. Tot nu toe betaalde u in totaal € 421,30 per maand.";
    expect(roles(text)).toEqual([
      [444.65, "to-pay"],
      [421.3, "info"],
    ]);
  });
  it("takes the integration income for the benefit received, not for the reader's income", () => {
    const text =
      "Le CPAS a décidé de vous octroyer le revenu d'intégration. Le montant annuel du revenu d'intégration s'élève à 21.312,84 €, soit 1.776,07 € par mois.";
    expect(roles(text, "fr")).toEqual([
      [21312.84, "info"],
      [1776.07, "to-receive"],
    ]);
  });

  it("reads a social rent: the basic rent compares, the income-based rent and the service charges make the rent", () => {
    const text = `Betreft: nieuwe huurprijs

Basishuurprijs van uw woning (marktwaarde)          € 612,00
Huurprijs op basis van uw inkomen                   € 428,15
Korting voor gezinslast                           – €  30,00
Huurlasten                                          €  46,50
Totaal maandelijks te betalen                       € 444,65`;
    expect(roles(text)).toEqual([
      [612, "info"],
      [428.15, "line-item"],
      [30, "reduction"],
      [46.5, "line-item"],
      [444.65, "to-pay"],
    ]);
  });

  it("reads a tax bill: the tax on income and the subtotals are lines, a bonus is a reduction, withheld tax is paid", () => {
    const nl = `Betreft: onroerende voorheffing

Belasting op het belastbaar inkomen                   € 1.180,00
Opcentiemen stad Aalst                                €    76,02
Totaal vóór vermindering                              € 1.256,02
Vermindering voor 2 kinderen ten laste                – €    56,02
Te betalen                                            € 1.200,00`;
    expect(roles(nl)).toEqual([
      [1180, "line-item"],
      [76.02, "line-item"],
      [1256.02, "line-item"],
      [56.02, "reduction"],
      [1200, "to-pay"],
    ]);
    const fr = `Objet : votre impôt – solde à payer

Total de l'impôt                                              12.736,04 €
Précompte professionnel                                      -11.614,40 €
Bonification pour versements anticipés                            -15,00 €
SOLDE À PAYER                                                  1.106,64 €`;
    expect(roles(fr, "fr")).toEqual([
      [12736.04, "line-item"],
      [11614.4, "already-paid"],
      [15, "reduction"],
      [1106.64, "to-pay"],
    ]);
  });

  it("reads a French social rent: the rent computed on income is a line of the monthly total", () => {
    const text = `Objet : révision de votre loyer

À partir du 1er janvier 2027, vous payerez chaque mois :
Loyer réel (calculé sur vos revenus)                        388,20 €
Provision pour charges communes                              62,00 €
Total mensuel                                              450,20 €`;
    expect(roles(text, "fr")).toEqual([
      [388.2, "line-item"],
      [62, "line-item"],
      [450.2, "to-pay"],
    ]);
  });

  it("gives no amount to receive in an invitation, and counts an amount named twice once with its role", () => {
    const invitation =
      "Subject: invitation to an examination\n\nYou receive incapacity benefit of EUR 58.43 a day. Please come to an examination on Tuesday 2 February 2027 at 9.45 a.m.";
    expect(roles(invitation, "en")).toEqual([[58.43, "info"]]);
    const notice = `Objet : mise en demeure

La facture n° 2026-11-0734412 d'un montant de 186,42 € reste impayée.

Facture n° 2026-11-0734412                   186,42 €
Frais de mise en demeure                      15,00 €
Total à payer                                201,42 €`;
    expect(roles(notice, "fr")).toEqual([
      [186.42, "line-item"],
      [186.42, "line-item"],
      [15, "line-item"],
      [201.42, "to-pay"],
    ]);
  });

  it("reads costs listed under a late-payment condition as fees only if late", () => {
    const text = `Betreft: aanmaning

Totaal openstaand                                   € 310,80

Betaal € 310,80 binnen 15 dagen na de datum van deze aanmaning.

Indien wij uw betaling niet binnen deze termijn ontvangen, worden volgende kosten aangerekend:
- een forfaitaire schadevergoeding van € 40,00;
- verwijlinteresten aan de wettelijke rentevoet.

Bij gebrek aan betaling sturen wij u een aanmaning. Per aanmaning worden administratieve kosten van € 15,00 aangerekend.`;
    expect(roles(text)).toEqual([
      [310.8, "to-pay"],
      [310.8, "to-pay"],
      [40, "fee-if-late"],
      [15, "fee-if-late"],
    ]);
  });

  it("ends a sentence after an amount with cents, so a cue in the next sentence does not reach it", () => {
    const text =
      "Het OCMW stopt uw leefloon. Uw netto maandloon bedraagt € 1.812,40. Ook na aftrek van een vrijstelling blijft uw inkomen hoger dan het leefloon.";
    expect(roles(text)).toEqual([[1812.4, "info"]]);
  });

  it("reads a computation and a payment plan: the rate and one instalment are information, the result is the total", () => {
    const text = `Betreft: terugvordering kinderopvangtoeslag

Berekening
42 volle opvangdagen × € 3,52 = € 147,84

Wij vorderen het bedrag van honderdzevenenveertig euro vierentachtig cent van u terug.

Doet u niets, dan houden wij het bedrag in op het Groeipakket, in drie maandelijkse schijven van € 49,28.`;
    const model = letterOf(text);
    expect(model.amounts.map((a) => [a.value, a.role])).toEqual([
      [3.52, "info"],
      [147.84, "to-pay"],
      [147.84, "to-pay"],
      [49.28, "info"],
    ]);
  });
});

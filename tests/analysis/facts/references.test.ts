import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers.ts";

const references = (text: string, lang: Parameters<typeof factsOf>[1] = "nl") =>
  factsOf(text, lang).references.map((r) => [r.text, r.value]);

describe("file references", () => {
  it("reads Dutch labels", () => {
    expect(
      references(
        "Ons kenmerk: SD/2026/01234\nUw kenmerk: AV-77\nDossiernummer: 123456\nDossier nr. 2026-0456\nReferentie: LL-2026/15.",
      ),
    ).toEqual([
      ["Ons kenmerk: SD/2026/01234", "SD/2026/01234"],
      ["Uw kenmerk: AV-77", "AV-77"],
      ["Dossiernummer: 123456", "123456"],
      ["Dossier nr. 2026-0456", "2026-0456"],
      ["Referentie: LL-2026/15", "LL-2026/15"],
    ]);
  });

  it("reads a label that starts with a short word, in each language", () => {
    expect(references("UW KENMERK: AV-77")).toEqual([["UW KENMERK: AV-77", "AV-77"]]);
    expect(references("Votre référence : CP/2026/15", "fr")).toEqual([["Votre référence : CP/2026/15", "CP/2026/15"]]);
    expect(references("N° de dossier : 2026-88", "fr")).toEqual([["N° de dossier : 2026-88", "2026-88"]]);
    expect(references("Ihr Zeichen: AZ-2026-4", "de")).toEqual([["Ihr Zeichen: AZ-2026-4", "AZ-2026-4"]]);
    expect(references("Your ref. 2026/991", "en")).toEqual([["Your ref. 2026/991", "2026/991"]]);
    expect(references("Our reference: BX-12", "en")).toEqual([["Our reference: BX-12", "BX-12"]]);
  });

  it("leaves out labels without a number", () => {
    expect(references("Uw kenmerk: -\nWij bekeken uw dossier opnieuw.")).toEqual([]);
  });

  it("reads 'refertes' and 'dossier' followed by a number", () => {
    expect(references("Vermeld de refertes 2026/778 bij elke betaling. Uw dossier 45.123 is afgesloten.")).toEqual([
      ["refertes 2026/778", "2026/778"],
      ["dossier 45.123", "45.123"],
    ]);
  });

  it("reads French, German and English labels", () => {
    expect(references("Notre référence : CPAS/2026/889\nN° de dossier : 12345", "fr")).toEqual([
      ["Notre référence : CPAS/2026/889", "CPAS/2026/889"],
      ["N° de dossier : 12345", "12345"],
    ]);
    expect(references("Aktenzeichen: ÖSHZ-2026-17\nUnser Zeichen: AB/12", "de")).toEqual([
      ["Aktenzeichen: ÖSHZ-2026-17", "ÖSHZ-2026-17"],
      ["Unser Zeichen: AB/12", "AB/12"],
    ]);
    expect(references("Our reference: HR/2026/5. File number: 778-22.", "en")).toEqual([
      ["Our reference: HR/2026/5", "HR/2026/5"],
      ["File number: 778-22", "778-22"],
    ]);
  });

  it("reads invoice, patient, member, tenant and tax article numbers", () => {
    expect(
      references(
        "Factuurnummer: 2026/0412887\nPatiëntnummer: 7304551\nLidnummer: 119-0348817-27\nArtikelnummer: 720.118.446\nHuurdersnummer: 20417-03",
      ),
    ).toEqual([
      ["Factuurnummer: 2026/0412887", "2026/0412887"],
      ["Patiëntnummer: 7304551", "7304551"],
      ["Lidnummer: 119-0348817-27", "119-0348817-27"],
      ["Artikelnummer: 720.118.446", "720.118.446"],
      ["Huurdersnummer: 20417-03", "20417-03"],
    ]);
    expect(references("N° de facture : F-2026-118", "fr")).toEqual([["N° de facture : F-2026-118", "F-2026-118"]]);
    expect(references("Rechnungsnummer: R-2026-9", "de")).toEqual([["Rechnungsnummer: R-2026-9", "R-2026-9"]]);
    expect(references("Invoice number: INV-2026-44", "en")).toEqual([["Invoice number: INV-2026-44", "INV-2026-44"]]);
  });

  it("reads 'Dossier <kind>:' before the number", () => {
    expect(references("Dossier arbeidsongeschiktheid: AO/2025/07731")).toEqual([
      ["Dossier arbeidsongeschiktheid: AO/2025/07731", "AO/2025/07731"],
    ]);
    expect(references("Het dossier van 2025 is afgesloten.")).toEqual([]);
  });

  it("does not take a national register number or INSZ as the file reference", () => {
    expect(references("Rijksregisternummer: 78.11.03-146.24\nINSZ: 91.07.14-223.56")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers.ts";

// Whole letters, one per language, as a citizen brings them to the counter.
const NL = `OCMW Gent
Sociale Dienst
Onderbergen 86, 9000 Gent

Mevrouw An Peeters
Kerkstraat 12
9000 Gent

Gent, 3 maart 2026

Ons kenmerk: SD/2026/01234
Betreft: terugvordering leefloon

Geachte mevrouw,

U kreeg te veel leefloon. Wij vorderen € 850,00 terug. Betaal dit bedrag vóór 1 april op rekening
BE68 5390 0754 7034 met de mededeling +++090/9337/55493+++.
Vanaf 1 mei ontvangt u een leefloon van 1.263,17 EUR per maand.

Bent u het niet eens? Dan kunt u binnen drie maanden na de kennisgeving beroep aantekenen bij de arbeidsrechtbank.

Vragen? Bel 09 266 99 11 of mail naar sociale.dienst@ocmw-gent.be. Meer info op www.ocmw-gent.be.
Het loket is open van maandag tot vrijdag van 9 tot 12 uur.
`;

const FR = `CPAS de Bruxelles
Rue Haute 298a, 1000 Bruxelles

Bruxelles, le 3 mars 2026

Notre référence : AS/2026/778
Objet : révision de votre revenu d'intégration

Madame,

Vous recevez 1.263,17 EUR par mois. Vous devez rembourser 300 EUR au plus tard le 31 mars 2026 sur le compte
BE68 5390 0754 7034.
Vous pouvez introduire un recours auprès du tribunal du travail dans un délai de trois mois à compter de la notification.
Téléphone : 02 543 60 00 – du lundi au vendredi de 9h à 12h.
`;

const DE = `ÖSHZ Eupen
Aachener Straße 80, 4700 Eupen

Eupen, den 3. März 2026

Aktenzeichen: ÖSHZ-2026-17
Betreff: Ihr Antrag auf Eingliederungseinkommen

Sehr geehrte Frau Schmitz,

Sie erhalten ab dem 1. April 2026 monatlich 1.263,17 €.
Reichen Sie die Unterlagen bis zum 20. März 2026 ein.
Gegen diese Entscheidung können Sie innerhalb von 30 Tagen Widerspruch einlegen.
Tel. 087 59 31 00, Montag bis Freitag von 9 bis 12 Uhr.
`;

const EN = `Public Social Welfare Centre (OCMW) Leuven
Leuven, 3 March 2026

Our reference: LL/2026/42
Subject: your application

Dear Mr Smith,

You will receive €1,263.17 per month. You owe €150, please pay by 31 March 2026.
You can appeal within 30 days of the date of this letter. Call +32 16 24 80 00 or see www.ocmw-leuven.be.
`;

describe("whole letters", () => {
  it("reads a Dutch OCMW letter", () => {
    const facts = factsOf(NL, "nl", { today: "2026-05-20" });
    expect([facts.letterDate, facts.letterDateSource]).toEqual(["2026-03-03", "text"]);
    expect(facts.sender?.value).toBe("OCMW Gent");
    expect(facts.subject?.value).toBe("terugvordering leefloon");
    expect(facts.references.map((r) => r.value)).toEqual(["SD/2026/01234"]);
    expect(facts.amounts.map((a) => [a.value, a.direction])).toEqual([
      [850, "pay"],
      [1263.17, "receive"],
    ]);
    expect(facts.deadlines.map((d) => [d.text, d.date, d.purpose])).toEqual([
      ["vóór 1 april", "2026-03-31", "payment"],
      ["binnen drie maanden na de kennisgeving", "2026-06-03", "appeal"],
    ]);
    expect(facts.ibans.map((i) => i.value)).toEqual(["BE68539007547034"]);
    expect(facts.paymentReferences.map((p) => p.value)).toEqual(["+++090/9337/55493+++"]);
    expect(facts.phones.map((p) => p.value)).toEqual(["+3292669911"]);
    expect(facts.emails.map((e) => e.value)).toEqual(["sociale.dienst@ocmw-gent.be"]);
    expect(facts.urls.map((u) => u.value)).toEqual(["https://www.ocmw-gent.be"]);
    expect(facts.openingHours.map((h) => h.text)).toEqual(["van maandag tot vrijdag van 9 tot 12 uur"]);
  });

  it("reads a French CPAS letter", () => {
    const facts = factsOf(FR, "fr");
    expect(facts.letterDate).toBe("2026-03-03");
    expect(facts.sender?.value).toBe("CPAS de Bruxelles");
    expect(facts.subject?.value).toBe("révision de votre revenu d'intégration");
    expect(facts.references.map((r) => r.value)).toEqual(["AS/2026/778"]);
    expect(facts.amounts.map((a) => [a.value, a.direction])).toEqual([
      [1263.17, "receive"],
      [300, "pay"],
    ]);
    expect(facts.deadlines.map((d) => [d.date, d.kind, d.purpose])).toEqual([
      ["2026-03-31", "absolute", "payment"],
      ["2026-06-03", "relative", "appeal"],
    ]);
    expect(facts.phones.map((p) => p.value)).toEqual(["+3225436000"]);
    expect(facts.openingHours.map((h) => h.text)).toEqual(["du lundi au vendredi de 9h à 12h"]);
  });

  it("reads a German ÖSHZ letter", () => {
    const facts = factsOf(DE, "de");
    expect(facts.letterDate).toBe("2026-03-03");
    expect(facts.sender?.value).toBe("ÖSHZ Eupen");
    expect(facts.references.map((r) => r.value)).toEqual(["ÖSHZ-2026-17"]);
    expect(facts.amounts.map((a) => [a.value, a.direction])).toEqual([[1263.17, "receive"]]);
    expect(facts.deadlines.map((d) => [d.date, d.purpose])).toEqual([
      ["2026-03-20", "documents"],
      ["2026-04-02", "appeal"],
    ]);
    expect(facts.phones.map((p) => p.value)).toEqual(["+3287593100"]);
    expect(facts.openingHours.map((h) => h.text)).toEqual(["Montag bis Freitag von 9 bis 12 Uhr"]);
  });

  it("reads an English letter", () => {
    const facts = factsOf(EN, "en");
    expect(facts.letterDate).toBe("2026-03-03");
    expect(facts.sender?.value).toBe("Public Social Welfare Centre (OCMW) Leuven");
    expect(facts.subject?.value).toBe("your application");
    expect(facts.amounts.map((a) => [a.value, a.direction])).toEqual([
      [1263.17, "receive"],
      [150, "pay"],
    ]);
    expect(facts.deadlines.map((d) => [d.date, d.purpose])).toEqual([
      ["2026-03-31", "payment"],
      ["2026-04-02", "appeal"],
    ]);
    expect(facts.phones.map((p) => p.value)).toEqual(["+3216248000"]);
  });

  it("gives every fact with the exact text it was read from", () => {
    for (const [text, lang] of [
      [NL, "nl"],
      [FR, "fr"],
      [DE, "de"],
      [EN, "en"],
    ] as const) {
      const facts = factsOf(text, lang);
      const spans = [
        ...facts.dates,
        ...facts.deadlines,
        ...facts.amounts,
        ...facts.ibans,
        ...facts.paymentReferences,
        ...facts.references,
        ...facts.phones,
        ...facts.emails,
        ...facts.urls,
        ...facts.openingHours,
        ...(facts.sender ? [facts.sender] : []),
        ...(facts.subject ? [facts.subject] : []),
      ];
      for (const fact of spans) expect(text.slice(fact.start, fact.end)).toBe(fact.text);
    }
  });
});

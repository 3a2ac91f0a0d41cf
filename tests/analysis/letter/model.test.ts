import { describe, expect, it } from "vitest";
import { letterOf } from "./helpers.ts";

describe("payment codes", () => {
  it("finds an IBAN and a structured communication broken over two lines", () => {
    const text = "Betaal op rekening BE83 7348\n2753 6715 met de mededeling +++102/3344/\n55685+++.";
    const model = letterOf(text);
    expect(model.ibans.map((c) => [c.value, c.valid])).toEqual([["BE83734827536715", true]]);
    expect(model.paymentReferences.map((c) => [c.value, c.valid])).toEqual([["102334455685", true]]);
    const iban = model.ibans[0];
    expect(iban && text.slice(iban.start, iban.end)).toBe("BE83 7348\n2753 6715");
  });

  it("keeps a code that fails its check, marked invalid, and says it is unsure", () => {
    const model = letterOf("Betaal met de mededeling +++102/3344/55686+++ op BE83 7348 2753 6716.");
    expect(model.paymentReferences.map((c) => [c.value, c.valid])).toEqual([["102334455686", false]]);
    expect(model.ibans.map((c) => [c.value, c.valid])).toEqual([["BE83734827536716", false]]);
    expect(model.unsure.map((u) => u.reason)).toContain("invalid-code");
  });
});

describe("kind and bottom line", () => {
  it("says who refuses what, as data", () => {
    const text = `OCMW Antwerpen
Antwerpen, 3 november 2026

Betreft: uw aanvraag voor een leefloon

Het Bijzonder Comité voor de Sociale Dienst heeft beslist u geen leefloon toe te kennen.
Uw inkomen van € 1.450,00 is hoger dan het grensbedrag.
Niet akkoord? U kunt beroep instellen bij de arbeidsrechtbank binnen drie maanden na de kennisgeving van deze beslissing.`;
    const model = letterOf(text);
    expect([model.kind.kind, model.decision?.type]).toEqual(["decision", "refuse"]);
    expect([model.bottomLine.actor, model.bottomLine.action, model.bottomLine.object]).toEqual([
      "OCMW",
      "refuse",
      "leefloon",
    ]);
    expect(model.bottomLine.amount).toBeUndefined();
    expect(model.appeal).toMatchObject({ present: true, route: "arbeidsrechtbank", deadline: 0 });
    for (const span of model.bottomLine.evidence) expect(span.end).toBeGreaterThan(span.start);
  });

  it("says how much a CPAS claims back", () => {
    const text = `CPAS de Charleroi
Charleroi, le 12 décembre 2026

Objet : récupération

Le Comité a décidé de récupérer les avances versées. Vous devez rembourser la somme de 2.148,36 € dans un délai de trente jours à compter de la date de la présente lettre.`;
    const model = letterOf(text, "fr");
    expect([model.bottomLine.actor, model.bottomLine.action, model.bottomLine.amount]).toEqual([
      "CPAS",
      "recover",
      2148.36,
    ]);
    expect(model.deadlines.map((d) => [d.anchor, d.date])).toEqual([["letter-date", "2027-01-11"]]);
  });

  it("reads a fine, an invitation and a request for documents", () => {
    expect(
      letterOf("Stad Gent\n\nU krijgt een GAS-boete van € 58 voor een overtreding. Betaal de boete.").kind.kind,
    ).toBe("fine");
    expect(letterOf("VDAB\n\nWij nodigen u uit voor een gesprek. Kom op 11 maart 2027 om 9.30 uur.").kind.kind).toBe(
      "invitation",
    );
    expect(
      letterOf("Mutualité\n\nDocuments manquants. Veuillez nous faire parvenir les pièces justificatives.", "fr").kind
        .kind,
    ).toBe("request");
  });

  it("is unsure when a bill has no total to pay", () => {
    const bill = letterOf("Factuur\n\nFactuurnummer 12. Dit is uw factuur voor het verblijf.");
    expect(bill.kind.kind).toBe("bill");
    expect(bill.unsure.map((u) => u.reason)).toContain("bill-without-total");
  });

  it("takes the first route of the appeal part: the sender's own service before a later mediator", () => {
    const text = `Le Foyer du Sud
Forest, le 30 novembre 2026

Objet : révision de votre loyer

Si vous n'êtes pas d'accord avec ce calcul, vous pouvez introduire une réclamation écrite auprès de notre société dans le mois de la réception de ce courrier. Si vous n'êtes pas satisfaite de notre réponse, vous pouvez vous adresser au Médiateur.`;
    expect(letterOf(text, "fr").appeal.route).toBe("notre société");
  });

  it("names the OCMW, not the city, when the sender line names both", () => {
    const text = `Stad Antwerpen – OCMW Antwerpen
Antwerpen, 9 december 2026

Betreft: weigering leefloon

Het Bijzonder Comité heeft beslist: het leefloon wordt geweigerd.`;
    expect(letterOf(text).bottomLine.actor).toBe("OCMW");
  });
});

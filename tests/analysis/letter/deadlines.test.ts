import { describe, expect, it } from "vitest";
import { letterOf } from "./helpers.ts";

const deadlines = (text: string, lang: Parameters<typeof letterOf>[1] = "nl") =>
  letterOf(text, lang).deadlines.map((d) => [
    d.anchor,
    d.term ? `${d.term.n} ${d.term.unit}` : null,
    d.date,
    d.purpose,
  ]);

describe("deadlines with their anchor", () => {
  it("takes the letter date from the dateline, not from an earlier decision in the body", () => {
    const text = `OCMW Gent
Gent, 3 november 2026

Betreft: uw leefloon

In zijn zitting van 12 oktober 2026 besliste het Bijzonder Comité u geen leefloon toe te kennen.
Betaal binnen 30 dagen na de datum van deze brief.`;
    const model = letterOf(text);
    const at = text.indexOf("3 november 2026");
    expect(model.letterDate).toEqual({
      iso: "2026-11-03",
      source: "dateline",
      evidence: [{ start: at, end: at + 15 }],
    });
    expect(model.deadlines.map((d) => [d.anchor, d.date, d.calculated])).toEqual([["letter-date", "2026-12-03", true]]);
  });

  it("reads 'datum van verzending' as the letter date when there is no dateline", () => {
    const model = letterOf("CPAS de Namur\nDate d'envoi : 08/01/2027\n\nMonsieur,\nTexte.", "fr");
    expect([model.letterDate?.iso, model.letterDate?.source]).toEqual(["2027-01-08", "sending"]);
  });

  it("gives no date for terms that run from receipt or notification", () => {
    expect(
      deadlines(
        "Gent, 3 november 2026\n\nU kunt beroep instellen bij de arbeidsrechtbank binnen drie maanden na de kennisgeving van deze beslissing. Bezorg ons de documenten binnen 15 dagen na ontvangst van deze brief.",
      ),
    ).toEqual([
      ["notification", "3 months", null, "appeal"],
      ["receipt", "15 days", null, "documents"],
    ]);
  });

  it("counts from the third working day after sending, with Belgian holidays", () => {
    const text =
      "Bruxelles, le 10 novembre 2026\n\nVous pouvez introduire une réclamation dans un délai de six mois à compter du troisième jour ouvrable qui suit la date d'envoi.";
    // Sent on 10 November; 11 November is a holiday: 12, 13, 16 November. Six months later is Sunday 16 May 2027,
    // and Monday 17 May is Whit Monday: the last day is Tuesday 18 May.
    expect(deadlines(text, "fr")).toEqual([["third-working-day", "6 months", "2027-05-18", "appeal"]]);
  });

  it("reads one-year terms in four languages", () => {
    const units = [
      ["U kunt bezwaar indienen binnen een termijn van één jaar.", "nl"],
      ["Vous pouvez introduire une réclamation dans un délai d'un an.", "fr"],
      ["Sie können innerhalb einer Frist von einem Jahr Widerspruch einlegen.", "de"],
      ["You can file an objection within one year.", "en"],
    ] as const;
    for (const [text, lang] of units) expect(deadlines(text, lang).map((d) => d[1])).toEqual(["1 years"]);
  });

  it("never makes a deadline of the past, a condition, a task of the sender or an article number", () => {
    const text = [
      "Gent, 3 november 2026",
      "U hebt de gevraagde documenten niet binnen de termijn van veertien dagen bezorgd.",
      "Vous n'avez pas fait valoir vos moyens de défense dans le délai de quinze jours.",
      "En cas de récidive dans un délai d'un an, la suspension peut être portée à trois mois.",
      "Het bedrag storten wij binnen vijf werkdagen op uw rekening.",
      "Volgens artikel 3.2.15 tot 3.2.20 van het besluit.",
      "Voor de periode van 1 september 2026 tot en met 31 oktober 2026.",
    ].join("\n");
    expect(letterOf(text).deadlines).toEqual([]);
  });

  it("keeps a fixed date and reads 'vóór' as the day before", () => {
    expect(deadlines("Gent, 3 november 2026\n\nBetaal de huur vóór 6 januari 2027.")).toEqual([
      ["fixed", null, "2027-01-05", "payment"],
    ]);
  });

  it("turns an invitation into an appointment with day, hour, place and what to bring", () => {
    const text = `OCMW Vilvoorde
Vilvoorde, 20 januari 2027

Kom op maandag 8/02/2027 om 14 uur naar het Sociaal Huis, Lange Molensstraat 44, Vilvoorde.
Breng deze documenten mee:
- uw identiteitskaart
- uw bankkaart

Kan u niet komen? Bel ons dan vóór 5 februari 2027.`;
    const model = letterOf(text);
    expect(model.appointments.map((a) => [a.date, a.time, a.place, a.bring])).toEqual([
      [
        "2027-02-08",
        "14:00",
        "het Sociaal Huis, Lange Molensstraat 44, Vilvoorde",
        ["uw identiteitskaart", "uw bankkaart"],
      ],
    ]);
    expect(model.deadlines.map((d) => [d.date, d.purpose])).toEqual([
      ["2027-02-08", "appointment"],
      ["2027-02-04", "response"],
    ]);
  });

  it("counts from the third working day when the letter deems the notification to happen then", () => {
    const text = `Datum van verzending: 14 december 2026

U kunt beroep instellen bij de arbeidsrechtbank binnen drie maanden na de kennisgeving van deze beslissing. Deze aangetekende brief wordt geacht u ter kennis te zijn gebracht op de derde werkdag na de datum van verzending.`;
    // 14 December 2026 + 3 working days = 17 December; three months later, 17 March 2027 (a Wednesday).
    expect(deadlines(text)).toEqual([["third-working-day", "3 months", "2027-03-17", "appeal"]]);
  });

  it("sets no task with what the reader could have done", () => {
    const text = `Leuven, 11 december 2026

U kon binnen vijftien dagen uw verweer indienen of vragen om gehoord te worden. Vous pouviez répondre dans les quinze jours.`;
    expect(deadlines(text)).toEqual([]);
  });

  it("reads the day to call when you cannot come as a response, not as the appointment", () => {
    const text = `Turnhout, 21 januari 2027

Kom op maandag 8/02/2027 om 14 uur naar het Sociaal Huis.

Kunt u niet komen? Bel dan uiterlijk op 4 februari 2027 naar uw maatschappelijk werker.`;
    expect(deadlines(text)).toEqual([
      ["fixed", null, "2027-02-08", "appointment"],
      ["fixed", null, "2027-02-04", "response"],
    ]);
  });

  it("reads no deadline in a term for a case that may come, but keeps the appeal term after 'if you disagree'", () => {
    expect(
      deadlines(
        "Tournai, le 16 décembre 2026\n\nSi votre situation change (perte d'emploi, séparation), vous pouvez introduire une nouvelle demande dans les 60 jours qui suivent une nouvelle livraison.",
        "fr",
      ),
    ).toEqual([]);
    expect(
      deadlines(
        "Gent, 3 november 2026\n\nAls uw situatie verandert, kunt u binnen 30 dagen een nieuwe aanvraag indienen. Als u het niet eens bent, kunt u binnen drie maanden na de kennisgeving beroep instellen bij de arbeidsrechtbank.",
      ),
    ).toEqual([["notification", "3 months", null, "appeal"]]);
  });

  it("reads no deadline in a duty to report a change that may come", () => {
    expect(
      deadlines(
        "Brussels, 1 December 2026\n\nPlease remember that any change in the composition of your household must be reported to us within one month.",
        "en",
      ),
    ).toEqual([]);
  });
});

describe("terms that start with a short word", () => {
  it("finds the term after 'u hebt', 'le délai', 'eine Frist', 'the period' and the like", () => {
    const cases: [string, Parameters<typeof letterOf>[1], string, number, string][] = [
      [
        "U hebt drie maanden om beroep in te stellen bij de arbeidsrechtbank.",
        "nl",
        "U hebt drie maanden",
        3,
        "months",
      ],
      ["Vous avez trois mois pour introduire un recours.", "fr", "Vous avez trois mois", 3, "months"],
      ["Le délai de trente jours court à partir de la notification.", "fr", "Le délai de trente jours", 30, "days"],
      ["Sie haben einen Monat Zeit, um Widerspruch einzulegen.", "de", "Sie haben einen Monat", 1, "months"],
      ["Für den Widerspruch gilt eine Frist von zwei Wochen.", "de", "eine Frist von zwei Wochen", 2, "weeks"],
      ["You have 30 days to appeal against this decision.", "en", "You have 30 days", 30, "days"],
      ["You can appeal. A time limit of 30 days applies.", "en", "A time limit of 30 days", 30, "days"],
    ];
    for (const [text, lang, words, n, unit] of cases) {
      expect(letterOf(text, lang).deadlines.map((d) => [d.text, d.term])).toEqual([[words, { n, unit }]]);
    }
  });
});

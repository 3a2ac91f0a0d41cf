import { describe, expect, it } from "vitest";
import { basisOf, factsOf } from "./helpers.ts";

const deadlines = (
  text: string,
  lang: Parameters<typeof factsOf>[1] = "nl",
  options: Parameters<typeof factsOf>[2] = {},
) => factsOf(text, lang, options).deadlines;

describe("absolute deadlines", () => {
  it("reads Dutch trigger words before a date", () => {
    const found = deadlines(
      "Stuur het formulier uiterlijk op 15 maart 2026 terug. Betaal ten laatste op 20/03/2026. Antwoord ons tegen 31 maart 2026.",
    );
    expect(found.map((d) => [d.text, d.date, d.kind, d.estimated])).toEqual([
      ["uiterlijk op 15 maart 2026", "2026-03-15", "absolute", false],
      ["ten laatste op 20/03/2026", "2026-03-20", "absolute", false],
      ["tegen 31 maart 2026", "2026-03-31", "absolute", false],
    ]);
    expect(basisOf(found[0])).toBe("Deze datum staat zo in de brief.");
  });

  it("reads 'uiterlijk 15/03/2026' without 'op'", () => {
    expect(deadlines("U moet uiterlijk 15/03/2026 betalen.").map((d) => [d.date, d.purpose])).toEqual([
      ["2026-03-15", "payment"],
    ]);
  });

  it("counts 'vóór 1 april' as 31 March and says why", () => {
    const [deadline] = deadlines("Betaal het bedrag vóór 1 april 2026.");
    expect(deadline?.date).toBe("2026-03-31");
    expect(basisOf(deadline)).toContain("De laatste dag is dus 31 maart 2026.");
  });

  it("marks a deadline without year as estimated", () => {
    const [deadline] = deadlines("Bezorg ons de documenten voor 1 april.", "nl", { letterDate: "2026-03-03" });
    expect([deadline?.date, deadline?.estimated, deadline?.purpose]).toEqual(["2026-03-31", true, "documents"]);
    expect(basisOf(deadline)).toContain("Het jaar staat niet bij de datum.");
  });

  it("reads French, German and English trigger words", () => {
    expect(
      deadlines("Veuillez payer au plus tard le 15 mars 2026.", "fr").map((d) => [d.text, d.date, d.purpose]),
    ).toEqual([["au plus tard le 15 mars 2026", "2026-03-15", "payment"]]);
    expect(deadlines("Répondez-nous pour le 20 mars 2026.", "fr").map((d) => [d.date, d.purpose])).toEqual([
      ["2026-03-20", "response"],
    ]);
    expect(deadlines("Réponse avant le 1er avril 2026.", "fr").map((d) => d.date)).toEqual(["2026-03-31"]);
    expect(deadlines("Bitte zahlen Sie bis zum 15. März 2026.", "de").map((d) => [d.text, d.date])).toEqual([
      ["bis zum 15. März 2026", "2026-03-15"],
    ]);
    expect(deadlines("Reichen Sie die Unterlagen spätestens am 20.03.2026 ein.", "de").map((d) => d.purpose)).toEqual([
      "documents",
    ]);
    expect(deadlines("Please pay by 15 March 2026.", "en").map((d) => [d.date, d.purpose])).toEqual([
      ["2026-03-15", "payment"],
    ]);
    expect(deadlines("Send us the form no later than March 20, 2026.", "en").map((d) => d.date)).toEqual([
      "2026-03-20",
    ]);
  });

  it("does not take a date without trigger as a deadline", () => {
    expect(deadlines("Gent, 3 maart 2026. Uw aanvraag van 12 februari 2026 is goedgekeurd.")).toEqual([]);
  });
});

describe("relative deadlines", () => {
  const letterDate = "2026-03-03";

  it("counts days from the date of the letter", () => {
    const [deadline] = deadlines("U kunt binnen 30 dagen na de datum van deze brief bezwaar indienen.", "nl", {
      letterDate,
    });
    expect([deadline?.text, deadline?.date, deadline?.kind, deadline?.estimated, deadline?.purpose]).toEqual([
      "binnen 30 dagen na de datum van deze brief",
      "2026-04-02",
      "relative",
      true,
      "appeal",
    ]);
    expect(basisOf(deadline)).toBe("30 dagen na 3 maart 2026. Dat is de datum van de brief.");
  });

  it("counts calendar months and says that notification starts on the day you got the letter", () => {
    const [deadline] = deadlines(
      "U kunt beroep aantekenen bij de arbeidsrechtbank binnen drie maanden na de kennisgeving van deze beslissing.",
      "nl",
      { letterDate },
    );
    expect(deadline?.date).toBe("2026-06-03");
    expect(basisOf(deadline)).toContain("De termijn begint eigenlijk op de dag dat u de brief kreeg.");
    expect(deadline?.purpose).toBe("appeal");
  });

  it("reads number words and 'een maand'", () => {
    const found = deadlines("Reageer binnen een maand na de kennisgeving. Betaal binnen de veertien dagen.", "nl", {
      letterDate: "2026-01-31",
    });
    expect(found.map((d) => [d.text, d.date, d.purpose])).toEqual([
      ["binnen een maand na de kennisgeving", "2026-02-28", "response"],
      ["binnen de veertien dagen", "2026-02-14", "payment"],
    ]);
    expect(basisOf(found[1])).toContain("De brief zegt niet vanaf welke dag u moet tellen.");
  });

  it("reads 'binnen de termijn van' and 'binnen de 14 dagen'", () => {
    const found = deadlines("Antwoord binnen de termijn van 30 dagen. Betaal binnen de 14 dagen.", "nl", {
      letterDate,
    });
    expect(found.map((d) => [d.text, d.date])).toEqual([
      ["binnen de termijn van 30 dagen", "2026-04-02"],
      ["binnen de 14 dagen", "2026-03-17"],
    ]);
  });

  it("skips Saturdays and Sundays for working days", () => {
    // Tuesday 3 March 2026 + 8 working days = Friday 13 March.
    const [deadline] = deadlines("Bezorg ons het attest binnen 8 werkdagen.", "nl", { letterDate });
    expect([deadline?.date, deadline?.purpose]).toEqual(["2026-03-13", "documents"]);
    expect(basisOf(deadline)).toContain("Zaterdag en zondag tellen niet mee.");
  });

  it("reads French periods", () => {
    const found = deadlines(
      "Vous pouvez introduire un recours dans un délai de trois mois à compter de la notification. Payez dans les 30 jours.",
      "fr",
      { letterDate },
    );
    expect(found.map((d) => [d.text, d.date, d.purpose])).toEqual([
      ["dans un délai de trois mois à compter de la notification", "2026-06-03", "appeal"],
      ["dans les 30 jours", "2026-04-02", "payment"],
    ]);
    expect(basisOf(found[0], "fr")).toContain("le jour où vous avez reçu la lettre");
  });

  it("reads number words written with hyphens or spaces", () => {
    const dates = (text: string) => deadlines(text, "fr", { letterDate }).map((d) => d.date);
    expect(dates("Répondez dans les vingt-et-un jours.")).toEqual(["2026-03-24"]);
    expect(dates("Répondez dans les vingt et un jours.")).toEqual(["2026-03-24"]);
  });

  it("reads German and English periods", () => {
    expect(
      deadlines("Sie können innerhalb von 30 Tagen Widerspruch einlegen.", "de", { letterDate }).map((d) => [
        d.date,
        d.purpose,
      ]),
    ).toEqual([["2026-04-02", "appeal"]]);
    expect(deadlines("Zahlen Sie binnen eines Monats.", "de", { letterDate }).map((d) => d.date)).toEqual([
      "2026-04-03",
    ]);
    expect(
      deadlines("You can appeal within thirty days of the date of this letter.", "en", { letterDate }).map((d) => [
        d.text,
        d.date,
        d.purpose,
      ]),
    ).toEqual([["within thirty days of the date of this letter", "2026-04-02", "appeal"]]);
  });

  it("gives no date when the letter date is unknown, and says so", () => {
    const [deadline] = deadlines("U kunt binnen drie maanden beroep aantekenen.");
    expect([deadline?.date, deadline?.estimated]).toEqual([null, true]);
    expect(basisOf(deadline)).toBe(
      "3 maanden. Wij kennen de datum van de brief niet. Daarom kunnen wij de laatste dag niet berekenen.",
    );
  });

  it("puts the basis in words in the language asked, whatever the letter's language", () => {
    const text = "U kunt binnen 30 dagen na de kennisgeving beroep aantekenen.";
    const basis = (lang: "nl" | "fr" | "de" | "en") => basisOf(factsOf(text, "nl", { letterDate }).deadlines[0], lang);
    expect(basis("fr")).toContain("30 jours après le 3 mars 2026");
    expect(basis("de")).toContain("30 Tage nach dem 3. März 2026");
    expect(basis("en")).toContain("30 days after 3 March 2026");
    expect(basis("en")).toContain("The time limit really starts on the day you got the letter.");
  });

  it("uses the letter date found in the text", () => {
    const text = "OCMW Antwerpen\nAntwerpen, 3 maart 2026\n\nU kunt binnen 30 dagen bezwaar indienen.";
    expect(factsOf(text).deadlines.map((d) => d.date)).toEqual(["2026-04-02"]);
  });

  it("says 'other' when the sentence names no purpose", () => {
    expect(deadlines("Dit geldt binnen 10 dagen.", "nl", { letterDate }).map((d) => d.purpose)).toEqual(["other"]);
  });
});

describe("what a deadline is for", () => {
  const letterDate = "2026-03-03";
  const purposes = (text: string, lang: Parameters<typeof factsOf>[1] = "nl") =>
    deadlines(text, lang, { letterDate }).map((d) => [d.text, d.purpose]);

  it("reads 'bezwaarschrift' and 'bezwaartermijn' as an appeal", () => {
    expect(
      purposes(
        "Het bezwaarschrift moet op straffe van verval worden ingediend binnen een termijn van één jaar, te rekenen vanaf de derde werkdag.",
      ),
    ).toEqual([["binnen een termijn van één jaar", "appeal"]]);
  });

  it("reads the cue in the heading or the sentence before when the sentence itself names none", () => {
    const text =
      "Niet akkoord?\nStuur een brief naar de arbeidsrechtbank Gent. Doe dat binnen 3 maanden nadat u deze brief krijgt.";
    expect(purposes(text)).toEqual([["binnen 3 maanden", "appeal"]]);
    expect(purposes("Bent u het niet eens?\nDoe dat binnen 3 maanden.")).toEqual([["binnen 3 maanden", "appeal"]]);
    expect(purposes("Vous n'êtes pas d'accord ?\nÉcrivez-nous dans un délai de trente jours.", "fr")).toEqual([
      ["dans un délai de trente jours", "appeal"],
    ]);
  });

  it("prefers a cue in the sentence itself over one before it", () => {
    expect(purposes("U kunt in beroep gaan. Bezorg ons eerst de documenten binnen 10 dagen.")).toEqual([
      ["binnen 10 dagen", "documents"],
    ]);
  });

  it("does not read the previous paragraph", () => {
    expect(purposes("U kunt in beroep gaan bij de arbeidsrechtbank.\n\nDoe dat binnen 10 dagen.")).toEqual([
      ["binnen 10 dagen", "other"],
    ]);
  });

  it("reads a transfer with a structured communication as a payment", () => {
    expect(
      purposes(
        "Wij verzoeken u het bedrag over te maken met vermelding van de gestructureerde mededeling +++330/4556/67759+++, en dit uiterlijk op 15 april 2026.",
      ),
    ).toEqual([["uiterlijk op 15 april 2026", "payment"]]);
  });
});

describe("periods that are no deadline", () => {
  it("skips the end of a period 'van … tot en met …'", () => {
    expect(
      deadlines(
        "U kreeg een voorschot voor de periode van 1 september 2025 tot en met 31 oktober 2025. Betaal het terug uiterlijk op 15 april 2026.",
      ).map((d) => [d.text, d.purpose]),
    ).toEqual([["uiterlijk op 15 april 2026", "payment"]]);
    expect(deadlines("Het voorschot liep van 1 tot en met 31 oktober 2025.")).toEqual([]);
    expect(deadlines("Le droit est ouvert du 1er septembre 2025 jusqu'au 31 octobre 2025.", "fr")).toEqual([]);
    expect(deadlines("Der Zeitraum vom 1. September 2025 bis 31. Oktober 2025.", "de")).toEqual([]);
    expect(deadlines("The advance covers the period from 1 September 2025 until 31 October 2025.", "en")).toEqual([]);
  });

  it("keeps 'tot en met' without a period start as a deadline", () => {
    expect(deadlines("U kunt bezwaar indienen tot en met 31 maart 2026.").map((d) => [d.date, d.purpose])).toEqual([
      ["2026-03-31", "appeal"],
    ]);
  });
});

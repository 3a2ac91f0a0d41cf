import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers.ts";

const isoOf = (text: string, options: Parameters<typeof factsOf>[2] = {}) =>
  factsOf(text, "nl", options).dates.map((d) => [d.text, d.iso, d.yearInferred]);

describe("dates", () => {
  it("reads numeric dates day first, with dots, slashes and dashes, and ISO dates", () => {
    expect(isoOf("Op 12.03.2025, 12/03/2025, 12-03-2025 en 2025-03-12.")).toEqual([
      ["12.03.2025", "2025-03-12", false],
      ["12/03/2025", "2025-03-12", false],
      ["12-03-2025", "2025-03-12", false],
      ["2025-03-12", "2025-03-12", false],
    ]);
  });

  it("reads Dutch dates with and without weekday", () => {
    expect(isoOf("De zitting is op maandag 16 maart 2026 en niet op 15 maart 2026.")).toEqual([
      ["maandag 16 maart 2026", "2026-03-16", false],
      ["15 maart 2026", "2026-03-15", false],
    ]);
  });

  it("reads French, German and English dates", () => {
    expect(factsOf("Bruxelles, le 15 mars 2026. Réponse avant le 1er avril.", "fr").dates.map((d) => d.iso)).toEqual([
      "2026-03-15",
      "2026-04-01",
    ]);
    expect(factsOf("Eupen, den 15. März 2026", "de").dates.map((d) => d.iso)).toEqual(["2026-03-15"]);
    expect(factsOf("Dated 15 March 2026, or March 15, 2026.", "en").dates.map((d) => d.iso)).toEqual([
      "2026-03-15",
      "2026-03-15",
    ]);
  });

  it("leaves out dates that do not exist", () => {
    expect(isoOf("Op 31/02/2026 of 30 februari 2026 of 29.02.2025 of 32.01.2026.")).toEqual([]);
    expect(isoOf("Wel op 29.02.2024.")).toEqual([["29.02.2024", "2024-02-29", false]]);
  });

  it("takes a missing year from the letter date", () => {
    expect(isoOf("Kom langs op 1 april.", { letterDate: "2027-03-03" })).toEqual([["1 april", "2027-04-01", true]]);
  });

  it("takes a missing year from today when the letter date is unknown", () => {
    expect(isoOf("Kom langs op 1 april.", { today: "2030-02-01" })).toEqual([["1 april", "2030-04-01", true]]);
  });

  it("takes the nearest year: 10 January in a letter of 15 December is next January", () => {
    expect(isoOf("Betaal vóór 10 januari.", { letterDate: "2025-12-15" })).toEqual([
      ["10 januari", "2026-01-10", true],
    ]);
  });

  it("does not read 'may' the verb as a month", () => {
    expect(factsOf("You may 5 times ask for help.", "en").dates).toEqual([]);
  });
});

describe("letter date", () => {
  it("uses the date given by the caller", () => {
    const facts = factsOf("Gent, 3 maart 2026", "nl", { letterDate: "2026-03-05" });
    expect([facts.letterDate, facts.letterDateSource]).toEqual(["2026-03-05", "given"]);
  });

  it("reads a date after a place name, also further down the letter", () => {
    const text = `${"Tekst zonder datum.\n".repeat(12)}Brussel, le 3 mars 2026\nMadame,`;
    const facts = factsOf(text, "fr");
    expect([facts.letterDate, facts.letterDateSource]).toEqual(["2026-03-03", "text"]);
  });

  it("prefers the place and date over an earlier date in the heading", () => {
    const text = "OCMW Gent\nUw brief van 12/02/2026\nGent, 3 maart 2026\n\nGeachte mevrouw,";
    expect(factsOf(text).letterDate).toBe("2026-03-03");
  });

  it("else takes the first date in the first lines", () => {
    expect(factsOf("RVA Gent\n\n05/03/2026\n\nMevrouw,\nTekst.").letterDate).toBe("2026-03-05");
  });

  it("has no letter date when the heading has no date", () => {
    const text = `${"Een regel.\n".repeat(10)}Wij zagen u op 5 maart 2026.`;
    const facts = factsOf(text);
    expect([facts.letterDate, facts.letterDateSource]).toEqual([null, "none"]);
  });
});

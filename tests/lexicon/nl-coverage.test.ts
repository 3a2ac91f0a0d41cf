import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/lexicon/load.ts";

/** Every term of "Terms the seeds use" in docs/context.md: each must be the term or a variant of a Dutch entry. */
const SEED_TERMS = [
  // Institutions
  "OCMW",
  "CPAS",
  "ÖSHZ",
  "Openbaar Centrum voor Maatschappelijk Welzijn",
  "Bijzonder Comité voor de Sociale Dienst",
  "BCSD",
  "Raad voor Maatschappelijk Welzijn",
  "CAW",
  "DMW",
  "GBO",
  "Geïntegreerd Breed Onthaal",
  "Sociaal Huis",
  "ziekenfonds",
  "mutualiteit",
  "verzekeringsinstelling",
  "RIZIV",
  "INAMI",
  "RVA",
  "ONEM",
  "VDAB",
  "Actiris",
  "KSZ",
  "FOD",
  "SPF",
  "POD MI",
  "HZIV",
  "woonmaatschappij",
  "justitiehuis",
  "Bureau voor Juridische Bijstand",
  "Unia",
  "ombudsdienst",
  "arbeidsrechtbank",
  "vrederechter",
  "rechtbank van eerste aanleg",
  "Raad van State",
  "deurwaarder",
  "adviserend arts",
  // Benefits
  "leefloon",
  "equivalent leefloon",
  "GPMI",
  "PIIS",
  "IGO",
  "invaliditeitsuitkering",
  "gewaarborgd loon",
  "werkloosheidsuitkering",
  "Groeipakket",
  "verhoogde tegemoetkoming",
  "sociaal tarief",
  "sociaal energietarief",
  "voorschot",
  "statuut samenwonende",
  "referentieadres",
  "huurpremie",
  "huursubsidie",
  "huurwaarborg",
  "onderhoudsplicht",
  "kansenpas",
  "UIT-pas",
  "Artikel 27",
  "budgetmeter",
  "schuldbemiddeling",
  // Procedure and law
  "motivering",
  "beroep",
  "beroepsmogelijkheden",
  "bezwaar aantekenen",
  "verzoek tot herziening",
  "kennisgeving",
  "termijn",
  "beroepstermijn",
  "verjaringstermijn",
  "ontvangstbewijs",
  "ingebrekestelling",
  "terugvordering",
  "nalatigheidsinteresten",
  "verwijlinteresten",
  "opeisbaar",
  "kort geding",
  "hoorzitting",
  "hoorplicht",
  "recht op inzage",
  "beroepsgeheim",
  "sociaal onderzoek",
  "sociaal verslag",
  "werkbereidheid",
  "vraagverheldering",
  "rechtenverkenning",
  "bewindvoering",
  "onder curatele",
  "pro-Deo-advocaat",
  "juridische eerstelijnsbijstand",
  "rolrechten",
  "rechtsplegingsvergoeding",
  "koninklijk besluit",
  "KB",
  "Belgisch Staatsblad",
  "omzendbrief",
  "weerlegbaar vermoeden",
  "onweerlegbaar vermoeden",
  // Digital and identity
  "eBox",
  "MyGov.be",
  "Mijn Burgerprofiel",
  "itsme",
  "eID",
  "rijksregisternummer",
];

describe("Dutch lexicon coverage", () => {
  const lexicon = loadLexicon({ overlayDir: "" });
  const nl = lexicon.entries.nl.map((l) => l.entry);
  const forms = new Set(nl.flatMap((e) => [e.term, ...e.variants]).map((f) => f.toLowerCase()));

  it("has at least 400 Dutch entries", () => {
    expect(nl.length).toBeGreaterThanOrEqual(400);
  });

  it("explains every term the seed documents use", () => {
    const missing = SEED_TERMS.filter((t) => !forms.has(t.toLowerCase()));
    expect(missing).toEqual([]);
  });

  it("marks the seed acronyms as case-sensitive, with a spoken form", () => {
    for (const acronym of ["OCMW", "RIZIV", "RVA", "VDAB", "CAW", "KSZ", "FOD", "HZIV", "GPMI", "IGO", "KB"]) {
      const entry = nl.find((e) => e.term === acronym);
      expect({ acronym, caseSensitive: entry?.caseSensitive, spoken: Boolean(entry?.spoken) }).toEqual({
        acronym,
        caseSensitive: true,
        spoken: true,
      });
    }
  });
});

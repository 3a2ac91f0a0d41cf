import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAnalyzer } from "../../src/analysis/index.ts";
import { lexiconEntries, loadLexicon } from "../../src/lexicon/load.ts";

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

describe("Dutch lexicon: Belgian institutions part and word senses", () => {
  const lexicon = loadLexicon({ overlayDir: "" });
  const nl = lexicon.entries.nl;
  const analyzer = createAnalyzer({ lexicons: lexiconEntries(lexicon), commonWords: lexicon.commonWords });

  it("has at least 1,000 entries in nl.belgie.json", () => {
    expect(nl.filter((l) => l.file.endsWith("nl.belgie.json")).length).toBeGreaterThanOrEqual(1000);
  });

  it("says which meaning every Dutch entry explains", () => {
    expect(nl.filter((l) => !l.entry.sense).map((l) => l.entry.id)).toEqual([]);
  });

  it("knows 'beroep' as an appeal (with context words) and as a job", () => {
    const senses = nl.filter((l) => l.entry.term === "beroep").map((l) => l.entry);
    expect(senses).toHaveLength(2);
    const appeal = senses.find((e) => e.contextWords?.length);
    expect(appeal?.contextWords).toEqual(expect.arrayContaining(["aantekenen", "arbeidsrechtbank"]));
    expect(senses.find((e) => !e.contextWords)?.category).toBe("work");
  });

  it("flags nothing from the institutions part in plain stories", () => {
    const belgie = new Set(nl.filter((l) => l.file.endsWith("nl.belgie.json")).map((l) => l.entry.id));
    for (const level of [1, 2, 3]) {
      const text = readFileSync(`tests/fixtures/lint-ii/lint2_level${level}.txt`, "utf8");
      const hits = analyzer.analyze(text, { lang: "nl" }).findings.filter((f) => f.termId && belgie.has(f.termId));
      expect({ level, hits: hits.map((f) => f.text) }).toEqual({ level, hits: [] });
    }
  });

  it("explains Belgian bodies and money words in a letter", () => {
    const text =
      "De FOD Financiën heeft uw aanslag ingekohierd. Betaal het saldo of vraag een ambtshalve ontheffing. " +
      "Uw Groeipakket wordt betaald door Kidslife. Tegen een GAS-boete kunt u naar de politierechtbank.";
    const ids = analyzer.analyze(text, { lang: "nl" }).findings.map((f) => f.termId);
    expect(ids).toEqual(
      expect.arrayContaining([
        "fod-financien",
        "inkohiering",
        "saldo",
        "ambtshalve-ontheffing",
        "kidslife",
        "gas-boete",
        "politierechtbank",
      ]),
    );
  });
});

/** lexicon/nl.taal.json: formal letter language, health, housing, family, identity and digital words. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/lexicon/load.ts";
import { realAnalyzer } from "../helpers/analyzer.ts";

const analyzer = realAnalyzer();
const lexicon = loadLexicon({ overlayDir: "" });
const taal = lexicon.entries.nl.filter((e) => e.file.endsWith("nl.taal.json")).map((e) => e.entry);
const taalIds = new Set(taal.map((e) => e.id));

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");

/** Lexicon findings of nl.taal.json in a Dutch text: the words a reader sees marked, with their entry. */
function taalFindings(text: string) {
  return analyzer
    .analyze(text, { lang: "nl" })
    .findings.filter((f) => f.rule === "jargon" && f.termId && taalIds.has(f.termId))
    .map((f) => ({ text: f.text, id: f.termId as string }));
}

describe("formal language of Belgian letters", () => {
  it("has at least 1,000 entries, the most frequent ones explained in French, English and German", () => {
    expect(taal.length).toBeGreaterThanOrEqual(1000);
    const translated = taal.filter((e) => e.translations?.fr && e.translations.en && e.translations.de);
    expect(translated.length).toBeGreaterThanOrEqual(100);
  });

  it("marks the stock phrases of an administrative letter and offers a plain word", () => {
    const found = taalFindings(
      "Naar aanleiding van uw aanvraag delen wij u mee dat wij, bij gebrek aan bewijsstukken, nog niet kunnen " +
        "beslissen. Gelieve de documenten uiterlijk 15 mei over te maken. De kosten zijn ten uwen laste. " +
        "Wenst u meer uitleg? Wij staan ter uwer beschikking.",
    );
    expect(found.map((f) => f.text)).toEqual([
      "Naar aanleiding van",
      "bij gebrek aan",
      "uiterlijk",
      "over te maken",
      "ten uwen laste",
      "Wenst u",
      "Wij staan ter uwer beschikking",
    ]);
    const byId = new Map(taal.map((e) => [e.id, e]));
    expect(byId.get("naar-aanleiding-van")?.alternative).toBe("na");
    expect(byId.get("wenst-u")?.alternative).toBe("wilt u");
  });

  it("marks inflected forms of formal verbs only where they are listed", () => {
    const found = taalFindings("Wij hebben het bedrag afgehouden. Het attest werd u toegezonden. U hebt het bekomen.");
    expect(found.map((f) => f.id)).toEqual(["afhouden", "toezenden", "bekomen"]);
  });

  it("marks health, housing and identity words in a sentence", () => {
    const found = taalFindings(
      "U verbleef in een eenpersoonskamer. De huurlasten stijgen. De gemeente overweegt een ambtshalve schrapping.",
    );
    expect(found.map((f) => f.id)).toEqual(["eenpersoonskamer", "huurlasten", "ambtshalve-schrapping"]);
  });

  it("leaves plain texts alone: a B1 letter and an easy story get no mark from this file", () => {
    expect(taalFindings(fixture("letters/ocmw-plain-good.txt"))).toEqual([]);
    expect(taalFindings(fixture("lint-ii/lint2_level1.txt"))).toEqual([]);
  });

  it("does not read common words with another meaning as jargon", () => {
    const plain =
      "Ik maak me zorgen over de huur. De regel gaat in op 1 mei. Ze trekt in bij haar zus. " +
      "Het boek ligt op tafel en hij legt de sleutel erbij. De verzekering betaalt. Mijn kin doet pijn.";
    expect(taalFindings(plain)).toEqual([]);
  });
});

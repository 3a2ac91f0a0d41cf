import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GRAMMARS } from "../../src/analysis/grammar.ts";
import { measureReadability } from "../../src/analysis/readability.ts";
import { countSyllables } from "../../src/analysis/syllables.ts";
import { splitSentences, tokenize } from "../../src/analysis/tokenize.ts";
import type { Language } from "../../src/analysis/types.ts";
import { reasonText } from "../../src/i18n/analysis.ts";
import { loadLexicon } from "../../src/lexicon/load.ts";

const common = loadLexicon({ overlayDir: "" }).commonWords.nl;

function measure(text: string, lang: Language = "nl") {
  const tokens = tokenize(text, lang);
  return measureReadability({
    lang,
    tokens,
    sentences: splitSentences(text, tokens),
    commonWords: lang === "nl" ? common : undefined,
    functionWords: GRAMMARS[lang].functionWords,
  });
}

describe("syllables", () => {
  it("counts syllables from the hyphenation patterns", () => {
    expect(countSyllables("beslissing", "nl")).toBe(3);
    expect(countSyllables("arbeidsongeschiktheidsuitkering", "nl")).toBe(9);
    expect(countSyllables("idee", "nl")).toBe(2);
    expect(countSyllables("intégration", "fr")).toBe(4);
    expect(countSyllables("Entscheidung", "de")).toBe(3);
    expect(countSyllables("information", "en")).toBe(4);
  });
});

describe("readability", () => {
  it("orders the four LiNT-II level texts from easy to hard", () => {
    const ease = [1, 2, 3, 4].map((level) => {
      const text = readFileSync(new URL(`../fixtures/lint-ii/lint2_level${level}.txt`, import.meta.url), "utf8");
      return measure(text).scores.find((s) => s.id === "flesch-douma")?.value ?? Number.NaN;
    });
    expect([...ease].sort((a, b) => b - a)).toEqual(ease);
    expect(new Set(ease).size).toBe(4);
  });

  it("gives each language its own formulas", () => {
    expect(measure("Wij helpen u graag. Kom langs.", "nl").scores.map((s) => s.id)).toEqual([
      "flesch-douma",
      "brouwer",
    ]);
    expect(measure("Nous vous aidons. Venez nous voir.", "fr").scores.map((s) => s.id)).toEqual([
      "kandel-moles",
      "lix",
    ]);
    expect(measure("Wir helfen Ihnen gern. Kommen Sie vorbei.", "de").scores.map((s) => s.id)).toEqual([
      "amstad",
      "wiener-sachtextformel",
    ]);
    expect(measure("We are glad to help. Come and see us.", "en").scores.map((s) => s.id)).toEqual([
      "flesch",
      "flesch-kincaid-grade",
    ]);
  });

  it("rates a short plain text B1 or easier and a legal sentence harder, with reasons", () => {
    const plain = measure("Wij geven u geld. U krijgt het elke maand. Hebt u een vraag? Bel ons of kom langs.");
    expect(["A2", "B1"]).toContain(plain.cefr.band);
    const legal = measure(
      "Overeenkomstig de bepalingen van de organieke wet betreffende de openbare centra voor maatschappelijk welzijn wordt de aanvraag tot tenlasteneming van de verblijfskosten onontvankelijk verklaard wegens het ontbreken van de vereiste bewijsstukken inzake de bestaansmiddelen van de aanvrager.",
    );
    expect(["B2", "C1+"]).toContain(legal.cefr.band);
    expect(legal.cefr.why.map((r) => reasonText("nl", r)).join(" ")).toMatch(/gemiddeld \d+ woorden/);
    expect(legal.meanSentenceLength).toBeGreaterThan(30);
  });

  it("counts uncommon words only in Dutch, where the frequency list exists", () => {
    expect(measure("De verblijfskosten worden gedekt.").uncommonWordShare).toBeGreaterThan(0);
    expect(measure("The costs are covered.", "en").uncommonWordShare).toBeNull();
  });
});

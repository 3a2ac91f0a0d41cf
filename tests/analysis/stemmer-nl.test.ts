/**
 * Our port of natural's Dutch stemmer (src/analysis/stemmer-nl.ts) must give exactly natural's stems: the word tables,
 * the lexicon matching and the common-word test all depend on them.
 */
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stemDutch } from "../../src/analysis/stemmer-nl.ts";
import { tableWords } from "../../src/lexicon/compile.ts";
import { loadLexicon } from "../../src/lexicon/load.ts";
import { allLetterTexts } from "../helpers/fixtures.ts";

interface Stemmer {
  stem(word: string): string;
}
const require = createRequire(import.meta.url);
const NATURAL_NL = "natural/lib/natural/stemmers/porter_stemmer_nl.js";
const natural: Stemmer = require(NATURAL_NL);

/**
 * Both stemmers remember whether any word so far lost an e (see stemmer-nl.ts), and test files share modules: "lange"
 * loses one, so that both start in the same state; from then on comparing word by word keeps them in step.
 */
function differences(words: Iterable<string>): string[] {
  stemDutch("lange");
  natural.stem("lange");
  const wrong: string[] = [];
  for (const word of words) {
    const ours = stemDutch(word);
    const theirs = natural.stem(word);
    if (ours !== theirs) wrong.push(`${word}: ${ours} ≠ ${theirs}`);
  }
  return wrong;
}

describe("Dutch stemmer", () => {
  it("gives natural's stems for a -bar word, before and after a word lost its e", async () => {
    // Both stemmers remember whether an e was removed from any word so far; fresh copies of both start without.
    const path = require.resolve(NATURAL_NL);
    delete require.cache[path];
    const fresh: Stemmer = require(path);
    // A query makes a new instance of the module (Vite keys modules by their URL).
    const ours: typeof stemDutch = (await import(`../../src/analysis/stemmer-nl.ts?${"fresh"}`)).stemDutch;
    const words = ["verdragbar", "betalbar", "lange", "verdragbar", "betalbar"];
    const stems = words.map(ours);
    expect(stems).toEqual(["verdragbar", "betalbar", "lang", "verdrag", "betal"]);
    expect(words.map((word) => fresh.stem(word))).toEqual(stems);
  });

  it("gives natural's stems for every word of the word list, the lexicon and the letters", () => {
    const lexicon = loadLexicon({ overlayDir: "" });
    const words = new Set(tableWords("nl", lexicon));
    for (const text of allLetterTexts()) for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) words.add(word);
    expect(words.size).toBeGreaterThan(20_000);
    expect(differences(words)).toEqual([]);
  });

  it("gives natural's stems for random words", () => {
    const letter = fc.constantFrom(..."aeiouyèäëïöüáéíóúbcdfghjklmnprstvwzjkgdse");
    const ending = fc.constantFrom(
      "",
      "en",
      "ene",
      "heden",
      "heid",
      "se",
      "s",
      "e",
      "end",
      "ing",
      "ig",
      "lijk",
      "baar",
      "bar",
      "eid",
      "aan",
      "ooi",
    );
    const word = fc
      .tuple(fc.array(letter, { maxLength: 12 }), ending, ending)
      .map(([letters, a, b]) => letters.join("") + a + b);
    fc.assert(
      fc.property(word, (w) => stemDutch(w) === natural.stem(w)),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 16 }), (w) => stemDutch(w) === natural.stem(w)),
      { numRuns: 5_000 },
    );
  });
});

/**
 * Per-word patterns with \p{L} are read by a copy without the u flag for words of Latin script (latin-letters.ts):
 * the copy must give what the pattern gives, for every such word.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GRAMMARS } from "../../src/analysis/grammar.ts";
import { inLatinRange, LATIN_LETTER, latinCopy } from "../../src/analysis/latin-letters.ts";
import { testWord } from "../../src/analysis/rules/context.ts";
import { LANGUAGES } from "../../src/analysis/types.ts";

describe("Latin letters without the u flag", () => {
  it("are exactly the letters (\\p{L}) among the characters of the Latin range", () => {
    const latin = new RegExp(`^${LATIN_LETTER}$`);
    const wrong: string[] = [];
    for (let c = 0; c < 0x20d0; c++) {
      const ch = String.fromCharCode(c);
      if (!inLatinRange(ch)) continue;
      if (latin.test(ch) !== /^\p{L}$/u.test(ch)) wrong.push(ch);
    }
    expect(wrong).toEqual([]);
    expect(inLatinRange("déjà-vu’s 2e")).toBe(true);
    expect(inLatinRange("Ωmega")).toBe(false);
    expect(inLatinRange("x😀")).toBe(false);
    expect(inLatinRange("€ 12 – “ja”")).toBe(true);
    expect(inLatinRange("ⁱ")).toBe(false);
  });

  it("are not used for patterns whose copy could read otherwise", () => {
    for (const re of [/\P{L}/u, /[\p{Lu}x]\p{L}/u, /\p{L}/iu, /\p{Lu}\p{L}/u, /\u{1F600}\p{L}/u, /x/u, /p{L}/])
      expect(latinCopy(re), re.source).toBeNull();
    expect(latinCopy(/^\p{L}{3,}(?:ing)$/u)?.source).toBe(`^${LATIN_LETTER}{3,}(?:ing)$`);
    const ranges = LATIN_LETTER.slice(1, -1);
    expect(latinCopy(/(?<![\p{L}.])B\.S\.[^\p{L}]\\p\{L\}/gu)?.source).toBe(
      `(?<![${ranges}.])B\\.S\\.[^${ranges}]\\\\p\\{L\\}`,
    );
    expect(latinCopy(/a/gu)).toBeNull();
    expect(latinCopy(/\p{L}/gu)?.flags).toBe("g");
  });

  const pieces = [
    ..."abcdeghilmnorstuvyzéèëïöüßàçôñøĳœªµº".split(""),
    "-",
    "'",
    "’",
    "–",
    "1",
    " ",
    ".",
    "Ω",
    "ж",
    "\u0301",
    "😀",
    "tion",
    "ment",
    "ance",
    "ing",
    "heid",
    "ung",
    "ge",
    "be",
    "ver",
    "on",
    "un",
    "in",
    "ed",
    "en",
    "t",
    "d",
    "ble",
    "ive",
    "s",
    "made",
    "onder",
  ];
  const piece = fc.constantFrom(...pieces);
  const word = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(""));

  it("give every grammar's per-word patterns the pattern's answer, for any word", () => {
    const patterns = LANGUAGES.flatMap((lang) => {
      const g = GRAMMARS[lang];
      return [g.participle, g.negativePrefix, g.nominalisation];
    });
    for (const re of patterns) expect(latinCopy(re), re.source).not.toBeNull();
    fc.assert(
      fc.property(word, (w) => {
        for (const re of patterns) {
          const copy = latinCopy(re) as RegExp;
          if (inLatinRange(w)) expect(copy.test(w), `${re.source} ${w}`).toBe(re.test(w));
          expect(testWord(re, w), `${re.source} ${w}`).toBe(re.test(w));
        }
      }),
      { numRuns: 4000 },
    );
  });

  const text = fc
    .array(
      fc.oneof(
        fc.constantFrom(...pieces.filter((p) => inLatinRange(p))),
        fc.constantFrom(
          "Art. 12",
          "KB",
          "K.B.",
          " B.S. ",
          "Article 4 of the Act of 3 June 2020",
          "Art. 5 des Gesetzes vom 4. März 2021",
          "€",
          "\n",
          "§ 2",
        ),
      ),
      {
        maxLength: 30,
      },
    )
    .map((parts) => parts.join(" "));

  it("find in any text what every grammar's text patterns find", () => {
    const patterns = LANGUAGES.flatMap((lang) => GRAMMARS[lang].legalReference).concat([/[^\p{L}]/gu]);
    const all = (re: RegExp, t: string) => [...t.matchAll(re)].map((m) => [m.index, m[0]]);
    fc.assert(
      fc.property(text, (t) => {
        expect(inLatinRange(t)).toBe(true);
        for (const re of patterns) {
          const copy = latinCopy(re);
          if (copy) expect(all(copy, t), re.source).toEqual(all(re, t));
        }
      }),
      { numRuns: 1500 },
    );
  });
});

/**
 * Case-insensitive patterns run on a folded copy of the text (src/analysis/facts/fold.ts) must find exactly what the
 * pattern with the `i` flag finds on the text: every character folds to one the `i` flag matches it with, and the
 * opening hours come out as the pattern as written finds them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldedPattern, foldText } from "../../../src/analysis/facts/fold.ts";
import { findOpeningHours, OPENING_HOURS_SOURCE } from "../../../src/analysis/facts/opening-hours.ts";
import { fixtureLetters } from "../../helpers/fixtures.ts";

const hexOf = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

describe("folded text", () => {
  it("folds every character to one that the i flag matches it with, and folds that to itself", () => {
    const all = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).join("");
    const folded = foldText(all);
    expect(folded.length).toBe(all.length);
    expect(foldText(folded)).toBe(folded);
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (!new RegExp(`^${hexOf(folded[code] as string)}$`, "i").test(all[code] as string)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });

  it("a folded pattern finds on the folded text what the pattern finds on the text", () => {
    const source = String.raw`(?<![a-zß\d])(?:straße|maß|ǆ|µs|[a-dé]{2}x)(?![A-Z])|\bé\w+|(?<s>[./])\d\k<s>`;
    const re = new RegExp(source, "gi");
    const folded = foldedPattern(source, "gi");
    const pieces = [
      "STRASSE",
      "straße",
      "STRAẞE",
      "Maß",
      "ǅ",
      "ǆ",
      "Ǆ",
      "µS",
      "ΜS",
      "μs",
      "abx",
      "ÉCX",
      "ÿ",
      "ɓ",
      "K",
      "ſ",
      "İ",
      "ı",
      " ",
      "1",
      ".",
      "/",
      "é",
      "É",
      "_",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
        const text = parts.join("");
        const got = [...foldText(text).matchAll(folded)].map((m) => [m.index, m[0].length]);
        expect(got).toEqual([...text.matchAll(re)].map((m) => [m.index, m[0].length]));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("opening hours on the folded text", () => {
  const written = new RegExp(OPENING_HOURS_SOURCE, "gi");
  const scan = (text: string) =>
    [...text.matchAll(written)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));

  it("are those the pattern as written finds in the test letters", () => {
    for (const letter of fixtureLetters())
      expect(findOpeningHours(letter.text), letter.name).toEqual(scan(letter.text));
  });

  it("are those the pattern as written finds in any text", () => {
    const pick = (...list: string[]) => fc.constantFrom(...list);
    const odd = ["ß", "ẞ", "\u212A", "\u212B", "ſ", "İ", "ı", "ǅ", "µ", "ɓ", "ⱥ", "𝐀", "é", "x", "1", "\n"];
    const day = pick(
      "Maandag",
      "MAANDAG",
      "vrijdag",
      "ma",
      "MA",
      "Vr.",
      "mo",
      "Mon",
      "tues",
      "THURS",
      "sa",
      "Fri",
      "Montags",
      "FREITAG",
      "lundi",
      "VENDREDI",
      "Monday",
      "friday",
      "werkdagen",
      "Werktagen",
      "WEEKDAYS",
      "working days",
      "ſa",
      "ẞa",
    );
    const lead = pick("", "", "van ", "Von ", "from ", "op ", "le ", "every ", "x", "1", "ɓ", "ⱥ", "\u212A");
    const toDay = pick(" tot ", " TO ", " bis ", " à ", "-", " – ", ", ", " en ", "/", " tot en met ", " ");
    const sep = pick(" ", ": ", ", ", "\t", "\u00A0", "", "  ", "\n");
    const time = pick(
      "9",
      "12",
      "9u",
      "8.30",
      "16:00",
      "8h30",
      "9 uur",
      "9 Uhr",
      "9 am",
      "5 P.M.",
      "9a.m.",
      "1x",
      "9ß",
      "9\u212A",
      "9ⱥ",
      "9ɓ",
    );
    const toTime = pick(" tot ", " - ", "-", " to ", " à ", " a ", " und ", " and ", "–", " ");
    const range = fc.tuple(pick("", "", "van ", "tussen ", "BETWEEN "), time, toTime, time).map((p) => p.join(""));
    const and = pick(", ", " en ", " and ", "/", " ");
    const hours = fc
      .tuple(lead, day, fc.boolean(), toDay, day, sep, range, fc.array(fc.tuple(and, range), { maxLength: 4 }))
      .map(
        ([l, d1, two, to, d2, s, r, more]) =>
          `${l}${d1}${two ? to + d2 : ""}${s}${r}${more.map((m) => m.join("")).join("")}`,
      );
    const texts = fc
      .array(fc.oneof(hours, pick(...odd), pick(" ", "\n", ". ")), { maxLength: 5 })
      .map((p) => p.join(""));
    let found = 0;
    fc.assert(
      fc.property(texts, (text) => {
        const expected = scan(text);
        if (expected.length > 0) found++;
        expect(findOpeningHours(text)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
    // Else the texts would compare nothing with nothing.
    expect(found).toBeGreaterThan(300);
  });
});

/**
 * The letter model's patterns as they are written for a quick cold start (issue 17) match exactly what the patterns
 * they replace match: each `quick(source, flags)` what `new RegExp(source, flags)` matches, and a pattern that is
 * tried only when a word of it is in the text never matches a text without that word.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LETTER } from "../../../src/analysis/facts/pattern.ts";
import { quickPattern } from "../../../src/analysis/facts/quick-pattern.ts";
import { RESTATED_RE, RESTATED_WORDS } from "../../../src/analysis/letter/amounts.ts";
import { ANCHOR_WORDS, anchorWordsOf } from "../../../src/analysis/letter/anchors.ts";
import {
  LONG_NAMES,
  ROLE_ACTOR_RE,
  ROLE_ACTOR_WORDS,
  ROUTE_AFTER_RE,
} from "../../../src/analysis/letter/bottom-line.ts";
import { CHANGE_DUTY_RE } from "../../../src/analysis/letter/deadlines.ts";
import { buildLetterModel } from "../../../src/analysis/letter/index.ts";
import { holdsWord, QUICK_SOURCES } from "../../../src/analysis/letter/ready.ts";

/** Every match of the pattern in the text: where, what, each group, each named group. */
const found = (re: RegExp, text: string) =>
  Array.from(text.matchAll(new RegExp(re.source, `${re.flags.replace("g", "")}g`)), (m) => [m.index, ...m, m.groups]);

/** The words of a pattern's source: its runs of letters, without escapes. */
const wordsOf = (source: string) =>
  (source.replace(/\\u[0-9A-Fa-f]{4}|\\./g, " ").match(/[A-Za-zÀ-ÖØ-öø-ÿ'’-]{2,}/g) ?? []).filter(
    (w) => !/^[A-Z]-[A-Z]/.test(w),
  );

/** Characters that case-insensitive patterns treat in special ways, and the separators of letters. */
const ODD = [" ", "  ", "\u00A0", "\n", "\n\n", ",", ".", ";", ":", "’", "'", "-", "ſ", "K", "Å", "É", "é", "ß"];
const MORE = ["ẞ", "ɓ", "ı", "İ", "1", "12", "2026", "€", "(", ")", "x"];

/** Texts made of the pattern's words, in any case, with the characters above between and inside them. */
function texts(source: string) {
  const words = [...new Set(wordsOf(source))].slice(0, 120);
  const cased = words.flatMap((w) => [w, w.toUpperCase(), w[0]?.toUpperCase() + w.slice(1).toLowerCase()]);
  const piece = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...(cased.length ? cased : ["x"])) },
    { weight: 4, arbitrary: fc.constantFrom(...ODD, ...MORE) },
    // A word with one letter changed into one that folds to it ("adviſerend", "Kennis").
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...(words.length ? words : ["x"])), fc.nat(), fc.constantFrom("ſ", "K", "Å", "ẞ"))
        .map(([w, at, c]) => w.slice(0, at % (w.length + 1)) + c + w.slice((at % (w.length + 1)) + 1)),
    },
  );
  return fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(""));
}

describe("the letter model's patterns", () => {
  it("are all loaded (the model's modules make them at load)", () => {
    expect(typeof buildLetterModel).toBe("function");
    expect(QUICK_SOURCES.length).toBeGreaterThan(20);
  });

  it("written for a quick compile, match exactly what the case-insensitive patterns match", () => {
    let matches = 0;
    for (const [source, flags] of QUICK_SOURCES) {
      const slow = new RegExp(source, flags);
      const fast = quickPattern(source, flags);
      fc.assert(
        fc.property(texts(source), (text) => {
          const expected = found(slow, text);
          matches += expected.length;
          expect(found(fast, text), `${source.slice(0, 60)} on ${JSON.stringify(text)}`).toEqual(expected);
        }),
        { numRuns: 300 },
      );
    }
    // The texts hold the patterns' words: they match often (else the comparison would say little).
    expect(matches).toBeGreaterThan(QUICK_SOURCES.length * 40);
  });

  it("tried only when one of their words is there, never match a text without one", () => {
    const cases: [RegExp, readonly string[]][] = [
      [ROLE_ACTOR_RE, ROLE_ACTOR_WORDS],
      ...LONG_NAMES.map(([re, , word]): [RegExp, readonly string[]] => [re, [word]]),
      [RESTATED_RE, RESTATED_WORDS],
    ];
    let hits = 0;
    for (const [re, words] of cases) {
      const source =
        re === ROLE_ACTOR_RE
          ? "adviserend adviserende advisory adviser arts médecin-conseil Vertrauensarzt medical physician"
          : re === RESTATED_RE
            ? "soit dus d.w.z. also das heißt d.h. i.e. that is € 12 1.776,07 par mois"
            : re.source;
      fc.assert(
        fc.property(texts(source), (text) => {
          if (!re.test(text)) return;
          hits++;
          expect(holdsWord(text, words), text).toBe(true);
        }),
        { numRuns: 2000 },
      );
      // The phrases themselves, as a letter may write them.
      for (const phrase of ["De adviserend arts", "LE MÉDECIN-CONSEIL", "Ihr Vertrauensarzt", "ADVIſORY PHYSICIAN"]) {
        if (re.test(phrase)) expect(holdsWord(phrase, words)).toBe(true);
      }
    }
    expect(hits).toBeGreaterThan(100);
    expect(ROLE_ACTOR_RE.test("Le médecin-conseil a décidé")).toBe(true);
    expect(ROLE_ACTOR_RE.test("DE ADVIſEREND ARTS")).toBe(true);
    expect(holdsWord("DE ADVIſEREND ARTS", ROLE_ACTOR_WORDS)).toBe(true);
    expect(holdsWord("We advise you", ROLE_ACTOR_WORDS)).toBe(false);
  });

  it("with a short repeat written as a loop, match what the repeat matched", () => {
    // Phrases of these words, mostly with spaces between them: letters beyond Latin and outside the plane (𝐀), a
    // mark the flags fold into a letter (U+0345), "ſ" and "K".
    const phrases = (words: string[]) =>
      fc
        .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(" ", " ", " ", "", "\n", ".", "\u00A0")), {
          maxLength: 12,
        })
        .map((parts) => parts.map(([word, gap]) => word + gap).join(""));
    const odd = ["ΑΒΓ", "𝐀𝐁", "\u0345", "ſ", "K", "Ärger", "x", "’s", "-", "l’", "12", "De", "Van"];
    const pairs: [RegExp, RegExp, string[]][] = [
      [
        ROUTE_AFTER_RE,
        /^[^.?!]{0,80}?\s(?:bij|aan|auprès\sd[eu]|beim|bei|an\sdas|an\sden|an|to\sour|to\sthe|to)\s(?<route>(?:notre|nos|onze|ons|unser(?:e[nmrs]?)?|our)\s[\p{L}-]+(?:\s\p{Lu}[\p{L}'’-]*){0,3}|(?:(?:de|het|la|le|l['’]|der|die|das|den|our|the)\s)?\p{Lu}[\p{L}'’-]*(?:\s(?:\p{Lu}[\p{L}'’-]*|van|de|du|des|der|of|voor|pour|für|for)){0,6})/u,
        [
          "Stuur",
          "klacht",
          "bij",
          "aan",
          "to",
          "our",
          "onze",
          "notre",
          "the",
          "de",
          "Dienst",
          "Klantendienst",
          "Service",
        ],
      ],
      [
        CHANGE_DUTY_RE,
        /\b(?:any|every|elke|iedere|toute?|jede[rn]?)\s(?:\p{L}+\s){0,2}(?:change|wijziging|verandering|changement|modification|Änderung)/iu,
        [
          "Any",
          "every",
          "ELKE",
          "toute",
          "jeden",
          "change",
          "WIJZIGING",
          "Änderung",
          "in",
          "uw",
          "gezinstoestand",
          "your",
        ],
      ],
    ];
    for (const [now, before, words] of pairs) {
      expect(now.flags).toBe(before.flags);
      let matches = 0;
      fc.assert(
        fc.property(phrases([...words, ...odd]), (text) => {
          const expected = found(before, text);
          matches += expected.length;
          expect(found(now, text), JSON.stringify(text)).toEqual(expected);
        }),
        { numRuns: 3000 },
      );
      expect(matches, before.source.slice(0, 40)).toBeGreaterThan(100);
    }
  });

  it("read the anchor words after a term as the alternation of the anchor patterns did", () => {
    const edged = (words: string) => `(?<![${LETTER}])(?:${words})(?![${LETTER}])`;
    const each = ANCHOR_WORDS.map(([anchor, words]): [string, RegExp] => [anchor, new RegExp(edged(words), "i")]);
    const any = new RegExp(ANCHOR_WORDS.map(([, words]) => edged(words)).join("|"), "gi");
    const before = (tail: string) => ({
      anchor: each.find(([, re]) => re.test(tail))?.[0] ?? null,
      lastEnd: [...tail.matchAll(any)].map((m) => m.index + m[0].length).pop() ?? -1,
    });
    let named = 0;
    fc.assert(
      fc.property(texts(ANCHOR_WORDS.map(([, words]) => words).join("|")), (tail) => {
        const expected = before(tail);
        if (expected.anchor) named++;
        expect(anchorWordsOf(tail), JSON.stringify(tail)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
    expect(named).toBeGreaterThan(300);
    expect(anchorWordsOf("na de datum van deze brief en de verzending")).toEqual({
      anchor: "letter-date",
      lastEnd: 43,
    });
  });
});

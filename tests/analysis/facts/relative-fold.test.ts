/**
 * Relative deadlines ("binnen 30 dagen na de datum van deze brief") are found on the folded text (fold.ts): exactly
 * the matches, counts, units and anchors of the pattern as written, with the `i` flag, on the letter.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RELATIVE_SOURCE, relativeMatches } from "../../../src/analysis/facts/deadlines.ts";
import { WordStarts } from "../../../src/analysis/word-starts.ts";
import { fixtureLetters } from "../../helpers/fixtures.ts";

const written = new RegExp(RELATIVE_SOURCE, "gi");
const scan = (text: string) =>
  [...text.matchAll(written)].map((m) => {
    const g = m.groups ?? {};
    return {
      index: m.index,
      text: m[0],
      count: g.count ?? "",
      unit: g.workday ? "workday" : g.day ? "day" : g.week ? "week" : g.month ? "month" : "year",
      anchor: g.letter ? "letter" : g.notification ? "notification" : "unstated",
    };
  });

describe("relative deadlines on the folded text", () => {
  it("are those the pattern as written finds in the test letters", () => {
    for (const letter of fixtureLetters()) {
      expect(relativeMatches(new WordStarts(letter.text)), letter.name).toEqual(scan(letter.text));
    }
  });

  it("are those the pattern as written finds in any text", () => {
    const pick = (...list: string[]) => fc.constantFrom(...list);
    const prefix = pick(
      "binnen",
      "BINNEN",
      "Binnen de",
      "ten laatste",
      "uiterlijk",
      "dans",
      "endéans un délai de",
      "ENDÉANS",
      "au plus tard",
      "innerhalb",
      "innerhalb einer Frist von",
      "within",
      "Within a period of",
      "no later than",
      "ſo",
    );
    const count = pick(
      "30",
      "1",
      "8",
      "drie",
      "DRIE",
      "Eén",
      "één",
      "vingt-et-un",
      "vingt et un",
      "dreiundzwanzig",
      "DREI",
      "thirty",
      "ſix",
      "ẞ",
      "zwölf",
      "ZWÖLF",
      "µ",
    );
    const unit = pick(
      "dagen",
      "Werktagen",
      "jours ouvrables",
      "JOURS",
      "days",
      "MONTHS",
      "Monats",
      "week",
      "an",
      "years",
      "dagenx",
      "dagɓ",
      "daGEN",
    );
    const after = pick(
      "",
      "",
      " na",
      " vanaf",
      " à compter de",
      " after",
      " following",
      " of",
      " nach",
      " te rekenen na",
    );
    const anchor = pick(
      " de datum van deze brief",
      " kennisgeving",
      " la notification",
      " the receipt",
      " Zustellung",
      " this letter",
      " LETTER",
      " dit schrijven",
      " l'envoi",
      " l’envoi",
      " notificationx",
      " ɓ",
    );
    const space = pick(" ", "  ", "\t", "\u00A0", "\n", " \n");
    const deadline = fc
      .tuple(prefix, space, count, space, unit, after, anchor)
      .map(([p, s1, c, s2, u, a, n]) => `${p}${s1}${c}${s2}${u}${a}${a ? n : ""}`);
    const odd = pick("x", "1", "ß", "\u212A", "ſ", "İ", "ı", "ǅ", "ɓ", "ⱥ", "é", ". ", "\n");
    const texts = fc.array(fc.oneof(deadline, odd), { maxLength: 5 }).map((p) => p.join(""));
    let found = 0;
    fc.assert(
      fc.property(texts, (text) => {
        const expected = scan(text);
        if (expected.length > 0) found++;
        expect(relativeMatches(new WordStarts(text))).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
    // Else the texts would compare nothing with nothing.
    expect(found).toBeGreaterThan(300);
  });
});

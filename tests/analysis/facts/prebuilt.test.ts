/**
 * The command-line bundle carries work the analysis does from its own patterns, by key (src/analysis/facts/prebuilt.ts).
 * A key names a long pattern source by textKey: two sources with one key would give one pattern the other's plan.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prebuiltMade, textKey } from "../../../src/analysis/facts/prebuilt.ts";
import { quickPattern, quickSourceKeys } from "../../../src/analysis/facts/quick-pattern.ts";
import { createAnalyzer } from "../../../src/analysis/index.ts";
import { fixtureLetters } from "../../helpers/fixtures.ts";

describe("prebuilt keys", () => {
  it("textKey names different texts differently, also when they differ in one character", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 400 }),
        fc.nat(),
        fc.integer({ min: 1, max: 0xffff }),
        (s, at, c) => {
          const i = at % s.length;
          const other = s.slice(0, i) + String.fromCharCode((s.charCodeAt(i) + c) & 0xffff) + s.slice(i + 1);
          return other === s || textKey(other) !== textKey(s);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("the test letters' patterns give each key one plan (prebuilt throws on a second, different one)", () => {
    const analyzer = createAnalyzer({ lexicons: {} });
    for (const letter of fixtureLetters()) analyzer.analyze(letter.text, { today: "2026-01-01" });
    const plans = [...prebuiltMade].filter(([key]) => key.startsWith("wordStarts\u0000"));
    expect(plans.length).toBeGreaterThan(50);
    // The values are what the bundle carries: each a plan (where matches start) as JSON.
    for (const [, value] of plans)
      expect(Object.keys(JSON.parse(value))).toEqual(["edge", "prefixes", "needs", "body"]);
  });

  it("a rewritten pattern's plan is named by the textKey of its source, carried with the source", () => {
    const analyzer = createAnalyzer({ lexicons: {} });
    for (const letter of fixtureLetters().slice(0, 8)) analyzer.analyze(letter.text, { today: "2026-01-01" });
    expect(quickSourceKeys.size).toBeGreaterThan(50);
    for (const [source, key] of quickSourceKeys) expect(key).toBe(textKey(source));
    const re = quickPattern(String.raw`(?<![a-z])(?:ab\/c|d)`, "gi");
    expect(quickSourceKeys.get(re.source)).toBe(textKey(re.source));
  });
});

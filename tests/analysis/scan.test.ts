import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allMatches } from "../../src/analysis/scan.ts";

const L = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F`;
const PATTERNS = [
  new RegExp(String.raw`(?<![${L}])(?:ab|b|abc|a\sb|)(?![${L}])`, "gi"),
  new RegExp(String.raw`(?<![${L}])(?:ab|b|abc|é|a\sb)(?![${L}])`, "giu"),
  /(?<![\p{L}\d])(?:a|😀|\d+)/gu,
  /(?<![a])b|c/g,
  /(?<![\]a])(?:b+|(c))/gi,
  /(?<![\p{L}\d@./-])(?:www\.[a-z]{1,9}|[a-z]{2,9}\.be)(?![\p{L}\d@])/gu,
];
const scan = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);

describe("patterns scanned without their leading lookbehind", () => {
  it("find the same matches as the whole pattern", () => {
    const pieces = ["a", "b", "c", "A", "é", " ", "\n", "😀", "\uD83D", "1", "]", ".", "@", "www", "be", "x"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        for (const re of PATTERNS) expect(allMatches(re, text).map((m) => [m.index, ...m])).toEqual(scan(re, text));
      }),
      { numRuns: 2000 },
    );
  });
});

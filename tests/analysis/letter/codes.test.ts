/**
 * Payment codes (src/analysis/letter/codes.ts): the gap inside a code is read in code, as the pattern it replaces
 * read it, and a code broken over two lines is still found whole.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findIbanCodes, gapEnd } from "../../../src/analysis/letter/codes.ts";

const GAP_RE = /^[ \t\u00A0]{0,3}(?:\r?\n[ \t\u00A0]{0,12})?/;

describe("payment codes", () => {
  it("read a gap as the pattern did, in any text and from any place", () => {
    const piece = fc.constantFrom(" ", "\t", "\u00A0", "\n", "\r", "\r\n", "1", "A", "x", "\u2028", "  ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), fc.nat(30), (parts, from) => {
        const text = parts.join("");
        const at = Math.min(from, text.length);
        const m = GAP_RE.exec(text.slice(at, at + 20));
        expect(gapEnd(text, at)).toBe(at + (m?.[0].length ?? 0));
      }),
      { numRuns: 2000 },
    );
  });

  it("find an IBAN written in groups, also over two lines, and not one glued to a word", () => {
    const found = findIbanCodes("Rekening: BE71 0961\n   2345 6769. Of IBAN BE71096123456769x en BE71 0961 2345 6769");
    expect(found.map((c) => [c.value, c.valid])).toEqual([
      ["BE71096123456769", true],
      ["BE71096123456769", true],
    ]);
    expect(findIbanCodes("BE71\r\n0961 2345 6769").map((c) => c.text)).toEqual(["BE71\r\n0961 2345 6769"]);
  });
});

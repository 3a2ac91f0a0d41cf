/**
 * Payment codes (src/analysis/letter/codes.ts): the gap inside a code is read in code, as the pattern it replaces
 * read it, and a code broken over two lines is still found whole.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  findIbanCodes,
  findStructuredCodes,
  gapEnd,
  mayHoldStructured,
  SC_RE,
} from "../../../src/analysis/letter/codes.ts";

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

  it("look for a structured communication only in a text that may hold one, and find it there", () => {
    // Codes and near-codes: framed or not, with gaps of every kind, a part too short or too long, a slash missing.
    const one = (...options: string[]) => fc.constantFrom(...options);
    const gap = one("", "", " ", "  ", "\n", " \n  ", "\u00A0", "\t");
    const code = fc
      .tuple(
        one("", "x", "1", "/", "Mededeling: ", "12/03/2026 "),
        one("", "", "+++", "***", "++"),
        one("090", "090", "090", "09", "0901"),
        gap,
        one("/", "/", "-"),
        gap,
        one("9337", "9337", "9337", "933", "93370"),
        gap,
        one("/", "/", ""),
        gap,
        one("55493", "55493", "55493", "5549", "554930"),
        gap,
        one("", "", "+++", "***", "+"),
        one("", "x", "1", "/"),
      )
      .map((parts) => parts.join(""));
    const piece = fc.oneof(code, one("/", " /", "1234", "12", " ", "x"));
    let held = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 4 }), (parts) => {
        const text = parts.join("");
        const matches = [...text.matchAll(SC_RE)].length;
        if (matches > 0) {
          held++;
          expect(mayHoldStructured(text), JSON.stringify(text)).toBe(true);
        }
      }),
      { numRuns: 8000 },
    );
    expect(held).toBeGreaterThan(40);
    expect(mayHoldStructured("Betaal voor 12/03/2026 op www.example.be/betalen")).toBe(false);
    for (const code of ["090/9337/55493", "090 / 9337 / 55493", "090/ 9337 /55493", "090 /9337/ 55493"]) {
      expect(mayHoldStructured(`Mededeling ${code}.`), code).toBe(true);
      expect(findStructuredCodes(`Mededeling ${code}.`).length, code).toBe(1);
    }
    expect(findStructuredCodes("Mededeling: 090/9337/55493").map((c) => c.value)).toEqual(["090933755493"]);
    expect(findStructuredCodes("+++090 / 9337 /\n 55493+++").map((c) => c.value)).toEqual(["090933755493"]);
  });
});

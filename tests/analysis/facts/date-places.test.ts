import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateMatches, dateMatchesByScan } from "../../../src/analysis/facts/dates.ts";
import { allLetterTexts } from "../../helpers/fixtures.ts";

const LETTERS = allLetterTexts();
const read = (matches: RegExpExecArray[]) => matches.map((m) => [m.index, ...m]);

describe("dates tried only where a date may start", () => {
  it("are the dates a scan of the whole letter finds", () => {
    for (const text of LETTERS) {
      const found = read(dateMatches(text));
      expect(found).toEqual(read(dateMatchesByScan(text)));
      expect(found.length).toBeGreaterThan(0);
    }
  });

  it("are the dates a scan finds in any text", () => {
    const pieces = ["12", "3", ".", "/", "-", "2026", " ", "maart", "Monday", "March", "mar.", "1er", "é", "a", "\n"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(read(dateMatches(text))).toEqual(read(dateMatchesByScan(text)));
      }),
      { numRuns: 2000 },
    );
  });
});

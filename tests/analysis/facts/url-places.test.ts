import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { urlMatches, urlMatchesByScan } from "../../../src/analysis/facts/contacts.ts";
import { allLetterTexts } from "../../helpers/fixtures.ts";

const read = (matches: RegExpExecArray[]) => matches.map((m) => [m.index, m[0]]);

describe("web addresses tried only where one may start", () => {
  it("are the addresses a scan of the whole letter finds", () => {
    let addresses = 0;
    for (const text of allLetterTexts()) {
      const found = read(urlMatches(text));
      expect(found).toEqual(read(urlMatchesByScan(text)));
      addresses += found.length;
    }
    expect(addresses).toBeGreaterThan(20);
  });

  it("are the addresses a scan finds in any text", () => {
    const pieces = [
      "www",
      "WWW.",
      ".",
      "http",
      "s",
      "://",
      "kbc",
      "-",
      "be",
      ".be",
      ".com",
      "Gent",
      "@",
      "/",
      "é",
      "1",
      " ",
      "x",
      "\n",
      "?",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join("");
        expect(read(urlMatches(text))).toEqual(read(urlMatchesByScan(text)));
      }),
      { numRuns: 3000 },
    );
  });
});

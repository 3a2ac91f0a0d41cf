import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelled } from "../../../src/analysis/facts/contacts.ts";
import { factsOf } from "./helpers.ts";

const phones = (text: string) => factsOf(text).phones.map((p) => [p.text, p.value]);

describe("phone numbers", () => {
  it("reads Belgian numbers in the usual ways and gives them in +32 form", () => {
    expect(
      phones("Bel 02 123 45 67, 09/123.45.67, 0470 12 34 56, +32 2 123 45 67, 0032 9 266 99 11 of 078 15 15 15."),
    ).toEqual([
      ["02 123 45 67", "+3221234567"],
      ["09/123.45.67", "+3291234567"],
      ["0470 12 34 56", "+32470123456"],
      ["+32 2 123 45 67", "+3221234567"],
      ["0032 9 266 99 11", "+3292669911"],
      ["078 15 15 15", "+3278151515"],
    ]);
  });

  it("reads +32 (0)2 and a mobile number in international form", () => {
    expect(phones("Tel. +32 (0)2 123 45 67 of +32 470 12 34 56")).toEqual([
      ["+32 (0)2 123 45 67", "+3221234567"],
      ["+32 470 12 34 56", "+32470123456"],
    ]);
  });

  it("reads a short number only after 'bel' or 'tel'", () => {
    expect(phones("Bel 1712 voor hulp.")).toEqual([["1712", "1712"]]);
    expect(phones("Er waren 1712 aanvragen.")).toEqual([]);
  });

  it("does not read dates, account numbers or wrong lengths as phone numbers", () => {
    expect(phones("Op 01.03.2026 op rekening BE68 5390 0754 7034, rijksregisternummer 05.07.30-033.28.")).toEqual([]);
    expect(phones("Bel 02 123 45 6.")).toEqual([]);
    expect(phones("Bel 0470 12 34 5.")).toEqual([]);
  });
});

describe("e-mail addresses and web addresses", () => {
  it("reads e-mail addresses in lower case", () => {
    const facts = factsOf("Mail naar Sociale.Dienst@OCMW-Gent.be.");
    expect(facts.emails.map((e) => [e.text, e.value])).toEqual([
      ["Sociale.Dienst@OCMW-Gent.be", "sociale.dienst@ocmw-gent.be"],
    ]);
    expect(facts.urls).toEqual([]);
  });

  it("reads web addresses with and without https", () => {
    const facts = factsOf("Kijk op www.ocmw-gent.be, op https://www.socialsecurity.be/citizen/nl. of op mygov.be.");
    expect(facts.urls.map((u) => [u.text, u.value])).toEqual([
      ["www.ocmw-gent.be", "https://www.ocmw-gent.be"],
      ["https://www.socialsecurity.be/citizen/nl", "https://www.socialsecurity.be/citizen/nl"],
      ["mygov.be", "https://mygov.be"],
    ]);
  });

  it("reads addresses in French, German and English letters", () => {
    expect(
      factsOf("Écrivez à info@cpas-bruxelles.be ou visitez www.cpas.brussels.", "fr").urls.map((u) => u.value),
    ).toEqual(["https://www.cpas.brussels"]);
    expect(factsOf("Schreiben Sie an info@oshz-eupen.be.", "de").emails.map((e) => e.value)).toEqual([
      "info@oshz-eupen.be",
    ]);
  });
});

describe("the label of a short number", () => {
  const LABEL =
    /(?<![\p{L}])(?:bel|bellen naar|tel\.?|telefoon|téléphone|tél\.?|appelez(?: le)?|rufen Sie|anrufen|call|phone)[ :]{1,3}$/iu;
  it("is read as the pattern reads it, also with letters that fold to others", () => {
    const pieces = [
      "bel",
      "BEL",
      "Bellen naar",
      "tel.",
      "TEL",
      "Telefoon",
      "téléphone",
      "TÉLÉPHONE",
      "Tél.",
      "appelez le",
      "APPELEZ",
      "rufen Sie",
      "rufen ſie",
      "RUFEN SIE",
      "anrufen",
      "Call",
      "PHONE",
      "ca\u212Al",
      "x",
      "é",
      "ſ",
      "\u212A",
      "İ",
      "ı",
      " ",
      ":",
      "  ",
      "\n",
      "1",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const before = parts.join("");
        expect(labelled(before)).toBe(LABEL.test(before));
      }),
      { numRuns: 3000 },
    );
  });
});

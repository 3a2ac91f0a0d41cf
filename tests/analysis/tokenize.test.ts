import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences, tokenize, tokenizeByPattern } from "../../src/analysis/tokenize.ts";

const sentencesOf = (text: string) => splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));

describe("tokens", () => {
  it("keeps dates, amounts, IBANs and structured communications whole", () => {
    const text = "Betaal € 1.234,56 vóór 12.03.2025 of 12/03/2025 op BE68 5390 0754 7034 met +++090/9337/55493+++.";
    const kinds = tokenize(text)
      .filter((t) => t.kind !== "word" && t.kind !== "punct")
      .map((t) => [t.kind, t.text]);
    expect(kinds).toEqual([
      ["amount", "€ 1.234,56"],
      ["date", "12.03.2025"],
      ["date", "12/03/2025"],
      ["iban", "BE68 5390 0754 7034"],
      ["structured-communication", "+++090/9337/55493+++"],
    ]);
  });

  it("keeps e-mail addresses and web addresses whole", () => {
    const texts = tokenize("Mail naar info@ocmw-gent.be of kijk op www.ocmw-gent.be/leefloon.").map((t) => t.text);
    expect(texts).toContain("info@ocmw-gent.be");
    expect(texts).toContain("www.ocmw-gent.be/leefloon");
  });

  it("keeps the dot with abbreviations", () => {
    const texts = tokenize("Zie art. 17, o.a. blz. 3, t.a.v. dhr. Peeters i.p.v. mevr. Janssens.").map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(["art.", "o.a.", "blz.", "t.a.v.", "dhr.", "i.p.v.", "mevr."]));
  });
});

describe("sentences", () => {
  it("does not split after abbreviations, dates or amounts", () => {
    const text =
      "Volgens art. 17 van de wet, o.a. blz. 3, betaalt u t.a.v. dhr. Peeters € 1.234,56 vóór 12.03.2025 op BE68 5390 0754 7034. Dat is alles.";
    expect(sentencesOf(text)).toHaveLength(2);
  });

  it("splits at end punctuation, also in lower-case text and after quotes", () => {
    expect(sentencesOf('"we wonen hier.". "jammer," zei de egel. de heks valt mee!')).toEqual([
      '"we wonen hier.".',
      '"jammer," zei de egel.',
      "de heks valt mee!",
    ]);
  });

  it("treats heading and address lines as their own sentences", () => {
    const text = "OCMW Gent\nBetreft: uw aanvraag\n\nGeachte mevrouw,\nWij hebben uw vraag goed ontvangen.";
    expect(sentencesOf(text)).toEqual([
      "OCMW Gent",
      "Betreft: uw aanvraag",
      "Geachte mevrouw,\nWij hebben uw vraag goed ontvangen.",
    ]);
  });

  it("never throws and always gives ordered, valid offsets", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        const tokens = tokenize(text);
        let last = 0;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          last = t.end;
        }
        for (const s of splitSentences(text, tokens)) expect(s.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe("fast paths", () => {
  // Plain words and punctuation skip the one big pattern; e-mail addresses, URLs, IBANs, amounts and "o.a." must
  // still come out as the pattern reads them.
  const pieces = [
    "a",
    "B",
    "E",
    "EUR",
    "é",
    "Ä",
    "ß",
    "1",
    "0",
    ".",
    ",",
    "@",
    ":",
    "/",
    "-",
    "'",
    "’",
    "_",
    "%",
    "+",
  ].concat([
    "*",
    "€",
    " ",
    "\n",
    "\u00A0",
    "\u0301",
    "😀",
    "\uD83D",
    "www",
    "http",
    "be",
    "BE68",
    "o.a.",
    "l'",
    "\u2028",
  ]);
  it("reads every text as the one pattern does", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 14 }),
        fc.constantFrom("nl", "fr", "de", "en" as const),
        (parts, lang) => {
          const text = parts.join("");
          expect(tokenize(text, lang)).toEqual(tokenizeByPattern(text, lang));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordChar } from "../../src/analysis/token-match.ts";
import { hasBlankLine, splitSentences, tokenize, tokenizeByPattern } from "../../src/analysis/tokenize.ts";
import { allLetterTexts } from "../helpers/fixtures.ts";

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
  it("find an empty line between two tokens as /\\n[ \\t\\u00A0]*\\r?\\n/ does", () => {
    const space = fc.constantFrom(" ", "\t", "\u00A0", "\r", "\n", "\u2028", "\u3000", "x");
    fc.assert(
      fc.property(fc.array(space, { maxLength: 12 }), (parts) => {
        const gap = parts.join("");
        const newline = gap.indexOf("\n");
        if (newline < 0) return;
        expect(hasBlankLine(gap, newline, gap.length)).toBe(/\n[ \t\u00A0]*\r?\n/.test(gap));
      }),
      { numRuns: 3000 },
    );
  });

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

  // Kind by kind (token-match.ts): e-mail addresses, letter-dot abbreviations and words are read by code, URLs only
  // tried where one may start; runs of the same character reach the limits of the repeats ({1,64}, {1,63}, {0,200}).
  const kindPieces = [
    "a",
    "x",
    "Z",
    "BE",
    "EUR",
    "é",
    "Ω",
    "ж",
    "中",
    "\u0301",
    "\u0903",
    "😀",
    "𝐀",
    "\uD83D",
    "\uDE00",
    "1",
    "12",
    ".",
    "..",
    "@",
    "-",
    "_",
    "%",
    "+",
    "'",
    "’",
    " ",
    "\n",
    "\u00A0",
    "\u2028",
    "/",
    ":",
    "€",
    "+++",
    "www.",
    "http://",
    "https://",
    ".be",
    ".com",
    "info@",
    "o.a.",
    "i.p.v.",
    "t.a.v.",
    "K.B.",
  ];
  const run = fc
    .tuple(
      fc.constantFrom("a", "é", "ж", "1", ".", "-", "_", "x.", "ab."),
      fc.constantFrom(1, 2, 30, 62, 63, 64, 65, 66, 199, 200, 201, 202),
    )
    .map(([piece, n]) => piece.repeat(n));
  const kindText = fc
    .array(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...kindPieces) }, { weight: 1, arbitrary: run }), {
      maxLength: 16,
    })
    .map((parts) => parts.join(""));

  it("reads kind by kind every text as the one pattern does", () => {
    fc.assert(
      fc.property(kindText, fc.constantFrom("nl", "fr", "de", "en" as const), (text, lang) => {
        expect(tokenize(text, lang)).toEqual(tokenizeByPattern(text, lang));
      }),
      { numRuns: 6000 },
    );
  });

  it("reads kind by kind any string as the one pattern does", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        expect(tokenize(text, "nl")).toEqual(tokenizeByPattern(text, "nl"));
      }),
      { numRuns: 1500 },
    );
  });

  it("reads every test and corpus letter as the one pattern does", () => {
    for (const text of allLetterTexts())
      for (const lang of ["nl", "fr", "de", "en"] as const)
        expect(tokenize(text, lang)).toEqual(tokenizeByPattern(text, lang));
  });

  it("keeps e-mail addresses, abbreviations and words of other scripts as the pattern does", () => {
    const text =
      "Schrijf naar jan.peeters@ocmw-gent.be, müller@stadt.eupen.be of Ω@π.gr; zie i.p.v. K.B. 𝐀.b. en 😀@x.be.";
    const texts = tokenize(text).map((t) => t.text);
    expect(texts).toEqual(
      expect.arrayContaining(["jan.peeters@ocmw-gent.be", "müller@stadt.eupen.be", "Ω@π.gr", "i.p.v."]),
    );
    expect(tokenize(text)).toEqual(tokenizeByPattern(text));
  });

  it("tells letters, marks and digits from other characters as the patterns do, for every character", () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (c >= 0xd800 && c <= 0xdfff) {
        if (wordChar(ch, 0, true) !== -1) wrong.push(ch);
        continue;
      }
      const cases: [boolean, boolean, RegExp][] = [
        [true, true, /^[\p{L}\p{M}\d]$/u],
        [false, true, /^[\p{L}\d]$/u],
        [true, false, /^[\p{L}\p{M}]$/u],
        [false, false, /^\p{L}$/u],
      ];
      for (const [marks, digits, re] of cases)
        if (wordChar(ch, 0, marks, digits) !== (re.test(ch) ? 1 : 0)) wrong.push(ch);
    }
    expect(wrong).toEqual([]);
  });

  it("keeps the dot of a German ordinal before a month, and only there", () => {
    const month =
      /^\s{1,3}(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/u;
    const piece = fc.constantFrom(
      " ",
      "\u00A0",
      "\u2003",
      "\n",
      "März",
      "Mai",
      "Juni",
      "Dezember",
      "J",
      "x",
      "Maia",
      ".",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (parts) => {
        const text = `am 4.${parts.join("")}`;
        const four = tokenize(text, "de").find((t) => t.start === 3);
        expect(four?.text).toBe(month.test(text.slice(5, 18)) ? "4." : "4");
      }),
      { numRuns: 3000 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/analysis/facts/index.ts";
import type { Facts, Language, Span } from "../../../src/analysis/types.ts";
import { deadlineBasis } from "../../../src/i18n/analysis.ts";
import { realAnalyzer } from "../../helpers/analyzer.ts";

// Pieces of real letters, glued together at random, reach far more of the patterns than random characters.
const PIECES = [
  "uiterlijk op ",
  "vóór ",
  "binnen ",
  "dertig ",
  "30 ",
  "dagen ",
  "werkdagen ",
  "maanden ",
  "na de kennisgeving",
  "15 maart 2026",
  "1er avril",
  "15. März",
  "March 15, 2026",
  "31/02/2026",
  "12.03.2025",
  "2025-03-12",
  "maandag ",
  "€ ",
  "1.234,56",
  "EUR",
  " euro",
  "€1,234.56",
  "BE68 5390 0754 7034",
  "+++090/9337/55493+++",
  "***",
  "090/9337/",
  "02 123 45 67",
  "+32 ",
  "(0)",
  "0470",
  "bel ",
  "1712",
  "info@ocmw.be",
  "www.",
  "mygov.be",
  "https://",
  "Ons kenmerk: ",
  "dossier nr. ",
  "van maandag tot vrijdag ",
  "van 9 tot 12 uur",
  "ma-vr ",
  "9u-12u",
  "Betreft: ",
  "van ",
  "tot en met ",
  "bezwaarschrift ",
  "Niet akkoord?",
  "uw inkomen ",
  "huurprijs ",
  "Factuurnummer: ",
  "Dossier arbeidsongeschiktheid: ",
  "OCMW Gent",
  "Gent, ",
  "le ",
  "\n",
  "\n\n",
  " ",
  ".",
  ",",
  "/",
  "-",
  ":",
  "0",
  "1",
  "9",
  "a",
  "É",
  "ß",
  "İ",
  "😀",
  "\u00A0",
];
const LANGS: Language[] = ["nl", "fr", "de", "en"];

const letterish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(""));
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), letterish);

function allSpans(facts: Facts): (Span & { text: string })[] {
  return [
    ...facts.dates,
    ...facts.deadlines,
    ...facts.amounts,
    ...facts.ibans,
    ...facts.paymentReferences,
    ...facts.references,
    ...facts.phones,
    ...facts.emails,
    ...facts.urls,
    ...facts.openingHours,
    ...(facts.sender ? [facts.sender] : []),
    ...(facts.subject ? [facts.subject] : []),
  ];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe("robustness", () => {
  it("never throws and gives only facts that are in the text", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...LANGS), fc.constantFrom(...LANGS), (text, lang, messageLang) => {
        const facts = extractFacts(text, lang, { today: "2026-02-10" });
        for (const fact of allSpans(facts)) {
          expect(fact.start).toBeGreaterThanOrEqual(0);
          expect(fact.end).toBeGreaterThan(fact.start);
          expect(fact.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(fact.start, fact.end)).toBe(fact.text);
        }
        for (const date of facts.dates) expect(date.iso).toMatch(ISO);
        for (const deadline of facts.deadlines) {
          if (deadline.date !== null) expect(deadline.date).toMatch(ISO);
          expect(deadlineBasis(messageLang, deadline.why).length).toBeGreaterThan(0);
        }
        for (const amount of facts.amounts) expect(Number.isFinite(amount.value)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("never throws on odd options", () => {
    fc.assert(
      fc.property(letterish, fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (text, today, letterDate) => {
        const facts = extractFacts(text, "nl", { today, letterDate });
        expect(facts.letterDate === null || ISO.test(facts.letterDate)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("reads 1 MB of letter text in well under a second", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const parts: string[] = [];
    let length = 0;
    while (length < 1_000_000) {
      const part = PIECES[Math.floor(random() * PIECES.length)] ?? "";
      parts.push(part);
      length += part.length;
    }
    const text = parts.join("");
    const started = performance.now();
    const facts = extractFacts(text, "nl", { today: "2026-02-10" });
    const elapsed = performance.now() - started;
    expect(facts.dates.length).toBeGreaterThan(0);
    // A guard against catastrophic backtracking (which takes minutes), not a speed test: `npm run bench` measures speed.
    expect(elapsed).toBeLessThan(20_000);
  });

  it("stays fast on long runs that tempt backtracking", () => {
    const period = "van 1 september 2025 tot en met 31 oktober 2025 ".repeat(4_000);
    for (const text of [
      "1".repeat(200_000),
      "a.".repeat(100_000),
      "@a.".repeat(60_000),
      "BE68 ".repeat(40_000),
      period,
    ]) {
      const started = performance.now();
      extractFacts(text, "nl", { today: "2026-02-10" });
      // Backtracking blow-ups take minutes; the real speed is in `npm run bench`.
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });
});

describe("spans with invisible characters", () => {
  const NOISE = ["\u0000", "\u200B", "\uFEFF"];

  it("the sender is exactly the text between its offsets, also with NUL, zero-width space or BOM", () => {
    for (const noise of NOISE) {
      const text = `\uFEFFOCMW${noise}Gent\nSociale dienst\n\nBeste mevrouw,\nUw aanvraag is goedgekeurd.`;
      const { sender } = realAnalyzer().analyze(text, { lang: "nl", today: "2026-02-10" }).facts;
      expect(sender, JSON.stringify(noise)).toBeDefined();
      if (!sender) continue;
      expect(sender.text).toBe(text.slice(sender.start, sender.end));
      expect(sender.text).toBe(`OCMW${noise}Gent`);
    }
  });

  it("every fact and finding of the analysis is exactly the text between its offsets", () => {
    const noisy = fc
      .array(
        fc.oneof(fc.constantFrom(...PIECES, ...NOISE, "OCMW Gent\n", "Geachte heer,\n"), fc.constantFrom(...NOISE)),
        {
          maxLength: 30,
        },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(noisy, fc.constantFrom(...LANGS), (text, lang) => {
        const analysis = realAnalyzer().analyze(text, { lang, today: "2026-02-10" });
        for (const span of [...allSpans(analysis.facts), ...analysis.findings])
          expect(text.slice(span.start, span.end)).toBe(span.text);
      }),
      { numRuns: 150 },
    );
  });
});

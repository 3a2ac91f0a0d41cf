/** Words read unsure: TSV parsing, flagged facts, and the explanation telling the person to check them. Pure. */
import { describe, expect, it } from "vitest";
import { buildExplanation } from "../../src/explanation/build.ts";
import { explanationTexts } from "../../src/explanation/texts.ts";
import { parseTsv } from "../../src/ocr/tesseract.ts";
import { markUncertainFacts, uncertainSpans } from "../../src/ocr/uncertain.ts";
import { realAnalyzer } from "../helpers/analyzer.ts";

const row = (block: number, par: number, line: number, word: number, conf: number, text: string) =>
  ["5", "1", block, par, line, word, 10, 10, 50, 20, conf, text].join("\t");

describe("parseTsv", () => {
  it("keeps words, lines and paragraphs, with offsets and confidence", () => {
    const tsv = [
      "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
      "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t",
      row(1, 1, 1, 1, 96.5, "Geachte"),
      row(1, 1, 1, 2, 95.1, "heer,"),
      row(1, 1, 2, 1, 91, "Betaal"),
      row(1, 1, 2, 2, 41.2, "€"),
      row(1, 1, 2, 3, 38.7, "258,64"),
      row(2, 1, 1, 1, 90, "Groeten"),
      row(2, 1, 1, 2, 90, "  "),
    ].join("\n");
    const r = parseTsv(tsv);
    expect(r.text).toBe("Geachte heer,\nBetaal € 258,64\n\nGroeten");
    for (const w of r.words) expect(r.text.slice(w.start, w.end)).toBe(w.text);
    expect(r.words.map((w) => w.confidence)).toEqual([96.5, 95.1, 91, 41.2, 38.7, 90]);
    expect(r.meanConfidence).toBeCloseTo(75.4, 1);
    expect(uncertainSpans(r.words).map((u) => u.text)).toEqual(["€", "258,64"]);
  });

  it("gives empty text for a page without words", () => {
    expect(parseTsv("level\tpage_num\n1\t1\t0\t0\t0\t0\t0\t0\t10\t10\t-1\t\n")).toEqual({
      text: "",
      words: [],
      meanConfidence: 0,
    });
  });
});

describe("markUncertainFacts", () => {
  const text =
    "Brussel, 3 maart 2026\n\nU moet € 258,64 betalen uiterlijk op 9 april 2026 op rekeningnummer BE68 5390 0754 7034.";
  const analysis = realAnalyzer().analyze(text, { lang: "nl", today: "2026-03-10" });
  const at = (word: string) => {
    const start = text.indexOf(word);
    return { start, end: start + word.length, text: word, confidence: 41 };
  };

  it("flags the facts that overlap an unsure word, and only those", () => {
    const marked = markUncertainFacts(analysis, [at("258,64")]);
    expect(marked.facts.amounts.map((m) => m.uncertain)).toEqual([true]);
    expect(marked.facts.ibans.every((i) => !i.uncertain)).toBe(true);
    expect(marked.facts.dates.every((d) => !d.uncertain)).toBe(true);
    // Pure: the input is left as it was.
    expect(analysis.facts.amounts[0]?.uncertain).toBeUndefined();
    const iban = markUncertainFacts(analysis, [at("0754")]);
    expect(iban.facts.ibans[0]?.uncertain).toBe(true);
    const date = markUncertainFacts(analysis, [at("april")]);
    expect(date.facts.dates.find((d) => d.iso === "2026-04-09")?.uncertain).toBe(true);
    expect(date.facts.deadlines.find((d) => d.date === "2026-04-09")?.uncertain).toBe(true);
  });

  it("returns the analysis as is when nothing was read unsure", () => {
    expect(markUncertainFacts(analysis, [])).toBe(analysis);
  });

  it("makes the explanation say which statements rest on a word read unsure", () => {
    const marked = markUncertainFacts(analysis, [at("258,64"), at("9 april")]);
    const explanation = buildExplanation({
      text,
      analysis: marked,
      uiLang: "nl",
      today: "2026-03-10",
      entry: (id) => realAnalyzer().entry("nl", id),
      compounds: new Map(),
    });
    const statements = explanation.sections.flatMap((s) => s.statements);
    const check = explanationTexts("nl").uncertainRead;
    const amounts = explanation.sections.find((s) => s.id === "amounts")?.statements ?? [];
    expect(amounts[0]?.unsure).toBe(true);
    expect(amounts[1]).toMatchObject({ text: check, unsure: true });
    const deadlines = explanation.sections.find((s) => s.id === "deadlines")?.statements ?? [];
    expect(deadlines.some((s) => s.text === check)).toBe(true);
    // The account number read well: no warning on it.
    const iban = amounts.findIndex((s) => s.text.includes("BE68"));
    expect(amounts[iban]?.unsure).toBeUndefined();
    expect(amounts[iban + 1]?.text).not.toBe(check);
    // Without OCR flags, no statement says "check this reading".
    const plain = buildExplanation({
      text,
      analysis,
      uiLang: "nl",
      today: "2026-03-10",
      entry: () => undefined,
      compounds: new Map(),
    });
    expect(plain.sections.flatMap((s) => s.statements).some((s) => s.text === check)).toBe(false);
    expect(statements.filter((s) => s.text === check).length).toBeGreaterThanOrEqual(2);
  });
});

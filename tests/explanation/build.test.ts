import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../src/analysis/types.ts";
import { buildExplanation, type Explanation } from "../../src/explanation/build.ts";
import { splitForReading } from "../../src/explanation/compounds.ts";
import { acronymReader, speechScript } from "../../src/explanation/speech.ts";
import { explanationTexts } from "../../src/explanation/texts.ts";
import { lexiconEntries, loadLexicon } from "../../src/lexicon/load.ts";
import { realAnalyzer } from "../helpers/analyzer.ts";
import { fixtureLetters } from "../helpers/fixtures.ts";

const lexicon = loadLexicon({ overlayDir: "" });
const analyzer = realAnalyzer();
const TODAY = "2026-03-10";

function explain(text: string, uiLang: (typeof LANGUAGES)[number], letterDate?: string): Explanation {
  const analysis = analyzer.analyze(text, { today: TODAY, letterDate, messageLang: uiLang });
  return buildExplanation({
    text,
    analysis,
    uiLang,
    today: TODAY,
    entry: (id) => analyzer.entry(analysis.language, id),
    compounds: lexicon.compounds,
  });
}

describe("explanation of the test letters", () => {
  for (const letter of fixtureLetters()) {
    it.each(LANGUAGES)(`${letter.name} in %s: plain headings, every statement with valid evidence`, (uiLang) => {
      const e = explain(letter.text, uiLang, letter.expect.letterDate ?? undefined);
      const t = explanationTexts(uiLang);
      expect(e.sections.map((s) => s.heading)).toEqual(Object.values(t.headings));
      for (const s of e.sections.flatMap((x) => x.statements)) {
        expect(s.text.trim()).not.toBe("");
        for (const ev of s.evidence) {
          expect(ev.start).toBeGreaterThanOrEqual(0);
          expect(ev.end).toBeLessThanOrEqual(letter.text.length);
        }
      }
      // The annotated original is the whole letter, in order, with nothing lost.
      expect(e.annotated.map((seg) => seg.text).join("")).toBe(letter.text);
      // Help is always there: counter, trust person, free legal aid.
      const help = e.sections.find((s) => s.id === "help")?.statements.map((s) => s.text) ?? [];
      expect(help).toEqual(expect.arrayContaining([t.helpCounter, t.helpTrustPerson, t.helpLegalAid]));
    });
  }
});

describe("what the citizen reads", () => {
  const recovery = fixtureLetters().find((l) => l.name === "ocmw-terugvordering");
  if (!recovery) throw new Error("fixture missing");

  it("says plainly that the appeal information is missing and the period may not have started", () => {
    const e = explain(recovery.text, "nl", "2026-03-12");
    const appeal = e.sections.find((s) => s.id === "appeal");
    expect(appeal?.statements[0]?.text).toBe(explanationTexts("nl").appealMissing);
    expect(appeal?.statements[0]?.unsure).toBe(true);
  });

  it("gives deadlines as full dates with the weekday and the days left", () => {
    const e = explain(recovery.text, "nl", "2026-03-12");
    const texts = e.sections.find((s) => s.id === "deadlines")?.statements.map((s) => s.text) ?? [];
    expect(texts.join(" ")).toContain("woensdag 15 april 2026. Nog 36 dagen.");
  });

  it("gives the total due once in 'what to do' with how to pay, and every amount with its role", () => {
    const e = explain(recovery.text, "nl", "2026-03-12");
    // Intl writes a no-break space between € and the number: the reader sees a space.
    const said = (id: string) =>
      e.sections.find((s) => s.id === id)?.statements.map((s) => s.text.replace(/\s/g, " ")) ?? [];
    const actions = said("actions");
    expect(actions).toContain("Betaal € 1.245,60 uiterlijk op woensdag 15 april 2026.");
    expect(actions.some((t) => t.startsWith("Betaal op rekening BE77"))).toBe(true);
    expect(actions.some((t) => t.includes("+++330/4556/67759+++"))).toBe(true);
    expect(said("amounts")).toContain("Totaal te betalen: € 1.245,60.");
    expect(e.sections.find((s) => s.id === "actions")?.statements.every((s) => s.essential)).toBe(true);
  });

  it("uses the visitor's language, not the letter's", () => {
    const e = explain(recovery.text, "fr", "2026-03-12");
    expect(e.title).toBe("Explication de votre lettre");
    expect(e.letterLang).toBe("nl");
    const amounts = e.sections.find((s) => s.id === "amounts")?.statements.map((s) => s.text.replace(/\s/g, " "));
    expect(amounts).toContain("Total à payer : 1 245,60 €.");
    expect(e.bottomLine.statement.text.replace(/\s/g, " ")).toMatch(/^.+ vous (?:réclame|demande de payer) 1 245,60 €/);
  });

  it("asks to check at the counter when unsure instead of guessing", () => {
    const e = explain("Beste, hierbij iets. Groeten.", "nl");
    const flat = e.sections.flatMap((s) => s.statements);
    expect(flat.some((s) => s.unsure && s.text === explanationTexts("nl").askCounter)).toBe(true);
  });

  it("reads the summary aloud with amounts and dates in words and no quotes of the letter", () => {
    const e = explain(recovery.text, "nl", "2026-03-12");
    const script = speechScript(e, acronymReader(lexiconEntries(lexicon).nl));
    expect(script.text).toContain("duizend tweehonderdvijfenveertig euro en zestig cent");
    expect(script.text).toContain("woensdag 15 april tweeduizend zesentwintig");
    for (const quote of e.sections.flatMap((s) => s.statements).filter((s) => s.quote))
      expect(script.text).not.toContain(quote.text);
    expect(script.ssml.startsWith("<speak")).toBe(true);
    expect(script.ssml).toContain('<break time="600ms"/>');
  });
});

describe("compounds for reading", () => {
  it("splits long compounds at their parts", () => {
    expect(splitForReading("arbeidsongeschiktheidsuitkering", lexicon.compounds)).toBe(
      "arbeids·ongeschiktheids·uitkering",
    );
    expect(splitForReading("Werkloosheidsuitkering", lexicon.compounds)).toBe("Werkloosheids·uitkering");
    expect(splitForReading("huis", lexicon.compounds)).toBeNull();
  });
});

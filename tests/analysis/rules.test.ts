import { describe, expect, it } from "vitest";
import { GRAMMARS } from "../../src/analysis/grammar.ts";
import { LexiconIndex } from "../../src/analysis/lexicon-index.ts";
import { testWord } from "../../src/analysis/rules/context.ts";
import { RULES, type RuleContext } from "../../src/analysis/rules/index.ts";
import { splitSentences, tokenize } from "../../src/analysis/tokenize.ts";
import type { Finding, Language } from "../../src/analysis/types.ts";
import { renderFinding } from "../../src/i18n/analysis.ts";
import { loadLexicon } from "../../src/lexicon/load.ts";
import { entrySchema, type LexiconEntry } from "../../src/lexicon/schema.ts";
import { allLetterTexts } from "../helpers/fixtures.ts";

const common = loadLexicon({ overlayDir: "" }).commonWords.nl;
const entry = (e: Partial<LexiconEntry> & Pick<LexiconEntry, "id" | "term" | "category">): LexiconEntry =>
  entrySchema.parse({ explanation: "Uitleg.", pictogram: "info", region: "BE", source: "test", ...e });

const ENTRIES: Record<Language, LexiconEntry[]> = {
  nl: [
    entry({ id: "leefloon", term: "leefloon", category: "benefit", keep: true }),
    entry({ id: "ocmw", term: "OCMW", category: "institution", caseSensitive: true, keep: true }),
    entry({
      id: "bezwaar-aantekenen",
      term: "bezwaar aantekenen",
      category: "procedure",
      alternative: "zeggen dat u het niet eens bent",
    }),
    entry({
      id: "in-aanmerking-komen",
      term: "in aanmerking komen",
      category: "procedure",
      alternative: "recht hebben op",
    }),
    entry({ id: "termijn", term: "termijn", category: "procedure", alternative: "tijd" }),
    entry({ id: "teneinde", term: "teneinde", category: "archaic", alternative: "om" }),
    entry({ id: "fraudeur", term: "fraudeur", category: "tone", alternative: "iemand die te veel kreeg" }),
  ],
  fr: [entry({ id: "cpas", term: "CPAS", category: "institution", caseSensitive: true, keep: true })],
  de: [],
  en: [],
};

function run(text: string, lang: Language = "nl", longSentenceWords = 20): Finding[] {
  const tokens = tokenize(text, lang);
  const lexicon = new LexiconIndex(ENTRIES[lang], lang, GRAMMARS[lang], lang === "nl" ? common : undefined);
  const ctx: RuleContext = {
    text,
    lang,
    tokens,
    sentences: splitSentences(text, tokens),
    grammar: GRAMMARS[lang],
    lexicon,
    terms: lexicon.match(tokens),
    commonWords: lang === "nl" ? common : undefined,
    longSentenceWords,
  };
  // Messages are put in words at the edge; these tests read them as a person would.
  return RULES.flatMap((r) => r.run(ctx)).map((f) => renderFinding(lang, f));
}
const of = (findings: Finding[], rule: Finding["rule"]) => findings.filter((f) => f.rule === rule).map((f) => f.text);

describe("jargon", () => {
  it("finds inflected forms, phrases, acronyms and terms inside compounds", () => {
    const f = run(
      "Het OCMW kent geen leeflonen toe. Uw leefloonaanvraag is binnen. U kunt bezwaar aantekenen. U komt niet in aanmerking komt.",
    );
    expect(of(f, "jargon")).toEqual([
      "OCMW",
      "leeflonen",
      "leefloonaanvraag",
      "bezwaar aantekenen",
      "in aanmerking komt",
    ]);
  });

  it("matches acronyms only in capitals", () => {
    expect(of(run("Het ocmw van Gent."), "jargon")).toEqual([]);
  });

  it("offers the plain alternative only for the listed form and keeps a capital", () => {
    const f = run("Termijn: drie maanden. U kunt bezwaar aantekenen. Teneinde dit te doen, belt u ons.");
    const byText = Object.fromEntries(f.filter((x) => x.rule === "jargon").map((x) => [x.text, x.suggestion]));
    expect(byText).toEqual({
      Termijn: "Tijd",
      "bezwaar aantekenen": "zeggen dat u het niet eens bent",
      Teneinde: "Om",
    });
    const compound = run("Uw leefloonaanvraag.").find((x) => x.rule === "jargon");
    expect(compound?.suggestion).toBeUndefined();
    expect(compound?.termId).toBe("leefloon");
  });

  it("reports stigmatising words as tone", () => {
    expect(of(run("Wij behandelen u niet als fraudeur."), "tone")).toEqual(["fraudeur"]);
  });
});

describe("style rules", () => {
  it("flags long sentences above the configured limit", () => {
    const sentence =
      "Wij hebben uw vraag goed ontvangen en wij gaan die nu samen met de dienst bekijken zodat u snel een antwoord krijgt van ons.";
    expect(of(run(sentence), "long-sentence")).toHaveLength(1);
    expect(of(run(sentence, "nl", 30), "long-sentence")).toHaveLength(0);
  });

  it("finds Dutch passives in both word orders and with 'is'", () => {
    expect(of(run("Uw aanvraag wordt geweigerd."), "passive")).toEqual(["wordt geweigerd"]);
    expect(of(run("Wij weten dat uw aanvraag geweigerd werd."), "passive")).toEqual(["geweigerd werd"]);
    expect(of(run("Er is beslist dat u recht hebt."), "passive")).toEqual(["is beslist"]);
    expect(of(run("Hij is gisteren gekomen."), "passive")).toEqual([]);
    expect(of(run("Wij weigeren uw aanvraag."), "passive")).toEqual([]);
  });

  it("finds basic passives in French, German and English", () => {
    expect(of(run("Votre demande est refusée.", "fr"), "passive")).toEqual(["est refusée"]);
    expect(of(run("Ihr Antrag wird abgelehnt.", "de"), "passive")).toEqual(["wird abgelehnt"]);
    expect(of(run("Your application was refused.", "en"), "passive")).toEqual(["was refused"]);
  });

  it("finds nominal style and suggests a verb", () => {
    const f = run("Wij zullen overgaan tot terugvordering van het bedrag.").find((x) => x.rule === "nominal-style");
    expect(f?.text).toBe("overgaan tot terugvordering");
    expect(f?.message).toContain("terugvragen");
  });

  it("finds double negations", () => {
    expect(of(run("Het is niet onredelijk om dat te vragen."), "double-negation")).toEqual(["niet onredelijk"]);
    expect(of(run("Dit gebeurt niet zonder reden."), "double-negation")).toEqual(["niet zonder"]);
    expect(of(run("Dat is niet onder de grens."), "double-negation")).toEqual([]);
  });

  it("finds legal references with the law and its date", () => {
    const f = run("Op grond van art. 17 van de wet van 26 mei 2002 en het KB (B.S. 31 juli 2002) beslissen wij.");
    expect(of(f, "legal-reference")).toEqual(["art. 17 van de wet van 26 mei 2002", "KB", "B.S."]);
  });

  it("flags uncommon Dutch words but not names, codes or common compounds", () => {
    const words = of(
      run("Mevrouw Vandenbroucke vroeg de huurprijs. Uw vraag is onontvankelijk. Code XZ12."),
      "uncommon-word",
    );
    expect(words).toContain("onontvankelijk");
    expect(words).not.toContain("Vandenbroucke");
    expect(words).not.toContain("huurprijs");
    expect(words).not.toContain("XZ12");
  });
});

describe("word tests of the rules", () => {
  it("answer what the grammar's patterns answer, for every word of the letters (endings checked first)", () => {
    const words = allLetterTexts().flatMap((text) =>
      tokenize(text)
        .filter((t) => t.kind === "word")
        .map((t) => t.text.toLowerCase()),
    );
    words.push("betaling", "toekenning", "xing", "ing", "heden", "mededeling", "décidé", "entscheidung", "payment");
    for (const lang of ["nl", "fr", "de", "en"] as const) {
      const g = GRAMMARS[lang];
      for (const re of [g.nominalisation, g.participle, g.negativePrefix]) {
        const wrong = words.filter((w) => testWord(re, w) !== re.test(w));
        expect(wrong, `${lang} ${re.source}`).toEqual([]);
      }
    }
  });
});

import { describe, expect, it } from "vitest";
import { GRAMMARS } from "../../src/analysis/grammar.ts";
import { LexiconIndex } from "../../src/analysis/lexicon-index.ts";
import { splitSentences, tokenize } from "../../src/analysis/tokenize.ts";
import { entrySchema, type LexiconEntry } from "../../src/lexicon/schema.ts";
import { realAnalyzer } from "../helpers/analyzer.ts";

const entry = (e: Partial<LexiconEntry> & Pick<LexiconEntry, "id" | "term" | "category">): LexiconEntry =>
  entrySchema.parse({ explanation: "Uitleg.", pictogram: "info", region: "BE", source: "test", ...e });

function senseOf(text: string) {
  const found = realAnalyzer()
    .analyze(text, { lang: "nl" })
    .findings.filter((f) => f.text.toLowerCase().includes("beroep"));
  return found.map((f) => ({ termId: f.termId, explanation: f.explanation, senses: f.senses }));
}

describe("senses of one word (real lexicon)", () => {
  it("explains beroep as an appeal when a court or 'aantekenen' stands in the sentence", () => {
    const [hit] = senseOf("U kunt beroep aantekenen bij de arbeidsrechtbank.");
    expect(hit?.termId).toBe("beroep");
    expect(hit?.explanation).toMatch(/beslissing opnieuw/);
    const [loose] = senseOf("Tegen deze beslissing staat beroep open bij de arbeidsrechtbank van Gent.");
    expect(loose?.termId).toBe("beroep");
    // The workbench gets both senses, the one explained first.
    expect(loose?.senses?.map((s) => s.termId)).toEqual(["beroep", "beroep-werk"]);
  });

  it("explains beroep as a job without such context, and never as an appeal", () => {
    const [hit] = senseOf("Naam: Jan Peeters. Uw beroep: lasser.");
    expect(hit?.termId).toBe("beroep-werk");
    expect(hit?.explanation).toMatch(/werk/);
    expect(hit?.explanation).not.toMatch(/rechter/);
    expect(hit?.senses?.map((s) => s.termId)).toEqual(["beroep-werk", "beroep"]);
    expect(hit?.senses?.[0]?.sense).toBe("werk dat iemand doet");
  });

  it("looks for context only in the same sentence", () => {
    const [hit] = senseOf("De arbeidsrechtbank is in Gent. Wat is uw beroep?");
    expect(hit?.termId).toBe("beroep-werk");
  });
});

describe("senses in the index", () => {
  const appeal = entry({
    id: "appeal",
    term: "beroep",
    category: "procedure",
    sense: "rechtsmiddel",
    contextWords: ["aantekenen", "rechtbank"],
  });
  const job = entry({ id: "job", term: "beroep", category: "work", sense: "werk" });
  const match = (entries: LexiconEntry[], text: string) => {
    const tokens = tokenize(text, "nl");
    return new LexiconIndex(entries, "nl", GRAMMARS.nl).match(tokens, splitSentences(text, tokens));
  };

  it("keeps several senses of one form side by side and picks by context", () => {
    expect(match([appeal, job], "Hij tekende beroep aan bij de rechtbanken.")[0]?.entry.id).toBe("appeal");
    expect(match([job, appeal], "Hij tekende beroep aan bij de rechtbanken.")[0]?.entry.id).toBe("appeal");
    expect(match([appeal, job], "Zijn beroep is bakker.")[0]?.entry.id).toBe("job");
    expect(match([appeal, job], "Zijn beroep is bakker.")[0]?.senses.map((e) => e.id)).toEqual(["appeal", "job"]);
  });

  it("explains nothing when only a context sense exists and its context is absent", () => {
    expect(match([appeal], "Zijn beroep is bakker.")).toEqual([]);
    expect(match([appeal], "Beroep bij de arbeidsrechtbank.")[0]?.entry.id).toBe("appeal");
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createAnalyzer } from "../../src/analysis/index.ts";
import { checkLexicon } from "../../src/lexicon/check.ts";
import { LexiconError, lexiconEntries, loadLexicon } from "../../src/lexicon/load.ts";
import { listPictograms } from "../../src/pictograms/catalogue.ts";

const dir = mkdtempSync(join(tmpdir(), "klaar-overlay-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pictograms = new Set(listPictograms().map((p) => p.id));

const entry = (over: Record<string, unknown>) => ({
  explanation: "Uitleg in gewone woorden.",
  pictogram: "institution",
  region: "BE",
  source: "gemeente",
  category: "institution",
  ...over,
});

describe("the shared lexicon", () => {
  const lexicon = loadLexicon({ overlayDir: "" });

  it("has the promised size per language", () => {
    expect(lexicon.entries.nl.length).toBeGreaterThanOrEqual(400);
    expect(lexicon.entries.fr.length).toBeGreaterThanOrEqual(150);
    expect(lexicon.entries.de.length).toBeGreaterThanOrEqual(60);
    expect(lexicon.entries.en.length).toBeGreaterThanOrEqual(100);
  });

  it("passes its own checks: no duplicates, no conflicting variants, no missing pictograms", () => {
    const report = checkLexicon(lexicon, pictograms);
    expect(report.errors).toEqual([]);
  });
});

describe("a municipality's overlay (KLAAR_LEXICON_DIR)", () => {
  it("adds entries and replaces entries with the same id", () => {
    const overlay = join(dir, "good");
    rmSync(overlay, { recursive: true, force: true });
    mkdirSync(overlay);
    writeFileSync(
      join(overlay, "nl.gent.json"),
      JSON.stringify({
        language: "nl",
        entries: [
          entry({ id: "dienst-burgerzaken-gent", term: "Dienst Burgerzaken", keep: true }),
          entry({
            id: "leefloon",
            term: "leefloon",
            category: "benefit",
            pictogram: "money",
            explanation: "Het leefloon van Gent: vraag het aan in het Sociaal Huis.",
          }),
        ],
      }),
    );
    const lexicon = loadLexicon({ overlayDir: overlay });
    const analyzer = createAnalyzer({ lexicons: lexiconEntries(lexicon), commonWords: lexicon.commonWords });
    const a = analyzer.analyze("Ga naar de Dienst Burgerzaken voor uw leefloon.", { lang: "nl" });
    const byTerm = Object.fromEntries(a.findings.filter((f) => f.termId).map((f) => [f.text, f.explanation]));
    expect(byTerm["Dienst Burgerzaken"]).toBe("Uitleg in gewone woorden.");
    expect(byTerm.leefloon).toBe("Het leefloon van Gent: vraag het aan in het Sociaal Huis.");
  });

  it("stops with errors that name the file and the entry", () => {
    const overlay = join(dir, "bad");
    mkdirSync(overlay, { recursive: true });
    const file = join(overlay, "nl.json");
    writeFileSync(
      file,
      JSON.stringify({
        language: "nl",
        entries: [entry({ id: "ok-one", term: "Goed" }), entry({ id: "Slecht Id", term: "" })],
      }),
    );
    expect(() => loadLexicon({ overlayDir: overlay })).toThrow(LexiconError);
    try {
      loadLexicon({ overlayDir: overlay });
    } catch (error) {
      const text = (error as LexiconError).problems.join("\n");
      expect(text).toContain(`${file}: entry 2 (Slecht Id): id:`);
      expect(text).toContain(`${file}: entry 2 (Slecht Id): term:`);
    }
  });

  it("names a missing folder", () => {
    expect(() => loadLexicon({ overlayDir: join(dir, "nope") })).toThrow(
      /KLAAR_LEXICON_DIR: folder .*nope does not exist/,
    );
  });
});

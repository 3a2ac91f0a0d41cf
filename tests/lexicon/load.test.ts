import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createAnalyzer } from "../../src/analysis/index.ts";
import { checkLexicon, describedSources } from "../../src/lexicon/check.ts";
import { compileLexicon } from "../../src/lexicon/compile.ts";
import { loadCompiledLexicon } from "../../src/lexicon/compiled.ts";
import { LEXICON_DIR, type Lexicon, LexiconError, lexiconEntries, loadLexicon } from "../../src/lexicon/load.ts";
import { entrySchema } from "../../src/lexicon/schema.ts";
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

  it("passes its own checks: no duplicates, no conflicting variants, no missing pictograms, sources recorded", () => {
    const sources = describedSources(readFileSync(join(LEXICON_DIR, "SOURCES.md"), "utf8"));
    expect([...sources]).toEqual(expect.arrayContaining(["klaar", "rvo-cc0", "context.md"]));
    const report = checkLexicon(lexicon, pictograms, sources);
    expect(report.errors).toEqual([]);
  });
});

describe("lexicon:check", () => {
  const check = (entries: Record<string, unknown>[], sources = new Set(["gemeente"])) => {
    const lexicon: Lexicon = {
      entries: { nl: entries.map((e) => ({ entry: entrySchema.parse(e), file: "nl.json" })), fr: [], de: [], en: [] },
      commonWords: { nl: new Set() },
      compounds: new Map(),
    };
    return checkLexicon(lexicon, pictograms, sources);
  };

  it("accepts two senses of one word: one default, the other with context words", () => {
    const report = check([
      entry({ id: "beroep", term: "beroep", sense: "rechtsmiddel", contextWords: ["rechtbank"] }),
      entry({ id: "beroep-werk", term: "beroep", sense: "werk" }),
    ]);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it("refuses two default senses, a shared form without senses, and a source SOURCES.md does not describe", () => {
    const report = check([
      entry({ id: "a", term: "beroep", sense: "werk" }),
      entry({ id: "b", term: "beroep", sense: "job" }),
      entry({ id: "c", term: "loket" }),
      entry({ id: "d", term: "loket", sense: "balie", contextWords: ["stad"] }),
      entry({ id: "e", term: "wachtzaal", sense: "zaal", source: "ergens-gekopieerd" }),
    ]);
    expect(report.errors.join("\n")).toMatch(/"beroep" is also the default sense of a/);
    expect(report.errors.join("\n")).toMatch(/d: "loket" is also a term or variant of c/);
    expect(report.errors.join("\n")).toMatch(/e: source "ergens-gekopieerd" is not described in lexicon\/SOURCES.md/);
    expect(report.errors.join("\n")).toMatch(/c: no sense/);
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

describe("the lexicon compiled at build time", () => {
  const out = mkdtempSync(join(tmpdir(), "klaar-compiled-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  compileLexicon(out);
  const sources = loadLexicon({ overlayDir: "", fromSources: true });
  const compiled = loadCompiledLexicon(LEXICON_DIR, out) as Lexicon;

  it("holds the same entries, word lists and compound splits as the lexicon files", () => {
    for (const lang of ["nl", "fr", "de", "en"] as const) {
      expect(compiled.entries[lang]).toEqual(sources.entries[lang]);
      expect([...(compiled.commonWords[lang] ?? [])]).toEqual([...(sources.commonWords[lang] ?? [])]);
    }
    expect([...compiled.compounds]).toEqual([...sources.compounds]);
  });

  it("finds the same words in a letter as an index built from the files", () => {
    const text = readFileSync(new URL("../fixtures/letters/ocmw-terugvordering.txt", import.meta.url), "utf8");
    const options = { lang: "nl" as const, today: "2026-03-10" };
    const fromFiles = createAnalyzer({ lexicons: lexiconEntries(sources), commonWords: sources.commonWords });
    const fromBuild = createAnalyzer({
      lexicons: lexiconEntries(compiled),
      commonWords: compiled.commonWords,
      indexes: compiled.indexes ?? {},
    });
    expect(fromBuild.analyze(text, options)).toEqual(fromFiles.analyze(text, options));
  });

  it("gives the same entries and analysis when it parses an entry only once it is needed (klaar analyze)", () => {
    const lazy = loadCompiledLexicon(LEXICON_DIR, out, { lazyEntries: true }) as Lexicon;
    const text = readFileSync(new URL("../fixtures/letters/english-municipality.txt", import.meta.url), "utf8");
    const options = { lang: "en" as const, today: "2026-03-10" };
    const analysis = (lexicon: Lexicon) =>
      createAnalyzer({
        lexicons: lexiconEntries(lexicon),
        commonWords: lexicon.commonWords,
        indexes: lexicon.indexes ?? {},
      }).analyze(text, options);
    const found = analysis(lazy);
    expect(found.findings.some((f) => f.rule === "jargon")).toBe(true);
    expect(found).toEqual(analysis(sources));
    for (const lang of ["nl", "en"] as const) {
      const entries = lazy.entries[lang].map((e) => e.entry);
      // Read field by field, as the analysis does, then as a whole: the same entries, with their fields in order.
      expect(entries.map((e) => [e.id, e.category, e.explanation])).toEqual(
        sources.entries[lang].map(({ entry: e }) => [e.id, e.category, e.explanation]),
      );
      expect(JSON.stringify(lazy.entries[lang])).toBe(JSON.stringify(sources.entries[lang]));
      expect(entries.map((e) => ({ ...e }))).toEqual(sources.entries[lang].map((e) => e.entry));
    }
  });

  it("is used only for the lexicon files it was built from", () => {
    const copy = mkdtempSync(join(tmpdir(), "klaar-lexicon-copy-"));
    try {
      expect(loadCompiledLexicon(copy, out)).toBeNull();
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/lexicon/load.ts";
import { realAnalyzer } from "../helpers/analyzer.ts";

const WORD = /[\p{L}\d]+(?:['’-][\p{L}\d]+)*/gu;

/** The Belgian institutions, benefits, legal and tax terms and stock phrases a French letter reader meets most. */
const MUST_EXPLAIN = [
  "CPAS",
  "ONEM",
  "INAMI",
  "SPF Finances",
  "Forem",
  "Actiris",
  "SPW",
  "Bruxelles Fiscalité",
  "Famiwal",
  "Famiris",
  "Camille Allocations familiales",
  "Parentia",
  "AVIQ",
  "Iriscare",
  "SLSP",
  "SLRB",
  "tribunal du travail",
  "juge de paix",
  "Conseil d'État",
  "revenu d'intégration",
  "aide sociale équivalente",
  "GRAPA",
  "allocation de remplacement de revenus",
  "intervention majorée",
  "statut BIM",
  "tarif social",
  "allocation de chauffage",
  "supplément pour famille monoparentale",
  "avertissement-extrait de rôle",
  "exercice d'imposition",
  "précompte professionnel",
  "précompte immobilier",
  "revenu cadastral",
  "intérêts de retard",
  "mise en demeure",
  "contrainte",
  "saisie",
  "règlement collectif de dettes",
  "récupération de l'indu",
  "prescription",
  "recours",
  "réclamation",
  "veuillez agréer",
  "à défaut de",
  "en application de",
  "conformément à",
  "nonobstant",
  "sous peine de",
  "le cas échéant",
  "ci-après",
  "susmentionné",
  "par la présente",
  "dans les meilleurs délais",
];

describe("French lexicon", () => {
  const entries = loadLexicon({ overlayDir: "" }).entries.fr.map((e) => e.entry);

  it("has at least 1,500 entries, each with a sense and a short explanation", () => {
    expect(entries.length).toBeGreaterThanOrEqual(1500);
    expect(entries.filter((e) => !e.sense).map((e) => e.id)).toEqual([]);
    expect(entries.filter((e) => e.explanation.split(/\s+/).length > 25).map((e) => e.id)).toEqual([]);
  });

  it("explains the Belgian terms and formal phrases of French letters", () => {
    const missed = MUST_EXPLAIN.filter((term) => {
      // The sentence also holds context words (huissier, impôt) for the terms whose sense needs them ("contrainte").
      const text = `Il est question de ${term} dans ce courrier de l'huissier sur votre impôt.`;
      const start = text.indexOf(term);
      return !realAnalyzer()
        .analyze(text, { lang: "fr" })
        .findings.some((f) => (f.rule === "jargon" || f.rule === "tone") && f.start <= start && f.end > start);
    });
    expect(missed).toEqual([]);
  });

  it("gives each of two senses its own entry with context words", () => {
    for (const term of ["recours", "pièce", "acte", "avertissement", "ordonnance", "prescription"]) {
      const senses = entries.filter((e) => e.term === term);
      expect(senses.length, term).toBeGreaterThanOrEqual(2);
      expect(new Set(senses.map((e) => e.sense)).size, term).toBe(senses.length);
      expect(
        senses.some((e) => e.contextWords?.length),
        term,
      ).toBe(true);
    }
  });

  it("picks the sense whose context words stand in the sentence, and flags nothing without them", () => {
    const term = (text: string, word: string) =>
      realAnalyzer()
        .analyze(text, { lang: "fr" })
        .findings.find((f) => f.rule === "jargon" && f.text.startsWith(word))?.termId;
    expect(term("Votre appartement compte deux pièces habitables.", "pièces")).toBe("piece-logement");
    expect(term("Joignez les pièces suivantes à votre dossier.", "pièces")).toBe("piece-document");
    expect(term("Vous avez trouvé une pièce de deux euros.", "pièce")).toBeUndefined();
    expect(term("La mutualité exerce un recours contre le tiers responsable de l'accident.", "recours")).toBe(
      "recours-tiers",
    );
    expect(term("Le médecin vous donne une ordonnance pour la pharmacie.", "ordonnance")).toBe("ordonnance-medicale");
    expect(term("L'ordonnance de la Région bruxelloise fixe les règles.", "ordonnance")).toBe("ordonnance");
  });

  it("explains 'recours' as an appeal and 'Par ordonnance,' as a signature formula", () => {
    const findings = realAnalyzer().analyze(
      "Vous pouvez introduire un recours. Le recours est gratuit.\nPar ordonnance,",
      {
        lang: "fr",
      },
    ).findings;
    const byText = Object.fromEntries(findings.map((f) => [f.text, f.termId]));
    expect(byText.recours).toBe("recours");
    expect(byText["Par ordonnance"]).toBe("par-ordonnance");
  });

  it("flags at most 3 % of the words of a plain CPAS letter", () => {
    const text = readFileSync(new URL("../fixtures/plain/fr-plain.txt", import.meta.url), "utf8");
    const words = text.match(WORD)?.length ?? 0;
    const analysis = realAnalyzer().analyze(text, { lang: "fr" });
    const flagged = analysis.findings.filter((f) => ["jargon", "tone", "uncommon-word"].includes(f.rule));
    // Each flagged term counts once; names that must stay (CPAS, tribunal du travail) are flagged with an explanation.
    expect(flagged.length / words).toBeLessThanOrEqual(0.03);
    const replaceable = flagged.filter((f) => !f.termId || !entries.find((e) => e.id === f.termId)?.keep);
    const replaceableWords = replaceable.reduce((n, f) => n + (f.text.match(WORD)?.length ?? 0), 0);
    expect(replaceableWords / words).toBeLessThanOrEqual(0.03);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateChecklist } from "../../src/analysis/checklist.ts";
import { CHECKLIST_PATTERNS } from "../../src/analysis/checklist-patterns.ts";
import { extractFacts } from "../../src/analysis/facts/index.ts";
import { splitSentences, tokenize } from "../../src/analysis/tokenize.ts";
import type { ChecklistId, ChecklistItem, Facts, Language, LetterKind, Span } from "../../src/analysis/types.ts";
import { renderChecklistItem } from "../../src/i18n/analysis.ts";

const LETTERS = join(import.meta.dirname, "../fixtures/letters");
const ORDER: ChecklistId[] = [
  "decision",
  "motivation",
  "consequences",
  "appeal",
  "contact",
  "reference",
  "hearing",
  "file-access",
  "legal-aid",
  "right-to-correct",
];

interface Expectation {
  lang: Language;
  isDecision: boolean;
  kind: LetterKind;
  checklist: Partial<Record<ChecklistId, ChecklistItem["status"]>>;
  appealDeadlineMissing?: boolean;
}

function noFacts(): Facts {
  return {
    letterDate: null,
    letterDateSource: "none",
    dates: [],
    deadlines: [],
    amounts: [],
    ibans: [],
    paymentReferences: [],
    references: [],
    phones: [],
    emails: [],
    urls: [],
    openingHours: [],
  };
}

/** A fact for the first occurrence of `written` in the text. */
function at(text: string, written: string, value = written) {
  const start = text.indexOf(written);
  if (start < 0) throw new Error(`not in text: ${written}`);
  return { start, end: start + written.length, text: written, value };
}

function check(text: string, lang: Language, facts: Partial<Facts> = {}, messageLang: Language = lang) {
  const sentences = splitSentences(text, tokenize(text, lang));
  const data = evaluateChecklist({ text, lang, sentences, facts: { ...noFacts(), ...facts } });
  // The notes are put in words at the edge, in the message language.
  const result = { ...data, checklist: data.checklist.map((i) => renderChecklistItem(messageLang, i)) };
  const item = (id: ChecklistId) => result.checklist.find((i) => i.id === id) as ChecklistItem;
  const evidence = (id: ChecklistId) => {
    const span = item(id).evidence;
    return span && text.slice(span.start, span.end);
  };
  return { ...result, item, evidence };
}

describe("fixture letters", () => {
  const names = readdirSync(LETTERS)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.replace(/\.txt$/, ""));
  it("has eleven letters, each with expectations", () => {
    expect(names).toHaveLength(11);
  });

  for (const name of names) {
    const text = readFileSync(join(LETTERS, `${name}.txt`), "utf8");
    const expected = JSON.parse(readFileSync(join(LETTERS, `${name}.expect.json`), "utf8")) as Expectation;
    const facts = extractFacts(text, expected.lang, { today: "2026-03-20" });
    const result = check(text, expected.lang, facts);

    it(`${name}: kind is ${expected.kind}`, () => {
      expect(result.kind).toBe(expected.kind);
      expect(result.isDecision).toBe(expected.isDecision);
      expect(result.kindConfidence).toBeGreaterThan(0.5);
    });

    it(`${name}: lists the ten items in order`, () => {
      expect(result.checklist.map((i) => i.id)).toEqual(ORDER);
    });

    it(`${name}: finds what the letter says`, () => {
      for (const [id, status] of Object.entries(expected.checklist) as [ChecklistId, string][]) {
        expect({ id, status: result.item(id).status }).toEqual({ id, status });
      }
    });

    it(`${name}: every missing or not-applicable item tells the reader why`, () => {
      for (const item of result.checklist.filter((i) => i.status !== "present")) expect(item.note).toBeTruthy();
    });
  }

  it("ocmw-terugvordering: says that the appeal period may not have started", () => {
    const text = readFileSync(join(LETTERS, "ocmw-terugvordering.txt"), "utf8");
    const { item } = check(text, "nl", extractFacts(text, "nl", { today: "2026-03-20" }));
    expect(item("appeal").status).toBe("missing");
    expect(item("appeal").note).toContain("misschien nog niet te lopen");
  });

  it("woonmaatschappij-huurprijs: names the appeal route but says its deadline is missing", () => {
    const text = readFileSync(join(LETTERS, "woonmaatschappij-huurprijs.txt"), "utf8");
    const { item, evidence } = check(text, "nl", extractFacts(text, "nl", { today: "2026-03-20" }));
    expect(item("appeal").status).toBe("present");
    expect(evidence("appeal")).toBe(
      "U kunt tegen deze beslissing bezwaar indienen bij de raad van bestuur van de woonmaatschappij.",
    );
    expect(item("appeal").note).toBe(
      "De brief zegt niet tot wanneer u in beroep kunt gaan. Vraag naar die datum en wacht niet te lang.",
    );
  });

  it("ocmw-plain-good: shows each item with the sentence that says it", () => {
    const text = readFileSync(join(LETTERS, "ocmw-plain-good.txt"), "utf8");
    const { evidence, item } = check(text, "nl", extractFacts(text, "nl", { today: "2026-03-20" }));
    expect(evidence("decision")).toBe("Wij geven u een leefloon.");
    expect(evidence("motivation")).toBe("Daarom hebt u recht op een leefloon.");
    expect(evidence("appeal")).toBe("Dan kunt u in beroep gaan bij de arbeidsrechtbank.");
    expect(evidence("legal-aid")).toBe("U kunt gratis juridisch advies krijgen bij het justitiehuis of bij het CAW.");
    expect(evidence("reference")).toContain("LL/2026/000812");
    // All channels are there: no note for contact, and no note on the appeal (it has a deadline).
    expect(item("contact").note).toBeUndefined();
    expect(item("appeal").note).toBeUndefined();
  });
});

describe("decision items in snippets", () => {
  it("finds a decision, its reason, its consequence and the appeal with its deadline", () => {
    const text =
      "Het OCMW heeft beslist uw aanvraag te weigeren. Wij weigeren omdat u meer verdient dan het leefloon. " +
      "Dit betekent dat u geen leefloon krijgt. U kunt beroep instellen bij de arbeidsrechtbank binnen drie maanden.";
    const { item, evidence, isDecision, kind } = check(text, "nl");
    expect(isDecision).toBe(true);
    expect(kind).toBe("decision");
    expect(evidence("decision")).toBe("Het OCMW heeft beslist uw aanvraag te weigeren.");
    expect(evidence("motivation")).toBe("Wij weigeren omdat u meer verdient dan het leefloon.");
    expect(evidence("consequences")).toBe("Dit betekent dat u geen leefloon krijgt.");
    expect(evidence("appeal")).toBe("U kunt beroep instellen bij de arbeidsrechtbank binnen drie maanden.");
    expect(item("appeal").note).toBeUndefined();
  });

  it("says the appeal deadline is missing when only the route is given", () => {
    const { item } = check(
      "Het OCMW heeft beslist uw aanvraag te weigeren. U kunt in beroep gaan bij de arbeidsrechtbank.",
      "nl",
    );
    expect(item("appeal").status).toBe("present");
    expect(item("appeal").note).toContain("tot wanneer");
  });

  it("takes the appeal deadline from the facts when the facts tag it", () => {
    const text =
      "Het OCMW heeft beslist uw aanvraag te weigeren. U kunt in beroep gaan. Lees de bijlage. Doe het snel.";
    const deadline = {
      ...at(text, "Doe het snel"),
      date: "2026-06-01",
      estimated: true,
      why: { kind: "relative" as const, count: 3, unit: "month" as const, anchor: "unstated" as const, from: null },
      kind: "relative" as const,
      purpose: "appeal" as const,
    };
    const { item } = check(text, "nl", { deadlines: [deadline] });
    expect(item("appeal").note).toBeUndefined();
  });

  it("does not take 'een beroep doen op' for an appeal", () => {
    const { item } = check("Wij hebben beslist. U kunt een beroep doen op het OCMW voor hulp.", "nl");
    expect(item("appeal").status).toBe("missing");
  });

  it("tells the reader, in their language, that the appeal period may not have started", () => {
    const { item } = check("Le CPAS a décidé de refuser votre demande.", "fr", {}, "en");
    expect(item("appeal").note).toBe(
      "The letter does not say how you can challenge the decision. Then the time limit to appeal may not have started yet. Ask at the counter how to appeal.",
    );
  });

  it("does not count a law article as a motivation", () => {
    const { item, evidence } = check(
      "Uw aanvraag wordt geweigerd op grond van artikel 3 van de wet van 26 mei 2002.",
      "nl",
    );
    expect(item("motivation").status).toBe("missing");
    expect(item("motivation").note).toContain("alleen een wet of een artikel");
    expect(evidence("motivation")).toBe(
      "Uw aanvraag wordt geweigerd op grond van artikel 3 van de wet van 26 mei 2002.",
    );
  });

  it("finds hearing, file access, legal aid and the right to correct", () => {
    const text =
      "Wij hebben beslist. U mag gehoord worden en een vertrouwenspersoon meebrengen. U mag uw dossier inkijken. " +
      "Gratis juridisch advies krijgt u bij het justitiehuis. Hebt u een fout gemaakt, dan kunnen we die samen verbeteren.";
    const { evidence } = check(text, "nl");
    expect(evidence("hearing")).toBe("U mag gehoord worden en een vertrouwenspersoon meebrengen.");
    expect(evidence("file-access")).toBe("U mag uw dossier inkijken.");
    expect(evidence("legal-aid")).toBe("Gratis juridisch advies krijgt u bij het justitiehuis.");
    expect(evidence("right-to-correct")).toBe("Hebt u een fout gemaakt, dan kunnen we die samen verbeteren.");
  });

  it("works in French, German and English", () => {
    const fr = check(
      "Le Comité a décidé de refuser votre demande. Vous pouvez introduire un recours dans les trois mois.",
      "fr",
    );
    expect(fr.item("appeal")).toMatchObject({ status: "present" });
    expect(fr.item("appeal").note).toBeUndefined();
    const de = check(
      "Der Sonderausschuss hat entschieden. Sie können innerhalb von drei Monaten Einspruch einlegen.",
      "de",
    );
    expect(de.item("appeal").note).toBeUndefined();
    expect(de.item("hearing").note).toContain("Vertrauensperson");
    const en = check("We have decided to refuse your request because your income is too high. You may appeal.", "en");
    expect(en.evidence("motivation")).toBe("We have decided to refuse your request because your income is too high.");
    expect(en.item("appeal").note).toBe(
      "The letter does not say until when you can appeal. Ask for the date, and do not wait too long.",
    );
  });
});

describe("contact and reference", () => {
  const letter = "OCMW Gent\nOnderbergen 86, 9000 Gent\n\nHet OCMW heeft beslist. Bel ons op 09 266 92 10.";

  it("lists the channels the letter lacks", () => {
    const { item, evidence } = check(letter, "nl", { phones: [at(letter, "09 266 92 10", "+3292669210")] });
    expect(item("contact").status).toBe("present");
    expect(evidence("contact")).toBe("09 266 92 10");
    expect(item("contact").note).toBe(
      "Dit staat niet in de brief: openingsuren, een e-mailadres en de naam van een contactpersoon.",
    );
  });

  it("counts the sender's address but not the recipient's", () => {
    const recipientOnly = "Mevrouw Samira El Amrani\nTolhuislaan 41 bus 3\n9000 Gent\n\nHet OCMW heeft beslist.";
    expect(check(recipientOnly, "nl").item("contact").status).toBe("missing");
    const sender = check(letter, "nl");
    expect(sender.evidence("contact")).toBe("Onderbergen 86, 9000 Gent");
  });

  it("says a website alone is not enough", () => {
    const text = "Het OCMW heeft beslist. Meer informatie op www.ocmw-gent.be.";
    const { item } = check(text, "nl", { urls: [at(text, "www.ocmw-gent.be", "https://www.ocmw-gent.be")] });
    expect(item("contact").status).toBe("missing");
    expect(item("contact").note).toContain("alleen een website");
  });

  it("takes the reference from the facts", () => {
    const text = "Ons kenmerk: LL/2026/1234\n\nHet OCMW heeft beslist.";
    expect(check(text, "nl").item("reference").status).toBe("missing");
    const { item, evidence } = check(text, "nl", {
      references: [at(text, "Ons kenmerk: LL/2026/1234", "LL/2026/1234")],
    });
    expect(item("reference").status).toBe("present");
    expect(evidence("reference")).toBe("Ons kenmerk: LL/2026/1234");
  });
});

describe("letter kind", () => {
  it("recognises an invoice and marks the decision items not applicable", () => {
    const text = "Factuur nr. 123. Remgeld: € 12,50. Totaal te betalen: € 12,50 vóór 1 april 2026.";
    const { kind, isDecision, item } = check(text, "nl", {}, "en");
    expect(kind).toBe("invoice");
    expect(isDecision).toBe(false);
    for (const id of ORDER.filter((i) => i !== "contact" && i !== "reference")) {
      expect(item(id)).toMatchObject({
        status: "not-applicable",
        note: "This letter is not a decision but a bill. This point is only needed in a decision.",
      });
    }
    expect(item("contact").status).toBe("missing");
  });

  it("recognises a reminder and an invitation", () => {
    expect(check("Herinnering: wij hebben uw betaling nog niet ontvangen. Te betalen: € 40.", "nl").kind).toBe(
      "reminder",
    );
    expect(check("Wir laden Sie ein: Einladung zu einem Gespräch am Montag.", "de").kind).toBe("invitation");
    expect(check("You are summoned to appear before the court. Summons no. 12.", "en").kind).toBe("summons");
  });

  it("guesses 'information' with low confidence when nothing points to a kind", () => {
    const { kind, kindConfidence } = check("Het weer is mooi vandaag.", "nl");
    expect(kind).toBe("information");
    expect(kindConfidence).toBeLessThan(0.5);
  });

  it("is more sure when more cues agree", () => {
    const weak = check("Uw beslissing.", "nl").kindConfidence;
    const strong = check(
      "Het OCMW heeft beslist uw aanvraag te weigeren. U kunt beroep instellen.",
      "nl",
    ).kindConfidence;
    expect(strong).toBeGreaterThan(weak);
  });
});

describe("patterns and notes", () => {
  it("has patterns for every item except reference in every language", () => {
    for (const lang of ["nl", "fr", "de", "en"] as const) {
      const ids = CHECKLIST_PATTERNS.filter((p) => p.lang === lang).map((p) => p.id);
      expect(new Set(ids)).toEqual(new Set(ORDER.filter((id) => id !== "reference")));
    }
  });

  it("writes notes in short sentences (B1: at most 25 words)", () => {
    for (const messageLang of ["nl", "fr", "de", "en"] as const) {
      const { checklist } = check("Het OCMW heeft beslist.", "nl", {}, messageLang);
      const invoice = check("Factuur. Te betalen: € 10.", "nl", {}, messageLang).checklist;
      for (const item of [...checklist, ...invoice]) {
        for (const sentence of (item.note ?? "").split(/(?<=[.?!])\s+/)) {
          expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(25);
        }
      }
    }
  });
});

describe("robustness", () => {
  const language = fc.constantFrom<Language>("nl", "fr", "de", "en");
  const span = fc.record({ start: fc.integer({ min: -5, max: 300 }), end: fc.integer({ min: -5, max: 300 }) });
  const fact = span.map((s) => ({ ...s, text: "x", value: "x" }));

  it("never throws and always returns ten items with spans inside the text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 300 }),
        language,
        language,
        fc.array(span, { maxLength: 5 }),
        fc.array(fact, { maxLength: 3 }),
        fc.boolean(),
        (text, lang, messageLang, randomSentences, randomFacts, realSentences) => {
          const sentences: Span[] = realSentences ? splitSentences(text, tokenize(text, lang)) : randomSentences;
          const facts: Facts = { ...noFacts(), phones: randomFacts, references: randomFacts, urls: randomFacts };
          const result = evaluateChecklist({ text, lang, sentences, facts });
          for (const item of result.checklist.filter((i) => i.status !== "present")) {
            expect(renderChecklistItem(messageLang, item).note).toBeTruthy();
          }
          expect(result.checklist.map((i) => i.id)).toEqual(ORDER);
          expect(result.kindConfidence).toBeGreaterThanOrEqual(0);
          expect(result.kindConfidence).toBeLessThanOrEqual(1);
          for (const item of result.checklist) {
            if (item.evidence && item.id !== "contact" && item.id !== "reference") {
              expect(item.evidence.start).toBeGreaterThanOrEqual(0);
              expect(item.evidence.end).toBeLessThanOrEqual(text.length);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("stays fast on a very long text", () => {
    const text = "Het OCMW heeft beslist omdat u beroep kunt instellen bij de arbeidsrechtbank. ".repeat(4000);
    const started = performance.now();
    check(text, "nl");
    // Only catches a blow-up (minutes); speed itself is measured by `npm run bench`.
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

/**
 * The default printout on the annotated corpus: at most two A4 pages, the essentials on page 1 (the bottom line, the
 * dated deadline the explanation found, the amount to pay), and the hard words and the letter only when asked for.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Explanation } from "../../src/explanation/build.ts";
import { closeSharedBrowserPool } from "../../src/render/browser-pool.ts";
import { essentialsOf } from "../../src/render/essentials.ts";
import { printHtml, printPdf } from "../../src/render/letter-print.ts";
import { realExplainer } from "../helpers/analyzer.ts";
import { checkAxe, formatViolations } from "../helpers/axe.ts";

afterAll(closeSharedBrowserPool);

const T = { timeout: 240_000 };
const CORPUS = new URL("../corpus/", import.meta.url).pathname;
const TODAY = "2026-12-01";

interface CorpusLetter {
  id: string;
  lang: "nl" | "fr" | "de" | "en";
  text: string;
  deadlines: { date?: string | null; anchor?: string }[];
}

/** Every fifth Dutch and French and every third German and English letter: 4 languages, most genres (18 letters). */
function corpusSubset(): CorpusLetter[] {
  const out: CorpusLetter[] = [];
  for (const lang of ["nl", "fr", "de", "en"] as const) {
    const ids = readdirSync(join(CORPUS, lang))
      .filter((f) => f.endsWith(".txt"))
      .map((f) => f.slice(0, -4))
      .sort();
    const step = lang === "nl" || lang === "fr" ? 5 : 3;
    for (const id of ids.filter((_, i) => i % step === 0)) {
      const note = JSON.parse(readFileSync(join(CORPUS, lang, `${id}.json`), "utf8"));
      out.push({ id, lang, text: readFileSync(join(CORPUS, lang, `${id}.txt`), "utf8"), deadlines: note.deadlines });
    }
  }
  return out;
}

/**
 * A deadline with a date the letter fixes: a fixed date, or counted from the letter's date or its sending. A term that
 * runs from receipt or notification gets no firm date on paper until the visitor says when the letter came.
 */
const firm = (d: CorpusLetter["deadlines"][number]) =>
  !!d.date && ["fixed", "letter-date", "sending"].includes(d.anchor ?? "");

/** Every corpus letter whose annotation has a firm dated deadline (a date the citizen must act by). */
function allDatedLetters(): CorpusLetter[] {
  const out: CorpusLetter[] = [];
  for (const lang of ["nl", "fr", "de", "en"] as const) {
    for (const file of readdirSync(join(CORPUS, lang)).sort()) {
      if (!file.endsWith(".json")) continue;
      const id = file.slice(0, -5);
      const note = JSON.parse(readFileSync(join(CORPUS, lang, file), "utf8"));
      if (!(note.deadlines as CorpusLetter["deadlines"]).some(firm)) continue;
      out.push({ id, lang, text: readFileSync(join(CORPUS, lang, `${id}.txt`), "utf8"), deadlines: note.deadlines });
    }
  }
  return out;
}

async function mapTwoAtATime<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all([lane(), lane()]);
  return out;
}

function explain(letter: CorpusLetter, uiLang = letter.lang): Explanation {
  return realExplainer()({ text: letter.text, lang: letter.lang, uiLang }, TODAY).explanation;
}

function pdfText(pdf: Buffer, pages?: [number, number]): string {
  const range = pages ? ["-f", String(pages[0]), "-l", String(pages[1])] : [];
  return execFileSync("pdftotext", [...range, "-", "-"], { input: pdf, encoding: "utf8" })
    .replace(/\u00ad/g, "")
    .replace(/-\n/g, "")
    .replace(/\s+/g, " ");
}

function pageCount(pdf: Buffer): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", ["-"], { input: pdf, encoding: "utf8" }))?.[1]);
}

const normalise = (s: string) => s.replace(/\u00ad/g, "").replace(/\s+/g, " ");

/** "15 maart 2027" as the explanation writes it, without the weekday. */
function dayMonthYear(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

const LOCALES = { nl: "nl-BE", fr: "fr-BE", de: "de-BE", en: "en-GB" } as const;

interface Printed {
  letter: CorpusLetter;
  /** Why the letter has no printout: its explanation failed (counted against the minimum below). */
  failure?: string;
  explanation?: Explanation;
  pages: number;
  page1: string;
}

/**
 * The subset and every letter with a dated deadline, each explained and printed once (two at a time through the shared
 * warm pool, as two counters printing at once); both checks below read these printouts.
 */
let printing: Promise<Printed[]> | undefined;
function printAll(letters: CorpusLetter[]): Promise<Printed[]> {
  const byId = new Map([...letters, ...allDatedLetters()].map((l) => [`${l.lang}/${l.id}`, l]));
  printing ??= mapTwoAtATime([...byId.values()], async (letter): Promise<Printed> => {
    let explanation: Explanation;
    try {
      explanation = explain(letter);
    } catch (error) {
      return { letter, failure: (error as Error).message, pages: 0, page1: "" };
    }
    const pdf = await printPdf(explanation, { printedOn: TODAY });
    return { letter, explanation, pages: pageCount(pdf), page1: pdfText(pdf, [1, 1]) };
  });
  return printing;
}

describe("the essentials printout of the corpus letters", () => {
  const letters = corpusSubset();

  it(
    "has at most two pages, with the bottom line and every dated deadline the explanation found on page 1",
    T,
    async () => {
      expect(letters.length).toBeGreaterThanOrEqual(12);
      const subset = new Set(letters.map((l) => `${l.lang}/${l.id}`));
      const report: string[] = [];
      let annotated = 0;
      let onPage1 = 0;
      let printed = 0;
      for (const { letter, failure, explanation, pages, page1 } of await printAll(letters)) {
        if (!subset.has(`${letter.lang}/${letter.id}`)) continue;
        if (failure !== undefined || !explanation) {
          // The explanation itself failed (not the printout): reported, and counted against the minimum below.
          report.push(`${letter.lang}/${letter.id}: no explanation (${failure})`);
          continue;
        }
        printed++;
        report.push(`${letter.lang}/${letter.id}: ${pages} p.`);
        expect(pages, `${letter.id}: ${pages} pages`).toBeLessThanOrEqual(2);
        const essentials = essentialsOf(explanation);
        if (essentials.bottomLine) expect(page1).toContain(normalise(essentials.bottomLine.text).slice(0, 40));
        // Every date the explanation states as a deadline is on page 1.
        const deadlineTexts = explanation.sections.find((s) => s.id === "deadlines")?.statements ?? [];
        for (const s of deadlineTexts) {
          // The date as written in the statement ("5 maart 2027"), wherever page 1 says it (often in "what to do").
          for (const date of normalise(s.text).match(/\d{1,2}\.? [\p{L}]+ \d{4}/gu) ?? [])
            expect(page1, `${letter.id}: ${s.text}`).toContain(date);
        }
        for (const d of letter.deadlines.filter((x) => x.date)) {
          annotated++;
          if (page1.includes(dayMonthYear(d.date as string, LOCALES[letter.lang]))) onPage1++;
        }
      }
      console.log(`${report.join("\n")}\nannotated dated deadlines on page 1: ${onPage1}/${annotated}`);
      expect(printed).toBeGreaterThanOrEqual(12);
    },
  );

  it("of every corpus letter with a dated deadline: at most two pages, the date on page 1", T, async () => {
    const dated = new Set(allDatedLetters().map((l) => `${l.lang}/${l.id}`));
    expect(dated.size).toBeGreaterThanOrEqual(40);
    const report: string[] = [];
    let deadlines = 0;
    let onPage1 = 0;
    let printed = 0;
    for (const { letter, failure, pages, page1 } of await printAll(letters)) {
      if (!dated.has(`${letter.lang}/${letter.id}`)) continue;
      expect(failure, `${letter.id}: no explanation`).toBeUndefined();
      printed++;
      const dates = letter.deadlines.flatMap((d) =>
        firm(d) ? [dayMonthYear(d.date as string, LOCALES[letter.lang])] : [],
      );
      const found = dates.filter((d) => page1.includes(d));
      deadlines += dates.length;
      onPage1 += found.length;
      report.push(
        `${letter.lang}/${letter.id}: ${pages} p., dated deadlines on page 1: ${found.length}/${dates.length}`,
      );
      expect.soft(pages, `${letter.id}: ${pages} pages`).toBeLessThanOrEqual(2);
      expect.soft(found.length, `${letter.id}: a dated deadline missing from page 1`).toBe(dates.length);
    }
    console.log(`${report.join("\n")}\nannotated dated deadlines on page 1: ${onPage1}/${deadlines}`);
    expect(printed).toBe(dated.size);
    expect(onPage1).toBe(deadlines);
  });

  it("adds the hard words and the letter with explanations only when asked for", T, async () => {
    const letter = letters.find((l) => l.id.startsWith("tax-")) ?? (letters[0] as CorpusLetter);
    const explanation = explain(letter);
    expect(explanation.hardWords.length).toBeGreaterThan(0);
    const word = explanation.hardWords[0]?.term as string;
    const plain = await printPdf(explanation, { printedOn: TODAY });
    const all = await printPdf(explanation, { printedOn: TODAY, words: true, letter: true });
    // A line of the letter without hard words: printed as it stands.
    const hard = explanation.hardWords.map((w) => w.term.toLowerCase());
    const firstLine = letter.text
      .split("\n")
      .map((l) => l.trim())
      .find((l) => l.length > 20 && !hard.some((h) => l.toLowerCase().includes(h))) as string;
    expect(pdfText(plain)).not.toContain(normalise(firstLine));
    expect(pageCount(all)).toBeGreaterThan(pageCount(plain));
    const more = pdfText(all, [2, 99]);
    expect(more).toContain(normalise(word));
    expect(more).toContain(normalise(firstLine).slice(0, 20));
  });

  it("has no axe-core violations, with and without the extra pages, in every letter language", T, async () => {
    for (const lang of ["nl", "fr", "de", "en"] as const) {
      const letter = letters.find((l) => l.lang === lang) as CorpusLetter;
      const explanation = explain(letter);
      for (const extra of [{}, { words: true, letter: true }]) {
        const html = await printHtml(explanation, { printedOn: TODAY, audioUrl: "http://127.0.0.1/a", ...extra });
        const results = await checkAxe(html);
        expect(results.violations, `${letter.id}: ${formatViolations(results)}`).toEqual([]);
      }
    }
  });
});

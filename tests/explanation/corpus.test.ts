/**
 * The citizen explanation on every letter of the annotated corpus (tests/corpus): the bottom line is there, the spoken
 * essentials hold the bottom line and the dated deadline within about a minute, "what to do" names no amount but the
 * total due, and a term that runs from receipt or notification never becomes a firm date until the visitor says when
 * the letter came. The figures (dated deadlines, amount roles, appeal part) are printed; `npx tsx bench/explanation.ts`
 * lists the misses.
 */
import { afterAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../bench/corpus.ts";
import {
  explainCorpusLetter,
  figures,
  formatFigures,
  formatters,
  type LetterScore,
  SCORE_TODAY,
  scoreLetter,
} from "../../bench/explanation-score.ts";
import { buildExplanation } from "../../src/explanation/build.ts";
import { ESSENTIAL_SECONDS, speechScripts } from "../../src/explanation/speech.ts";
import { explanationTexts } from "../../src/explanation/texts.ts";
import { deadlineAfterReceipt, needsReceiptDate } from "../../src/explanation/when.ts";
import { estimateSeconds } from "../../src/speech/duration.ts";
import { dateInWords } from "../../src/speech/words.ts";
import { realAnalyzer } from "../helpers/analyzer.ts";

const letters = loadCorpus();
const scores: LetterScore[] = [];

// Floors a few points under what the explanation reaches now (2026-12-07, 84 letters: 100 %, 98 %, 100 %).
const FLOORS = { dated: 0.96, amounts: 0.95, appeal: 0.96 };

afterAll(() => {
  if (scores.length) console.log(formatFigures(figures(scores)));
});

const AMOUNT = /(?:€\d[\d,]*\.\d{2}|€\s?\d[\d.\s\u202f\u00a0]*,\d{2}|\d[\d.\s\u202f\u00a0]*,\d{2}\s?€)/gu;

describe.skipIf(letters.length === 0)("explanation of the corpus letters", () => {
  it.each(letters.map((l) => [l.id, l] as const))("%s", (_id, letter) => {
    const score = scoreLetter(letter);
    scores.push(score);
    const e = score.explanation;
    const { essentials } = score.speech;
    const f = formatters(e.uiLang);

    // The bottom line: one plain sentence at the top, an essential, with evidence in the letter.
    expect(e.bottomLine.statement.text.trim()).toMatch(/\p{L}.*[.!?]$/u);
    expect(e.bottomLine.statement.essential).toBe(true);
    expect(e.bottomLine.statement.evidence.length).toBeGreaterThan(0);

    // The spoken essentials: the bottom line, about a minute, and the dated deadline(s) of the explanation.
    expect(essentials.text).toContain(e.bottomLine.statement.spoken);
    // Issue 13: about 140 words at most (a minute at 145 words a minute); the script aims lower (ESSENTIAL_WORDS)
    // because dates, amounts and codes are said slowly and repeated.
    expect(essentials.words).toBeLessThanOrEqual(140);
    // No fixed help text in the essentials: it is on the printout and in the whole explanation.
    expect(essentials.text).not.toContain(explanationTexts(e.uiLang).helpCounter);
    // Payment details: the structured communication is said and repeated once; the account number at most once.
    const pay = e.sections.find((s) => s.id === "actions")?.statements ?? [];
    for (const s of pay) {
      const code = s.values?.[0];
      if (!code || s.spoken !== explanationTexts(e.uiLang).payWith({ code })) continue;
      expect(essentials.text.split(code).length - 1, "structured communication said twice").toBe(2);
    }
    const analysis = realAnalyzer().analyze(letter.text, { lang: letter.lang, today: SCORE_TODAY });
    const m = analysis.letter;
    const firstDated = m.deadlines.find((d) => d.date && d.purpose !== "appointment");
    if (firstDated?.date) expect(essentials.text).toContain(dateInWords(firstDated.date, e.uiLang));

    // "What to do": no amount other than the total due.
    const total = m.toPay !== null ? m.amounts[m.toPay] : undefined;
    const actions = e.sections.find((s) => s.id === "actions")?.statements ?? [];
    for (const s of actions) {
      for (const shown of s.text.match(AMOUNT) ?? []) expect(shown.trim()).toBe(total ? f.amount(total.value) : "");
    }

    // A term from receipt or notification: the rule, no firm date, until the visitor answers.
    const open = m.deadlines.filter(needsReceiptDate);
    expect(e.receipt.asked).toBe(open.length > 0);
    const shownText = [e.bottomLine.statement, ...e.sections.flatMap((s) => s.statements)]
      .map((s) => s.text)
      .join("\n");
    // The day the visitor got it: the letter date, or today when the letter is dated later (a day ahead is refused).
    const letterDate = letter.expected.letterDate;
    const received = letterDate && letterDate <= SCORE_TODAY ? letterDate : SCORE_TODAY;
    for (const d of open) {
      const guessed = deadlineAfterReceipt(d, received);
      if (guessed && !m.deadlines.some((x) => x.date === guessed.date))
        expect(shownText).not.toContain(f.date(guessed.date));
    }
    if (open.length) {
      const answered = buildExplanation({
        text: letter.text,
        analysis: realAnalyzer().analyze(letter.text, { lang: letter.lang, today: SCORE_TODAY }),
        uiLang: e.uiLang,
        today: SCORE_TODAY,
        entry: () => undefined,
        compounds: new Map(),
        received: { kind: "date", date: received },
      });
      const due = deadlineAfterReceipt(open[0] as (typeof open)[number], received);
      const counted = answered.sections.flatMap((s) => s.statements).filter((s) => s.calculated);
      expect(counted.some((s) => due && s.text.includes(f.date(due.date)))).toBe(true);
      expect(speechScripts(answered).essentials.text).toContain(due ? dateInWords(due.date, e.uiLang) : "—");
    }
  });

  it("figures on the whole corpus stay above their floors", () => {
    const all = scores.length === letters.length ? scores : letters.map(scoreLetter);
    const fig = figures(all);
    const share = ([a, b]: [number, number]) => (b ? a / b : 1);
    expect(share(fig.dated)).toBeGreaterThanOrEqual(FLOORS.dated);
    expect(share(fig.amounts)).toBeGreaterThanOrEqual(FLOORS.amounts);
    expect(share(fig.appeal)).toBeGreaterThanOrEqual(FLOORS.appeal);
    // Issue 13: the spoken essentials last a minute at most for 9 letters in 10. The estimate is checked against
    // espeak-ng in tests/speech/duration.test.ts and tests/letters/audio-tracks.test.ts; on 2026-12-07 soxi measured
    // 97 % (70 of 72) under a minute (`npx tsx bench/run.ts audio-corpus`).
    const seconds = all.map((s) => estimateSeconds(s.speech.essentials.ssml, s.speech.essentials.lang));
    expect(seconds.filter((x) => x <= 60).length / seconds.length).toBeGreaterThanOrEqual(0.9);
    expect(seconds.filter((x) => x <= ESSENTIAL_SECONDS + 3).length / seconds.length).toBeGreaterThanOrEqual(0.9);
  });

  it("a visitor's language other than the letter's gets the bottom line in their own words", () => {
    const letter = letters.find((l) => l.lang === "nl" && l.expected.bottomLine.action === "refuse");
    if (!letter) return;
    const fr = explainCorpusLetter(letter, "fr");
    expect(fr.bottomLine.statement.text).toMatch(/refuse/);
  });
});

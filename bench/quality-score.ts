/**
 * Scores the letter model against the annotated corpus: recall and precision per field, per language. Shared by
 * `npm run bench -- quality` and tests/analysis/letter/corpus.test.ts.
 */

import { findDateMatches, resolveDate } from "../src/analysis/facts/dates.ts";
import { createAnalyzer } from "../src/analysis/index.ts";
import type { AnalysisData, Language, LetterModel } from "../src/analysis/types.ts";
import type { CorpusLetter } from "./corpus.ts";

export interface Count {
  /** Expected items found (recall numerator) and expected items (recall denominator). */
  found: number;
  expected: number;
  /** Predicted items that are right (precision numerator) and predicted items. */
  right: number;
  predicted: number;
}

export const FIELDS = [
  "letter date",
  "kind",
  "decision type",
  "bottom line actor",
  "bottom line action",
  "bottom line object",
  "bottom line amount",
  "amounts (value)",
  "amounts with role",
  "to-pay total",
  "dated deadlines",
  "deadline anchors",
  "appeal present",
  "appeal route",
  "appeal deadline",
  "appeal part",
  "appointments",
  "ibans",
  "payment references",
  "unsupported dates/amounts",
] as const;
export type Field = (typeof FIELDS)[number];
export type Scores = Record<Field, Count>;

const zero = (): Count => ({ found: 0, expected: 0, right: 0, predicted: 0 });
export const emptyScores = (): Scores => Object.fromEntries(FIELDS.map((f) => [f, zero()])) as Scores;

function addSets<T>(count: Count, expected: readonly T[], predicted: readonly T[], key: (t: T) => string): void {
  const e = new Set(expected.map(key));
  const p = new Set(predicted.map(key));
  count.expected += e.size;
  count.predicted += p.size;
  for (const k of e) if (p.has(k)) count.found++;
  for (const k of p) if (e.has(k)) count.right++;
}

/** One answer per letter: recall over letters that expect one, precision over letters that give one. */
function addOne(count: Count, expected: unknown, predicted: unknown, same: boolean): void {
  if (expected !== null && expected !== undefined) count.expected++;
  if (predicted !== null && predicted !== undefined) count.predicted++;
  if (same && expected !== null && expected !== undefined) count.found++;
  if (same && predicted !== null && predicted !== undefined) count.right++;
}

const norm = (s: string | null | undefined) =>
  (s ?? "")
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’']/g, "'")
    .replace(/\s+/g, " ")
    .trim();
/** Names match when one contains the other ("CPAS" in "CPAS de Namur", "Tribunal du travail" in the route). */
const sameName = (a: string | null | undefined, b: string | null | undefined) => {
  const [x, y] = [norm(a), norm(b)];
  return !!x && !!y && (x.includes(y) || y.includes(x));
};
const cents = (v: number) => Math.round(v * 100);
const termKey = (t: { n: number; unit: string } | null) => (t ? `${t.n} ${t.unit}` : "-");

export function scoreLetter(letter: CorpusLetter, model: LetterModel, scores: Scores): void {
  const e = letter.expected;
  const s = scores;
  addOne(
    s["letter date"],
    e.letterDate,
    model.letterDate?.iso ?? null,
    e.letterDate === (model.letterDate?.iso ?? null),
  );
  addOne(s.kind, e.kind, model.kind.kind, e.kind === model.kind.kind);
  addOne(s["decision type"], e.decision, model.decision?.type ?? null, e.decision === (model.decision?.type ?? null));
  const bl = model.bottomLine;
  addOne(s["bottom line actor"], e.bottomLine.actor, bl.actor, sameName(e.bottomLine.actor, bl.actor));
  addOne(s["bottom line action"], e.bottomLine.action, bl.action, e.bottomLine.action === bl.action);
  addOne(s["bottom line object"], e.bottomLine.object, bl.object, sameName(e.bottomLine.object, bl.object));
  addOne(
    s["bottom line amount"],
    e.bottomLine.amount,
    bl.amount ?? null,
    e.bottomLine.amount !== null && bl.amount !== undefined && cents(e.bottomLine.amount) === cents(bl.amount),
  );
  addSets(s["amounts (value)"], e.amounts, model.amounts, (a) => String(cents(a.value)));
  addSets(s["amounts with role"], e.amounts, model.amounts, (a) => `${cents(a.value)} ${a.role}`);
  const toPay = model.toPay !== null ? model.amounts[model.toPay] : undefined;
  addSets(
    s["to-pay total"],
    e.amounts.filter((a) => a.role === "to-pay"),
    toPay ? [toPay] : [],
    (a) => String(cents(a.value)),
  );
  addSets(
    s["dated deadlines"],
    e.deadlines.filter((d) => d.date),
    model.deadlines.filter((d) => d.date),
    (d) => d.date ?? "",
  );
  addSets(s["deadline anchors"], e.deadlines, model.deadlines, (d) =>
    d.anchor === "fixed" ? `fixed ${d.date}` : `${d.anchor} ${termKey(d.term)}`,
  );
  // The appeal part: present, where to, and within which term.
  addOne(s["appeal present"], e.appeal.present, model.appeal.present, e.appeal.present === model.appeal.present);
  const routeOk = !e.appeal.route || sameName(e.appeal.route, model.appeal.route);
  if (e.appeal.route || model.appeal.route) {
    addOne(s["appeal route"], e.appeal.route, model.appeal.route, sameName(e.appeal.route, model.appeal.route));
  }
  const predictedAppeal = model.appeal.deadline !== null ? model.deadlines[model.appeal.deadline] : undefined;
  const expectedAppeal = e.deadlines.find((d) => d.purpose === "appeal");
  const appealDeadlineOk = expectedAppeal
    ? !!predictedAppeal &&
      predictedAppeal.anchor === expectedAppeal.anchor &&
      termKey(predictedAppeal.term) === termKey(expectedAppeal.term) &&
      predictedAppeal.date === expectedAppeal.date
    : !e.appeal.deadlineText || !!predictedAppeal;
  if (e.appeal.deadlineText || predictedAppeal) {
    addOne(s["appeal deadline"], e.appeal.deadlineText, predictedAppeal?.text ?? null, appealDeadlineOk);
  }
  const partOk =
    e.appeal.present === model.appeal.present &&
    (!e.appeal.present || (routeOk && (!e.appeal.deadlineText || appealDeadlineOk)));
  addOne(s["appeal part"], true, true, partOk);
  addSets(s.appointments, e.appointments ?? [], model.appointments, (a) => `${a.date} ${a.time ?? ""}`);
  addSets(s.ibans, e.ibans ?? [], model.ibans, (c) => `${c.value} ${c.valid}`);
  addSets(
    s["payment references"],
    e.paymentReferences ?? [],
    model.paymentReferences,
    (c) => `${c.value.replace(/\D/g, "")} ${c.valid}`,
  );
  // Dates and amounts that the letter does not support: written dates (not calculated) must be in the text.
  const written = new Set<string>();
  for (const m of findDateMatches(letter.text)) {
    const iso = resolveDate(
      m,
      model.letterDate ? { year: Number(model.letterDate.iso.slice(0, 4)), month: 1, day: 1 } : null,
    )?.iso;
    if (iso) written.add(iso);
  }
  const unsupported = s["unsupported dates/amounts"];
  const claims = [
    ...model.deadlines.filter((d) => d.date && !d.calculated).map((d) => d.date as string),
    ...model.appointments.flatMap((a) => (a.date ? [a.date] : [])),
  ];
  for (const iso of claims) {
    unsupported.predicted++;
    const dayAfter = new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    if (!written.has(iso) && !written.has(dayAfter)) unsupported.right++;
  }
  for (const a of model.amounts) {
    unsupported.predicted++;
    if (!letter.text.slice(a.start, a.end).trim()) unsupported.right++;
  }
}

export interface QualityReport {
  byLanguage: Record<Language | "all", Scores>;
  letters: number;
  failures: { id: string; field: Field }[];
}

export function scoreCorpus(letters: readonly CorpusLetter[]): QualityReport {
  const analyzer = createAnalyzer({ lexicons: {} });
  const byLanguage = { all: emptyScores(), nl: emptyScores(), fr: emptyScores(), de: emptyScores(), en: emptyScores() };
  const failures: { id: string; field: Field }[] = [];
  for (const letter of letters) {
    const analysis: AnalysisData = analyzer.analyze(letter.text, { lang: letter.lang, today: "2026-12-07" });
    const own = emptyScores();
    scoreLetter(letter, analysis.letter, own);
    for (const field of FIELDS) {
      const c = own[field];
      if (field !== "unsupported dates/amounts" && (c.found < c.expected || c.right < c.predicted)) {
        failures.push({ id: letter.id, field });
      }
      for (const target of [byLanguage.all, byLanguage[letter.lang]]) {
        target[field].found += c.found;
        target[field].expected += c.expected;
        target[field].right += c.right;
        target[field].predicted += c.predicted;
      }
    }
  }
  return { byLanguage, letters: letters.length, failures };
}

export const recall = (c: Count) => (c.expected ? c.found / c.expected : 1);
export const precision = (c: Count) => (c.predicted ? c.right / c.predicted : 1);

/** Before/after: the numbers of two versions of a letter, side by side. Pure. */

import { RULE_IDS } from "../analysis/rules/meta.ts";
import type { AnalysisData, CefrBand, ChecklistId, FindingData, RuleId } from "../analysis/types.ts";

export { RULE_IDS };

const CEFR_ORDER: readonly CefrBand[] = ["A2", "B1", "B2", "C1+"];

export interface VersionSummary {
  scores: { id: string; name: string; value: number }[];
  words: number;
  sentences: number;
  meanSentenceLength: number;
  /** Percent (0..100, one decimal), or null when the language has no frequency list. */
  uncommonWordPercent: number | null;
  cefr: CefrBand;
  counts: Record<RuleId, number>;
  findings: number;
  checklistPresent: number;
  checklistApplicable: number;
  missing: ChecklistId[];
}

export function countByRule(findings: readonly Pick<FindingData, "rule">[]): Record<RuleId, number> {
  const counts = Object.fromEntries(RULE_IDS.map((r) => [r, 0])) as Record<RuleId, number>;
  for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  return counts;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The numbers of one version; `findings` are the ones the officer sees (after ignore and keep filters). */
export function summarizeVersion(
  analysis: AnalysisData,
  findings: readonly FindingData[] = analysis.findings,
): VersionSummary {
  const r = analysis.readability;
  const applicable = analysis.checklist.filter((c) => c.status !== "not-applicable");
  return {
    scores: r.scores.map(({ id, name, value }) => ({ id, name, value })),
    words: r.words,
    sentences: r.sentences,
    meanSentenceLength: round1(r.meanSentenceLength),
    uncommonWordPercent: r.uncommonWordShare === null ? null : round1(r.uncommonWordShare * 100),
    cefr: r.cefr.band,
    counts: countByRule(findings),
    findings: findings.length,
    checklistPresent: applicable.filter((c) => c.status === "present").length,
    checklistApplicable: applicable.length,
    missing: analysis.checklist.filter((c) => c.status === "missing").map((c) => c.id),
  };
}

/** "better", "worse" or "same" for a change, given whether a higher number is better. */
export type Trend = "better" | "worse" | "same";

export interface ComparisonRow {
  id: string;
  /** A text key of the workbench texts, or a score name as given by the analysis. */
  label: { key: string } | { name: string };
  before: string;
  after: string;
  /** Signed difference, formatted ("+3", "−1,5"), or "" when not a number. */
  difference: string;
  trend: Trend;
}

function trendOf(before: number, after: number, higherIsBetter: boolean): Trend {
  if (before === after) return "same";
  return after > before === higherIsBetter ? "better" : "worse";
}

function signed(n: number): string {
  const value = round1(n);
  if (value === 0) return "0";
  return value > 0 ? `+${value}` : `−${Math.abs(value)}`;
}

/** Readability scores where a higher value means harder text (Brouwer and Flesch are "higher is easier"). */
const HARDER_WHEN_HIGHER = new Set(["lix", "wiener-sachtextformel", "flesch-kincaid-grade", "gunning-fog"]);

export function compareVersions(before: VersionSummary, after: VersionSummary): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  const num = (id: string, label: ComparisonRow["label"], a: number, b: number, higherIsBetter: boolean) =>
    rows.push({
      id,
      label,
      before: String(round1(a)),
      after: String(round1(b)),
      difference: signed(b - a),
      trend: trendOf(a, b, higherIsBetter),
    });
  for (const score of before.scores) {
    const other = after.scores.find((s) => s.id === score.id);
    if (other) num(score.id, { name: score.name }, score.value, other.value, !HARDER_WHEN_HIGHER.has(score.id));
  }
  num("words", { key: "words" }, before.words, after.words, false);
  num("sentences", { key: "sentences" }, before.sentences, after.sentences, true);
  num("meanSentenceLength", { key: "wordsPerSentence" }, before.meanSentenceLength, after.meanSentenceLength, false);
  if (before.uncommonWordPercent !== null && after.uncommonWordPercent !== null)
    num("uncommon", { key: "uncommonShare" }, before.uncommonWordPercent, after.uncommonWordPercent, false);
  const cefrTrend = trendOf(CEFR_ORDER.indexOf(before.cefr), CEFR_ORDER.indexOf(after.cefr), false);
  rows.push({
    id: "cefr",
    label: { key: "cefrEstimate" },
    before: before.cefr,
    after: after.cefr,
    difference: "",
    trend: cefrTrend,
  });
  num("findings", { key: "findingsTotal" }, before.findings, after.findings, false);
  for (const rule of RULE_IDS)
    num(`kind-${rule}`, { key: `kinds.${rule}` }, before.counts[rule], after.counts[rule], false);
  num("checklist", { key: "checklistPresent" }, before.checklistPresent, after.checklistPresent, true);
  return rows;
}

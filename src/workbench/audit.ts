/**
 * The batch audit of letter templates: one row per letter, totals over all, CSV. Pure: analyses in, numbers out.
 * Reading the files and the worker threads are in audit-run.ts; the HTML report in audit-report.ts.
 */
import type { AnalysisData, CefrBand, ChecklistId, FindingData, Language, RuleId } from "../analysis/types.ts";
import { countByRule, RULE_IDS } from "./compare.ts";

export interface AuditLetter {
  /** Path relative to the audited folder, with "/" separators. */
  file: string;
  language: Language;
  words: number;
  sentences: number;
  meanSentenceLength: number;
  /** Readability scores by id (flesch-douma, brouwer, …), only those of the letter's language. */
  scores: Record<string, number>;
  /** The names of those scores ("Flesch-Douma"). */
  scoreNames: Record<string, string>;
  /** The language's first score, for the table: its name and value. */
  mainScore: { id: string; name: string; value: number } | null;
  uncommonWordPercent: number | null;
  cefr: CefrBand;
  isDecision: boolean;
  counts: Record<RuleId, number>;
  findings: number;
  missing: ChecklistId[];
  /** The most frequent jargon terms of this letter, most frequent first (at most 5). */
  topJargon: { term: string; count: number }[];
}

export interface AuditFailure {
  file: string;
  /** A short code: corrupt, encrypted, scan, binary, unsupported-type, empty, read-error, … */
  reason: string;
  /** Plain words for the report. */
  detail: string;
}

export interface AuditTotals {
  letters: number;
  failures: number;
  words: number;
  meanWords: number;
  counts: Record<RuleId, number>;
  findings: number;
  cefr: Record<CefrBand, number>;
  /** How many letters miss each checklist item. */
  missing: Partial<Record<ChecklistId, number>>;
  /** Mean of each score over the letters that have it. */
  meanScores: { id: string; name: string; value: number; letters: number }[];
  topJargon: { term: string; count: number; letters: number }[];
}

export interface AuditReport {
  letters: AuditLetter[];
  failures: AuditFailure[];
  totals: AuditTotals;
  /** ISO date-time the audit ran. */
  generatedAt: string;
  seconds: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The jargon and tone terms of a letter, counted by the term as the lexicon writes it (or as written). */
export function countJargon(
  findings: readonly FindingData[],
  termOf: (id: string) => string | undefined,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) {
    if (f.rule !== "jargon" && f.rule !== "tone") continue;
    const term = (f.termId && termOf(f.termId)) || f.text.toLowerCase();
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

const top = <T extends { count: number; term: string }>(list: T[], n: number) =>
  list.sort((a, b) => b.count - a.count || a.term.localeCompare(b.term)).slice(0, n);

export function auditLetter(
  file: string,
  analysis: AnalysisData,
  findings: readonly FindingData[],
  termOf: (id: string) => string | undefined = () => undefined,
): AuditLetter {
  const r = analysis.readability;
  const jargon = countJargon(findings, termOf);
  const first = r.scores[0];
  return {
    file,
    language: analysis.language,
    words: r.words,
    sentences: r.sentences,
    meanSentenceLength: round1(r.meanSentenceLength),
    scores: Object.fromEntries(r.scores.map((s) => [s.id, s.value])),
    scoreNames: Object.fromEntries(r.scores.map((s) => [s.id, s.name])),
    mainScore: first ? { id: first.id, name: first.name, value: first.value } : null,
    uncommonWordPercent: r.uncommonWordShare === null ? null : round1(r.uncommonWordShare * 100),
    cefr: r.cefr.band,
    isDecision: analysis.isDecision,
    counts: countByRule(findings),
    findings: findings.length,
    missing: analysis.checklist.filter((c) => c.status === "missing").map((c) => c.id),
    topJargon: top(
      [...jargon].map(([term, count]) => ({ term, count })),
      5,
    ),
  };
}

export function auditTotals(
  letters: readonly AuditLetter[],
  failures: readonly AuditFailure[],
  scoreNames: Record<string, string> = {},
): AuditTotals {
  const counts = countByRule([]);
  const cefr: Record<CefrBand, number> = { A2: 0, B1: 0, B2: 0, "C1+": 0 };
  const missing: Partial<Record<ChecklistId, number>> = {};
  const scores = new Map<string, { sum: number; letters: number }>();
  const jargon = new Map<string, { count: number; letters: number }>();
  let words = 0;
  let findings = 0;
  for (const letter of letters) {
    words += letter.words;
    findings += letter.findings;
    for (const rule of RULE_IDS) counts[rule] += letter.counts[rule];
    cefr[letter.cefr] += 1;
    for (const id of letter.missing) missing[id] = (missing[id] ?? 0) + 1;
    for (const [id, value] of Object.entries(letter.scores)) {
      const s = scores.get(id) ?? { sum: 0, letters: 0 };
      s.sum += value;
      s.letters += 1;
      scores.set(id, s);
    }
    for (const { term, count } of letter.topJargon) {
      const j = jargon.get(term) ?? { count: 0, letters: 0 };
      j.count += count;
      j.letters += 1;
      jargon.set(term, j);
    }
  }
  return {
    letters: letters.length,
    failures: failures.length,
    words,
    meanWords: letters.length ? Math.round(words / letters.length) : 0,
    counts,
    findings,
    cefr,
    missing,
    meanScores: [...scores].map(([id, s]) => ({
      id,
      name: scoreNames[id] ?? id,
      value: round1(s.sum / s.letters),
      letters: s.letters,
    })),
    topJargon: top(
      [...jargon].map(([term, j]) => ({ term, ...j })),
      10,
    ),
  };
}

/** Letters sorted by file name, so the report reads the same without sorting. */
export function buildReport(
  letters: AuditLetter[],
  failures: AuditFailure[],
  options: { generatedAt?: string; seconds?: number } = {},
): AuditReport {
  const scoreNames = Object.assign({}, ...letters.map((l) => l.scoreNames)) as Record<string, string>;
  const byFile = (a: { file: string }, b: { file: string }) => a.file.localeCompare(b.file);
  const sortedLetters = [...letters].sort(byFile);
  const sortedFailures = [...failures].sort(byFile);
  return {
    letters: sortedLetters,
    failures: sortedFailures,
    totals: auditTotals(sortedLetters, sortedFailures, scoreNames),
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    seconds: options.seconds ?? 0,
  };
}

/** One CSV cell: quoted when needed; a leading =, +, - or @ is defused so spreadsheets do not run it as a formula. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The report as CSV (comma-separated, UTF-8, one header row, one row per letter, then a TOTAL row). */
export function auditCsv(report: AuditReport): string {
  const scoreIds = [...new Set(report.letters.flatMap((l) => Object.keys(l.scores)))].sort();
  const header = [
    "file",
    "language",
    "words",
    "sentences",
    "words_per_sentence",
    ...scoreIds,
    "uncommon_word_percent",
    "cefr",
    "decision",
    ...RULE_IDS,
    "findings",
    "missing_checklist",
    "top_jargon",
    "unreadable",
  ];
  const rows = report.letters.map((l) => [
    l.file,
    l.language,
    l.words,
    l.sentences,
    l.meanSentenceLength,
    ...scoreIds.map((id) => l.scores[id]),
    l.uncommonWordPercent,
    l.cefr,
    l.isDecision,
    ...RULE_IDS.map((r) => l.counts[r]),
    l.findings,
    l.missing.join(" "),
    l.topJargon.map((j) => `${j.term} (${j.count})`).join("; "),
    "",
  ]);
  const t = report.totals;
  const total = [
    "TOTAL",
    "",
    t.words,
    "",
    "",
    ...scoreIds.map((id) => t.meanScores.find((s) => s.id === id)?.value),
    "",
    Object.entries(t.cefr)
      .filter(([, n]) => n > 0)
      .map(([band, n]) => `${band}: ${n}`)
      .join(" "),
    "",
    ...RULE_IDS.map((r) => t.counts[r]),
    t.findings,
    Object.entries(t.missing)
      .map(([id, n]) => `${id}: ${n}`)
      .join(" "),
    t.topJargon.map((j) => `${j.term} (${j.count})`).join("; "),
    "",
  ];
  const failures = report.failures.map((f) => [
    f.file,
    ...header.slice(1, -1).map(() => ""),
    `${f.reason}: ${f.detail}`,
  ]);
  return `${[header, ...rows, total, ...failures].map((row) => row.map(csvCell).join(",")).join("\n")}\n`;
}

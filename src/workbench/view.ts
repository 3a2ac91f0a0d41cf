/**
 * What the workbench pages show, built from a check result and the texts: the locals of the pug views, and the
 * parsing of the editor form. Pure.
 */
import { LANGUAGES, type Language, type RuleId } from "../analysis/types.ts";
import { isLetterLanguage } from "../languages.ts";
import { RULE_IDS } from "./compare.ts";
import type { CheckResult, Comparison } from "./service.ts";
import type { WorkbenchTexts } from "./texts.ts";

export const CEFR_TARGET = "B1";

export function kindLegend(t: WorkbenchTexts) {
  return RULE_IDS.map((rule) => ({ rule, label: t.kinds[rule] }));
}

export function findingCards(t: WorkbenchTexts, result: CheckResult) {
  return result.findings.map((f, i) => ({
    n: i + 1,
    key: f.key,
    rule: f.rule,
    kind: t.kinds[f.rule],
    text: f.text,
    message: f.message,
    suggestion: f.suggestion,
    explanation: f.explanation,
    applyLabel: f.suggestion === undefined ? undefined : t.applySuggestion({ suggestion: f.suggestion }),
  }));
}

const percent = (share: number | null) => (share === null ? null : `${Math.round(share * 1000) / 10} %`);

export function readabilityView(t: WorkbenchTexts, result: CheckResult) {
  const r = result.analysis.readability;
  const band = r.cefr.band;
  const ok = band === "A2" || band === "B1";
  return {
    scores: r.scores.map((s) => ({ name: s.name, value: s.value })),
    rows: [
      { label: t.words, value: String(r.words) },
      { label: t.sentences, value: String(r.sentences) },
      { label: t.wordsPerSentence, value: String(Math.round(r.meanSentenceLength * 10) / 10) },
      ...(r.uncommonWordShare === null ? [] : [{ label: t.uncommonShare, value: percent(r.uncommonWordShare) ?? "" }]),
      { label: t.longWordShare, value: percent(r.longWordShare) ?? "" },
    ],
    cefr: band,
    cefrOk: ok,
    cefrVerdict: ok ? t.cefrOk : t.cefrTooHard,
    reasons: r.cefr.reasons,
  };
}

export function checklistView(t: WorkbenchTexts, result: CheckResult) {
  return {
    isDecision: result.analysis.isDecision,
    items: result.analysis.checklist.map((c) => ({
      id: c.id,
      label: t.checklist[c.id],
      status: c.status,
      statusLabel: t.status[c.status],
      note: c.note,
    })),
  };
}

export function countText(t: WorkbenchTexts, count: number): string {
  return t.findingsCount({ count });
}

/** Everything the panels of the editor need; the same object renders the page and the live fragments. */
export function checkView(t: WorkbenchTexts, result: CheckResult) {
  return {
    tree: result.tree,
    kinds: t.kinds,
    cards: findingCards(t, result),
    count: result.findings.length,
    countText: countText(t, result.findings.length),
    ignoredText: result.ignored ? t.ignoredCount({ count: result.ignored }) : undefined,
    keptText: result.kept ? t.keptNote({ count: result.kept }) : undefined,
    readability: readabilityView(t, result),
    checklist: checklistView(t, result),
    language: result.analysis.language,
  };
}

export type CheckView = ReturnType<typeof checkView>;

export function comparisonView(t: WorkbenchTexts, comparison: Comparison) {
  const label = (l: { key: string } | { name: string }) => {
    if ("name" in l) return l.name;
    if (l.key.startsWith("kinds.")) return t.kinds[l.key.slice(6) as RuleId];
    return String((t as unknown as Record<string, unknown>)[l.key] ?? l.key);
  };
  return {
    before: comparison.before.text,
    after: comparison.after.text,
    rows: comparison.rows.map((row) => ({ ...row, label: label(row.label) })),
    beforeChecklist: checklistView(t, comparison.before),
    afterChecklist: checklistView(t, comparison.after),
  };
}

export function languageOptions(t: WorkbenchTexts, selected: Language | undefined) {
  return [
    { value: "", label: t.languageAuto, selected: selected === undefined },
    ...LANGUAGES.map((code) => ({ value: code, label: code.toUpperCase(), selected: code === selected })),
  ];
}

export type EditorAction =
  | { type: "analyze" }
  | { type: "apply"; key: string }
  | { type: "ignore"; key: string }
  | { type: "unignore" }
  | { type: "compare" }
  | { type: "export"; format: "docx" | "txt" | "pdf" };

export interface EditorForm {
  action: EditorAction;
  text: string;
  original: string;
  lang: Language | undefined;
  title: string;
  ignored: string[];
}

const MAX_IGNORED = 500;

/** Reads the ignored keys from their hidden field (a JSON array of strings); anything else counts as none. */
export function parseIgnored(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string").slice(0, MAX_IGNORED);
  if (typeof value !== "string" || value === "") return [];
  try {
    return parseIgnored(JSON.parse(value));
  } catch {
    return [];
  }
}

const str = (v: unknown) => (typeof v === "string" ? v : "");

/** The editor form (or the JSON of the live API) as typed values. */
export function parseEditorForm(body: Record<string, unknown>): EditorForm {
  const raw = str(body.do);
  const colon = raw.indexOf(":");
  const verb = colon < 0 ? raw : raw.slice(0, colon);
  const arg = colon < 0 ? "" : raw.slice(colon + 1);
  let action: EditorAction = { type: "analyze" };
  if ((verb === "apply" || verb === "ignore") && arg) action = { type: verb, key: arg };
  else if (verb === "unignore" || verb === "compare") action = { type: verb };
  else if (verb === "export" && (arg === "docx" || arg === "txt" || arg === "pdf"))
    action = { type: "export", format: arg };
  const text = str(body.text).replace(/\r\n?/g, "\n");
  return {
    action,
    text,
    original: str(body.original).replace(/\r\n?/g, "\n"),
    lang: isLetterLanguage(body.lang) ? body.lang : undefined,
    title: str(body.title).trim().slice(0, 200),
    ignored: parseIgnored(body.ignored),
  };
}

/** A file name for a download: the title in plain letters. */
export function downloadName(title: string, extension: string): string {
  const base =
    title
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "brief";
  return `${base}.${extension}`;
}

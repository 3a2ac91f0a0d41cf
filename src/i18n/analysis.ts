/**
 * Puts an analysis in words at the edge (server, CLI, workbench): the core returns findings, checklist notes and
 * readability reasons as ids and values; this adds `message`, `note` and `reasons` from the catalogue, in the
 * message language. The JSON shape of /api/analyze and `klaar analyze --json` stays as it was, with the data added.
 */
import type {
  Analysis,
  AnalysisData,
  CefrReason,
  ChecklistItem,
  ChecklistItemData,
  Finding,
  FindingData,
  LetterKind,
} from "../analysis/types.ts";
import { t, tDynamic, texts } from "./catalogue.ts";

export function findingMessage(lang: string, finding: FindingData): string {
  return tDynamic(lang, `findings.messages.${finding.messageId}`, finding.data);
}

export function renderFinding(lang: string, finding: FindingData): Finding {
  return { ...finding, message: findingMessage(lang, finding) };
}

/** The kind of letter in words ("een rekening"), for notes and explanations. */
export function letterKindName(lang: string, kind: LetterKind): string {
  return texts(lang, "common").letterKinds[kind];
}

export function checklistNote(lang: string, item: ChecklistItemData): string | undefined {
  const id = item.noteId;
  if (!id) return undefined;
  const c = texts(lang, "checklist");
  if (id === "not-applicable")
    return c.notApplicable({ kind: letterKindName(lang, item.noteData?.kind ?? "information") });
  if (id === "incomplete") {
    const list = new Intl.ListFormat(lang, { type: "conjunction" });
    return c.incomplete({ missing: list.format((item.noteData?.channels ?? []).map((ch) => c.channels[ch])) });
  }
  return c.notes[id];
}

export function renderChecklistItem(lang: string, item: ChecklistItemData): ChecklistItem {
  const note = checklistNote(lang, item);
  return note === undefined ? { ...item } : { ...item, note };
}

const pct = (n: number) => `${Math.round(n * 100)} %`;
const num = (n: number) => (Math.round(n * 10) / 10).toString();

export function reasonText(lang: string, reason: CefrReason): string {
  if (reason.id === "allWithinB1") return t(lang, "readability.allWithinB1");
  const share = reason.id === "longWordShare" || reason.id === "uncommonWordShare";
  return t(lang, `readability.${reason.id}`, {
    value: share ? pct(reason.value) : num(reason.value),
    band: reason.band,
    limit: share ? pct(reason.limit) : String(reason.limit),
  });
}

/** The analysis with every message in words, in `lang` (the analysis's message language when not given). */
export function renderAnalysis(analysis: AnalysisData, lang: string = analysis.messageLanguage): Analysis {
  const { cefr } = analysis.readability;
  return {
    ...analysis,
    readability: { ...analysis.readability, cefr: { ...cefr, reasons: cefr.why.map((r) => reasonText(lang, r)) } },
    findings: analysis.findings.map((f) => renderFinding(lang, f)),
    checklist: analysis.checklist.map((item) => renderChecklistItem(lang, item)),
  };
}

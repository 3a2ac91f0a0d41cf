/**
 * Puts an analysis in words at the edge (server, CLI, workbench): the core returns findings, checklist notes,
 * readability reasons and the basis of deadlines as ids and values; this adds `message`, `note`, `reasons` and
 * `basis` from the catalogue, in the message language. The JSON shape of /api/analyze and `klaar analyze --json` stays as it was, with the data added.
 */

import type { Analyzer } from "../analysis/index.ts";
import type {
  Analysis,
  AnalysisData,
  CefrReason,
  ChecklistItem,
  ChecklistItemData,
  DeadlineBasis,
  Facts,
  FactsInWords,
  Finding,
  FindingData,
  LetterKind,
} from "../analysis/types.ts";
import { isLetterLanguage, visitorLanguage } from "../languages.ts";
import { FALLBACK_LANGUAGE, languagesWith, t, tDynamic, texts } from "./catalogue.ts";
import { formatList, formatLongDate } from "./plain-intl.ts";

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
    return c.incomplete({
      missing: formatList(
        lang,
        (item.noteData?.channels ?? []).map((ch) => c.channels[ch]),
      ),
    });
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

/** "3 maart 2026", "3. März 2026", "3 March 2026": a date of a basis text, in the language's own way. */
function longDate(lang: string, iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return formatLongDate(visitorLanguage(lang).locale, date);
}

/** How a deadline's date was found or computed, in plain words (locales/<lang>/facts.json). */
export function deadlineBasis(lang: string, why: DeadlineBasis): string {
  // Dates in the language of the sentence they stand in (English when the catalogue has no facts in `lang`).
  const use = languagesWith("facts").includes(lang) ? lang : FALLBACK_LANGUAGE;
  const date = (iso: string) => longDate(use, iso);
  if (why.kind === "written") {
    const written = t(use, "facts.deadlineBasis.written", { yearFrom: why.yearFrom });
    if (!why.before) return written;
    const { written: on, last } = why.before;
    return `${written} ${t(use, "facts.deadlineBasis.dayBefore", { written: date(on), last: date(last) })}`;
  }
  const period = t(use, "facts.deadlineBasis.period", { count: why.count, unit: why.unit });
  if (!why.from) return t(use, "facts.deadlineBasis.noLetterDate", { period });
  const parts = [t(use, "facts.deadlineBasis.after", { period, date: date(why.from) })];
  if (why.unit === "workday") parts.push(t(use, "facts.deadlineBasis.workdays"));
  if (why.anchor === "notification") parts.push(t(use, "facts.deadlineBasis.notification"));
  if (why.anchor === "unstated") parts.push(t(use, "facts.deadlineBasis.unstated"));
  return parts.join(" ");
}

export function renderFacts(lang: string, facts: Facts): FactsInWords {
  return { ...facts, deadlines: facts.deadlines.map((d) => ({ ...d, basis: deadlineBasis(lang, d.why) })) };
}

/**
 * The analysis with every message in words, in `lang` (the analysis's message language when not given). With the
 * lexicon, a term's explanation is its translation in `lang` when the lexicon has one (the core gives the letter
 * language's).
 */
export function renderAnalysis(
  analysis: AnalysisData,
  lang: string = analysis.messageLanguage,
  lexicon?: Pick<Analyzer, "entry">,
): Analysis {
  const { cefr } = analysis.readability;
  const translated = (f: FindingData): FindingData => {
    if (!lexicon || !f.termId || !f.explanation || lang === analysis.language || !isLetterLanguage(lang)) return f;
    const own = lexicon.entry(analysis.language, f.termId)?.translations?.[lang];
    return own ? { ...f, explanation: own } : f;
  };
  return {
    ...analysis,
    readability: { ...analysis.readability, cefr: { ...cefr, reasons: cefr.why.map((r) => reasonText(lang, r)) } },
    findings: analysis.findings.map((f) => renderFinding(lang, translated(f))),
    checklist: analysis.checklist.map((item) => renderChecklistItem(lang, item)),
    facts: renderFacts(lang, analysis.facts),
  };
}

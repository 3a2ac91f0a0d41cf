/**
 * The hard words of a letter (from the lexicon findings) and the letter cut into runs for the screen: hard words
 * explained in place, long compounds split for reading, and a link target wherever evidence starts.
 */
import type { AnalysisData, Span } from "../analysis/types.ts";
import { isLetterLanguage } from "../languages.ts";
import type { LexiconEntry } from "../lexicon/schema.ts";
import { type CompoundSplits, splitForReading } from "./compounds.ts";
import type { AnnotatedSegment, HardWord } from "./types.ts";

export function collectHardWords(
  a: AnalysisData,
  text: string,
  uiLang: string,
  entry: (id: string) => LexiconEntry | undefined,
): HardWord[] {
  const words = new Map<string, HardWord>();
  for (const finding of a.findings) {
    if (finding.rule !== "jargon" || !finding.termId) continue;
    const known = words.get(finding.termId);
    if (known) {
      known.evidence.push({ start: finding.start, end: finding.end });
      continue;
    }
    const e = entry(finding.termId);
    if (!e) continue;
    const translated = uiLang === a.language || !isLetterLanguage(uiLang) ? undefined : e.translations?.[uiLang];
    words.set(finding.termId, {
      termId: e.id,
      term: text.slice(finding.start, finding.end),
      explanation: translated ?? e.explanation,
      explanationLang: translated && isLetterLanguage(uiLang) ? uiLang : a.language,
      pictogram: e.pictogram,
      evidence: [{ start: finding.start, end: finding.end }],
    });
  }
  return [...words.values()];
}

/** The link target of an evidence span. */
export function evidenceId(span: Span): string {
  return `ev-${span.start}-${span.end}`;
}

/**
 * The letter cut into plain runs, hard words (explained in place) and long compounds (split for reading). Plain runs
 * are also cut where evidence starts, so every "where is this in the letter?" link has a target.
 */
export function annotate(
  text: string,
  a: AnalysisData,
  compounds: CompoundSplits,
  evidence: Span[],
): AnnotatedSegment[] {
  const marks: AnnotatedSegment[] = [];
  let last = 0;
  for (const finding of a.findings) {
    if (finding.rule !== "jargon" || !finding.termId || finding.start < last) continue;
    marks.push({ start: finding.start, end: finding.end, text: finding.text, termId: finding.termId });
    last = finding.end;
  }
  if (a.language === "nl") {
    for (const m of text.matchAll(/\p{L}{12,}/gu)) {
      const start = m.index;
      const end = start + m[0].length;
      const reading = splitForReading(m[0], compounds);
      if (!reading) continue;
      const hard = marks.find((x) => x.start <= start && x.end >= end);
      if (hard) hard.reading = hard.text === m[0] ? reading : undefined;
      else if (!marks.some((x) => x.start < end && start < x.end)) marks.push({ start, end, text: m[0], reading });
    }
  }
  marks.sort((x, y) => x.start - y.start);
  const starts = [...new Set(evidence.map((e) => e.start))].sort((x, y) => x - y);
  const plainRun = (from: number, to: number) => {
    const cuts = [from, ...starts.filter((p) => p > from && p < to), to];
    for (let i = 0; i + 1 < cuts.length; i++) {
      segments.push({ start: cuts[i] as number, end: cuts[i + 1] as number, text: text.slice(cuts[i], cuts[i + 1]) });
    }
  };
  const segments: AnnotatedSegment[] = [];
  let pos = 0;
  for (const mark of marks) {
    if (mark.start > pos) plainRun(pos, mark.start);
    if (mark.reading === undefined) delete mark.reading;
    segments.push(mark);
    pos = mark.end;
  }
  if (pos < text.length) plainRun(pos, text.length);
  // Each evidence id goes to the segment where its span starts.
  for (const e of evidence) {
    const target = segments.find((seg) => seg.start <= e.start && e.start < seg.end);
    if (!target) continue;
    const id = evidenceId(e);
    target.anchors = target.anchors ?? [];
    if (!target.anchors.includes(id)) target.anchors.push(id);
  }
  return segments;
}

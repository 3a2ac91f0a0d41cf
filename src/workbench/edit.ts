/**
 * Editing a letter with its findings. Pure: text and findings in, text and findings out.
 *
 * - A finding is named by rule + text + occurrence (the n-th finding of that rule with that text), so a name stays
 *   valid while the officer edits other parts of the letter: `findingKey`.
 * - `applySuggestion` replaces a finding's span by its suggestion and says how far later offsets moved.
 * - `filterFindings` drops what the officer chose to ignore and what the organisation keeps as it is.
 */
import type { Finding, FindingData, RuleId } from "../analysis/types.ts";

export type KeyedFinding<F extends FindingData = Finding> = F & {
  /** 0-based: the how-manieth finding with this rule and this text. */
  occurrence: number;
  /** `${rule}|${occurrence}|${text}`: names the finding across edits elsewhere in the letter. */
  key: string;
};

export interface FindingRef {
  rule: RuleId | string;
  text: string;
  occurrence: number;
}

export function findingKey(ref: FindingRef): string {
  return `${ref.rule}|${ref.occurrence}|${ref.text}`;
}

export function parseFindingKey(key: string): FindingRef | undefined {
  const first = key.indexOf("|");
  const second = first < 0 ? -1 : key.indexOf("|", first + 1);
  if (first < 1 || second < 0) return undefined;
  const occurrence = Number(key.slice(first + 1, second));
  if (!Number.isInteger(occurrence) || occurrence < 0) return undefined;
  return { rule: key.slice(0, first), occurrence, text: key.slice(second + 1) };
}

/** Gives every finding its occurrence number and key, in text order. */
export function keyFindings<F extends FindingData>(findings: readonly F[]): KeyedFinding<F>[] {
  const seen = new Map<string, number>();
  return [...findings]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((f) => {
      const id = `${f.rule}|${f.text}`;
      const occurrence = seen.get(id) ?? 0;
      seen.set(id, occurrence + 1);
      return { ...f, occurrence, key: findingKey({ rule: f.rule, text: f.text, occurrence }) };
    });
}

export interface Applied {
  text: string;
  /** How many characters offsets after the finding moved (negative: to the left). */
  shift: number;
}

export class EditError extends Error {
  constructor(readonly reason: "no-suggestion" | "stale") {
    super(reason === "no-suggestion" ? "this finding has no suggestion" : "the text changed at this finding");
    this.name = "EditError";
  }
}

/**
 * Replaces the finding's span with its suggestion. Refuses a finding without suggestion, and one whose span no longer
 * holds its text (the letter changed since it was analysed).
 */
export function applySuggestion(
  text: string,
  finding: Pick<Finding, "start" | "end" | "text" | "suggestion">,
): Applied {
  if (finding.suggestion === undefined) throw new EditError("no-suggestion");
  if (
    finding.start < 0 ||
    finding.end > text.length ||
    finding.start > finding.end ||
    text.slice(finding.start, finding.end) !== finding.text
  )
    throw new EditError("stale");
  return {
    text: text.slice(0, finding.start) + finding.suggestion + text.slice(finding.end),
    shift: finding.suggestion.length - (finding.end - finding.start),
  };
}

/** A name or word the organisation keeps as it is ("Bijzonder Comité voor de Sociale Dienst"). */
export interface KeepTerm {
  text: string;
  /** The lexicon entry it stands for, when known: findings of that entry are dropped wherever they are. */
  termId?: string | null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every place in `text` where a kept term stands (case-insensitive; white space may differ). */
export function keptSpans(text: string, keep: readonly KeepTerm[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const term of keep) {
    const words = term.text.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join("\\s+")}(?![\\p{L}\\p{N}])`, "giu");
    for (const match of text.matchAll(pattern)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

export interface FilterOptions {
  /** Keys (see `findingKey`) the officer ignores in this session. */
  ignored?: Iterable<string>;
  /** The organisation's "do not simplify" list. */
  keep?: readonly KeepTerm[];
}

export interface Filtered<F extends FindingData = Finding> {
  findings: KeyedFinding<F>[];
  ignored: number;
  kept: number;
}

/**
 * Drops ignored findings, findings of a kept lexicon entry, and findings that lie inside a kept name. A long sentence
 * that merely contains a kept name stays.
 */
export function filterFindings<F extends FindingData>(
  text: string,
  findings: readonly F[],
  options: FilterOptions = {},
): Filtered<F> {
  const keyed = keyFindings(findings);
  const ignored = new Set(options.ignored ?? []);
  const keep = options.keep ?? [];
  const keptIds = new Set(keep.map((k) => k.termId).filter((id): id is string => Boolean(id)));
  const spans = keptSpans(text, keep);
  const result: Filtered<F> = { findings: [], ignored: 0, kept: 0 };
  for (const f of keyed) {
    if ((f.termId && keptIds.has(f.termId)) || spans.some((s) => f.start >= s.start && f.end <= s.end)) {
      result.kept += 1;
    } else if (ignored.has(f.key)) {
      result.ignored += 1;
    } else {
      result.findings.push(f);
    }
  }
  return result;
}

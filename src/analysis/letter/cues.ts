/** Counting cue patterns in a letter: the subject line and the heading weigh more than the body. */
import { compileOnce } from "../facts/pattern.ts";
import { quickSourceOf } from "../facts/quick-pattern.ts";
import type { Span } from "../types.ts";
import { WordStarts } from "../word-starts.ts";

export interface Scored<T> {
  value: T;
  score: number;
  evidence: Span[];
}

// A cue in a condition ("Als wij uw betaling niet ontvangen, sturen wij u een herinnering") or a promise of the
// sender ("zal het Comité een beslissing nemen", "Vooraleer het Comité een beslissing neemt") says what may come, not
// what the letter is.
// Case-insensitive, written for a quick compile (quick-pattern.ts): a non-letter is also not U+0345, which the i and u
// flags would fold into a letter (ι).
const CONDITION_BEFORE_RE = new RegExp(
  String.raw`(?:^|[^\p{L}\u0345])${quickSourceOf(
    String.raw`(?:als|indien|wanneer|zal|zullen|vooraleer|voordat|alvorens|si|lorsque|sera|seront|avant\sque|falls|wenn|wird|bevor|if|when|will|before)\s[^.!?;:]*$`,
    "iu",
  )}`,
  "u",
);

function inCondition(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 160), at);
  const sentenceStart = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"), before.lastIndexOf("? "));
  compileOnce(CONDITION_BEFORE_RE, before);
  return CONDITION_BEFORE_RE.test(before.slice(sentenceStart + 1));
}

/** Every match of the patterns, each pattern counted once per place; hits in the subject count three times. */
export function score<T extends string>(
  text: string,
  patterns: Readonly<Record<T, RegExp>>,
  subject: Span | undefined,
  known?: WordStarts,
): Scored<T>[] {
  const out: Scored<T>[] = [];
  // The patterns are tried only where a word of theirs starts (word-starts.ts).
  const words = known?.text === text ? known : new WordStarts(text);
  for (const [value, re] of Object.entries(patterns) as [T, RegExp][]) {
    let total = 0;
    const evidence: Span[] = [];
    for (const m of words.allMatches(re)) {
      const inSubject = subject && m.index >= subject.start && m.index < subject.end;
      if (!inSubject && inCondition(text, m.index)) continue;
      total += inSubject ? 3 : 1;
      if (evidence.length < 3) evidence.push({ start: m.index, end: m.index + m[0].length });
    }
    if (total > 0) out.push({ value, score: total, evidence });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** Confidence 0..1 from the best and the second score. */
export function confidenceOf(ranked: readonly Scored<unknown>[]): number {
  const top = ranked[0]?.score ?? 0;
  const second = ranked[1]?.score ?? 0;
  if (top === 0) return 0.2;
  return Math.round((top / (top + second + 1)) * 100) / 100;
}

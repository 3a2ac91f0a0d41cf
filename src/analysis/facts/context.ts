/**
 * The sentence around a fact, to read what the fact is for ("betalen", "beroep", "ontvangt").
 * A local scan instead of full sentence splitting keeps the cost per fact small on very long texts.
 */
import { planOf, WordStarts } from "../word-starts.ts";
import { compileOnce, LETTER } from "./pattern.ts";
import { quickPattern } from "./quick-pattern.ts";

const REACH = 200;

const isDigit = (code: number) => code >= 48 && code <= 57;
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 160;

/** True when text[i] ends a sentence: . ! ? ; before a space, or an empty line. */
function isBoundary(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 10) {
    const next = text.charCodeAt(i + 1) === 13 ? text.charCodeAt(i + 2) : text.charCodeAt(i + 1);
    return next === 10 || text.charCodeAt(i - 1) === 10;
  }
  // A dot inside "1.234,56" or "www.x" is not an end: the end needs a space after it.
  const end = code === 46 || code === 33 || code === 63 || code === 59;
  if (!end || (i + 1 < text.length && !isSpace(text.charCodeAt(i + 1)))) return false;
  // Nor is the dot of a German day number: "ab dem 1. April", "15. März" (but "€ 1.812,40. Ook …" ends a sentence).
  const cents = text.charCodeAt(i - 3) === 44 || text.charCodeAt(i - 3) === 46;
  return !(code === 46 && isDigit(text.charCodeAt(i - 1)) && !isDigit(text.charCodeAt(i - 3)) && !cents);
}

/** The sentence containing text[start, end), at most REACH characters to each side. */
export function sentenceAround(text: string, start: number, end: number): { start: number; text: string } {
  let from = start;
  const lowest = Math.max(0, start - REACH);
  while (from > lowest && !isBoundary(text, from - 1)) from--;
  let to = end;
  const highest = Math.min(text.length, end + REACH);
  while (to < highest && !isBoundary(text, to)) to++;
  return { start: from, text: text.slice(from, to) };
}

export interface Cue<T> {
  value: T;
  /** Regular expression source, matched case-insensitively (without the u flag). */
  words: string;
  /** Strong cues decide the meaning alone; weak cues only when no strong cue is near. */
  strong: boolean;
  /**
   * Only counts when it stands before the fact: "uw inkomen van € 900" describes the amount, while in "u krijgt
   * € 900 omdat uw inkomen te laag is" the income is a different sum.
   */
  beforeOnly?: boolean;
}

export interface CueOptions {
  /**
   * When the sentence of the fact has no cue, also read the paragraph before it, at most this many characters back:
   * plain letters put the cue in a heading ("Niet akkoord?") or in the previous sentence ("Stuur een brief naar de
   * arbeidsrechtbank. Doe dat binnen 3 maanden."). A cue there is weaker than any cue in the sentence itself.
   */
  paragraphReach?: number;
}

// Distance penalty that lets a strong cue further away win over a weak cue next to the fact.
const WEAK_PENALTY = 40;

/** The text from the start of the paragraph (after an empty line) up to `end`, at most `reach` characters. */
function paragraphBefore(text: string, end: number, reach: number): { start: number; text: string } {
  let from = end;
  const lowest = Math.max(0, end - reach);
  while (from > lowest && !(text.charCodeAt(from - 1) === 10 && isEmptyLineBefore(text, from - 1))) from--;
  return { start: from, text: text.slice(from, end) };
}

/** True when the line ending at text[i] (a line feed) is empty or only spaces. */
function isEmptyLineBefore(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && j > i - 20 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) {
    j--;
  }
  return j < 0 || text.charCodeAt(j) === 10;
}

/**
 * Makes V8 compile a cue pattern once (compileOnce in pattern.ts), though it runs on sentences: WordStarts runs a
 * sticky copy of it at the places where its words start, or a global copy over the whole piece when the words are
 * many, as it will for this piece. A global copy with the same flags shares V8's compiled code with every other.
 */
const compiled = new WeakSet<object>();
function compileForPieces(pattern: RegExp, words: WordStarts): void {
  if (compiled.has(pattern)) return;
  compiled.add(pattern);
  const places = words.placesOf(pattern);
  // As in WordStarts.allMatches: with a place per plan.charsPerPlace characters or more, it scans instead.
  const plan = planOf(pattern);
  if (places && places.length * plan.charsPerPlace <= words.text.length) compileOnce(plan.copy, words.text);
  else compileOnce(new RegExp(plan.source, `${plan.flags}g`), words.text);
}

/**
 * Compiles cues into one reader: it returns the value of the cue nearest to a fact in its sentence. A weak cue
 * inside a strong one ("storten" in "wij storten") is ignored; on a tie the cue listed first wins.
 */
export function cueReader<T>(
  cues: readonly Cue<T>[],
  options: CueOptions = {},
): (text: string, start: number, end: number) => T | undefined {
  // Each cue as a pattern of its own, tried together as one alternation in one pass over the words of the sentence
  // (WordStarts.firstOfMatches): the same hits as the one pattern with a group per cue below, while V8 compiles the
  // small patterns well (that one has over 20,000 characters for the roles of amounts, and runs several times
  // slower). Case-insensitive, written for a quick compile (quick-pattern.ts).
  const edge = (words: string) => `(?<![${LETTER}])(?:${words})(?![${LETTER}])`;
  const each = cues.map((cue) => quickPattern(edge(cue.words), "gi"));
  let pattern: RegExp | undefined;
  type Hit = { from: number; to: number; cue: Cue<T> };
  const hitsIn = (part: { start: number; text: string }): Hit[] => {
    const hits: Hit[] = [];
    // The cue words are tried only where a word of theirs starts (word-starts.ts).
    const words = new WordStarts(part.text);
    // Each cue pattern compiled once, right before its first run (it runs on many sentences).
    const found = words.firstOfMatches(each, true);
    if (found) {
      for (const { index, match } of found) {
        const from = part.start + match.index;
        hits.push({ from, to: from + match[0].length, cue: cues[index] as Cue<T> });
      }
      return hits;
    }
    // A sentence with a letter the word index does not know ("ɓ"): one pattern with a group per cue, scanned.
    pattern ??= quickPattern(edge(cues.map((cue) => `(${cue.words})`).join("|")), "gi");
    compileForPieces(pattern, words);
    for (const m of words.allMatches(pattern)) {
      const index = m.findIndex((group, i) => i > 0 && group !== undefined);
      const cue = cues[index - 1];
      const from = part.start + m.index;
      if (cue) hits.push({ from, to: from + m[0].length, cue });
    }
    return hits;
  };
  const nearest = (hits: readonly Hit[], start: number, end: number): T | undefined => {
    let best: T | undefined;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const hit of hits) {
      const inStrong = (h: Hit) => h.cue.strong && h.from <= hit.from && h.to >= hit.to;
      if (!hit.cue.strong && hits.some(inStrong)) continue;
      if (hit.cue.beforeOnly && hit.to > start) continue;
      const distance = hit.to <= start ? start - hit.to : hit.from >= end ? hit.from - end : 0;
      const score = distance + (hit.cue.strong ? 0 : WEAK_PENALTY);
      if (score < bestScore) [best, bestScore] = [hit.cue.value, score];
    }
    return best;
  };
  return (text, start, end) => {
    const sentence = sentenceAround(text, start, end);
    const found = nearest(hitsIn(sentence), start, end);
    if (found !== undefined || !options.paragraphReach || sentence.start === 0) return found;
    return nearest(hitsIn(paragraphBefore(text, sentence.start, options.paragraphReach)), start, end);
  };
}

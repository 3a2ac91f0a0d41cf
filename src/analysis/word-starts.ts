/**
 * Word-list patterns run only where they can match. Most cue patterns are `(?<![letters])(?:word|word|…)`: every
 * alternative starts with some plain letters, so a match can only start where a word of the text starts with one of
 * those letters. An index of the words of a text (lower case, sorted) gives those places with a few binary searches,
 * and the pattern is tried there alone instead of at every character of the letter. The matches are exactly those
 * of a scan of the whole text (tests/analysis/word-starts.test.ts); a pattern of another shape is scanned as usual.
 */

import { compileOnce } from "./facts/pattern.ts";
import { type Chain, chain } from "./word-start-chains.ts";
import {
  ANY,
  alternationOf,
  blockedAt,
  isDigitCode,
  keyOf,
  LOWER_LETTER,
  lowerLetter,
  ODD_LETTER,
  type Plan,
  planOf,
  SMALL_KEYS,
  smallKeyOf,
  smallLetter,
} from "./word-start-plan.ts";

export { planOf };

/** Texts of at most this many words are read word by word for every pattern (see places). */
const SHORT_TEXT_WORDS = 48;

// The places of one pattern are used up before the next pattern's are made: one list serves them all.
const SCRATCH: number[] = [];
function scratch(): number[] {
  SCRATCH.length = 0;
  return SCRATCH;
}

// The word starts of a text are found into one list, and then copied at their number. The list is kept for texts of
// letters; a longer text gets a list of its own, so that no large list stays in memory after it.
const KEPT_LENGTH = 1 << 16;
let STARTS = new Int32Array(4096);
let NUMBERS = new Int32Array(4096);
function scratchStarts(length: number): Int32Array {
  if (length > KEPT_LENGTH) return new Int32Array(length);
  if (STARTS.length < length) STARTS = new Int32Array(length);
  return STARTS;
}
function scratchNumbers(length: number): Int32Array {
  if (length > KEPT_LENGTH) return new Int32Array(length);
  if (NUMBERS.length < length) NUMBERS = new Int32Array(length);
  return NUMBERS;
}

/** The numbers in rising order without repeats, in place (an insertion sort for the usual short list). */
function sortedUnique(list: number[]): number[] {
  if (list.length > 32) list.sort((a, b) => a - b);
  else
    for (let i = 1; i < list.length; i++) {
      const value = list[i] as number;
      let j = i - 1;
      while (j >= 0 && (list[j] as number) > value) {
        list[j + 1] = list[j] as number;
        j--;
      }
      list[j + 1] = value;
    }
  let kept = 0;
  for (let i = 0; i < list.length; i++) if (i === 0 || list[i] !== list[i - 1]) list[kept++] = list[i] as number;
  list.length = kept;
  return list;
}

/** Places in a text, in rising order. */
type Places = readonly number[] | Int32Array;

/** Where the words start (in order), with their first letter and first two letters (keyOf; 0 without a second). */
interface Starts {
  at: Int32Array;
  first: Uint16Array;
  key: Int32Array;
  /** The first two letters as smallKeyOf gives them, for Plan.table. */
  smallKey: Uint16Array;
  /** The same places chained by first letter and by first two, made when a pattern with few prefixes asks. */
  chains?: Chains;
}

interface Chains {
  byFirst?: Chain;
  byKey?: Chain;
}

/** The chain by first letter (`two` false) or by first two letters, made on first use. */
function chainOf(starts: Starts, two: boolean): Chain {
  starts.chains ??= {};
  const chains = starts.chains;
  if (two) {
    chains.byKey ??= chain(starts.smallKey, SMALL_KEYS, 1);
    return chains.byKey;
  }
  chains.byFirst ??= chain(starts.smallKey, SMALL_KEYS / 28, 28);
  return chains.byFirst;
}

/** The words of one text, found once for every pattern that is run over it. */
export class WordStarts {
  private readonly starts: (Starts | undefined)[] = [];

  /** The text in lower case, made when a pattern asks whether the text holds some letters. */
  private lower: string | undefined;
  /** Whether the text has a letter that the `i` flag pairs with one of LETTER ("ɓ"; ODD_LETTER). */
  private odd: boolean | undefined;
  /** Where the numbers (runs of digits 0–9) start, found with the words. */
  private numbers: Int32Array | undefined;

  constructor(readonly text: string) {}

  /** Whether the text holds one of these (lower case) anywhere, in any case. */
  private holds(needs: readonly string[]): boolean {
    this.lower ??= this.text.toLowerCase();
    const lower = this.lower;
    return needs.some((need) => lower.includes(need));
  }

  /** One pass over the text: a word starts where a letter follows a character outside the edge class. */
  private startsOf(edge: number): Starts {
    // Letters and digits written two ways are one class: one pass serves both.
    const digits = edge > 0;
    let starts = this.starts[digits ? 1 : 0];
    if (!starts) {
      const text = this.text;
      let at: Int32Array;
      if (digits) {
        // The words of the class with digits are those of letters alone that follow no digit ("3de" is one word).
        const letters = this.startsOf(0).at;
        let count = 0;
        for (let i = 0; i < letters.length; i++) if (!isDigitCode(text.charCodeAt((letters[i] as number) - 1))) count++;
        at = new Int32Array(count);
        count = 0;
        for (let i = 0; i < letters.length; i++) {
          const start = letters[i] as number;
          if (!isDigitCode(text.charCodeAt(start - 1))) at[count++] = start;
        }
      } else {
        // A letter of the index is one with a lower case below U+0250 (LOWER_LETTER, a look-up per character).
        // The same pass finds where numbers start (numberStarts).
        const found = scratchStarts(text.length);
        const numbers = scratchNumbers(text.length);
        let count = 0;
        let numberCount = 0;
        let inside = false;
        let inNumber = false;
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          const letter = c < 0x250 && LOWER_LETTER[c] !== 0;
          if (letter && !inside) found[count++] = i;
          inside = letter;
          const digit = isDigitCode(c);
          if (digit && !inNumber) numbers[numberCount++] = i;
          inNumber = digit;
        }
        at = found.slice(0, count);
        this.numbers = numbers.slice(0, numberCount);
      }
      const first = new Uint16Array(at.length);
      const key = new Int32Array(at.length);
      const smallKey = new Uint16Array(at.length);
      for (let n = 0; n < at.length; n++) {
        const i = at[n] as number;
        const one = LOWER_LETTER[text.charCodeAt(i)] as number;
        const next = text.charCodeAt(i + 1);
        const two = next < 0x250 ? (LOWER_LETTER[next] as number) : 0;
        first[n] = one;
        key[n] = two ? keyOf(one, two) : 0;
        smallKey[n] = smallKeyOf(one, two);
      }
      starts = { at, first, key, smallKey };
      this.starts[digits ? 1 : 0] = starts;
    }
    return starts;
  }

  /** Where the numbers (runs of the digits 0–9) of the text start, in order. */
  numberStarts(): Int32Array {
    if (!this.numbers) {
      this.startsOf(0);
      // Words given by blankedFrom: the numbers are read here.
      if (!this.numbers) {
        const numbers: number[] = [];
        for (let i = 0; i < this.text.length; i++) {
          if (isDigitCode(this.text.charCodeAt(i)) && !isDigitCode(this.text.charCodeAt(i - 1))) numbers.push(i);
        }
        this.numbers = Int32Array.from(numbers);
      }
    }
    return this.numbers;
  }

  /**
   * The words of `blanked`, which is this text with a space for every character from `end` on: this text's words
   * before `end`, without another pass over the text.
   */
  blankedFrom(blanked: string, end: number): WordStarts {
    const words = new WordStarts(blanked);
    const { at, first, key, smallKey } = this.startsOf(0);
    let count = 0;
    while (count < at.length && (at[count] as number) < end) count++;
    const kept = {
      at: at.slice(0, count),
      first: first.slice(0, count),
      key: key.slice(0, count),
      smallKey: smallKey.slice(0, count),
    };
    // A word that starts right before `end` has no second letter there.
    if (count > 0 && kept.at[count - 1] === end - 1) {
      kept.key[count - 1] = 0;
      kept.smallKey[count - 1] = smallKeyOf(kept.first[count - 1] as number, 0);
    }
    words.starts[0] = kept;
    return words;
  }

  /** Where a match may start, in order; null when anywhere. */
  private places(plan: Plan): Places | null {
    if (!plan.prefixes) return null;
    const starts = this.startsOf(plan.edge);
    // Any word may start a match: trying every word beats a scan only in a short text (a sentence).
    if (plan.prefixes[0] === ANY || (plan.needs.length > 0 && this.holds(plan.needs))) {
      this.odd ??= ODD_LETTER.test(this.text);
      return starts.at.length <= 64 && !this.odd ? starts.at : null;
    }
    // A few prefixes in a long text: look them up; many prefixes, or a short text (a sentence, where making the
    // chains costs more than reading the words): read the words one by one.
    if (starts.at.length > SHORT_TEXT_WORDS && plan.prefixes.length * 8 < starts.at.length)
      return this.placesByPrefix(plan.prefixes, starts);
    const { at, first, key, smallKey } = starts;
    const { table } = plan;
    const text = this.text;
    const places = scratch();
    for (let i = 0; i < at.length; i++) {
      const may = table[smallKey[i] as number] as number;
      if (may === 0) continue;
      const start = at[i] as number;
      if ((may & 1) !== 0 && plan.singles.has(first[i] as number)) {
        places.push(start);
        continue;
      }
      if ((may & 2) === 0) continue;
      const prefixes = plan.byKey.get(key[i] as number);
      if (!prefixes) continue;
      for (const prefix of prefixes) {
        let k = 2;
        while (k < prefix.length && lowerLetter(text.charCodeAt(start + k)) === prefix.charCodeAt(k)) k++;
        if (k >= prefix.length) {
          places.push(start);
          break;
        }
      }
    }
    return places;
  }

  private placesByPrefix(prefixes: readonly string[], starts: Starts): number[] {
    const text = this.text;
    const places = scratch();
    for (const prefix of prefixes) {
      const one = prefix.charCodeAt(0);
      const two = prefix.length > 1 ? prefix.charCodeAt(1) : 0;
      const found = chainOf(starts, two !== 0);
      // The key of letters a–z holds just the words that start with them; that of other letters also others.
      const exact = one >= 97 && one <= 122 && (two === 0 || (two >= 97 && two <= 122));
      const wanted = two ? keyOf(one, two) : one;
      const known = two ? starts.key : starts.first;
      for (
        let i = found.heads[two ? smallKeyOf(one, two) : smallLetter(one)] as number;
        i >= 0;
        i = found.next[i] as number
      ) {
        if (!exact && known[i] !== wanted) continue;
        const at = starts.at[i] as number;
        let k = 2;
        while (k < prefix.length && lowerLetter(text.charCodeAt(at + k)) === prefix.charCodeAt(k)) k++;
        if (k >= prefix.length) places.push(at);
      }
    }
    return sortedUnique(places);
  }

  /** Where a match of `re` may start, in rising order (every place where a word of its start begins); null: anywhere. */
  placesOf(re: RegExp): readonly number[] | null {
    const places = this.places(planOf(re));
    return places && [...places];
  }

  /**
   * Every match, as `text.matchAll` with a global copy of `re`; at most `limit`. `may`, when given, tells where a
   * match can start at all (the caller knows more about its pattern): other places are not tried. It may be called
   * more than once for a place.
   */
  allMatches(re: RegExp, limit = Number.POSITIVE_INFINITY, may?: (at: number) => boolean): RegExpExecArray[] {
    const plan = planOf(re);
    let places = this.places(plan);
    if (places && may) places = places.filter(may);
    // Trying the pattern at a place costs more than scanning past it: with places everywhere, scan.
    if (places && places.length * plan.charsPerPlace > this.text.length) places = null;
    const found: RegExpExecArray[] = [];
    if (!places) {
      plan.global ??= new RegExp(plan.source, `${plan.flags}g`);
      for (const m of this.text.matchAll(plan.global)) {
        if (may && !may(m.index)) continue;
        if (found.push(m) >= limit) break;
      }
      return found;
    }
    let next = 0;
    for (const at of places) {
      if (at < next || (plan.edged && blockedAt(plan, this.text, at))) continue;
      plan.copy.lastIndex = at;
      const m = plan.copy.exec(this.text);
      if (!m) continue;
      if (found.push(m) >= limit) break;
      next = at + Math.max(1, m[0].length);
    }
    return found;
  }

  /**
   * The matches of the alternation of `patterns` (each `(?<![letters])(?:…)…`), as a scan of
   * `(?:(p1)|(p2)|…)` finds them: at each place the first pattern, in order, that matches there, then on after its
   * match. Each with the index of its pattern. One pass over the words for all of them, and each pattern small enough
   * for V8 to compile it well (one pattern of over 20,000 characters it runs several times slower). Null when they
   * cannot be run so (the caller then scans with the alternation itself). `patterns` is kept as a key: pass the
   * same array every time. With `compile`, each pattern is compiled to machine code right before its first run
   * (compileOnce in facts/pattern.ts): for patterns run on many short pieces, V8 would compile each twice; a pattern
   * that never gets a place is never compiled at all.
   */
  firstOfMatches(patterns: readonly RegExp[], compile = false): { index: number; match: RegExpExecArray }[] | null {
    const alternation = alternationOf(patterns);
    if (!alternation) return null;
    let anywhere = alternation.any;
    for (const { bit, needs } of alternation.needy) if (this.holds(needs)) anywhere |= bit;
    if (anywhere !== 0) {
      // A letter outside the index ("ɓ") may start a match of such a pattern where the index knows no word.
      this.odd ??= ODD_LETTER.test(this.text);
      if (this.odd) return null;
    }
    // One pass over the text (a sentence, for the cue readers), without lists of its words.
    const text = this.text;
    const digits = alternation.edge > 0;
    const found: { index: number; match: RegExpExecArray }[] = [];
    let next = 0;
    let inside = false;
    for (let start = 0; start < text.length; start++) {
      const c = text.charCodeAt(start);
      const one = c < 0x250 ? (LOWER_LETTER[c] as number) : 0;
      const wordStart = one !== 0 && !inside;
      inside = one !== 0 || (digits && isDigitCode(c));
      if (!wordStart || start < next) continue;
      const after = text.charCodeAt(start + 1);
      const two = after < 0x250 ? (LOWER_LETTER[after] as number) : 0;
      let may = anywhere | (alternation.singles.get(one) ?? 0);
      for (const { bit, prefix } of (two && alternation.byKey.get(keyOf(one, two))) || []) {
        if (may & bit) continue;
        let k = 2;
        while (k < prefix.length && lowerLetter(text.charCodeAt(start + k)) === prefix.charCodeAt(k)) k++;
        if (k >= prefix.length) may |= bit;
      }
      // The patterns that may start here, first to last (lowest bit first).
      while (may !== 0) {
        const index = 31 - Math.clz32(may & -may);
        may &= may - 1;
        const plan = alternation.plans[index] as Plan;
        if (plan.edged && blockedAt(plan, text, start)) continue;
        const copy = plan.copy;
        if (compile) compileOnce(copy, text);
        copy.lastIndex = start;
        const match = copy.exec(text);
        if (!match) continue;
        found.push({ index, match });
        next = start + Math.max(1, match[0].length);
        break;
      }
    }
    return found;
  }

  /** The first match, as `re.exec(text)` for a pattern that is neither global nor sticky. */
  firstMatch(re: RegExp): RegExpExecArray | null {
    return this.allMatches(re, 1)[0] ?? null;
  }

  /** As `re.test(text)` for a pattern that is neither global nor sticky. */
  test(re: RegExp): boolean {
    return this.firstMatch(re) !== null;
  }
}

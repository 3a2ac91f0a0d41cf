/**
 * The token at a place of a text, as one sticky pattern of ten alternatives reads it (TOKEN_PATTERNS, first match
 * wins), but tried one kind at a time: only the kinds that can start with the character at hand, with the dearest
 * ones (e-mail address, letter-dot abbreviation, word) read by code. A sticky alternation tries its alternatives in
 * order at one place, so trying them one by one in the same order gives the same token.
 *
 * Why: V8 compiles a pattern at its first run, once for texts of Latin-1 characters and once for the others (a
 * letter with "€" or "’" is one of those). The whole pattern costs 5-20 ms to compile in a cold `klaar analyze`;
 * the alternatives with \p{L} in a bounded repeat ({1,64}) are most of that. tests/analysis/tokenize.test.ts
 * compares this reading with the one pattern on many generated texts.
 */
import type { Token } from "./types.ts";

// Order matters: the first alternative that matches at a position wins.
export const TOKEN_PATTERNS: [Token["kind"], string][] = [
  ["structured-communication", String.raw`(?:\+{3}|\*{3})\d{3}\/\d{4}\/\d{5}(?:\+{3}|\*{3})`],
  ["iban", String.raw`[A-Z]{2}\d{2}(?:[ \u00A0]?[A-Z0-9]{4}){2,7}(?:[ \u00A0]?[A-Z0-9]{1,3})?(?![A-Za-z0-9])`],
  ["email", String.raw`[\p{L}\d._%+\-]{1,64}@[\p{L}\d\-]{1,63}(?:\.[\p{L}\d\-]{1,63}){1,6}`],
  [
    "url",
    String.raw`(?:https?:\/\/|www\.)[^\s<>"']{1,2000}[^\s<>"'.,;:!?)]|[a-z\d\-]{2,63}(?:\.[a-z\d\-]{2,63}){0,4}\.(?:be|eu|com|org|net|nl|fr|de|brussels|vlaanderen|gent|info)(?:\/[^\s<>"']{0,2000}[^\s<>"'.,;:!?)])?(?![\p{L}\d@])`,
  ],
  ["date", String.raw`\d{4}-\d{2}-\d{2}(?!\d)|\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2})(?![\d/])`],
  [
    "amount",
    String.raw`(?:€|EUR)[ \u00A0]?\d{1,3}(?:[. \u00A0\u202F]\d{3}){0,5}(?:,\d{1,2}|\.\d{2})?(?!\d)|(?:€|EUR)[ \u00A0]?\d{1,12}(?:[.,]\d{1,2})?(?!\d)|\d{1,3}(?:[. \u00A0\u202F]\d{3}){0,5}(?:,\d{1,2})?[ \u00A0]?(?:€|EUR\b|euro\b)|\d{1,12}(?:,\d{1,2})?[ \u00A0]?(?:€|EUR\b|euro\b)`,
  ],
  ["number", String.raw`\d{1,40}(?:[.,:\/]\d{1,40}){0,8}`],
  // Letter-dot sequences: i.p.v., o.a., K.B., B.S., t.a.v.
  ["word", String.raw`\p{L}\.(?:\p{L}{1,2}\.){1,4}`],
  ["word", String.raw`[\p{L}\p{M}](?:[\p{L}\p{M}\d]|['’\-](?=[\p{L}\d])){0,200}`],
  ["punct", String.raw`\S`],
];

/** Each alternative alone, sticky, made at its first use (index as in TOKEN_PATTERNS). */
const alone: (RegExp | undefined)[] = [];
function alternative(n: number): RegExp {
  let re = alone[n];
  if (!re) {
    re = new RegExp((TOKEN_PATTERNS[n] as [Token["kind"], string])[1], "uy");
    alone[n] = re;
  }
  return re;
}

/** The end of alternative n at i, or -1. */
function endOf(n: number, text: string, i: number): number {
  const re = alternative(n);
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex : -1;
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const LETTER_ONLY = /^\p{L}$/u;
export const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
export const isDigit = (c: number) => c >= 48 && c <= 57;
export const isUpper = (c: number) => c >= 65 && c <= 90;
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
/** A Latin-1 or Latin Extended-A/B letter (all \p{L}): the accented first letters of nl, fr and de words. */
export const isLatinLetter = (c: number) => c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;

/** Code that reads an alternative says so when it meets a surrogate: the alternative's pattern decides then. */
const UNSURE = -2;

/**
 * [\p{L}\p{M}\d] (marks) or [\p{L}\d] at text[j]: 1 yes, 0 no, -1 not sure (a surrogate: leave it to the pattern).
 * `digits` false leaves out \d.
 */
export function wordChar(text: string, j: number, marks: boolean, digits = true): number {
  const c = text.charCodeAt(j);
  if (c < 128) return isAsciiLetter(c) || (digits && isDigit(c)) ? 1 : 0;
  if (isSurrogate(c)) return -1;
  if (isLatinLetter(c)) return 1;
  // Spaces, dashes, quotes and currency signs (U+2000-U+206F, U+20A0-U+20CF) are neither letters nor marks (a test
  // checks every code point): no pattern for them.
  if (c >= 0x2000 && (c <= 0x206f || (c >= 0x20a0 && c <= 0x20cf))) return 0;
  return (marks ? LETTER_OR_MARK : LETTER_ONLY).test(text.charAt(j)) ? 1 : 0;
}

/** [\p{L}\d._%+\-] (local) or [\p{L}\d\-] at text[j], as wordChar answers. */
function mailChar(text: string, j: number, local: boolean): number {
  const c = text.charCodeAt(j);
  if (c === 45 || (local && (c === 46 || c === 95 || c === 37 || c === 43))) return 1;
  return wordChar(text, j, false);
}

/** How many characters from j on are mailChar, up to `max` + 1; UNSURE at a surrogate. */
function mailRun(text: string, j: number, local: boolean, max: number): number {
  let n = 0;
  while (n <= max) {
    const m = mailChar(text, j + n, local);
    if (m < 0) return UNSURE;
    if (m === 0) break;
    n++;
  }
  return n;
}

/**
 * The e-mail alternative `[\p{L}\d._%+\-]{1,64}@[\p{L}\d\-]{1,63}(?:\.[\p{L}\d\-]{1,63}){1,6}` at i: its end, -1 or
 * UNSURE. None of the classes holds "@" or ".", so each greedy repeat takes the whole run (a run too long fails
 * before "@" and the first ".", and ends the match in the last label).
 */
function emailEnd(text: string, i: number): number {
  const local = mailRun(text, i, true, 64);
  if (local === UNSURE) return UNSURE;
  if (local < 1 || local > 64 || text.charCodeAt(i + local) !== 64) return -1;
  const at = i + local + 1;
  const first = mailRun(text, at, false, 63);
  if (first === UNSURE) return UNSURE;
  if (first < 1 || first > 63) return -1;
  let end = at + first;
  let labels = 0;
  while (labels < 6 && text.charCodeAt(end) === 46) {
    const run = mailRun(text, end + 1, false, 63);
    if (run === UNSURE) return UNSURE;
    if (run === 0) break;
    end += 1 + Math.min(run, 63);
    labels++;
  }
  return labels > 0 ? end : -1;
}

/** \p{L} at text[j]: 1 yes, 0 no, UNSURE at a surrogate. */
function letterAt(text: string, j: number): number {
  const w = wordChar(text, j, false, false);
  return w < 0 ? UNSURE : w;
}

/**
 * The letter-dot alternative `\p{L}\.(?:\p{L}{1,2}\.){1,4}` at i: its end, -1 or UNSURE. A dot is no letter, so at
 * most one of "x." and "xy." fits at a place, and the greedy repeat takes as many as fit.
 */
function letterDotEnd(text: string, i: number): number {
  const first = letterAt(text, i);
  if (first !== 1) return first === UNSURE ? UNSURE : -1;
  if (text.charCodeAt(i + 1) !== 46) return -1;
  let end = i + 2;
  let pairs = 0;
  while (pairs < 4) {
    const a = letterAt(text, end);
    if (a === UNSURE) return UNSURE;
    if (a === 0) break;
    if (text.charCodeAt(end + 1) === 46) {
      end += 2;
    } else {
      const b = letterAt(text, end + 1);
      if (b === UNSURE) return UNSURE;
      if (b === 0 || text.charCodeAt(end + 2) !== 46) break;
      end += 3;
    }
    pairs++;
  }
  return pairs > 0 ? end : -1;
}

/** The word alternative `[\p{L}\p{M}](?:[\p{L}\p{M}\d]|['’\-](?=[\p{L}\d])){0,200}` at i: its end, -1 or UNSURE. */
function wordEnd(text: string, i: number): number {
  const first = wordChar(text, i, true, false);
  if (first !== 1) return first < 0 ? UNSURE : -1;
  let j = i + 1;
  for (let n = 0; n < 200 && j < text.length; n++) {
    const d = text.charCodeAt(j);
    const w = d === 39 || d === 0x2019 || d === 45 ? wordChar(text, j + 1, false) : wordChar(text, j, true);
    if (w < 0) return UNSURE;
    if (w === 0) break;
    j++;
  }
  return j;
}

/** [a-z\d\-] */
const isUrlChar = (c: number) => (c >= 97 && c <= 122) || isDigit(c) || c === 45;

/**
 * Whether the URL alternative may match at i: it starts with "http://", "https://" or "www.", or with 2 to 63 of
 * [a-z\d\-] and a dot followed by one of them (a label or the top-level domain).
 */
function mayBeUrl(text: string, i: number): boolean {
  if (text.startsWith("http", i) || text.startsWith("www.", i)) return true;
  let n = 0;
  while (n <= 63 && isUrlChar(text.charCodeAt(i + n))) n++;
  return n >= 2 && n <= 63 && text.charCodeAt(i + n) === 46 && isUrlChar(text.charCodeAt(i + n + 1));
}

let kindFound: Token["kind"] = "punct";
/** The kind of the token matchToken found last. */
export const matchedKind = (): Token["kind"] => kindFound;

function found(n: number, end: number): number {
  kindFound = (TOKEN_PATTERNS[n] as [Token["kind"], string])[0];
  return end;
}

/**
 * The end of the token at i as TOKEN_PATTERNS reads it (its kind in matchedKind), or -1 when none matches (only at
 * white space). `at` is where the next "@" is (at i or later; -1 when there is none). Each kind is tried when the
 * character at i can start it; the code readers hand a surrogate to the kind's pattern.
 */
export function matchToken(text: string, i: number, at: number): number {
  const c = text.charCodeAt(i);
  const c1 = text.charCodeAt(i + 1);
  const digit = isDigit(c);
  let end = -1;
  if (c === 43 || c === 42) end = endOf(0, text, i);
  if (end >= 0) return found(0, end);
  if (isUpper(c) && isUpper(c1) && isDigit(text.charCodeAt(i + 2))) end = endOf(1, text, i);
  if (end >= 0) return found(1, end);
  // The local part of an address has 64 characters at most, each one or two units long.
  if (at >= 0 && at - i <= 128) {
    end = emailEnd(text, i);
    if (end === UNSURE) end = endOf(2, text, i);
    if (end >= 0) return found(2, end);
  }
  if (isUrlChar(c) && mayBeUrl(text, i)) end = endOf(3, text, i);
  if (end >= 0) return found(3, end);
  if (digit) end = endOf(4, text, i);
  if (end >= 0) return found(4, end);
  if (digit || c === 0x20ac || (c === 69 && text.startsWith("EUR", i))) end = endOf(5, text, i);
  if (end >= 0) return found(5, end);
  if (digit) end = endOf(6, text, i);
  if (end >= 0) return found(6, end);
  if (c1 === 46 || isSurrogate(c1)) {
    end = letterDotEnd(text, i);
    if (end === UNSURE) end = endOf(7, text, i);
    if (end >= 0) return found(7, end);
  }
  end = wordEnd(text, i);
  if (end === UNSURE) end = endOf(8, text, i);
  if (end >= 0) return found(8, end);
  end = endOf(9, text, i);
  return end >= 0 ? found(9, end) : -1;
}

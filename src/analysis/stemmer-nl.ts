/**
 * The Dutch Porter stemmer of `natural` (lib/natural/stemmers/porter_stemmer_nl.js, version 6.10.5), ported step by
 * step so that it gives exactly the same stems, but cheaper: natural builds ten regular expressions for every word it
 * stems (to take the accents off), which made a rare Dutch word cost about 10 µs. Here the patterns are made once and
 * the regions are plain numbers. tests/analysis/stemmer-nl.test.ts compares this stemmer with natural's on every word
 * of our word lists, letters and random words.
 *
 * Ported from natural, MIT licence: Copyright (c) 2018, Hugo W.L. ter Doest. (Permission is hereby granted, free of
 * charge, to any person obtaining a copy of this software and associated documentation files, to deal in the Software
 * without restriction, subject to this notice.)
 * Spec of the algorithm: http://snowball.tartarus.org/algorithms/dutch/stemmer.html (natural differs from it in places;
 * this port keeps natural's behaviour, not the spec's).
 */

const VOWELS = "aeiouèy";
const ACCENTED = /[äëïöüáéíóú]/g;
const PLAIN: Record<string, string> = {
  ä: "a",
  ë: "e",
  ï: "i",
  ö: "o",
  ü: "u",
  á: "a",
  é: "e",
  í: "i",
  ó: "o",
  ú: "u",
};
const Y_AFTER_VOWEL = /([aeioué])y/g;
const I_BETWEEN_VOWELS = /([aeioué])i([aeioué])/g;
const CONSONANTS = "bcdfghjklmnpqrstvwxz";

/**
 * natural keeps "step 2 removed an e" on its one stemmer object and never clears it: once any word has lost its e,
 * every later word may lose a "bar" ending. Kept the same here, so that the stems do not change.
 */
let eRemoved = false;

function isVowel(c: string | undefined): boolean {
  return c !== undefined && VOWELS.includes(c);
}

/** String.prototype.substr, which natural uses (a negative start counts from the end). */
function substr(text: string, start: number, length: number): string {
  const from = start < 0 ? Math.max(text.length + start, 0) : start;
  return text.slice(from, from + length);
}

/** Removes the last letter if the word ends in kk, dd or tt. */
function undouble(word: string): string {
  const end = word.slice(-2);
  return end === "kk" || end === "tt" || end === "dd" ? word.slice(0, -1) : word;
}

/** Regions R1 and R2 of the word after the prelude, as natural marks them. */
function regions(token: string): [number, number] {
  const len = token.length;
  let r1 = len;
  let r2 = len;
  for (let i = 0; i < len - 1 && r1 === len; i++) if (isVowel(token[i]) && !isVowel(token[i + 1])) r1 = i + 2;
  if (r1 !== len && r1 < 3) r1 = Math.min(len, 3);
  for (let i = r1; i < len - 1 && r2 === len; i++) if (isVowel(token[i]) && !isVowel(token[i + 1])) r2 = i + 2;
  return [r1, r2];
}

/** Step 1b: "en" (or "ene" when `ene`) after a non-vowel other than "gem", in R1: delete, then undouble. */
function step1b(word: string, r1: number, ene: boolean): string {
  const length = ene && word.endsWith("ene") ? 3 : word.endsWith("en") ? 2 : 0;
  if (length === 0) return word;
  const pos = word.length - length;
  if (pos >= r1 && !isVowel(word[pos - 1]) && substr(word, pos - 3, 3) !== "gem") return undouble(word.slice(0, pos));
  return word;
}

function step1(word: string, r1: number): string {
  let result = word;
  if (result.endsWith("heden") && result.length - 5 >= r1) result = `${result.slice(0, -5)}heid`;
  result = step1b(result, r1, true);
  const length = result.endsWith("se") ? 2 : result.endsWith("s") ? 1 : 0;
  if (length > 0) {
    const pos = result.length - length;
    // natural tests /[js]se?$/ here: the letter before the "s" or "se" is not j or s.
    const before = result[pos - 1];
    if (pos >= r1 && !isVowel(before) && before !== "j" && before !== "s") result = result.slice(0, pos);
  }
  return result;
}

/** Step 2: a final e in R1 after a non-vowel: delete, then undouble. */
function step2(word: string, r1: number): string {
  if (word.endsWith("e") && r1 < word.length && word.length > 1 && !isVowel(word[word.length - 2])) {
    eRemoved = true;
    return undouble(word.slice(0, -1));
  }
  return word;
}

function step3a(word: string, r1: number, r2: number): string {
  if (word.endsWith("heid") && word.length - 4 >= r2 && word[word.length - 5] !== "c")
    return step1b(word.slice(0, -4), r1, false);
  return word;
}

function step3b(word: string, r1: number, r2: number): string {
  let result = word;
  if ((result.endsWith("end") || result.endsWith("ing")) && result.length - 3 >= r2) {
    result = result.slice(0, -3);
    if (result.endsWith("ig") && result.length - 2 >= r2 && result[result.length - 3] !== "e")
      result = result.slice(0, -2);
    else result = undouble(result);
  }
  if (result.endsWith("ig") && r2 <= result.length - 2 && result[result.length - 3] !== "e")
    result = result.slice(0, -2);
  if (result.endsWith("lijk") && r2 <= result.length - 4) result = step2(result.slice(0, -4), r1);
  if (result.endsWith("baar") && r2 <= result.length - 4) result = result.slice(0, -4);
  if (result.endsWith("bar") && r2 <= result.length - 3 && eRemoved) result = result.slice(0, -3);
  return result;
}

/** Step 4: a double a, e, o or u between two consonants at the end loses one vowel ("maan" → "man"). */
function step4(word: string): string {
  // natural tests /[bcdfghjklmnpqrstvwxz](aa|ee|oo|uu)[bcdfghjklmnpqrstvwxz]$/.
  const n = word.length;
  if (n < 4) return word;
  const vowel = word[n - 2] as string;
  const undoubles =
    "aeou".includes(vowel) &&
    word[n - 3] === vowel &&
    CONSONANTS.includes(word[n - 1] as string) &&
    CONSONANTS.includes(word[n - 4] as string);
  return undoubles ? word.slice(0, -2) + word.slice(-1) : word;
}

/** Whether the word has a letter from U+00C0 on (natural's accented letters are among them): most words have none. */
function hasAccent(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0xc0) return true;
  return false;
}

/** The stem of a Dutch word, exactly as natural's PorterStemmerNl gives it. */
export function stemDutch(word: string): string {
  // The replacements run only on a word they can change: a regular expression that is rarely run costs a lot.
  let result = hasAccent(word) ? word.replace(ACCENTED, (c) => PLAIN[c] as string) : word;
  if (result.startsWith("y")) result = `Y${result.slice(1)}`;
  if (result.includes("y", 1)) result = result.replace(Y_AFTER_VOWEL, "$1Y");
  if (result.includes("i", 1)) result = result.replace(I_BETWEEN_VOWELS, "$1I$2");
  const [r1, r2] = regions(result);
  result = step1(result, r1);
  result = step2(result, r1);
  result = step3a(result, r1, r2);
  result = step3b(result, r1, r2);
  return step4(result).toLowerCase();
}

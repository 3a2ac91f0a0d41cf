/**
 * Payment details: IBAN account numbers (checked with mod 97) and the Belgian structured communication
 * +++090/9337/55493+++ (its last two digits are the first ten modulo 97). A number that fails its check is left out:
 * a wrong account number must never be shown as one to pay to.
 */
import type { ValueFact } from "../types.ts";

// IBAN lengths of the SEPA countries, so that a BIC or word after the number is not read as part of it.
export const IBAN_LENGTHS: Record<string, number> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  VA: 22,
};

// The start of an IBAN; the rest is read character by character up to the country's length.
const IBAN_START_RE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}/g;

const isAlnum = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
const isSpace = (code: number) => code === 32 || code === 160;

/** Remainder modulo 97 of a string of digits and letters, letters counting as 10..35 (ISO 7064). */
function mod97(chars: string): number {
  let rest = 0;
  for (let i = 0; i < chars.length; i++) {
    const code = chars.charCodeAt(i);
    rest = code >= 65 ? (rest * 100 + code - 55) % 97 : (rest * 10 + code - 48) % 97;
  }
  return rest;
}

export function isValidIban(iban: string): boolean {
  const length = IBAN_LENGTHS[iban.slice(0, 2)];
  if (length !== iban.length || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

export function findIbans(text: string): ValueFact[] {
  const found: ValueFact[] = [];
  for (const m of text.matchAll(IBAN_START_RE)) {
    const length = IBAN_LENGTHS[m[0].slice(0, 2)];
    if (!length) continue;
    // Exactly as many characters as the country's IBAN has, single spaces between them, then a boundary:
    // "BE68 5390 0754 7034 GEBABEBB" stops before the BIC.
    let count = 0;
    let end = m.index;
    while (count < length && end < text.length) {
      const code = text.charCodeAt(end);
      if (isAlnum(code)) count++;
      else if (!(isSpace(code) && count > 0 && isAlnum(text.charCodeAt(end + 1)))) break;
      end++;
    }
    if (count < length || /[A-Za-z0-9]/.test(text[end] ?? "")) continue;
    const written = text.slice(m.index, end);
    const value = written.replace(/[  ]/g, "");
    if (isValidIban(value)) found.push({ start: m.index, end, text: written, value });
  }
  return found;
}

/** True when the last two of the twelve digits are the first ten modulo 97 (97 when that is 0). */
export function isValidStructuredCommunication(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false;
  const rest = Number(digits.slice(0, 10)) % 97;
  return (rest === 0 ? 97 : rest) === Number(digits.slice(10));
}

const SC_DIGITS = String.raw`(?<a>\d{3})[  ]?\/[  ]?(?<b>\d{4})[  ]?\/[  ]?(?<c>\d{5})`;
const STRUCTURED_RE = new RegExp(
  String.raw`(?<framed>\+{3}|\*{3})[  ]?${SC_DIGITS}[  ]?(?:\+{3}|\*{3})|(?<![\d/])${SC_DIGITS.replace(/<(\w)>/g, "<$1$1>")}(?![\d/])`,
  "g",
);
const LABEL_BEFORE_RE = /(?:mededeling|communication|mitteilung|reference)[\p{L} ]{0,20}:?[  ]{0,3}$/iu;

/** Structured communications with pluses or stars, or bare after a label ("gestructureerde mededeling: 090/…"). */
export function findStructuredCommunications(text: string): ValueFact[] {
  const found: ValueFact[] = [];
  for (const m of text.matchAll(STRUCTURED_RE)) {
    const g = m.groups ?? {};
    if (!g.framed && !LABEL_BEFORE_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const [a, b, c] = [g.a ?? g.aa ?? "", g.b ?? g.bb ?? "", g.c ?? g.cc ?? ""];
    if (!isValidStructuredCommunication(a + b + c)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: `+++${a}/${b}/${c}+++` });
  }
  return found;
}

/**
 * Payment codes as a citizen must copy them: IBAN account numbers and Belgian structured communications
 * (+++090/9337/55493+++), also when the letter breaks them over two lines. Each is checked (mod 97); a code that
 * fails its check is kept with `valid: false` so that the explanation can warn, never dropped.
 */
import { IBAN_LENGTHS, isValidIban, isValidStructuredCommunication } from "../facts/payment.ts";
import type { LetterCode } from "../types.ts";

const IBAN_START_RE = /(?<![A-Za-z0-9])(?:IBAN[ \t:]{0,3})?([A-Z]{2})(\d{2})/g;
// Characters read one by one in code, not with a pattern each: in a cold start every pattern is compiled first.
/** A capital A–Z or a digit 0–9 (false past the end of the text). */
const isAlnumAt = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
};
const isGapSpace = (code: number) => code === 32 || code === 9 || code === 0xa0;

/**
 * The end of a gap that may stand inside a code: spaces, or one line break with spaces around it. In code what
 * /^[ \t\u00A0]{0,3}(?:\r?\n[ \t\u00A0]{0,12})?/ matches at `at` (tests/analysis/letter/codes.test.ts).
 */
export function gapEnd(text: string, at: number): number {
  let end = at;
  while (end - at < 3 && isGapSpace(text.charCodeAt(end))) end++;
  const lineBreak =
    text.charCodeAt(end) === 10 ? 1 : text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 0;
  if (lineBreak === 0) return end;
  const after = end + lineBreak;
  end = after;
  while (end - after < 12 && isGapSpace(text.charCodeAt(end))) end++;
  return end;
}

export function findIbanCodes(text: string): LetterCode[] {
  const found: LetterCode[] = [];
  for (const m of text.matchAll(IBAN_START_RE)) {
    const length = IBAN_LENGTHS[m[1] ?? ""];
    if (!length) continue;
    const start = m.index + m[0].length - 4;
    let value = "";
    let end = start;
    let at = start;
    while (value.length < length && at < text.length) {
      if (isAlnumAt(text, at)) {
        value += text[at];
        at++;
        end = at;
        continue;
      }
      // Inside the number only groups of digits are split: a gap right after the country code is no IBAN.
      const next = gapEnd(text, at);
      if (next === at || value.length < 4 || !isAlnumAt(text, next)) break;
      at = next;
    }
    const lower = text.charCodeAt(end) | 32;
    if (value.length < length || isAlnumAt(text, end) || (lower >= 97 && lower <= 122)) continue;
    if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(value) || (m[1] === "BE" && !/^BE\d{14}$/.test(value))) continue;
    found.push({ start, end, text: text.slice(start, end), value, valid: isValidIban(value) });
  }
  return found;
}

const G = String.raw`[ \t\u00A0]{0,3}(?:\r?\n[ \t\u00A0]{0,12})?`;
export const SC_RE = new RegExp(
  String.raw`(?<framed>\+{3}|\*{3})${G}(?<a>\d{3})${G}\/${G}(?<b>\d{4})${G}\/${G}(?<c>\d{5})${G}(?:\+{3}|\*{3})|(?<![\d/])(?<aa>\d{3})[ ]?\/[ ]?(?<bb>\d{4})[ ]?\/[ ]?(?<cc>\d{5})(?![\d/])`,
  "g",
);
const LABEL_BEFORE_RE =
  /(?:mededeling|communication|mitteilung|verwendungszweck|reference)[\p{L} ]{0,20}:?[ \t\u00A0]{0,3}(?:\r?\n[ \t]*)?$/iu;

const isDigitAt = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
};

/**
 * Whether the text may hold a structured communication: every match of SC_RE has "+++" or "***", or "/1234/" with a
 * space or none on each side of the four digits. Most letters have neither, and SC_RE is then not compiled.
 */
export function mayHoldStructured(text: string): boolean {
  if (text.includes("+++") || text.includes("***")) return true;
  for (let slash = text.indexOf("/"); slash >= 0; slash = text.indexOf("/", slash + 1)) {
    let at = slash + 1;
    if (text.charCodeAt(at) === 32) at++;
    if (!(isDigitAt(text, at) && isDigitAt(text, at + 1) && isDigitAt(text, at + 2) && isDigitAt(text, at + 3)))
      continue;
    at += 4;
    if (text.charCodeAt(at) === 32) at++;
    if (text.charCodeAt(at) === 47) return true;
  }
  return false;
}

export function findStructuredCodes(text: string): LetterCode[] {
  const found: LetterCode[] = [];
  if (!mayHoldStructured(text)) return found;
  for (const m of text.matchAll(SC_RE)) {
    const g = m.groups ?? {};
    if (!g.framed && !LABEL_BEFORE_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const value = `${g.a ?? g.aa}${g.b ?? g.bb}${g.c ?? g.cc}`;
    const end = m.index + m[0].length;
    found.push({ start: m.index, end, text: m[0], value, valid: isValidStructuredCommunication(value) });
  }
  return found;
}

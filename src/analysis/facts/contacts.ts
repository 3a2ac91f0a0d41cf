/**
 * Ways to reach the sender: Belgian phone numbers (normalised to +32…), e-mail addresses and web addresses.
 */
import { allMatches } from "../scan.ts";
import type { ValueFact } from "../types.ts";
import { compileOnce, matchesAt } from "./pattern.ts";

const SEP = String.raw`[ ./\-  ]?`;
const PHONE_RE = new RegExp(
  String.raw`(?<![\w+/.,-])(?:(?:\+|00)32[  ]?(?:\(0\)[  ]?)?(?<rest>[1-9](?:${SEP}\d){7,8})|(?<national>0[1-9](?:${SEP}\d){7,8})|(?<short>1\d{2,3}))(?![\d]|[./-]\d)`,
  "gu",
);
// Short numbers such as 1712 count only right after "bel", "tel.", "appelez", "call".
const SHORT_LABEL_RE =
  /(?<![\p{L}])(?:bel|bellen naar|tel\.?|telefoon|téléphone|tél\.?|appelez(?: le)?|rufen Sie|anrufen|call|phone)[ :]{1,3}$/iu;

/**
 * A part of every word of SHORT_LABEL_RE, in lower case: a text without one of them has no label (its letters fold,
 * with the i and u flags, only to themselves and their capitals; "ſ", "K" and "Å" fold to none of these letters).
 * Checked first, so that the pattern is compiled only for a text that may have one.
 */
const LABEL_PARTS = ["bel", "tel", "tél", "appelez", "rufen", "call", "phone"];

/** Whether the text before a short number ends with a label ("bel", "call", …), as SHORT_LABEL_RE finds it. */
export function labelled(before: string): boolean {
  const lower = before.toLowerCase();
  if (!LABEL_PARTS.some((part) => lower.includes(part))) return false;
  compileOnce(SHORT_LABEL_RE, before);
  return SHORT_LABEL_RE.test(before);
}

/** "+3292345678" for a valid Belgian number, or null: 9 digits, 10 for mobiles (04…). */
function normalisePhone(national: string): string | null {
  if (!/^0[1-9]\d{7,8}$/.test(national)) return null;
  const mobile = national.startsWith("04");
  if (mobile !== (national.length === 10)) return null;
  return `+32${national.slice(1)}`;
}

export function findPhones(text: string): ValueFact[] {
  const found: ValueFact[] = [];
  for (const m of text.matchAll(PHONE_RE)) {
    const g = m.groups ?? {};
    if (g.short && !labelled(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const value = g.short
      ? g.short
      : normalisePhone(`0${(g.rest ?? g.national ?? "").replace(/\D/g, "").replace(/^0/, "")}`);
    if (!value) continue;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], value });
  }
  return found;
}

const LOCAL_CHAR_RE = /[\p{L}\d._%+-]/u;
const EMAIL_RE = /[\p{L}\d._%+-]{1,64}@[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){1,6}/uy;

/** E-mail addresses, found from each "@" outwards: far cheaper than trying a pattern at every position. */
export function findEmails(text: string): ValueFact[] {
  const found: ValueFact[] = [];
  let searchFrom = 0;
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", Math.max(at + 1, searchFrom))) {
    let start = at;
    while (start > at - 64 && start > 0 && LOCAL_CHAR_RE.test(text[start - 1] ?? "")) start--;
    if (start > 0 && LOCAL_CHAR_RE.test(text[start - 1] ?? "")) continue;
    EMAIL_RE.lastIndex = start;
    const m = EMAIL_RE.exec(text);
    if (!m || start < searchFrom) continue;
    const end = start + m[0].length;
    found.push({ start, end, text: m[0], value: m[0].toLowerCase() });
    searchFrom = end;
  }
  return found;
}

const TLD = "be|eu|com|org|net|nl|fr|de|lu|info|brussels|vlaanderen|gent|wallonie";
const URL_RE = new RegExp(
  String.raw`(?<![\p{L}\d@./-])(?:(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/|[Ww]{3}\.)[^\s<>"'()]{0,300}[^\s<>"'().,;:!?]|[a-z\d-]{2,63}(?:\.[a-z\d-]{1,63}){0,4}\.(?:${TLD})(?:\/[^\s<>"'()]{0,300}[^\s<>"'().,;:!?])?)(?![\p{L}\d@])`,
  "gu",
);

const URL_AT = new RegExp(URL_RE.source, "uy");
const LINK_START_RE = /[Hh][Tt][Tt][Pp][Ss]?:\/\/|[Ww]{3}\./g;
/** A character of a web address without "https://" up to its last dot ([a-z\d-] and the dots between). */
const isHostCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46;

/**
 * Every web address, as a scan of the whole text finds them (urlMatchesByScan), trying the pattern only where one
 * can start: at "http://", "https://" or "www.", and in a run of [a-z0-9.-] that holds a dot before a letter a–z
 * (a web address without them is such a run up to its ".be", ".com", …). A letter has few of those.
 */
export function urlMatches(text: string): RegExpExecArray[] {
  const places: number[] = [];
  for (const m of text.matchAll(LINK_START_RE)) places.push(m.index);
  let runsTo = 0;
  for (let dot = text.indexOf("."); dot !== -1; dot = text.indexOf(".", dot + 1)) {
    const next = text.charCodeAt(dot + 1);
    if (next < 97 || next > 122) continue;
    let from = dot;
    while (from > runsTo && isHostCode(text.charCodeAt(from - 1))) from--;
    for (let at = Math.max(from, runsTo); at < dot; at++) places.push(at);
    runsTo = dot;
  }
  return matchesAt(
    URL_AT,
    text,
    places.sort((a, b) => a - b),
  );
}

/** The web addresses by a scan of the whole text (scan.ts checks the character before each match): for the tests. */
export const urlMatchesByScan = (text: string) => allMatches(URL_RE, text);

/** Web addresses; the value gets "https://" when the letter leaves it out, so that it can be opened or shown as QR. */
export function findUrls(text: string): ValueFact[] {
  const found: ValueFact[] = [];
  for (const m of urlMatches(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const value = /^https?:\/\//i.test(m[0]) ? m[0] : `https://${m[0]}`;
    found.push({ start, end, text: m[0], value });
  }
  return found;
}

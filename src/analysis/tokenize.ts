/**
 * Tokens and sentences with character offsets.
 *
 * One sticky regular expression (TOKEN_PATTERNS in token-match.ts), tried left to right, so that dates (12.03.2025), amounts (€ 1.234,56),
 * IBANs, structured communications (+++090/9337/55493+++), e-mail addresses, URLs and abbreviations (art., i.p.v.)
 * come out as single tokens and never end a sentence. Every quantifier is bounded or linear: no backtracking blow-up.
 */
import {
  isAsciiLetter,
  isDigit,
  isLatinLetter,
  isUpper,
  matchedKind,
  matchToken,
  TOKEN_PATTERNS,
  wordChar,
} from "./token-match.ts";
import type { Language, Sentence, Token } from "./types.ts";

/** Abbreviations that end with a dot but not a sentence, lower-case, without the final dot. */
const ABBREVIATIONS: Record<Language, readonly string[]> = {
  nl: [
    "art",
    "nr",
    "nrs",
    "bv",
    "bijv",
    "dhr",
    "mevr",
    "mw",
    "blz",
    "tel",
    "vb",
    "enz",
    "incl",
    "excl",
    "resp",
    "mr",
    "dr",
    "prof",
    "ca",
    "jl",
    "jg",
    "st",
    "vnl",
    "zgn",
    "zg",
    "ma",
    "di",
    "wo",
    "do",
    "vr",
    "za",
    "zo",
    "jan",
    "feb",
    "mrt",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "okt",
    "nov",
    "dec",
    "fax",
    "gsm",
    "ref",
    "kenm",
    "par",
    "al",
    "min",
    "max",
    "afd",
    "bijl",
  ],
  fr: [
    "art",
    "no",
    "n°",
    "m",
    "mme",
    "mlle",
    "me",
    "dr",
    "cf",
    "av",
    "bd",
    "tél",
    "tel",
    "p",
    "etc",
    "ex",
    "réf",
    "al",
  ],
  de: [
    "art",
    "nr",
    "abs",
    "bzw",
    "ggf",
    "usw",
    "str",
    "tel",
    "dr",
    "hr",
    "fr",
    "vgl",
    "ca",
    "inkl",
    "evtl",
    "bzgl",
    "s",
  ],
  en: ["art", "no", "nos", "mr", "mrs", "ms", "dr", "st", "tel", "etc", "ref", "vs", "approx", "dept", "p", "pp"],
};
const ABBREVIATION_SETS = Object.fromEntries(
  Object.entries(ABBREVIATIONS).map(([lang, list]) => [lang, new Set(list)]),
) as Record<Language, Set<string>>;

const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu;
const ORDINAL_MONTH =
  /^\s{1,3}(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/u;

/** Whether a German month may start one to three places after the dot at `dot` (ORDINAL_MONTH needs one there). */
function monthAfter(text: string, dot: number): boolean {
  for (let j = dot + 2; j <= dot + 4; j++) if (MONTH_INITIALS.includes(text.charAt(j))) return true;
  return false;
}
const MONTH_INITIALS = "JFMASOND";

/** Whether text[from, to) holds an apostrophe (' or ’), without which no elision can match. */
function hasApostrophe(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === 39 || c === 0x2019) return true;
  }
  return false;
}

/** The one pattern of all kinds (tokenizeByPattern), made at its first use: tokenize reads kind by kind. */
let tokenRe: RegExp | undefined;
const KINDS = TOKEN_PATTERNS.map(([kind]) => kind);

/** Splits text into tokens. Never throws; offsets are always valid. */
export function tokenize(text: string, lang: Language = "nl"): Token[] {
  return tokenizeWith(text, lang, true);
}

/** The same tokens read with the one pattern at every position: what the fast paths and matchToken must agree with. */
export function tokenizeByPattern(text: string, lang: Language = "nl"): Token[] {
  return tokenizeWith(text, lang, false);
}

function tokenizeWith(text: string, lang: Language, fast: boolean): Token[] {
  const tokens: Token[] = [];
  const abbreviations = ABBREVIATION_SETS[lang];
  // Where the next "@" is: an e-mail address is tried only a short way before one.
  let at = fast ? text.indexOf("@") : -1;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // Skip whitespace quickly.
    if (code === 32 || code === 10 || code === 13 || code === 9 || code === 160 || code === 12 || code === 11) {
      i++;
      continue;
    }
    let kind: Token["kind"] = "punct";
    let end = fast ? plainWordEnd(text, i) : -1;
    if (end > 0) kind = "word";
    else if (fast && isPlainPunct(code)) end = i + 1;
    else if (fast) {
      if (at >= 0 && at < i) at = text.indexOf("@", i);
      end = matchToken(text, i, at);
      if (end < 0) {
        // Only whitespace outside the fast path (e.g. U+2028) gets here.
        i++;
        continue;
      }
      kind = matchedKind();
    } else {
      tokenRe ??= new RegExp(TOKEN_PATTERNS.map(([, src]) => `(${src})`).join("|"), "uy");
      tokenRe.lastIndex = i;
      const m = tokenRe.exec(text);
      if (!m) {
        // Only whitespace outside the fast path (e.g. U+2028) gets here.
        i++;
        continue;
      }
      for (let g = 1; g < m.length; g++) {
        if (m[g] !== undefined) {
          kind = KINDS[g - 1] ?? "punct";
          break;
        }
      }
      end = i + m[0].length;
    }
    // French elision: "l'enquête" is two words, so "enquête sociale" can be found.
    const elided =
      lang === "fr" && kind === "word" && hasApostrophe(text, i, end) ? ELISION.exec(text.slice(i, end)) : null;
    if (elided) end = i + elided[0].length;
    // "art." "nr." "dhr.": keep the dot with the word so it does not end the sentence.
    if (kind === "word" && text[end] === "." && abbreviations.has(text.slice(i, end).toLowerCase())) end++;
    // German ordinals: "4. März", "am 1. April" keep their dot.
    if (
      kind === "number" &&
      text[end] === "." &&
      monthAfter(text, end) &&
      ORDINAL_MONTH.test(text.slice(end + 1, end + 14))
    )
      end++;
    tokens.push({ start: i, end, text: text.slice(i, end), kind });
    i = end;
  }
  return tokens;
}

// Fast paths for the common tokens: a plain word and a lone punctuation mark. They give exactly what TOKEN_PATTERNS
// give (tests/analysis/tokenize.test.ts compares both on random text), and hand anything unusual to matchToken.

/** ASCII punctuation that starts no longer token (e-mail, URL, amount, structured communication). */
function isPlainPunct(c: number): boolean {
  if (c <= 32 || c >= 127 || isDigit(c) || isAsciiLetter(c)) return false;
  // . _ % + - start an e-mail address; + and * a structured communication.
  return c !== 46 && c !== 95 && c !== 37 && c !== 43 && c !== 45 && c !== 42;
}

/**
 * The end of a plain word at i, or -1 when matchToken must decide: the word could be the start of an e-mail address,
 * a URL, an IBAN, an amount ("EUR 12") or a letter-dot abbreviation ("o.a.").
 */
function plainWordEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (!isAsciiLetter(c) && !isLatinLetter(c)) return -1;
  // IBAN: two capitals and two digits; amount: "EUR" before a number.
  if (isUpper(c) && isUpper(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2))) return -1;
  if (c === 69 && text.startsWith("EUR", i)) return -1;
  // The word itself: [\p{L}\p{M}](?:[\p{L}\p{M}\d]|['’\-](?=[\p{L}\d])){0,200}
  let j = i + 1;
  while (j < text.length) {
    const d = text.charCodeAt(j);
    if (d === 39 || d === 0x2019 || d === 45) {
      const next = wordChar(text, j + 1, false);
      if (next < 0) return -1;
      if (next === 0) break;
      j++;
      continue;
    }
    const w = wordChar(text, j, true);
    if (w < 0) return -1;
    if (w === 0) break;
    j++;
  }
  // E-mail and URL: their characters ([\p{L}\d._%+-], and more outside ASCII) go on after the word up to "@", "."
  // or ":". A word that ends at any of those, or at a character outside ASCII that is no space, may be one.
  const stop = text.charCodeAt(j);
  if (stop === 64 || stop === 46 || stop === 58 || stop === 95 || stop === 37 || stop === 43 || stop === 45) return -1;
  if (stop >= 128 && stop !== 160 && !(stop >= 0x2000 && stop <= 0x206f) && stop !== 0x3000) return -1;
  return j - i > 201 ? -1 : j;
}

const WORDLIKE: ReadonlySet<Token["kind"]> = new Set(["word", "number", "date", "amount"]);

export function isWordToken(token: Token): boolean {
  return WORDLIKE.has(token.kind);
}

const SENTENCE_END = new Set([".", "!", "?", "…"]);

/**
 * Groups tokens into sentences. A sentence ends at . ! ? … (with closing quotes or brackets), at an empty line,
 * and at a line break after a line without end punctuation when the next line starts with a capital, a digit or a
 * bullet: letters are full of heading, address and list lines that are not part of the next sentence.
 */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = -1;
  let words = 0;
  const close = (lastIndex: number) => {
    const a = tokens[first];
    const b = tokens[lastIndex];
    if (a && b && words > 0) sentences.push({ start: a.start, end: b.end, words });
    first = -1;
    words = 0;
  };
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    if (first === -1) first = t;
    if (isWordToken(token)) words++;
    const next = tokens[t + 1];
    if (!next) {
      close(t);
      break;
    }
    if (token.kind === "punct" && SENTENCE_END.has(token.text)) {
      // Take closing quotes and brackets along.
      let last = t;
      for (
        let q = tokens[last + 1];
        q && q.start === (tokens[last] as Token).end && q.text.length === 1 && CLOSERS.includes(q.text);
        q = tokens[last + 1]
      ) {
        last++;
      }
      const after = tokens[last + 1];
      // A dot directly followed by a letter is not an end ("www.x"); a dot and a space is, even before lower case,
      // because lower-case text (transcripts, OCR) must still be split and abbreviations keep their dot.
      if (!after || after.start > (tokens[last] as Token).end) {
        t = last;
        close(t);
        continue;
      }
    }
    // The gap between the tokens, read in place (no string per token).
    let newline = token.end;
    while (newline < next.start && text.charCodeAt(newline) !== 10) newline++;
    if (newline < next.start) {
      const blankLine = hasBlankLine(text, newline, next.start);
      const lineContinues = token.kind === "punct" && token.text.length === 1 && CONTINUERS.includes(token.text);
      if (blankLine || (!lineContinues && startsSentence(next))) close(t);
    }
  }
  return sentences;
}

/** Closing quotes and brackets that stay with the end of a sentence (one character each). */
const CLOSERS = ")\"'”’»]";
/** Marks after which the next line goes on with the sentence (one character each). */
const CONTINUERS = ",;:(-–";

/** Whether text[from, to), which starts with "\n", holds an empty line: /\n[ \t\u00A0]*\r?\n/. */
export function hasBlankLine(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    if (text.charCodeAt(p) !== 10) continue;
    let q = p + 1;
    while (q < to && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9 || text.charCodeAt(q) === 0xa0)) q++;
    if (q < to && text.charCodeAt(q) === 13) q++;
    if (q < to && text.charCodeAt(q) === 10) return true;
  }
  return false;
}

function startsSentence(token: Token): boolean {
  const c = token.text.charAt(0);
  return /[\p{Lu}\d"“'‘«(•\-–*+€]/u.test(c) || token.kind !== "word";
}

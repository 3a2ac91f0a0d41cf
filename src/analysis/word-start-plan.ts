/**
 * The plan of a word-list pattern for WordStarts (word-starts.ts): the plain letters every alternative of the pattern
 * starts with, read from its source, written plainly with the `i` flag or as quickPattern's case classes.
 */
import { LETTER } from "./facts/pattern.ts";
import { prebuilt, textKey } from "./facts/prebuilt.ts";
import { quickSource, quickSourceKeys } from "./facts/quick-pattern.ts";

/** The edge classes the index knows: letters, and letters with digits (checklist-words.ts). */
const CLASSES = [LETTER, `0-9${LETTER}`, `${LETTER}\\d`];
/**
 * The same classes as quickPattern writes them for the `i` flag (facts/quick-pattern.ts): with the letters outside
 * LETTER that `i` pairs with a letter in it ("ɓ"). Those are no letters of the index, so a word start it knows is still
 * every place where such a pattern's edge allows a match (and a few more, which the pattern then refuses).
 */
const QUICK_CLASSES = CLASSES.map((c) => quickSource(`[${c}]`, true).slice(1, -1));
/**
 * Those letters outside LETTER ("ɓ"): no word of the index starts with one, yet "[letters]*x" with `i` may start a match
 * there. A text with one is scanned for such a pattern.
 */
export const ODD_LETTER = new RegExp(`[${(QUICK_CLASSES[0] as string).slice(LETTER.length)}]`);

export interface Plan {
  /**
   * The pattern, sticky, to try it at one place (when it has prefixes). Without its leading lookbehind when `edged`:
   * V8 then compiles it a fifth to a third faster, and the lookbehind is checked in code (blockedAt).
   */
  copy: RegExp;
  /** The pattern's source and flags (without g and y). */
  source: string;
  flags: string;
  /** The pattern, global, to scan a whole text; made when first needed. */
  global?: RegExp;
  /** Index into CLASSES of the lookbehind's class. */
  edge: number;
  /** `copy` lacks the lookbehind `(?<![CLASSES[edge]])` that the pattern starts with: see blockedAt. */
  edged: boolean;
  /** The lookbehind's class also holds the letters outside LETTER that `i` pairs with one in it (ODD_LETTER). */
  oddInEdge: boolean;
  /**
   * The lower-case letters every alternative starts with; null when some alternative starts otherwise. Alternatives
   * that may start at any word start of a text with some letters in it (NEED) are left out: see `needs`.
   */
  prefixes: string[] | null;
  /** Letters (lower case) of which one in a text lets a match start at any word start there. */
  needs: string[];
  /**
   * Fewer places than one per this many characters: try the pattern there; more: scan the text (measured). A
   * pattern with an alternative that starts with any letter ("[letters]*korting") is slow to scan: at every character
   * it reads on to the end of the word and back. Trying it at every word start costs a few times less. Other patterns:
   * a try costs about 50 ns, a scan 4 to 18 ns a character (V8 checks the leading lookbehind at every one); over the
   * patterns of the analysis and the fixture letters, one place per 2 to 20 characters chose the cheaper way every
   * time, where one per 40 (the choice before) scanned the opening hours and terms three to ten times slower.
   */
  charsPerPlace: number;
  /** The prefixes of two letters or more by their first two (see keyOf), and the first letters of one-letter ones. */
  byKey: Map<number, string[]>;
  singles: Set<number>;
  /**
   * By a word's small key (smallKeyOf): 1 when a one-letter prefix may start it, 2 when a longer one may; 0 when
   * none can. A look-up in a typed list passes over most words of a text before the maps above are asked.
   */
  table: Uint8Array;
}

/** Letters a–z as 0–25, any other letter as 26. */
export const smallLetter = (letter: number) => (letter >= 97 && letter <= 122 ? letter - 97 : 26);
/** The first two letters (lower case; 0 for no second) as a small number, for Plan.table: 27 × 28 of them. */
export const smallKeyOf = (first: number, second: number) =>
  smallLetter(first) * 28 + (second === 0 ? 27 : smallLetter(second));
export const SMALL_KEYS = 27 * 28;

/** The first two letters (lower case) of a word as one number. */
export const keyOf = (first: number, second: number) => first * 1024 + second;

const plans = new WeakMap<RegExp, Plan>();

/** The index of the character that closes the group or class opened just before `from`, or -1. */
function closing(source: string, from: number, close: string): number {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[" && close !== "]") {
      const end = closing(source, i + 1, "]");
      if (end < 0) return -1;
      i = end;
    } else if (close === "]" && c === "]") return i;
    else if (c === "(") depth++;
    else if (c === ")") {
      if (depth === 0 && close === ")") return i;
      depth--;
    }
  }
  return -1;
}

/** The top-level alternatives of a group's content. */
function alternatives(content: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (c === "\\") i++;
    else if (c === "[") i = closing(content, i + 1, "]");
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      parts.push(content.slice(from, i));
      from = i + 1;
    }
    if (i < 0) return [];
  }
  parts.push(content.slice(from));
  return parts;
}

/**
 * Letters whose case-insensitive match is a letter of the same lower case: ASCII, Latin-1 and Latin Extended-A
 * without "İ" (checked against every character of the BMP).
 */
const isPrefixLetter = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x17f && c !== 0xd7 && c !== 0xf7 && c !== 0x130);

/** A prefix that every word start has: for alternatives that start with any letter ("[letters]*korting"). */
export const ANY = "";
const LETTER_CLASS = `[${LETTER}]`;
const QUICK_LETTER_CLASS = `[${QUICK_CLASSES[0]}]`;

/**
 * The letter (lower case) a class such as "[Pp]" or "[\\u00C9\\u00E9]" stands for: quickPattern writes a letter of a
 * case-insensitive pattern so. Only when every character of the class is a letter of the index whose lower case is
 * that letter; else 0.
 */
function caseClassLetter(alternative: string, at: number): { letter: number; end: number } {
  const none = { letter: 0, end: at };
  let letter = 0;
  let i = at + 1;
  for (; i < alternative.length && alternative[i] !== "]"; ) {
    let code: number;
    if (alternative[i] === "\\") {
      if (alternative[i + 1] !== "u") return none;
      code = Number.parseInt(alternative.slice(i + 2, i + 6), 16);
      if (!Number.isInteger(code) || alternative.slice(i + 2, i + 6).length < 4) return none;
      i += 6;
    } else {
      code = alternative.charCodeAt(i);
      i++;
      if (code === 45 || code === 94) return none; // a range or a negation
    }
    if (!isPrefixLetter(code)) return none;
    const lower = lowerLetter(code);
    if (!lower || (letter && lower !== letter)) return none;
    letter = lower;
  }
  return letter && i < alternative.length ? { letter, end: i + 1 } : none;
}

/**
 * Marks a prefix that a match need not start with but must hold somewhere: the alternative may start at any word
 * start of a text that holds it ("[letters]*korting", "(?:[letters]+\s){0,2}income").
 */
const NEED = "\u0000";
/** Any word start, in a text that holds one of these prefixes (ANY when one of them is ANY). */
const needing = (prefixes: readonly string[]): string[] =>
  prefixes.includes(ANY) ? [ANY] : prefixes.map((p) => (p.startsWith(NEED) ? p : NEED + p));

/**
 * The plain letters an alternative must start with, lower case: "weiger" of "weiger(?:t|en)", "moet" and
 * "dient" of "(?:moet|dient) …", or ANY when it starts with some letter. Empty when it may start otherwise.
 */
function literalPrefixes(alternative: string): string[] {
  let at = 0;
  // Lookarounds take no characters: what follows them starts the match.
  while (/^\(\?<?[=!]/.test(alternative.slice(at))) {
    const end = closing(alternative, at + 1, ")");
    if (end < 0) return [];
    at = end + 1;
  }
  // A letter of the edge class: the match starts at a word start, whichever word.
  const letterClass = alternative.startsWith(LETTER_CLASS, at)
    ? LETTER_CLASS
    : alternative.startsWith(QUICK_LETTER_CLASS, at)
      ? QUICK_LETTER_CLASS
      : null;
  if (letterClass) {
    const after = alternative.slice(at + letterClass.length);
    const repeat = /^(?:\+|\*|\{(\d+)(?:,\d*)?\})\??/.exec(after);
    const rest = literalPrefixes(after.slice(repeat ? repeat[0].length : 0));
    // "[letters]*korting": any word start, but only in a text with "korting" in it.
    if (rest.length > 0) return needing(rest);
    return !repeat || repeat[0].startsWith("+") || Number(repeat[1] ?? 0) > 0 ? [ANY] : [];
  }
  // A group, plain or capturing: the prefixes of its alternatives; when it may be left out, also what follows.
  const open = alternative.startsWith("(?:", at) ? 3 : alternative[at] === "(" && alternative[at + 1] !== "?" ? 1 : 0;
  if (open > 0) {
    const end = closing(alternative, at + open, ")");
    if (end < 0) return [];
    // "(?!)" never matches: quickPattern adds it to write a short repeat as a loop ("(?:…|(?!)){0,3}").
    const inner = alternatives(alternative.slice(at + open, end))
      .filter((part) => part !== "(?!)")
      .map(literalPrefixes);
    if (inner.length === 0 || inner.some((p) => p.length === 0)) return [];
    const optional = /^(?:\?|\*|\{0,\d*\})\??/.exec(alternative.slice(end + 1));
    if (!optional) return /^\{0/.test(alternative.slice(end + 1)) ? [] : inner.flat();
    const rest = literalPrefixes(alternative.slice(end + 1 + optional[0].length));
    // "(?:[letters]+\s){0,2}income": any word start, in a text with "income" in it.
    const first = inner.flat().flatMap((p) => (p === ANY ? needing(rest) : [p]));
    return rest.length > 0 ? [...first, ...rest] : [];
  }
  let prefix = "";
  for (let i = at; i < alternative.length; i++) {
    const c = alternative[i] as string;
    // A letter, or its case class (quickPattern): the letter in lower case, and where it ends.
    let lower: string;
    let end = i;
    if (c === "[") {
      const found = caseClassLetter(alternative, i);
      if (!found.letter) break;
      lower = String.fromCharCode(found.letter);
      end = found.end - 1;
    } else if (isPrefixLetter(c.charCodeAt(0))) lower = c.toLowerCase();
    else break;
    const next = alternative[end + 1];
    // A letter that may be left out or repeated from zero ends the prefix before it.
    if (next === "?" || next === "*" || next === "{") break;
    prefix += lower;
    if (next === "+") break;
    i = end;
  }
  return prefix ? [prefix] : [];
}

/** Where a pattern's matches can start: the lookbehind's class (CLASSES), and the prefixes and needs of Plan. */
interface Starts {
  edge: number;
  prefixes: string[] | null;
  needs: string[];
  /** Where the pattern goes on after a lookbehind `(?<![class])` that holds for all of it (see Plan.edged); else 0. */
  body: number;
}

/** Starts read from the pattern's source. */
function startsOf(source: string, ignoreCase: boolean, unicode: boolean): Starts {
  let edge = -1;
  let prefixes: string[] | null = null;
  let needs: string[] = [];
  // Unicode case folding matches "ſ" for "s": only patterns without it have their letters in plain lower case.
  if (source.startsWith("(?<![") && !(ignoreCase && unicode)) {
    const end = closing(source, 5, "]");
    const edgeClass = source.slice(5, end);
    edge = CLASSES.indexOf(edgeClass);
    if (edge < 0) edge = QUICK_CLASSES.indexOf(edgeClass);
    if (edge >= 0 && source.startsWith(")(?:", end + 1)) {
      const close = closing(source, end + 5, ")");
      const found = close > 0 ? alternatives(source.slice(end + 5, close)).map(literalPrefixes) : [];
      if (found.length > 0 && found.every((p) => p.length > 0)) prefixes = [...new Set(found.flat())];
      if (prefixes?.includes(ANY)) prefixes = [ANY];
      needs = prefixes?.filter((p) => p.startsWith(NEED)).map((p) => p.slice(NEED.length)) ?? [];
      // A prefix that is also needed adds no place: in a text with it, every word start is tried anyway.
      prefixes = prefixes?.filter((p) => !p.startsWith(NEED) && !needs.includes(p)) ?? null;
    }
  }
  // The lookbehind holds for the whole pattern when no "|" stands outside a group after it.
  const after = edge >= 0 && prefixes !== null ? closing(source, 5, "]") + 2 : 0;
  const body = after > 0 && alternatives(source.slice(after)).length === 1 ? after : 0;
  return { edge, prefixes, needs, body };
}

export function planOf(re: RegExp): Plan {
  let plan = plans.get(re);
  if (plan) return plan;
  const flags = re.flags.replace(/[gy]/g, "");
  const source = re.source;
  const unicode = re.unicode || re.flags.includes("v");
  // Reading the source takes some 20 ms of a start of `klaar` over the analysis's patterns: the bundle carries the
  // starts of the patterns that the build's sample analyses planned (scripts/bundle-cli.mjs, facts/prebuilt.ts).
  const { edge, prefixes, needs, body } = JSON.parse(
    prebuilt(
      `wordStarts\u0000${re.ignoreCase}\u0000${unicode}\u0000${quickSourceKeys.get(source) ?? textKey(source)}`,
      () => JSON.stringify(startsOf(source, re.ignoreCase, unicode)),
    ),
  ) as Starts;
  const byKey = new Map<number, string[]>();
  const singles = new Set<number>();
  const table = new Uint8Array(SMALL_KEYS);
  for (const prefix of prefixes ?? []) {
    if (prefix === ANY) continue;
    const first = smallLetter(prefix.charCodeAt(0)) * 28;
    if (prefix.length === 1) {
      singles.add(prefix.charCodeAt(0));
      for (let second = 0; second < 28; second++) table[first + second] = (table[first + second] as number) | 1;
    } else {
      const key = keyOf(prefix.charCodeAt(0), prefix.charCodeAt(1));
      byKey.set(key, [...(byKey.get(key) ?? []), prefix]);
      const at = first + smallLetter(prefix.charCodeAt(1));
      table[at] = (table[at] as number) | 2;
    }
  }
  plan = {
    copy: new RegExp(body > 0 ? source.slice(body) : source, `${flags}y`),
    source,
    flags,
    edge,
    edged: body > 0,
    oddInEdge: re.ignoreCase || source.startsWith(`(?<![${QUICK_CLASSES[edge]}])`),
    prefixes,
    needs,
    charsPerPlace: prefixes?.[0] === ANY || needs.length > 0 ? 4 : 12,
    byKey,
    singles,
    table,
  };
  plans.set(re, plan);
  return plan;
}

/** lowerLetter (below) of every character below U+0250, where the letters of the index are. */
export const LOWER_LETTER = new Uint16Array(0x250);

/**
 * Several patterns tried as one alternation `(?:p1|p2|…)` (see WordStarts.firstOfMatches): for each the bit 1 << its
 * index, merged by where they can start. Null when one of them may start elsewhere than at a word start it knows.
 */
export interface Alternation {
  plans: Plan[];
  edge: number;
  /** Patterns that may start at any word start: always, or in a text that holds one of `needs`. */
  any: number;
  needy: { bit: number; needs: readonly string[] }[];
  /** By first letter: the patterns with a one-letter prefix; by first two (keyOf): the longer prefixes. */
  singles: Map<number, number>;
  byKey: Map<number, { bit: number; prefix: string }[]>;
}

const alternations = new WeakMap<readonly RegExp[], Alternation | null>();

export function alternationOf(patterns: readonly RegExp[]): Alternation | null {
  let found = alternations.get(patterns);
  if (found !== undefined) return found;
  const plans = patterns.map(planOf);
  const edge = plans[0]?.edge ?? -1;
  found = null;
  if (patterns.length <= 30 && plans.every((plan) => plan.prefixes !== null && plan.edge === edge)) {
    const alternation: Alternation = { plans, edge, any: 0, needy: [], singles: new Map(), byKey: new Map() };
    plans.forEach((plan, k) => {
      const bit = 1 << k;
      if (plan.prefixes?.[0] === ANY) alternation.any |= bit;
      if (plan.needs.length > 0) alternation.needy.push({ bit, needs: plan.needs });
      for (const first of plan.singles) alternation.singles.set(first, (alternation.singles.get(first) ?? 0) | bit);
      for (const [key, prefixes] of plan.byKey) {
        const list = alternation.byKey.get(key) ?? [];
        for (const prefix of prefixes) list.push({ bit, prefix });
        alternation.byKey.set(key, list);
      }
    });
    found = alternation;
  }
  alternations.set(patterns, found);
  return found;
}

export const isDigitCode = (c: number) => c >= 48 && c <= 57;

/**
 * Whether the pattern's leading lookbehind refuses a match at `at`, for a plan whose `copy` lacks it (Plan.edged):
 * the character before is in its class. Below U+0250 the class holds just LETTER's letters (LOWER_LETTER) and, for
 * two of the classes, the digits 0–9; above, at most the letters of ODD_LETTER (tests/analysis/word-starts.test.ts).
 */
export function blockedAt(plan: Plan, text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 0x250) return LOWER_LETTER[c] !== 0 || (plan.edge > 0 && isDigitCode(c));
  return plan.oddInEdge && ODD_LETTER.test(text[at - 1] as string);
}
/** A letter in lower case (the first unit of toLowerCase), or 0 for any other character. */
export function lowerLetter(c: number): number {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return c | 0x20;
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7 ? String.fromCharCode(c).toLowerCase().charCodeAt(0) : 0;
}
for (let c = 0; c < 0x250; c++) LOWER_LETTER[c] = lowerLetter(c);

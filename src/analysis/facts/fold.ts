/**
 * Case-insensitive patterns run on a folded copy of the text. The `i` flag (without `u`) compares two characters by
 * their canonical letter (canonicalCode): a text with every character replaced by its canonical letter (foldText),
 * searched by the pattern with every letter written as its canonical letter and no `i` flag (foldedPattern), gives the
 * matches the pattern gives on the text, at the same places and of the same lengths. V8 compiles such a pattern a few
 * times faster than quickPattern's case classes ("[Mm][Aa]…"): for the opening hours some milliseconds of every
 * `klaar analyze`. The matched text is then read from the text itself (tests/analysis/facts/fold.test.ts).
 */
import { blockedAt } from "../word-start-plan.ts";
import { planOf, type WordStarts } from "../word-starts.ts";
import { prebuilt } from "./prebuilt.ts";
import { canonicalCode, quickSource } from "./quick-pattern.ts";

/** canonicalCode below U+0250 (the letters of LETTER and what comes before), made on first use. */
let LOW: Uint16Array | undefined;
/** Characters a string is made of at once from a list of codes (String.fromCharCode takes them as arguments). */
const CHUNK = 4096;

/** The text with every character (UTF-16 unit) replaced by its canonical letter: the same length. */
export function foldText(text: string): string {
  if (!LOW) {
    LOW = new Uint16Array(0x250);
    for (let c = 0; c < 0x250; c++) LOW[c] = canonicalCode(c);
  }
  const low = LOW;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c < 0x250 ? (low[c] as number) : canonicalCode(c);
  }
  let folded = "";
  for (let from = 0; from < codes.length; from += CHUNK) {
    folded += String.fromCharCode(...codes.subarray(from, from + CHUNK));
  }
  return folded;
}

/**
 * The pattern `new RegExp(source, flags)` (flags with `i`, without `u`) for a text folded by foldText: without the
 * `i` flag, every letter its canonical letter, every class with the case variants of its members (quick-pattern.ts).
 */
export function foldedPattern(source: string, flags: string): RegExp {
  if (!flags.includes("i") || flags.includes("u") || flags.includes("v"))
    throw new Error("foldedPattern: for a case-insensitive pattern without u");
  // Worked out when the command line is bundled (prebuilt.ts).
  const folded = prebuilt(`foldSource\u0000${source}`, () => quickSource(source, true, false, true));
  return new RegExp(folded, flags.replace("i", ""));
}

/** The folded text of a text's words, kept with them (as long as the analysis keeps them). */
const foldedOf = new WeakMap<WordStarts, string>();

/**
 * The matches that WordStarts.allMatches(re, ∞, may) gives, found by `folded` on the folded text: `re` is a pattern
 * `(?<![letters])…` that quickPattern wrote, `folded` the foldedPattern (sticky) of what follows its lookbehind. The
 * lookbehind is checked in code (blockedAt). Their places and lengths are those of `re`'s matches; their text is the
 * folded text's (read the letter's from words.text). Null when `re` has no places: then use allMatches.
 */
export function foldedMatches(
  words: WordStarts,
  re: RegExp,
  folded: RegExp,
  may?: (at: number) => boolean,
): RegExpExecArray[] | null {
  const places = words.placesOf(re);
  const plan = planOf(re);
  if (!places || !plan.edged) return null;
  const text = words.text;
  let foldedText = foldedOf.get(words);
  if (foldedText === undefined) {
    foldedText = foldText(text);
    foldedOf.set(words, foldedText);
  }
  const found: RegExpExecArray[] = [];
  let next = 0;
  for (const at of places) {
    if (at < next || (may && !may(at)) || blockedAt(plan, text, at)) continue;
    folded.lastIndex = at;
    const m = folded.exec(foldedText);
    if (!m) continue;
    found.push(m);
    next = at + Math.max(1, m[0].length);
  }
  return found;
}

/**
 * Patterns of the letter model, compiled the cheap way before their first run (issue 17). Most of them run on short
 * pieces (a sentence, a clause, the words after a term). For a first run on a short text V8 compiles a pattern to
 * bytecode, and for its second to machine code; a first run on 1,000 characters or more gets machine code at once,
 * which costs two to three times less than the bytecode alone (a `u` pattern with \p{L}: about 0.8 ms instead of
 * 2.4 ms). compileOnce (facts/pattern.ts) gives the pattern that long first run, on the piece padded with spaces, so
 * in the piece's string encoding; then the pattern runs as usual. Nothing is compiled for a pattern a letter never
 * needs (at the module's top level every start would pay for it).
 */
import { compileOnce } from "../facts/pattern.ts";
import { quickPattern } from "../facts/quick-pattern.ts";

/** `pattern`, compiled for pieces like `piece` (its first one): use as `ready(RE, s).test(s)`. */
export function ready(pattern: RegExp, piece: string): RegExp {
  compileOnce(pattern, piece);
  return pattern;
}

const QUICK: [source: string, flags: string][] = [];
/** Every pattern made by `quick`, as written: the test compares each with `new RegExp(source, flags)`. */
export const QUICK_SOURCES: readonly (readonly [string, string])[] = QUICK;

/**
 * `new RegExp(source, flags)` written for a quick compile (quickPattern, facts/quick-pattern.ts): the `i` flag as
 * classes of case variants, which V8 compiles about twice as fast for these patterns; the same matches.
 */
export function quick(source: string, flags: string): RegExp {
  QUICK.push([source, flags]);
  return quickPattern(source, flags);
}

/**
 * Whether the piece holds one of the words (lower case) in any case: a pattern every match of which holds one of them
 * need not run (nor be compiled) on a piece without them. Lower case makes "K" (Kelvin) "k"; "ſ" is made "s" too: the
 * i and u flags pair both with the ASCII letter, so a match of such a pattern always holds its word here.
 */
export function holdsWord(piece: string, words: readonly string[]): boolean {
  const folded = piece.toLowerCase().replaceAll("ſ", "s");
  return words.some((word) => folded.includes(word));
}

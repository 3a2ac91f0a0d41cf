/**
 * Building blocks for the fact patterns. Large case-insensitive patterns use this instead of the `u` flag with
 * \p{L}: V8 needs about 100 ms to compile each such pattern with Unicode case folding, and the letters are
 * written in Latin script anyway.
 */

import { prebuilt } from "./prebuilt.ts";

/** A Latin letter (ASCII, Latin-1 and Latin Extended-A/B, without × and ÷), for use inside [ ]. */
export const LETTER = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F`;

/** V8 compiles a pattern for a first run on a text this long (or longer) straight to machine code. */
const LONG_TEXT = 1000;
const compiled = new WeakSet<RegExp>();

/**
 * Makes V8 compile a large pattern once instead of twice. V8 compiles a pattern to bytecode for its first run and
 * again to machine code for its second, unless the first run is on a text of 1,000 characters or more: then it
 * compiles machine code at once. A pattern that runs on short pieces (lines, sentences) would be compiled twice,
 * which for the largest patterns is a large part of one `klaar analyze` (tens of milliseconds). Called before a
 * pattern's runs with one of the pieces (the same kind of string: V8 compiles per string encoding), it runs the
 * pattern once on that piece padded to 1,000 characters; the result is not used, and `lastIndex` is kept.
 */
export function compileOnce(pattern: RegExp, piece: string): void {
  if (compiled.has(pattern)) return;
  compiled.add(pattern);
  const { lastIndex } = pattern;
  pattern.lastIndex = 0;
  pattern.test(piece.padEnd(LONG_TEXT));
  pattern.lastIndex = lastIndex;
}

/**
 * The matches of a sticky pattern tried at `places` (in rising order), as a scan of the text finds them when no
 * match can start elsewhere: a place inside a match found before is skipped.
 */
export function matchesAt(sticky: RegExp, text: string, places: Iterable<number>): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let next = 0;
  for (const at of places) {
    if (at < next) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    found.push(m);
    next = at + Math.max(1, m[0].length);
  }
  return found;
}

/** Characters with a meaning of their own in a pattern. */
const SYNTAX = "\\^$.*+?()[]{}|/";

interface WordNode {
  end: boolean;
  next: Map<string, WordNode>;
}

/**
 * Words (letters and spaces) as one pattern that matches what their alternation, longest first, matches, and
 * prefers the same: a tree of shared beginnings, "drei(?:undzwanzig|zehn|ßig)?". The words that can match at one
 * place all begin the same, so both try them longest first. V8 needs tens of milliseconds to compile a long
 * case-insensitive alternation of 150 words inside a large pattern, and a few for the tree. `space` is the pattern
 * for a space in a word.
 */
export function wordTree(words: Iterable<string>, space: string): string {
  const list = [...words];
  // Worked out when the command line is bundled (prebuilt.ts).
  return prebuilt(`wordTree\u0000${space}\u0000${list.join("\n")}`, () => tree(list, space));
}

function tree(words: readonly string[], space: string): string {
  const root: WordNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let next = node.next.get(char);
      if (!next) {
        next = { end: false, next: new Map() };
        node.next.set(char, next);
      }
      node = next;
    }
    node.end = true;
  }
  const write = (node: WordNode): string => {
    const branches = [...node.next].map(
      ([char, next]) => (char === " " ? space : SYNTAX.includes(char) ? `\\${char}` : char) + write(next),
    );
    if (branches.length === 0) return "";
    if (node.end) return `(?:${branches.join("|")})?`;
    return branches.length === 1 ? (branches[0] as string) : `(?:${branches.join("|")})`;
  };
  return write(root);
}

/**
 * \p{L} without the u flag, for words of Latin script. V8 compiles a pattern once for strings of one-byte characters
 * and once for the others, and a /u pattern with \p{L} in a repeat (`^\p{L}{3,}(?:tion|ment)$`) costs 5-15 ms to
 * compile for the second kind: every word cut from a letter with "€" or "’" in it is of that kind. The same pattern
 * with a class of the Latin letters and no u flag costs a tenth of a millisecond, and reads such a word the same:
 * within LATIN_RANGE a character is \p{L} exactly when it is in LATIN_LETTER (tests/analysis/latin-letters.test.ts
 * checks every one).
 */

/** \p{L} among the characters below U+0250 (ASCII, Latin-1, Latin Extended-A and B). */
export const LATIN_LETTER = String.raw`[A-Za-z\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u024F]`;

/**
 * Whether every character of `text` is below U+0250 or in U+2000-U+206F (spaces, dashes, quotes) or U+20A0-U+20CF
 * (currency signs, "€"), where LATIN_LETTER and \p{L} agree.
 */
export function inLatinRange(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x250 && (c < 0x2000 || c > 0x20cf || (c > 0x206f && c < 0x20a0))) return false;
  }
  return true;
}

const copies = new WeakMap<RegExp, RegExp | null>();
const LETTER = String.raw`\p{L}`;
/** LATIN_LETTER's ranges, for \p{L} inside a class ("[\p{L}.]"). */
const LATIN_RANGES = LATIN_LETTER.slice(1, -1);

/**
 * The source of `re` with LATIN_LETTER for \p{L} (its ranges inside a class), or null when it holds an escape that
 * reads otherwise without the u flag: another property (\p{Lu}, \P{L}) or a code point (\u{…}).
 */
function latinSource(source: string): string | null {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === "\\") {
      const next = source[i + 1] ?? "";
      if (source.startsWith(LETTER, i)) {
        out += inClass ? LATIN_RANGES : LATIN_LETTER;
        i += LETTER.length - 1;
        continue;
      }
      if (next === "p" || next === "P" || source.startsWith("u{", i + 1)) return null;
      out += ch + next;
      i++;
      continue;
    }
    if (ch === "[" && !inClass) inClass = true;
    else if (ch === "]" && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/**
 * `re` with LATIN_LETTER for \p{L} and without the u flag: it gives what `re` gives for a text inLatinRange. Null
 * when `re` has other flags than u (and g or y, kept), no \p{L}, or an escape the copy would read otherwise.
 */
export function latinCopy(re: RegExp): RegExp | null {
  let copy = copies.get(re);
  if (copy === undefined) {
    const { source, flags } = re;
    const latin = /^[gy]*u[gy]*$/.test(flags) && source.includes(LETTER) ? latinSource(source) : null;
    copy = latin === null ? null : new RegExp(latin, flags.replace("u", ""));
    copies.set(re, copy);
  }
  return copy;
}

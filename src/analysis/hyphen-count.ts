/**
 * How many pieces the TeX hyphenation patterns cut a word into, worked out from the `hyphen` package's pattern data
 * the way its hyphenator does (Liang's algorithm: its `hyphenateWord`, exceptions first), but without its caches.
 * The package keeps every word it has hyphenated, for the life of the process, in two objects that are never
 * emptied: for words read from letters (names among them) that is a memory the word memos (word-memo.ts) do not
 * allow, and it grows without end. tests/analysis/hyphen-count.test.ts compares the counts with the package's own
 * output word by word.
 */

/** A node of the package's pattern trie: more letters, a pattern (its place in the levels table), or both. */
type TrieNode = Trie | number | [Trie, number];
interface Trie {
  [letter: string]: TrieNode;
}
/** The package's pattern data: the levels of each pattern, the trie of patterns, and exceptions (word → marks). */
export type HyphenPatterns = [number[][], Trie, Record<string, number[]>?];

const NO_LETTERS: Trie = Object.freeze({}) as Trie;

/** A word the package reads as one word: Latin letters only (most words); other words are left to the package. */
export function countableWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) continue;
    if (c < 0xc0 || c > 0x24f || c === 0xd7 || c === 0xf7) return false;
  }
  return true;
}

/**
 * The pieces of a word of Latin letters (countableWord) as the package's hyphenator gives them with minWordLength 2:
 * one more than its hyphenation points.
 */
export function hyphenPieces(word: string, patterns: HyphenPatterns): number {
  return word.length < 2 ? 1 : hyphenMarks(word, patterns).length + 1;
}

/**
 * The word with `hyphen` at every hyphenation point, as the package's hyphenator writes a word of Latin letters
 * (countableWord) of at least `minWordLength` letters; a shorter word as it is.
 */
export function insertHyphens(word: string, patterns: HyphenPatterns, hyphen: string, minWordLength: number): string {
  if (word.length < minWordLength || word.length === 0) return word;
  const marks = hyphenMarks(word, patterns);
  if (marks.length === 0) return word;
  const pieces = [word.slice(0, marks[0])];
  for (let i = 1; i < marks.length; i++) pieces.push(word.slice(marks[i - 1], marks[i]));
  pieces.push(word.slice(marks[marks.length - 1]));
  return pieces.join(hyphen);
}

/** Where the package puts hyphens in a word: the exceptions of the patterns first, else the patterns. */
function hyphenMarks(word: string, patterns: HyphenPatterns): readonly number[] {
  const [levelsTable, trie, exceptions] = patterns;
  const lowered = word.toLocaleLowerCase();
  const marks = exceptions && Object.hasOwn(exceptions, lowered) ? exceptions[lowered] : undefined;
  return marks ?? hyphenationPoints(word, lowered, levelsTable, trie);
}

/**
 * The package's hyphenateWord: the places of its marks. It keeps a level per place (word length + 1);
 * a pattern that reaches past the end makes its list longer with NaN levels, which are never marks but move the two
 * places it clears at the end: here only the length of that longer list is kept.
 */
function hyphenationPoints(word: string, lowered: string, levelsTable: number[][], trie: Trie): number[] {
  const places = word.length + 1;
  const levels = new Uint8Array(places);
  let length = places;
  // The word between dots, as the patterns read it.
  const dotted = `.${lowered}.`;
  let entity = -1;
  // Every slice of the dotted word from `from` on, while it has three characters or more; the first two slices
  // write their levels from the same place.
  for (let from = 0; dotted.length - from >= 3; from++) {
    entity++;
    if (from === 1) entity--;
    let node = trie;
    for (let j = from; j < dotted.length; j++) {
      const next = node[dotted[j] as string];
      if (next === undefined) break;
      let pattern = -1;
      if (Array.isArray(next)) {
        node = next[0];
        pattern = next[1];
      } else if (typeof next === "number") {
        node = NO_LETTERS;
        pattern = next;
      } else if (typeof next === "object" && next !== null) node = next;
      else node = NO_LETTERS;
      if (pattern < 0) continue;
      const levelsOf = levelsTable[pattern] as number[];
      for (let k = 0; k < levelsOf.length; k++) {
        const at = entity + k;
        if (at < places) {
          const level = levelsOf[k] as number;
          if (level > (levels[at] as number)) levels[at] = level;
        } else if (at >= length) length = at + 1;
      }
    }
  }
  // The first two places and the last two of the (perhaps longer) list are never marks.
  levels[0] = 0;
  levels[1] = 0;
  if (length - 1 < places) levels[length - 1] = 0;
  if (length - 2 < places) levels[length - 2] = 0;
  const marks: number[] = [];
  for (let i = 0; i < places; i++) if (((levels[i] as number) & 1) === 1) marks.push(i);
  return marks;
}
